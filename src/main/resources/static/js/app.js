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

// An irreversible step asks first: a form whose button carries data-confirm.
document.addEventListener("submit", function (event) {
  var button = event.submitter;
  var question = button && button.dataset ? button.dataset.confirm : null;
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// Dates are typed day/month/Buddhist-Era year; a small calendar in B.E. helps pick one. The field stays a
// plain text field, so typing (and Thai digits) always works, with or without the calendar.
(function () {
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function read(text) {
    var m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec((text || "").replace(/[๐-๙]/g, function (d) {
      return String(d.charCodeAt(0) - 0x0E50);
    }).trim());
    if (!m) { return null; }
    var d = new Date(Number(m[3]) - 543, Number(m[2]) - 1, Number(m[1]));
    return isNaN(d.getTime()) ? null : d;
  }
  function attach(input) {
    var months = (input.dataset.months || "").split(",");
    var open = document.createElement("button");
    open.type = "button";
    open.className = "calendar-open";
    open.setAttribute("aria-label", input.dataset.open || "calendar");
    open.textContent = "📅";
    var panel = document.createElement("div");
    panel.className = "calendar";
    panel.hidden = true;
    panel.setAttribute("role", "dialog");
    panel.setAttribute("aria-label", input.dataset.open || "calendar");
    input.insertAdjacentElement("afterend", open);
    open.insertAdjacentElement("afterend", panel);
    var shown = new Date();
    function draw() {
      panel.textContent = "";
      var head = document.createElement("div");
      head.className = "calendar-head";
      var previous = document.createElement("button");
      previous.type = "button";
      previous.textContent = "‹";
      previous.setAttribute("aria-label", input.dataset.previous || "previous");
      previous.onclick = function () { shown = new Date(shown.getFullYear(), shown.getMonth() - 1, 1); draw(); };
      var next = document.createElement("button");
      next.type = "button";
      next.textContent = "›";
      next.setAttribute("aria-label", input.dataset.next || "next");
      next.onclick = function () { shown = new Date(shown.getFullYear(), shown.getMonth() + 1, 1); draw(); };
      var title = document.createElement("span");
      title.textContent = (months[shown.getMonth()] || shown.getMonth() + 1) + " " + (shown.getFullYear() + 543);
      head.append(previous, title, next);
      panel.append(head);
      var grid = document.createElement("div");
      grid.className = "calendar-days";
      var first = new Date(shown.getFullYear(), shown.getMonth(), 1).getDay();
      for (var i = 0; i < first; i++) { grid.append(document.createElement("span")); }
      var days = new Date(shown.getFullYear(), shown.getMonth() + 1, 0).getDate();
      for (var day = 1; day <= days; day++) {
        var pick = document.createElement("button");
        pick.type = "button";
        pick.textContent = day;
        pick.dataset.day = day;
        pick.onclick = function (e) {
          input.value = pad(Number(e.target.dataset.day)) + "/" + pad(shown.getMonth() + 1) + "/" + (shown.getFullYear() + 543);
          panel.hidden = true;
          input.focus();
        };
        grid.append(pick);
      }
      panel.append(grid);
      var close = document.createElement("button");
      close.type = "button";
      close.className = "calendar-close";
      close.textContent = input.dataset.close || "close";
      close.onclick = function () { panel.hidden = true; open.focus(); };
      panel.append(close);
    }
    open.addEventListener("click", function () {
      shown = read(input.value) || new Date();
      draw();
      panel.hidden = !panel.hidden;
    });
    panel.addEventListener("keydown", function (e) {
      if (e.key === "Escape") { panel.hidden = true; open.focus(); }
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("input[data-be-date]").forEach(attach);
  });
})();
