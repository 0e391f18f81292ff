/* coprod: search lists the reader's own kind of page first (easy read pages
   on an easy read page, standard pages on a standard one), then the other
   kind under a heading ("Easy read pages" or "Standard pages"), each of
   those results marked, so an easy read page and its standard page never
   look like the same result twice.

   Material's search runs in a Web Worker; this wraps the Worker constructor
   (so it must run before Material's script: the plugin puts it in the head)
   and sorts each list of results before Material shows it. Material then
   draws the results, ten at a time as the reader scrolls; a watcher on the
   list adds the heading and the marks to what it draws. The script tag says
   which kind of page this is. */
(function (script) {
  "use strict";
  if (!script) return;
  var easyFirst = script.getAttribute("data-easy-first") === "true";
  var Original = window.Worker;
  if (!Original) return;
  var RESULT = 3; /* Material's search message type for results */
  var OTHER_KIND = easyFirst ? "Standard version" : "Easy read";
  var OTHER_HEADING = easyFirst ? "Standard pages" : "Easy read pages";
  /* The site's root, from this script's own address: assets/coprod/search-order.js. */
  var src = script.src;
  var root = src.slice(0, src.lastIndexOf("assets/coprod/search-order.js"));
  var easyRoot = root + "easy-read/";

  function isEasyLocation(group) {
    var first = group && group[0];
    return !!first && typeof first.location === "string" && first.location.indexOf("easy-read/") === 0;
  }

  function Worker(url, options) {
    var worker = new Original(url, options);
    /* Added before Material's own listener, so it runs first. */
    worker.addEventListener("message", function (event) {
      var message = event.data;
      var items = message && message.type === RESULT && message.data && message.data.items;
      if (!Array.isArray(items)) return;
      var first = [], rest = [];
      items.forEach(function (group) { (isEasyLocation(group) === easyFirst ? first : rest).push(group); });
      items.length = 0;
      Array.prototype.push.apply(items, first.concat(rest));
    });
    return worker;
  }
  Worker.prototype = Original.prototype;
  window.Worker = Worker;

  function isOtherKind(item) {
    var link = item.querySelector("a.md-search-result__link");
    if (!link) return false;
    return (link.href.indexOf(easyRoot) === 0) !== easyFirst;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    node.className = className;
    node.textContent = text;
    return node;
  }

  /* The page's own title may already say "(easy read)": the mark says it once. */
  function dropEasyReadSuffix(title) {
    var last = title.lastChild;
    if (last && last.nodeType === 3) last.nodeValue = last.nodeValue.replace(/\s*\(easy read\)\s*$/i, "");
  }

  function mark(item) {
    if (item.hasAttribute("data-coprod-kind")) return;
    item.setAttribute("data-coprod-kind", OTHER_KIND);
    item.classList.add("coprod-search-other");
    var titles = item.querySelectorAll(".md-search-result__article > h1, .md-search-result__article > h2");
    Array.prototype.forEach.call(titles, function (title, index) {
      if (index === 0) {
        if (!easyFirst) dropEasyReadSuffix(title);
        title.insertBefore(element("span", "coprod-search-kind", OTHER_KIND), title.firstChild);
        title.insertBefore(document.createTextNode(" "), title.childNodes[1]);
      } else {
        /* A section of that page: said, not shown, as the mark above covers it. */
        title.appendChild(element("span", "coprod-visually-hidden", " (" + OTHER_KIND.toLowerCase() + ")"));
      }
    });
  }

  function arrange(list) {
    var items = list.querySelectorAll(":scope > li.md-search-result__item");
    var heading = list.querySelector(":scope > li.coprod-search-group");
    var firstOther = null;
    Array.prototype.forEach.call(items, function (item) {
      if (!isOtherKind(item)) return;
      mark(item);
      if (!firstOther) firstOther = item;
    });
    if (!firstOther) {
      if (heading) heading.remove();
      return;
    }
    if (heading && heading.nextElementSibling === firstOther) return;
    if (!heading) heading = element("li", "coprod-search-group", OTHER_HEADING);
    list.insertBefore(heading, firstOther);
  }

  function watch() {
    var list = document.querySelector(".md-search-result__list");
    if (!list) return;
    arrange(list);
    new MutationObserver(function () { arrange(list); }).observe(list, { childList: true });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watch);
  else watch();
})(document.currentScript);
