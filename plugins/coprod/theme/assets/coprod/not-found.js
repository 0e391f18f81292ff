/* coprod: the host shows the site's one 404.html for any missing page. When
   the missing page was under easy-read/, this sends the reader on to the easy
   read "page not found" page (and never round in a loop if that page is
   missing too). The plugin puts it first in the 404 page's head. */
(function () {
  "use strict";
  var path = location.pathname;
  var at = path.indexOf("/easy-read/");
  var page = "/easy-read/404.html";
  if (at >= 0 && path.slice(at) !== page) location.replace(path.slice(0, at) + page);
})();
