"""Constants and small helpers shared by the browser tests."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/lib/chromium/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    # Without this Chromium itself calls Google hosts; with it, any request to
    # another host fails, and the request log shows it.
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]
INSTALL_HINT = "apt-get install -y --no-install-recommends chromium"
SCREENSHOTS = ROOT / "screenshots"

# Pages the tests look at closely.
HOME = ""
GUIDE = "guides/what-is-co-production/"
EASY_GUIDE = "easy-read/guides/what-is-co-production/"
GLOSSARY = "glossary/"
REPORT = "coprod-report/"
DESKTOP = {"width": 1280, "height": 900}
TABLET = {"width": 1000, "height": 800}  # menu in a drawer, contents beside the text
NARROW = {"width": 320, "height": 640}


def is_local(url: str) -> bool:
    """True for the test server and for URLs that never leave the browser."""
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about", "chrome-error"):
        return True
    return parts.hostname == "127.0.0.1"


def goto(page, base_url: str, path: str):
    response = page.goto(base_url + path, wait_until="load")
    assert response is not None and response.ok, f"{path} did not load: {response and response.status}"
    return response


def settle(page):
    """Wait until Material and coprod.js have set the page up."""
    # Not wait_for_function: it evaluates a string, which the site's Content-Security-Policy
    # refuses when it has to poll.
    from playwright.sync_api import expect

    expect(page.locator("html.coprod-js")).to_have_count(1, timeout=5000)
    page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


# axe-core ------------------------------------------------------------------

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]

_AXE_RUN = """([tags, context]) => axe.run(context ? document.querySelectorAll(context) : document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
  .then(r => r.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: (n.failureSummary || '').replace(/\\s+/g, ' ')}))
  })))"""


def axe_script() -> str:
    """axe.min.js as shipped by the axe-playwright-python package."""
    import axe_playwright_python

    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")


def run_axe(page, script: str, context: str | None = None) -> list[dict]:
    """axe's violations on the page, or on the elements matching `context`."""
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(script)
    return page.evaluate(_AXE_RUN, [AXE_TAGS, context])


def describe(violations: list[tuple[str, str, dict]]) -> str:
    """One readable line per failing element: page, palette, rule, element, why."""
    lines = []
    for path, scheme, violation in violations:
        for node in violation["nodes"]:
            lines.append(f"/{path} [{scheme}] {violation['id']} ({violation['impact']}): {node['target']}\n"
                         f"    {violation['help']}. {node['summary'][:300]}")
    return "\n".join(lines)


# Keyboard -------------------------------------------------------------------

# What has focus now, whether it can be seen, and whether it shows a focus ring.
# Material's palette switch is a visually hidden radio button whose <label>
# draws the ring, so the label is checked for it.
FOCUS_STATE = """async ({wait, mark}) => {
  if (wait) {
    // Let Material react to the focus (it opens search when its box gets
    // focus) and let transitions (it fades the skip link in) finish.
    await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
    await new Promise(r => setTimeout(r, 50));
    const running = document.getAnimations().map(a => a.finished.catch(() => null));
    await Promise.race([Promise.all(running), new Promise(r => setTimeout(r, 1000))]);
    // Smooth scrolling (Material's) brings the focused element into view slowly.
    const frame = () => new Promise(r => requestAnimationFrame(r));
    for (let i = 0, last = -1, still = 0; i < 90 && still < 3; i++) {
      await frame();
      still = window.scrollY === last ? still + 1 : 0;
      last = window.scrollY;
    }
  }
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const ring = el.matches('input.md-option') ? el.nextElementSibling : el;
  const text = (el.getAttribute('aria-label') || el.innerText || el.value || '').trim().replace(/\\s+/g, ' ');
  const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
    (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '') +
    (text ? ' "' + text.slice(0, 40) + '"' : '');
  const seen = el.dataset.coprodSeen === '1';
  if (mark) el.dataset.coprodSeen = '1';
  let visible = false, hidBy = '';
  if (ring && ring.checkVisibility({opacityProperty: true, visibilityProperty: true})) {
    for (const r of ring.getClientRects()) {
      if (r.width < 1 || r.height < 1) continue;
      const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
      if (x < r.left || x > r.right || y < r.top || y > r.bottom) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit && (ring.contains(hit) || hit.contains(ring))) { visible = true; break; }
      hidBy = hit ? hit.tagName.toLowerCase() + '.' + String(hit.className).trim().split(/\\s+/).join('.') : 'nothing';
    }
  }
  const cs = ring ? getComputedStyle(ring) : null;
  return {
    name, seen, visible, hidBy,
    ring: cs ? cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 : false,
    outline: cs ? cs.outlineStyle + ' ' + cs.outlineWidth : '',
    inArticle: !!el.closest('article'),
  };
}"""


def focus_state(page, mark: bool = False) -> dict | None:
    """The focused element; if it cannot be seen at once, again after the page settles."""
    state = page.evaluate(FOCUS_STATE, {"wait": False, "mark": mark})
    if state is not None and not (state["visible"] and state["ring"]):
        state = page.evaluate(FOCUS_STATE, {"wait": True, "mark": False}) | {"seen": state["seen"]}
    return state


def tab_through(page, limit: int = 300) -> list[dict]:
    """Press Tab until focus comes round again; the state of every stop."""
    page.evaluate("document.querySelectorAll('[data-coprod-seen]').forEach(e => delete e.dataset.coprodSeen)")
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        state = focus_state(page, mark=True)
        if state is None or state["seen"]:
            break
        stops.append(state)
    return stops


def tab_to(page, selector: str, limit: int = 200):
    """Press Tab until an element matching `selector` has focus; a locator for that element."""
    for i in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("([s, i]) => document.activeElement.matches(s) && !!(document.activeElement.dataset.coprodTabbed = i)",
                         [selector, str(i)]):
            return page.locator(f"[data-coprod-tabbed='{i}']")
    raise AssertionError(f"Tab never reached {selector}")


# Layout ---------------------------------------------------------------------

# The longest rendered line, in characters, of the blocks matched by a
# selector: walks every character and starts a new line where the text jumps
# down. Glossary definitions (hidden tips) are left out.
LONGEST_LINE = """selector => {
  let worst = {chars: 0, text: ''};
  const range = document.createRange();
  for (const block of document.querySelectorAll(selector)) {
    if (block.closest('.coprod-term__tip, table, pre, nav, header, footer')) continue;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
      acceptNode: n => n.parentElement.closest('.coprod-term__tip') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    let line = '', top = null, node;
    const finish = () => {
      const t = line.trim();
      if (t.length > worst.chars) worst = {chars: t.length, text: t};
      line = '';
    };
    while ((node = walker.nextNode())) {
      const text = node.textContent;
      for (let i = 0; i < text.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const r = range.getClientRects()[0];
        if (!r) { line += text[i]; continue; }
        if (top !== null && r.top > top + r.height * 0.6) finish();
        if (top === null || r.top > top + r.height * 0.6) top = r.top;
        line += text[i];
      }
    }
    finish();
  }
  return worst;
}"""

SCROLL_WIDTH = "() => [document.documentElement.scrollWidth, window.innerWidth]"

# WCAG 1.4.12's text spacing, applied as a user style sheet would.
TEXT_SPACING_CSS = """
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
"""

# Elements that hide overflow and are cut short: text the reader loses.
# The header's title is left out: it repeats the site's name (also the name
# of the home link) and the page's title (the <h1>), both in full.
CLIPPED_TEXT = """() => {
  const allowed = '.md-header__topic, .md-search';
  const found = [];
  for (const el of document.querySelectorAll('body *')) {
    const cs = getComputedStyle(el);
    const cutsX = cs.overflowX === 'hidden' || cs.overflowX === 'clip';
    const cutsY = cs.overflowY === 'hidden' || cs.overflowY === 'clip';
    if (!cutsX && !cutsY) continue;
    if (el.closest(allowed) || !el.checkVisibility({visibilityProperty: true, opacityProperty: true})) continue;
    if (!(el.innerText || '').trim()) continue;
    const overX = cutsX && el.scrollWidth > el.clientWidth + 1;
    const overY = cutsY && el.scrollHeight > el.clientHeight + 1;
    if (overX || overY) {
      const name = el.tagName.toLowerCase() + (typeof el.className === 'string' && el.className.trim()
        ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
      found.push(`${name} "${el.innerText.trim().slice(0, 50)}" needs ${el.scrollWidth}x${el.scrollHeight}px, has ${el.clientWidth}x${el.clientHeight}px`);
    }
  }
  return found;
}"""

# Computed type of each block of text in the page's article.
TEXT_STYLES = """selector => [...document.querySelectorAll(selector)]
  .filter(el => el.checkVisibility() && el.innerText.trim() && !el.closest('.coprod-term__tip, nav, table'))
  .map(el => {
    const cs = getComputedStyle(el);
    return {
      text: el.innerText.trim().slice(0, 40), tag: el.tagName.toLowerCase(),
      fontSize: parseFloat(cs.fontSize), lineHeight: parseFloat(cs.lineHeight) || 0,
      textAlign: cs.textAlign, hyphens: cs.hyphens, fontFamily: cs.fontFamily, fontStyle: cs.fontStyle,
    };
  })"""


# Search ---------------------------------------------------------------------

# Each row of Material's result list, top to bottom: a group heading (ours) or
# a result (its page title as shown, its address, and what a screen reader says
# for each of its links).
_SEARCH_ROWS = """list => [...list.children].map(row => row.matches('.coprod-search-group')
  ? {heading: row.innerText.trim()}
  : {title: row.querySelector('h1, h2').innerText.trim().replace(/\\s+/g, ' '),
     href: row.querySelector('a').href,
     said: [...row.querySelectorAll('a.md-search-result__link')].map(a => a.textContent.replace(/\\s+/g, ' ').trim())})"""


def search(page, words: str) -> list[dict]:
    """Type `words` in search and return every row of the results (scrolled through, so all are drawn)."""
    from playwright.sync_api import expect

    page.locator(".md-search__input").focus()
    page.keyboard.type(words, delay=20)
    expect(page.locator(".md-search-result__link").first).to_be_visible(timeout=10000)
    rows, count = [], -1
    # Material draws ten results at a time, more as the reader scrolls down.
    while len(rows) != count:
        count = len(rows)
        page.eval_on_selector(".md-search__scrollwrap", "wrap => { wrap.scrollTop = wrap.scrollHeight; }")
        page.wait_for_timeout(300)
        rows = page.eval_on_selector(".md-search-result__list", _SEARCH_ROWS)
    return rows
