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
