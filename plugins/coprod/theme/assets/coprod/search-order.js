/* coprod: search lists easy read pages first on an easy read page, and
   standard pages first on a standard page. Material's search runs in a Web
   Worker; this wraps the Worker constructor (so it must run before Material's
   script: the plugin puts it in the head) and sorts each list of results
   before Material shows it. The script tag says which kind of page this is. */
(function (script) {
  "use strict";
  var easyFirst = !!script && script.getAttribute("data-easy-first") === "true";
  var Original = window.Worker;
  if (!Original) return;
  var RESULT = 3; /* Material's search message type for results */
  function isEasy(group) {
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
      items.forEach(function (group) { (isEasy(group) === easyFirst ? first : rest).push(group); });
      items.length = 0;
      Array.prototype.push.apply(items, first.concat(rest));
    });
    return worker;
  }
  Worker.prototype = Original.prototype;
  window.Worker = Worker;
})(document.currentScript);
