// Agent console behaviour: SLA countdowns, keyboard shortcuts and the "replying" flag of the collision hint.
// Loaded as a file: the Content-Security-Policy forbids inline scripts.
(function () {
  var WARNING_SHARE = 0.25;
  var STATES = {
    ok: 'text-bg-success',
    warning: 'text-bg-warning',
    breached: 'text-bg-danger'
  };

  function pad(n) {
    return n < 10 ? '0' + n : String(n);
  }

  function format(seconds) {
    var sign = seconds < 0 ? '-' : '';
    var abs = Math.abs(seconds);
    return sign + Math.floor(abs / 3600) + ':' + pad(Math.floor(abs % 3600 / 60)) + ':' + pad(abs % 60);
  }

  // Paused clocks and clocks without a due time keep what the server rendered.
  function tick() {
    var now = Date.now();
    document.querySelectorAll('.sla-clock[data-due]:not([data-paused])').forEach(function (clock) {
      var due = Date.parse(clock.getAttribute('data-due'));
      var start = Date.parse(clock.getAttribute('data-start'));
      if (isNaN(due)) {
        return;
      }
      var left = due - now;
      var state = left < 0 ? 'breached'
        : (!isNaN(start) && due > start && left < (due - start) * WARNING_SHARE ? 'warning' : 'ok');
      Object.keys(STATES).forEach(function (name) {
        clock.classList.toggle(STATES[name], name === state);
      });
      clock.querySelector('.sla-time').textContent = format(Math.trunc(left / 1000));
      clock.querySelector('.sla-state').textContent = clock.getAttribute('data-label-' + state);
    });
  }

  function typingInField(target) {
    var tag = target && target.tagName;
    return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (target && target.isContentEditable);
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (document.querySelector('.sla-clock[data-due]')) {
      tick();
      window.setInterval(tick, 1000);
    }
    var body = document.getElementById('composer-body');
    document.addEventListener('keydown', function (event) {
      // "r" jumps to the reply box from anywhere on the page that is not itself a field.
      if (body && event.key === 'r' && !event.ctrlKey && !event.metaKey && !event.altKey && !typingInField(event.target)) {
        event.preventDefault();
        body.focus();
      }
    });
    if (!body) {
      return;
    }
    body.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        body.form.requestSubmit();
      }
    });
    // The heartbeat tells the others that this agent is replying while the reply box holds text.
    var typing = document.getElementById('presence-typing');
    var presence = document.getElementById('presence-form');
    if (typing && presence) {
      body.addEventListener('input', function () {
        var now = body.value.trim().length > 0 ? 'true' : 'false';
        if (typing.value !== now) {
          typing.value = now;
          if (window.htmx) {
            window.htmx.trigger(presence, 'typingchange');
          }
        }
      });
    }
  });
}());
