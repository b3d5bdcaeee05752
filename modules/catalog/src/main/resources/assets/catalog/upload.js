// Upload forms (data-upload) with a progress bar: the same multipart POST the form would send, through
// XMLHttpRequest so that upload progress can be shown. Without JavaScript the form still works.
(function () {
  'use strict';
  function enhance(form) {
    var progress = form.querySelector('progress');
    var button = form.querySelector('button[type=submit]');
    form.addEventListener('submit', function (event) {
      if (!window.FormData || !window.XMLHttpRequest) {
        return;
      }
      event.preventDefault();
      var request = new XMLHttpRequest();
      request.open('POST', form.action);
      request.setRequestHeader('Accept', 'text/html');
      request.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable) {
          progress.hidden = false;
          progress.value = Math.round(100 * e.loaded / e.total);
          progress.textContent = progress.value + '%';
        }
      });
      // The request followed the server's redirect: its answer is the page to show, flash message included (a
      // second GET would find the message already shown), at the address it came from.
      request.addEventListener('load', function () {
        if (request.status >= 200 && request.status < 300 && request.responseURL) {
          window.history.replaceState(null, '', request.responseURL);
        }
        document.open();
        document.write(request.responseText);
        document.close();
      });
      request.addEventListener('error', function () {
        button.disabled = false;
        progress.hidden = true;
        window.alert('The upload failed. Check your connection and try again.');
      });
      button.disabled = true;
      progress.hidden = false;
      request.send(new FormData(form));
    });
  }
  document.querySelectorAll('form[data-upload]').forEach(enhance);
}());
