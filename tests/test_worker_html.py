"""Easy read pages turned into HTML in a worker must come out exactly as MkDocs makes them itself.

Each build runs in its own process (workers are forked from it), through a
small script that sets how the plugin shares its work: with a worker, or all
in MkDocs's own process. The two sites must be the same to the byte, and the
build must say the same things.
"""

import json
import subprocess
import sys

from conftest import run

GLOSSARY = """\
terms:
  - term: co-production
    definition: Working together as equal partners.
    easy_read: Working together as equals.
  - term: unpaid carer
    definition: Someone who looks after a family member or friend without pay.
    easy_read: Someone who helps a family member. They are not paid.
"""

# Builds the site in the current folder. argv[1]: "worker" or "alone". Prints what it saw, as JSON.
BUILD = """
import json, logging, sys
import coprod.mkdocs_plugin.plugin as plugin
from coprod.mkdocs_plugin import worker_html
from mkdocs.commands.build import build
from mkdocs.config import load_config

if sys.argv[1] == "worker":
    plugin.PARALLEL_FROM_PAGES, plugin.spare_cores = 1, lambda most=None: 1
    start = plugin.CoprodPlugin._start_work

    @plugin.event_priority(-100)
    def start_and_wait(self, nav, *, config, files):
        # MkDocs's process waits until the worker has made every easy read page and its search entries.
        nav = start(self, nav, config=config, files=files)
        work = self.job._work
        wanted = set(self.job._after_index.values()) | set(self.job._later_index.values())
        with work._arrived:
            while not wanted <= work._results.keys() and work._error is None:
                work._arrived.wait()
        return nav

    plugin.CoprodPlugin.on_nav = plugin.CombinedEvent(plugin.CoprodPlugin._note_order, start_and_wait)
else:
    plugin.PARALLEL_FROM_PAGES = 10 ** 9
from_worker = []
render = worker_html.EasyReadPage.render

def counted(self, config, files):
    if self.prepared is not None and self.prepared.markdown == self.markdown:
        from_worker.append(self.file.src_uri)
    return render(self, config, files)

worker_html.EasyReadPage.render = counted
said = []

class Keep(logging.Handler):
    def emit(self, record):
        said.append((record.levelname, record.getMessage()))

logging.getLogger("mkdocs").addHandler(Keep(logging.WARNING))
# Easy read pages search did not read itself, as the worker had made their entries.
searched_in_worker = []
from material.plugins.search.plugin import SearchIndex
add_entry = SearchIndex.add_entry_from_context

def counted_search(self, page):
    if page.file.src_uri.startswith("easy-read/") and (page.meta.get("search") or {}).get("exclude"):
        searched_in_worker.append(page.file.src_uri)
    return add_entry(self, page)

SearchIndex.add_entry_from_context = counted_search
build(load_config("mkdocs.yml"))
print(json.dumps({"from_worker": from_worker, "said": said, "searched_in_worker": searched_in_worker}))
"""


def build(site, how: str) -> dict:
    result = run([sys.executable, "-c", BUILD, how], site)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def site_files(folder) -> dict:
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def pages(count: int) -> dict[str, str]:
    texts = {"index.md": "# Home\n\nThe home page. We plan the service together.\n"}
    for n in range(count):
        texts[f"guide-{n}.md"] = (
            f"---\ntitle: Guide {n} & more\n---\n\n# Guide {n}\n\n## Meetings {{#meetings}}\n\n"
            "Co-production means we plan the service together. An unpaid carer can join every meeting. "
            "People who draw on care and support told us that the meetings were held at times and in places "
            "that made it very hard for them to take part, because the buses did not run in the evening.\n\n"
            "- We meet every month.\n- We share the notes.\n- We check what changed.\n\n"
            f"Read [the next guide](guide-{n + 1}.md#meetings) to learn more.\n")
    return texts


def test_easy_read_pages_made_into_html_by_a_worker_are_the_same_as_mkdocs_makes_them(make_site, tmp_path):
    texts = pages(12)
    texts["guide-3.md"] += "\nThis [old page](gone.md) has moved.\n"  # a broken link: MkDocs warns about it
    texts["guide-4.md"] += "\nSee [the missing part](guide-5.md#nowhere).\n"  # and about a missing anchor
    # no heading: search names the page's words after its title, escaped as on the page ("&amp;")
    texts["guide-2.easy.md"] = "---\ntitle: Plans & meetings\n---\n:material-account-group:\nWe plan the service together.\n"
    texts["guide-6.md"] = texts["guide-6.md"].replace("---\n\n", "search:\n  boost: 2\n---\n\n", 1)
    site = make_site(texts, glossary=GLOSSARY, extra="validation:\n  anchors: warn\n")
    config = site / "mkdocs.yml"
    config.write_text(config.read_text().replace("plugins:\n", "plugins:\n  - search\n"), encoding="utf-8")
    with_worker = build(site, "worker")
    shared = site_files(site / "site")
    alone = build(site, "alone")
    # every easy read page came from the worker, and its search entries with it
    job_pages = {"easy-read/index.md"} | {f"easy-read/guide-{n}.md" for n in range(12)}
    assert set(with_worker["from_worker"]) == job_pages
    assert alone["from_worker"] == []
    assert set(with_worker["searched_in_worker"]) - {"easy-read/404.md"} == job_pages  # 404: never searched
    assert site_files(site / "site") == shared
    assert '"boost":2' in (site / "site" / "search" / "search_index.json").read_text().replace(" ", "")
    # what converting the pages logs is said once, whichever process converted them
    assert sorted(with_worker["said"]) == sorted(alone["said"])
    easy_warnings = [message for _, message in alone["said"] if "easy-read/guide-3.md" in message
                     or "easy-read/guide-4.md" in message]
    assert any("gone.md" in message for message in easy_warnings), alone["said"]
    assert any("nowhere" in message for message in easy_warnings), alone["said"]


HOOK = """
def on_page_markdown(markdown, page, **kwargs):
    if page.file.src_uri.startswith("easy-read/"):
        return markdown + "\\n\\nAdded by a hook.\\n"
    return markdown
"""


def test_a_page_another_plugin_changed_is_made_into_html_by_mkdocs_itself(make_site):
    site = make_site(pages(6), glossary=GLOSSARY, extra="hooks:\n  - hooks.py\n")
    (site / "hooks.py").write_text(HOOK, encoding="utf-8")
    with_worker = build(site, "worker")
    assert with_worker["from_worker"] == []  # the worker's HTML was for other Markdown: not used
    html = (site / "site" / "easy-read" / "guide-1" / "index.html").read_text(encoding="utf-8")
    assert "Added by a hook." in html
