// Sends the CSRF token with every htmx request; the token is in a meta tag, so no inline script is needed.
document.addEventListener("htmx:configRequest", function (event) {
  var header = document.querySelector('meta[name="_csrf_header"]');
  var token = document.querySelector('meta[name="_csrf"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});

// A file above the upload limit is refused before the form is sent, so that nothing typed in it is lost.
document.addEventListener("change", function (event) {
  var input = event.target;
  if (!(input instanceof HTMLInputElement) || input.type !== "file") {
    return;
  }
  var max = Number(document.body.dataset.uploadMax || 0);
  var tooLarge = max > 0 && Array.prototype.some.call(input.files || [], function (file) {
    return file.size > max;
  });
  input.setCustomValidity(tooLarge ? document.body.dataset.uploadTooLarge : "");
  if (tooLarge) {
    input.reportValidity();
  }
});

// A print button: the page's print style leaves out the menus and forms.
document.addEventListener("click", function (event) {
  if (event.target instanceof Element && event.target.closest("[data-print]")) {
    window.print();
  }
});

// An irreversible step asks first: a form whose button carries data-confirm.
document.addEventListener("submit", function (event) {
  var button = event.submitter;
  var question = button && button.dataset ? button.dataset.confirm : null;
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// Dates are typed day/month/Buddhist-Era year; a small calendar in B.E. helps pick one. The field stays a
// plain text field, so typing (and Thai digits) always works, with or without the calendar. The calendar opens
// in the flow, right under its field (no overlay to cover other fields on a phone), one at a time.
(function () {
  var openPanel = null;
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function read(text) {
    var m = /^(\d{1,2})[\/.-](\d{1,2})[\/.-](\d{4})$/.exec((text || "").replace(/[๐-๙]/g, function (d) {
      return String(d.charCodeAt(0) - 0x0E50);
    }).trim());
    if (!m) { return null; }
    var d = new Date(Number(m[3]) - 543, Number(m[2]) - 1, Number(m[1]));
    return isNaN(d.getTime()) ? null : d;
  }
  function close() {
    if (openPanel) {
      openPanel.hidden = true;
      openPanel.previousElementSibling.setAttribute("aria-expanded", "false");
      openPanel = null;
    }
  }
  function attach(input) {
    var months = (input.dataset.months || "").split(",");
    var weekdays = (input.dataset.weekdays || "").split(",");
    var open = document.createElement("button");
    open.type = "button";
    open.className = "calendar-open";
    open.textContent = input.dataset.openShort || "…";
    open.setAttribute("aria-label", input.dataset.open || "calendar");
    open.setAttribute("aria-expanded", "false");
    var panel = document.createElement("div");
    panel.className = "calendar";
    panel.hidden = true;
    panel.setAttribute("role", "dialog");
    panel.setAttribute("aria-label", input.dataset.open || "calendar");
    input.insertAdjacentElement("afterend", open);
    open.insertAdjacentElement("afterend", panel);
    // A click inside (the month buttons redraw the panel) is never an outside click.
    panel.addEventListener("click", function (e) { e.stopPropagation(); });
    var shown = new Date();
    var chosen = null;
    function button(text, label, onClick) {
      var b = document.createElement("button");
      b.type = "button";
      b.textContent = text;
      if (label) { b.setAttribute("aria-label", label); }
      b.addEventListener("click", onClick);
      return b;
    }
    function draw() {
      panel.textContent = "";
      var head = document.createElement("div");
      head.className = "calendar-head";
      var title = document.createElement("span");
      title.textContent = (months[shown.getMonth()] || shown.getMonth() + 1) + " " + (shown.getFullYear() + 543);
      head.append(
        button("‹", input.dataset.previous, function () { shown = new Date(shown.getFullYear(), shown.getMonth() - 1, 1); draw(); }),
        title,
        button("›", input.dataset.next, function () { shown = new Date(shown.getFullYear(), shown.getMonth() + 1, 1); draw(); }));
      panel.append(head);
      var grid = document.createElement("div");
      grid.className = "calendar-days";
      weekdays.forEach(function (w) {
        var h = document.createElement("span");
        h.className = "calendar-weekday";
        h.textContent = w;
        grid.append(h);
      });
      var first = new Date(shown.getFullYear(), shown.getMonth(), 1).getDay();
      for (var i = 0; i < first; i++) { grid.append(document.createElement("span")); }
      var days = new Date(shown.getFullYear(), shown.getMonth() + 1, 0).getDate();
      var today = new Date();
      var focus = null;
      for (var day = 1; day <= days; day++) {
        var pick = button(String(day), null, function (e) {
          input.value = pad(Number(e.target.dataset.day)) + "/" + pad(shown.getMonth() + 1) + "/" + (shown.getFullYear() + 543);
          close();
          input.focus();
        });
        pick.dataset.day = day;
        var isToday = day === today.getDate() && shown.getMonth() === today.getMonth() && shown.getFullYear() === today.getFullYear();
        var isChosen = chosen && day === chosen.getDate() && shown.getMonth() === chosen.getMonth() && shown.getFullYear() === chosen.getFullYear();
        if (isToday) { pick.classList.add("today"); pick.setAttribute("aria-current", "date"); }
        if (isChosen) { pick.classList.add("chosen"); focus = pick; }
        if (!focus && isToday) { focus = pick; }
        grid.append(pick);
      }
      panel.append(grid);
      panel.append(button(input.dataset.close || "×", null, function () { close(); open.focus(); }));
      return focus || grid.querySelector("button");
    }
    open.addEventListener("click", function () {
      if (openPanel === panel) { close(); return; }
      close();
      chosen = read(input.value);
      shown = chosen || new Date();
      var focus = draw();
      panel.hidden = false;
      open.setAttribute("aria-expanded", "true");
      openPanel = panel;
      if (focus) { focus.focus(); }
    });
  }
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && openPanel) {
      var opener = openPanel.previousElementSibling;
      close();
      opener.focus();
    }
  });
  document.addEventListener("click", function (e) {
    if (openPanel && !openPanel.contains(e.target) && e.target !== openPanel.previousElementSibling) {
      close();
    }
  });
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("input[data-be-date]").forEach(attach);
  });
})();

// After a list is redrawn in place, focus goes where a keyboard or screen-reader user expects it: to the message
// that says what happened, or else to the tab now chosen; without this it falls back to the page's start.
document.addEventListener("htmx:afterSettle", function (event) {
  var list = event.detail.target && document.getElementById(event.detail.target.id || "");
  if (!list) {
    return;
  }
  var target = list.querySelector(".flash") || list.querySelector('[aria-current="page"]');
  if (target) {
    if (!target.hasAttribute("tabindex") && target.tagName !== "A") {
      target.setAttribute("tabindex", "-1");
    }
    target.focus();
  }
});

// A form sent back with errors: the first field in error is brought into view and focused, so that its reason,
// said beside it, is what a person sees and a screen reader reads first (on a long page the form may be far below).
document.addEventListener("DOMContentLoaded", function () {
  var invalid = document.querySelector('[aria-invalid="true"]');
  if (invalid) {
    invalid.focus();
  }
});
