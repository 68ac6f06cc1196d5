// Kairos page behaviour. Loaded as a file (the Content-Security-Policy forbids inline scripts).
document.addEventListener('DOMContentLoaded', function () {
  var path = window.location.pathname;
  // The longest matching entry wins, so that /desk/admin is not also marked as /desk.
  var current = null;
  document.querySelectorAll('#main-nav a[data-nav]').forEach(function (link) {
    var href = link.getAttribute('href');
    if (href === path || (href !== '/' && path.indexOf(href) === 0)) {
      if (!current || href.length > current.getAttribute('href').length) {
        current = link;
      }
    }
  });
  if (current) {
    current.classList.add('active');
    current.setAttribute('aria-current', 'page');
  }
});
