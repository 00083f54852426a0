/*
 * Markdown toolbar of the staff editor: buttons with data-md="bold|italic|heading|list|link" wrap
 * or prefix the selection of the textarea marked data-markdown; a button with
 * data-md-insert="<select id>" inserts the selected option's value (a file's Markdown) at the
 * cursor. Events are delegated, so the toolbar keeps working after AJAX updates of the form.
 * After a change the textarea gets a keyup event, which refreshes the live preview.
 * BeaconMarkdown.insert(text) puts text at the cursor (used after a file is dropped on the editor).
 */
(function () {
  "use strict";

  function source() {
    return document.querySelector("textarea[data-markdown]");
  }

  function replaceSelection(area, before, after, placeholder) {
    var start = area.selectionStart, end = area.selectionEnd;
    var selected = area.value.substring(start, end) || placeholder;
    area.value = area.value.substring(0, start) + before + selected + after + area.value.substring(end);
    area.focus();
    area.setSelectionRange(start + before.length, start + before.length + selected.length);
    area.dispatchEvent(new Event("keyup", { bubbles: true }));
  }

  function prefixLines(area, prefix) {
    var start = area.value.lastIndexOf("\n", area.selectionStart - 1) + 1;
    var end = area.selectionEnd;
    var lines = area.value.substring(start, end).split("\n").map(function (line) { return prefix + line; });
    area.value = area.value.substring(0, start) + lines.join("\n") + area.value.substring(end);
    area.focus();
    area.dispatchEvent(new Event("keyup", { bubbles: true }));
  }

  var actions = {
    bold: function (a) { replaceSelection(a, "**", "**", "bold text"); },
    italic: function (a) { replaceSelection(a, "*", "*", "text"); },
    heading: function (a) { prefixLines(a, "## "); },
    list: function (a) { prefixLines(a, "- "); },
    link: function (a) { replaceSelection(a, "[", "](/pages/about)", "link text"); }
  };

  window.BeaconMarkdown = {
    insert: function (text) {
      var area = source();
      if (area) {
        replaceSelection(area, "", "", text);
        area.setSelectionRange(area.selectionEnd, area.selectionEnd);
      }
    }
  };

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-md], [data-md-insert]") : null;
    var area = source();
    if (!button || !area) {
      return;
    }
    event.preventDefault();
    if (button.hasAttribute("data-md")) {
      var action = actions[button.getAttribute("data-md")];
      if (action) {
        action(area);
      }
      return;
    }
    var picker = document.getElementById(button.getAttribute("data-md-insert"));
    if (picker && picker.value) {
      replaceSelection(area, "", "", picker.value);
      area.setSelectionRange(area.selectionEnd, area.selectionEnd);
    }
  });
})();
