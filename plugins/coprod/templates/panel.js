/* The editor's panel: highlights each finding in the page and lists them.
   Only in `mkdocs serve`, never in the built site. */
(function () {
  "use strict";
  var source = document.getElementById("coprod-panel-data");
  if (!source) return;
  var data = JSON.parse(source.textContent);
  var content = document.querySelector(".md-content__inner") || document.querySelector("main") || document.body;
  var SKIP = "script, style, code, pre, .coprod-term__tip, .coprod-panel, .coprod-easy-banner, .coprod-easy-nav, .headerlink";

  /* All prose text in the page, whitespace folded, with a map back to text nodes. */
  function readText() {
    var flat = "", map = [], lastSpace = true;
    var walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        return node.parentElement.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    var node;
    while ((node = walker.nextNode())) {
      var text = node.data;
      for (var i = 0; i < text.length; i++) {
        var space = /\s/.test(text[i]);
        if (space && lastSpace) continue;
        flat += space ? " " : text[i];
        map.push([node, i]);
        lastSpace = space;
      }
      if (!lastSpace && /^(P|LI|TD|TH|H[1-6]|DT|DD|DIV)$/.test(node.parentElement.tagName) && !node.nextSibling) {
        flat += " "; map.push([node, text.length]); lastSpace = true;
      }
    }
    return { flat: flat, map: map };
  }

  function fold(text) { return text.replace(/\s+/g, " ").trim(); }

  /* Wrap the text between two points of the flat text in <mark> elements, one per text node. */
  function mark(map, start, end, finding, index) {
    var pieces = [];
    for (var i = start; i < end; i++) {
      var node = map[i][0], offset = map[i][1];
      var last = pieces[pieces.length - 1];
      if (last && last.node === node) { last.end = offset + 1; } else { pieces.push({ node: node, start: offset, end: offset + 1 }); }
    }
    var first = null;
    pieces.reverse().forEach(function (piece) {
      var range = document.createRange();
      range.setStart(piece.node, piece.start);
      range.setEnd(piece.node, Math.min(piece.end, piece.node.data.length));
      var element = document.createElement("mark");
      element.className = "coprod-mark coprod-mark--" + finding.severity;
      element.setAttribute("data-finding", String(index));
      element.title = finding.message;
      range.surroundContents(element);
      first = element;
    });
    if (first) { first.id = "coprod-finding-" + index; first.tabIndex = -1; }
    return first;
  }

  function highlight() {
    var placed = {};
    var from = 0;
    data.findings.forEach(function (finding, index) {
      if (!finding.excerpt) return;
      var text = readText();  /* read again: earlier marks split text nodes */
      var wanted = fold(finding.excerpt);
      var at = text.flat.indexOf(wanted, from);
      if (at < 0) at = text.flat.indexOf(wanted);
      if (at < 0) return;
      if (mark(text.map, at, at + wanted.length, finding, index)) { placed[index] = true; from = at; }
    });
    return placed;
  }

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text) node.textContent = text;
    return node;
  }

  function build(placed) {
    var counts = { error: 0, warning: 0, info: 0 };
    data.findings.forEach(function (f) { counts[f.severity] += 1; });
    var panel = element("aside", { "class": "coprod-panel", "aria-label": "Language check for editors" });
    var summary = "Language check: " + counts.error + " errors, " + counts.warning + " warnings, " + counts.info + " notes";
    var toggle = element("button", { "class": "coprod-panel__toggle", "type": "button", "aria-expanded": "false",
                                      "aria-controls": "coprod-panel-body" }, summary);
    var body = element("div", { "class": "coprod-panel__body", "id": "coprod-panel-body", "hidden": "" });
    body.appendChild(element("p", {}, "For editors, while mkdocs serve runs. " + data.path));
    var table = element("table", {});
    table.appendChild(element("caption", { "class": "md-visually-hidden" }, "Scores"));
    data.scores.forEach(function (row) {
      var tr = element("tr", {});
      tr.appendChild(element("th", { "scope": "row" }, row.name));
      tr.appendChild(element("td", {}, row.value));
      tr.appendChild(element("td", { "class": row.ok ? "coprod-panel__ok" : "coprod-panel__severity--warning" }, row.aim));
      table.appendChild(tr);
    });
    body.appendChild(table);
    if (data.easyReadUrl) {
      var preview = element("p", {});
      preview.appendChild(element("a", { "href": data.easyReadUrl, "class": "coprod-panel__preview" }, "Preview easy read"));
      body.appendChild(preview);
    }
    if (data.findings.length) {
      var list = element("ol", {});
      data.findings.forEach(function (finding, index) {
        var item = element("li", {});
        item.appendChild(element("span", { "class": "coprod-panel__severity--" + finding.severity },
                                 finding.severity + " " + finding.rule + ", line " + finding.line + ": "));
        var words = finding.message + (finding.suggestion ? " " + finding.suggestion : "");
        if (placed[index]) {
          var link = element("a", { "href": "#coprod-finding-" + index }, words);
          link.addEventListener("click", function (event) {
            event.preventDefault();
            var target = document.getElementById("coprod-finding-" + index);
            document.querySelectorAll(".coprod-mark--current").forEach(function (m) { m.classList.remove("coprod-mark--current"); });
            document.querySelectorAll('mark[data-finding="' + index + '"]').forEach(function (m) { m.classList.add("coprod-mark--current"); });
            target.scrollIntoView({ block: "center" });
            target.focus({ preventScroll: true });
          });
          item.appendChild(link);
        } else {
          item.appendChild(document.createTextNode(words));
        }
        list.appendChild(item);
      });
      body.appendChild(list);
    } else {
      body.appendChild(element("p", { "class": "coprod-panel__ok" }, "No problems found on this page."));
    }
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") === "true";
      toggle.setAttribute("aria-expanded", open ? "false" : "true");
      if (open) { body.setAttribute("hidden", ""); } else { body.removeAttribute("hidden"); }
    });
    panel.appendChild(toggle);
    panel.appendChild(body);
    document.body.appendChild(panel);
  }

  build(highlight());
})();
