// Inserts a macro's or a script's text into the ticket composer (#composer-body) at the cursor.
// Loaded as a file (the Content-Security-Policy forbids inline scripts); binds once however often the panel loads.
(function () {
  if (window.kairosComposerInsert) {
    return;
  }
  window.kairosComposerInsert = true;
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-composer-insert]');
    if (!button) {
      return;
    }
    var composer = document.getElementById('composer-body');
    if (!composer) {
      return;
    }
    var text = button.getAttribute('data-text') || '';
    var start = composer.selectionStart || 0;
    var end = composer.selectionEnd || 0;
    composer.value = composer.value.slice(0, start) + text + composer.value.slice(end);
    composer.selectionStart = composer.selectionEnd = start + text.length;
    composer.dispatchEvent(new Event('input', { bubbles: true }));
    composer.focus();
  });
})();
