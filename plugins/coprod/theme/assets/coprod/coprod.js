/*
 * coprod's own behaviour, shipped by the plugin to any Material site. No
 * libraries, nothing fetched. Everything here only improves what the HTML
 * already does.
 *
 *  - Glossary terms (.coprod-term): the definition shows on hover and focus
 *    (CSS); Escape hides it; on touch the first tap shows it and the second
 *    follows the link; it is kept inside the window (WCAG 1.4.13, 1.4.10).
 *  - "Read aloud" on easy read pages, where the browser can speak.
 */
(function () {
  "use strict";

  var doc = document;
  var root = doc.documentElement;
  root.classList.add("coprod-js");

  /* Glossary terms ------------------------------------------------------ */

  var TERM = ".coprod-term";
  var TIP = ".coprod-term__tip";
  var EDGE = 8; /* px kept free at the window's edges */
  var lastPointer = "";
  var lastPointerTime = 0;

  function termOf(node) {
    return node && node.closest ? node.closest(TERM) : null;
  }

  function tipOf(term) {
    return term.querySelector(TIP);
  }

  /* Keep an open tip inside the window. */
  function place(term) {
    var tip = tipOf(term);
    if (!tip) return;
    tip.style.left = "0px";
    var rect = tip.getBoundingClientRect();
    if (!rect.width) return; /* not shown */
    var width = root.clientWidth;
    var shift = 0;
    if (rect.right > width - EDGE) shift = width - EDGE - rect.right;
    if (rect.left + shift < EDGE) shift = EDGE - rect.left;
    tip.style.left = shift + "px";
  }

  function openTerms() {
    return Array.prototype.slice.call(doc.querySelectorAll(TERM + ".is-open"));
  }

  function close(term) {
    term.classList.remove("is-open");
  }

  doc.addEventListener("pointerdown", function (event) {
    lastPointer = event.pointerType || "";
    lastPointerTime = Date.now();
    var term = termOf(event.target);
    openTerms().forEach(function (open) {
      if (open !== term) close(open);
    });
  }, true);

  doc.addEventListener("mouseover", function (event) {
    var term = termOf(event.target);
    if (!term || term.contains(event.relatedTarget)) return;
    term.classList.remove("is-dismissed");
    place(term);
  });

  doc.addEventListener("mouseout", function (event) {
    var term = termOf(event.target);
    if (!term || term.contains(event.relatedTarget)) return;
    term.classList.remove("is-dismissed");
  });

  doc.addEventListener("focusin", function (event) {
    var term = termOf(event.target);
    if (!term) return;
    term.classList.remove("is-dismissed");
    place(term);
  });

  doc.addEventListener("focusout", function (event) {
    var term = termOf(event.target);
    if (!term || term.contains(event.relatedTarget)) return;
    term.classList.remove("is-dismissed");
    close(term);
  });

  /* Touch: the first tap shows the definition, the second follows the link. */
  doc.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest(".coprod-term__link") : null;
    if (!link) return;
    /* Chromium and Firefox say which pointer made the click; Safari does not. */
    var type = typeof event.pointerType === "string" ? event.pointerType
      : (Date.now() - lastPointerTime < 1000 ? lastPointer : "");
    if (type !== "touch") return;
    var term = termOf(link);
    if (!term || term.classList.contains("is-open")) return;
    event.preventDefault();
    openTerms().forEach(close);
    term.classList.remove("is-dismissed");
    term.classList.add("is-open");
    link.focus();
    place(term);
  });

  /* Escape hides whatever definition is showing, without moving focus. */
  doc.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" && event.key !== "Esc") return;
    var shown = Array.prototype.filter.call(doc.querySelectorAll(TERM), function (term) {
      return term.classList.contains("is-open") || term.matches(":hover") || term.matches(":focus-within");
    });
    shown.forEach(function (term) {
      close(term);
      term.classList.add("is-dismissed");
    });
  });

  window.addEventListener("resize", function () {
    Array.prototype.forEach.call(doc.querySelectorAll(TERM), function (term) {
      if (term.matches(":hover, :focus-within, .is-open")) place(term);
    });
  });

  /* Read aloud (easy read pages) -------------------------------------- */

  var READ = "h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, figcaption, summary";
  var SKIP = ".coprod-read-aloud, .coprod-review, .coprod-term__tip, [aria-hidden='true'], [hidden], script, style";

  function readableBlocks(article) {
    var blocks = [];
    Array.prototype.forEach.call(article.querySelectorAll(READ), function (el) {
      if (el.closest(SKIP)) return;
      if (el.querySelector(READ)) {
        /* A container of other blocks: read only its own loose text. */
        var own = Array.prototype.filter.call(el.childNodes, function (n) {
          return n.nodeType === 3 || (n.nodeType === 1 && !n.matches(READ) && !n.querySelector(READ));
        }).map(function (n) { return n.textContent; }).join(" ").trim();
        if (own) blocks.push(own);
        return;
      }
      var copy = el.cloneNode(true);
      Array.prototype.forEach.call(copy.querySelectorAll(SKIP), function (n) { n.remove(); });
      var text = copy.textContent.replace(/\s+/g, " ").trim();
      if (text) blocks.push(text);
    });
    return blocks;
  }

  function setUpReadAloud() {
    var box = doc.querySelector(".coprod-read-aloud");
    if (!box) return;
    var synth = window.speechSynthesis;
    if (!synth || typeof window.SpeechSynthesisUtterance !== "function") return; /* stays hidden */
    var start = box.querySelector(".coprod-read-aloud__start");
    var stop = box.querySelector(".coprod-read-aloud__stop");
    var article = box.closest("article") || doc.querySelector(".md-content__inner");
    box.hidden = false;

    start.addEventListener("click", function () {
      synth.cancel();
      var lang = root.getAttribute("lang") || "en-GB";
      readableBlocks(article).forEach(function (text) {
        /* One utterance a block: some browsers stop long ones part way. */
        var utterance = new window.SpeechSynthesisUtterance(text);
        utterance.lang = lang;
        utterance.rate = 0.9;
        synth.speak(utterance);
      });
    });
    stop.addEventListener("click", function () {
      synth.cancel();
    });
    window.addEventListener("pagehide", function () {
      synth.cancel();
    });
  }

  if (doc.readyState === "loading") {
    doc.addEventListener("DOMContentLoaded", setUpReadAloud);
  } else {
    setUpReadAloud();
  }
})();
