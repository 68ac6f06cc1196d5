// Draws a journey map (emotion curve, volume, pain/peak/end markers) from the JSON in #journey-map's data-map,
// and offers PNG and SVG downloads. Every text that reaches HTML (the tooltip) is escaped first.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('journey-map');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  var map = JSON.parse(element.getAttribute('data-map'));
  var label = function (name) { return element.getAttribute('data-' + name + '-label') || ''; };
  var escape = function (text) {
    return String(text == null ? '' : text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  };
  var stages = map.stages;
  var names = stages.map(function (s) { return s.name; });
  var means = stages.map(function (s) { return s.mean; });
  var volumes = stages.map(function (s) {
    return { value: s.volume, itemStyle: { color: s.pain ? 'rgba(220, 53, 69, 0.55)' : 'rgba(13, 110, 253, 0.25)' } };
  });
  var marks = [];
  var areas = [];
  stages.forEach(function (s, i) {
    if (s.peak && s.mean != null) {
      marks.push({ coord: [i, s.mean], value: label('peak'), itemStyle: { color: '#198754' } });
    }
    if (s.end && s.mean != null) {
      marks.push({ coord: [i, s.mean], value: label('end'), symbolRotate: 180, itemStyle: { color: '#0dcaf0' } });
    }
    if (s.pain) {
      areas.push([{ xAxis: s.name, name: label('pain') }, { xAxis: s.name }]);
    }
  });
  var tooltip = function (params) {
    var first = Array.isArray(params) ? params[0] : params;
    var s = stages[first.dataIndex];
    if (!s) {
      return '';
    }
    var lines = ['<strong>' + escape(s.name) + '</strong>'];
    lines.push(escape(label('curve')) + ': ' + (s.mean == null ? escape(element.getAttribute('data-no-data')) : escape(s.mean)));
    lines.push(escape(label('volume')) + ': ' + escape(s.volume));
    lines.push(escape(label('complaints')) + ': ' + escape(s.complaints) + ' / ' + escape(s.tickets));
    if (s.nps != null) {
      lines.push(escape(label('nps')) + ': ' + escape(s.nps));
    }
    lines.push(escape(label('touchpoints')) + ': ' + s.touchpoints.map(function (t) { return escape(t.name); }).join(', '));
    var flags = [];
    if (s.pain) { flags.push(label('pain')); }
    if (s.peak) { flags.push(label('peak')); }
    if (s.end) { flags.push(label('end')); }
    if (flags.length) {
      lines.push(flags.map(escape).join(' · '));
    }
    return lines.join('<br>');
  };
  var option = function (animation) {
    return {
      animation: animation,
      backgroundColor: '#ffffff',
      grid: { left: 48, right: 48, top: 40, bottom: 56 },
      tooltip: { trigger: 'axis', formatter: tooltip, confine: true },
      legend: { data: [label('curve'), label('volume')], top: 4 },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, width: 90, overflow: 'break' } },
      yAxis: [
        { type: 'value', min: -3, max: 3, interval: 1, name: 'MOT' },
        { type: 'value', name: label('volume'), minInterval: 1, splitLine: { show: false } }
      ],
      series: [
        { name: label('curve'), type: 'line', data: means, connectNulls: true, smooth: true, symbolSize: 10,
          lineStyle: { width: 3 }, z: 3,
          markPoint: { symbol: 'pin', symbolSize: 46, label: { fontSize: 10 }, data: marks },
          markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#999' }, data: [{ yAxis: 0 }] },
          markArea: { silent: true, itemStyle: { color: 'rgba(220, 53, 69, 0.15)' }, label: { color: '#dc3545' }, data: areas } },
        { name: label('volume'), type: 'bar', yAxisIndex: 1, data: volumes, barMaxWidth: 28, itemStyle: { color: 'rgba(13, 110, 253, 0.25)' } }
      ]
    };
  };
  var chart = echarts.init(element);
  chart.setOption(option(true));
  element.setAttribute('data-stages', String(stages.length));
  element.setAttribute('data-pain', stages.filter(function (s) { return s.pain; }).map(function (s) { return s.id; }).join(','));
  element.setAttribute('data-peak', stages.filter(function (s) { return s.peak; }).map(function (s) { return s.id; }).join(','));

  var png = document.getElementById('export-png');
  var svg = document.getElementById('export-svg');
  var twinElement = document.getElementById('journey-map-svg');
  chart.on('finished', function once() {
    chart.off('finished', once);
    png.href = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    png.classList.remove('disabled');
    if (twinElement) {
      var twin = echarts.init(twinElement, null, { renderer: 'svg', width: element.clientWidth || 1000, height: element.clientHeight || 380 });
      twin.setOption(option(false));
      svg.href = twin.getDataURL({ type: 'svg' });
      svg.classList.remove('disabled');
    }
    element.setAttribute('data-rendered', 'true');
  });
  document.getElementById('print-map').addEventListener('click', function () { window.print(); });
  window.addEventListener('resize', function () { chart.resize(); });
});
