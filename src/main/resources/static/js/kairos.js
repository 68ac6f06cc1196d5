// Kairos page behaviour. Loaded as a file (the Content-Security-Policy forbids inline scripts).
document.addEventListener('DOMContentLoaded', function () {
  var path = window.location.pathname;
  document.querySelectorAll('#main-nav a.nav-link').forEach(function (link) {
    var href = link.getAttribute('href');
    if (href === path || (href !== '/' && path.indexOf(href) === 0)) {
      link.classList.add('active');
      link.setAttribute('aria-current', 'page');
    }
  });
});
