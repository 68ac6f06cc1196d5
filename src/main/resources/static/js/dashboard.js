// Draws each dashboard section's chart from the table beside it (the table is the data: the first column labels,
// every column with numbers a series; data-value holds the plain number). Clicking a bar, point or slice opens the
// same drill-down as the table cell. Texts reach the tooltip escaped, never as markup.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function readTable(table) {
    var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent.trim(); });
    var rows = Array.prototype.map.call(table.querySelectorAll('tbody tr'), function (tr) {
      return Array.prototype.map.call(tr.children, function (td) {
        var link = td.querySelector('a.drill');
        return { text: td.textContent.trim(), value: td.getAttribute('data-value'), href: link ? link.getAttribute('href') : null };
      });
    });
    var numeric = [];
    for (var c = 1; c < headers.length; c++) {
      if (rows.some(function (row) { return row[c] && row[c].value !== null; })) {
        numeric.push(c);
      }
    }
    return { headers: headers, rows: rows, numeric: numeric };
  }
  document.querySelectorAll('.dashboard-chart').forEach(function (element) {
    var table = document.getElementById(element.getAttribute('data-table'));
    if (!table) {
      return;
    }
    var data = readTable(table);
    if (data.rows.length === 0 || data.numeric.length === 0) {
      return;
    }
    var labels = data.rows.map(function (row) { return row[0].text; });
    var kind = element.getAttribute('data-chart');
    var option;
    if (kind === 'pie') {
      var column = data.numeric[0];
      option = {
        tooltip: { trigger: 'item', formatter: function (p) {
          return escapeHtml(p.name) + ': ' + escapeHtml(p.value) + ' (' + escapeHtml(p.percent) + '%)';
        } },
        series: [{ type: 'pie', radius: ['35%', '70%'], data: data.rows.map(function (row) {
          return { name: row[0].text, value: Number(row[column].value || 0), href: row[column].href };
        }) }]
      };
    } else {
      option = {
        grid: { left: 48, right: 16, top: 40, bottom: 56 },
        legend: { type: 'scroll', top: 0, formatter: function (name) { return name; } },
        tooltip: { trigger: 'axis', formatter: function (items) {
          var lines = [escapeHtml(items.length ? items[0].axisValue : '')];
          items.forEach(function (p) { lines.push(escapeHtml(p.seriesName) + ': ' + escapeHtml(p.value === null ? '' : p.value)); });
          return lines.join('<br>');
        } },
        xAxis: { type: 'category', data: labels, axisLabel: { hideOverlap: true } },
        yAxis: { type: 'value' },
        series: data.numeric.map(function (c) {
          return { name: data.headers[c], type: kind === 'line' ? 'line' : 'bar',
            data: data.rows.map(function (row) {
              return { value: row[c].value === null ? null : Number(row[c].value), href: row[c].href };
            }) };
        })
      };
    }
    var chart = echarts.init(element);
    chart.setOption(option);
    chart.on('click', function (p) {
      if (p.data && p.data.href) {
        window.location.assign(p.data.href);
      }
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
