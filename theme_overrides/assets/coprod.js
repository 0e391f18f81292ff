/*
 * This site's theme behaviour, on top of Material for MkDocs 9.8 and the
 * coprod plugin's own script (glossary terms, read aloud). No libraries,
 * nothing fetched. Everything here only improves what the HTML already does.
 *
 *  - Menu button: a real <button> for Material's drawer; Escape or tabbing
 *    out closes it.
 *  - The focused element is kept in view (Material's search scroll lock).
 *  - Tables that scroll sideways can be scrolled from the keyboard.
 */
(function () {
  "use strict";

  var doc = document;
  var root = doc.documentElement;
  var EDGE = 8; /* px kept free at the window's edges */

  /* Keep the focused element in view ---------------------------------- */

  /* On narrow screens Material's search locks the page's scrolling while it is
     open. Tab out of it and the browser cannot scroll the next element into
     view, so focus lands off screen (WCAG 2.4.11). Once Material has unlocked
     the page, bring the focused element into view, clear of the sticky header. */
  function revealFocus(el) {
    if (doc.activeElement !== el || !el.getBoundingClientRect) return;
    if (el.closest(".md-header, .md-sidebar, .md-search")) return;
    var rect = el.getBoundingClientRect();
    if (!rect.width && !rect.height) return;
    var header = doc.querySelector(".md-header");
    var top = header ? header.getBoundingClientRect().bottom : 0;
    if (rect.bottom > window.innerHeight || rect.top < top) {
      window.scrollBy(0, rect.top < top ? rect.top - top - EDGE : rect.bottom - window.innerHeight + EDGE);
    }
  }

  doc.addEventListener("focusin", function (event) {
    var el = event.target;
    requestAnimationFrame(function () {
      requestAnimationFrame(function () { revealFocus(el); });
    });
  });

  if (window.MutationObserver && doc.body) {
    new MutationObserver(function () {
      if (doc.body.hasAttribute("data-md-scrolllock")) return;
      setTimeout(function () { revealFocus(doc.activeElement); }, 0);
    }).observe(doc.body, { attributes: true, attributeFilter: ["data-md-scrolllock"] });
  }

  /* Menu button ------------------------------------------------------- */

  function setUpMenu() {
    var button = doc.querySelector(".coprod-menu-button");
    var toggle = doc.getElementById("__drawer");
    var drawer = doc.getElementById("coprod-drawer");
    if (!button || !toggle || !drawer) return;
    button.hidden = false;

    function sync() {
      button.setAttribute("aria-expanded", toggle.checked ? "true" : "false");
    }

    function set(open) {
      if (toggle.checked === open) return;
      toggle.checked = open;
      toggle.dispatchEvent(new Event("change", { bubbles: true }));
      sync();
    }

    button.addEventListener("click", function () {
      set(!toggle.checked);
      if (toggle.checked) {
        var first = drawer.querySelector("a[href], label[tabindex='0'], button");
        if (first) setTimeout(function () { first.focus(); }, 30);
      }
    });
    toggle.addEventListener("change", sync);
    /* Tab out of the open drawer and it closes: what gets focus next is
       otherwise behind the drawer's shadow. */
    drawer.addEventListener("focusout", function (event) {
      var next = event.relatedTarget;
      if (toggle.checked && next && !drawer.contains(next) && next !== button) set(false);
    });
    doc.addEventListener("keydown", function (event) {
      if ((event.key === "Escape" || event.key === "Esc") && toggle.checked) {
        set(false);
        button.focus();
      }
    });
    sync();
  }

  /* Tables that scroll sideways --------------------------------------- */

  function setUpScrollingTables() {
    Array.prototype.forEach.call(doc.querySelectorAll(".md-typeset__scrollwrap"), function (wrap) {
      var scrolls = wrap.scrollWidth > wrap.clientWidth + 1;
      if (scrolls && !wrap.hasAttribute("tabindex")) {
        var caption = wrap.querySelector("caption");
        wrap.setAttribute("tabindex", "0");
        wrap.setAttribute("role", "region");
        wrap.setAttribute("aria-label", (caption ? caption.textContent.trim() + ": " : "") +
          "table, scroll sideways to see all of it");
      } else if (!scrolls && wrap.getAttribute("role") === "region") {
        wrap.removeAttribute("tabindex");
        wrap.removeAttribute("role");
        wrap.removeAttribute("aria-label");
      }
    });
  }

  function ready() {
    setUpMenu();
    setUpScrollingTables();
    window.addEventListener("resize", setUpScrollingTables);
  }

  /* Material wraps tables after load; its document$ says when it is done. */
  if (window.document$ && typeof window.document$.subscribe === "function") {
    var once = false;
    window.document$.subscribe(function () {
      if (once) { setUpScrollingTables(); return; }
      once = true;
      ready();
    });
  } else if (doc.readyState === "loading") {
    doc.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
