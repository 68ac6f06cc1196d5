// Charts of the voice-of-the-customer pages, drawn from the JSON in each element's data-chart attribute.
// Every text shown in a tooltip goes through escapeHtml: group and feature names may come from imported data.
(function () {
  'use strict';

  function escapeHtml(value) {
    return String(value == null ? '' : value)
      .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  }

  function data(element) {
    return JSON.parse(element.getAttribute('data-chart'));
  }

  function draw(id, build) {
    var element = document.getElementById(id);
    if (!element || typeof echarts === 'undefined') {
      return;
    }
    var chart = echarts.init(element);
    chart.setOption(build(element, data(element)));
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function npsGauge(element, chart) {
    var value = chart.overall.nps == null ? 0 : chart.overall.nps;
    return {
      series: [{
        type: 'gauge', min: -100, max: 100, startAngle: 200, endAngle: -20,
        axisLine: { lineStyle: { width: 14, color: [[0.5, '#dc3545'], [0.65, '#ffc107'], [1, '#198754']] } },
        pointer: { width: 4 }, splitNumber: 4,
        detail: { valueAnimation: false, formatter: function (v) { return Number(v).toFixed(1); }, fontSize: 22 },
        title: { offsetCenter: [0, '70%'] },
        data: [{ value: value, name: element.getAttribute('data-label') }]
      }]
    };
  }

  function npsTrend(element, chart) {
    var labels = chart.trend.map(function (p) { return p.label; });
    var value = function (key) { return chart.trend.map(function (p) { return p.score[key]; }); };
    return {
      grid: { left: 48, right: 16, top: 32, bottom: 32 },
      legend: { top: 0 },
      tooltip: {
        trigger: 'axis',
        formatter: function (items) {
          return items.map(function (item) {
            return escapeHtml(item.axisValue) + ' ' + escapeHtml(item.seriesName) + ': ' +
              escapeHtml(item.value == null ? '—' : item.value);
          }).join('<br>');
        }
      },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value', min: -100, max: 100 },
      series: [
        { name: element.getAttribute('data-label'), type: 'line', data: value('nps'), connectNulls: true },
        { name: element.getAttribute('data-low'), type: 'line', data: value('ciLow'), lineStyle: { type: 'dashed', width: 1 }, showSymbol: false, connectNulls: true },
        { name: element.getAttribute('data-high'), type: 'line', data: value('ciHigh'), lineStyle: { type: 'dashed', width: 1 }, showSymbol: false, connectNulls: true }
      ]
    };
  }

  function npsBreakdown(element, chart) {
    return {
      grid: { left: 48, right: 16, top: 16, bottom: 48 },
      tooltip: {
        trigger: 'item',
        formatter: function (item) {
          var score = chart.groups[item.dataIndex].score;
          return escapeHtml(item.name) + ': ' + escapeHtml(score.nps) + ' [' + escapeHtml(score.ciLow) + ', ' +
            escapeHtml(score.ciHigh) + '] n=' + escapeHtml(score.n);
        }
      },
      xAxis: { type: 'category', data: chart.groups.map(function (g) { return g.group; }),
        axisLabel: { formatter: function (v) { return String(v); } } },
      yAxis: { type: 'value', min: -100, max: 100 },
      series: [{ name: element.getAttribute('data-label'), type: 'bar',
        data: chart.groups.map(function (g) { return g.score.nps; }) }]
    };
  }

  function dimensionNames(element) {
    var names = element.getAttribute('data-names').split('|');
    var order = ['TANGIBLES', 'RELIABILITY', 'RESPONSIVENESS', 'ASSURANCE', 'EMPATHY'];
    return function (d) { return names[order.indexOf(d.dimension)]; };
  }

  function axisTooltip(items) {
    return items.map(function (item) {
      var value = Array.isArray(item.value) ? item.value[1] : item.value;
      return escapeHtml(item.axisValue) + ' ' + escapeHtml(item.seriesName) + ': ' +
        escapeHtml(value == null || value === '-' ? '—' : Number(value).toFixed(2));
    }).join('<br>');
  }

  // Gap (perception − expectation) per dimension.
  function servqualGap(element, dimensions) {
    var shown = dimensions.filter(function (d) { return d.gap != null; });
    var label = dimensionNames(element);
    return {
      grid: { left: 48, right: 16, top: 24, bottom: 32 },
      tooltip: { trigger: 'axis', formatter: axisTooltip },
      xAxis: { type: 'category', data: shown.map(label) },
      yAxis: { type: 'value' },
      series: [{ name: element.getAttribute('data-gap'), type: 'bar', data: shown.map(function (d) { return d.gap; }) }]
    };
  }

  // The zone of tolerance per dimension: a band from the adequate to the desired level, perception as a point.
  function servqualZone(element, dimensions) {
    var shown = dimensions.filter(function (d) { return d.adequate != null; });
    var label = dimensionNames(element);
    return {
      grid: { left: 48, right: 16, top: 32, bottom: 32 },
      legend: { top: 0, data: [element.getAttribute('data-zone'), element.getAttribute('data-perceived')] },
      tooltip: { trigger: 'axis', formatter: function (items) {
        return axisTooltip(items.filter(function (item) { return item.seriesIndex !== 0; }));
      } },
      xAxis: { type: 'category', data: shown.map(label) },
      yAxis: { type: 'value', min: 1, max: 7 },
      series: [
        { name: 'base', type: 'bar', stack: 'zone', itemStyle: { color: 'transparent' }, silent: true,
          data: shown.map(function (d) { return d.adequate; }) },
        { name: element.getAttribute('data-zone'), type: 'bar', stack: 'zone', itemStyle: { color: 'rgba(25,135,84,0.35)' },
          data: shown.map(function (d) { return Math.max(0, d.desired - d.adequate); }) },
        { name: element.getAttribute('data-perceived'), type: 'scatter', symbolSize: 14,
          itemStyle: { color: '#dc3545' }, data: shown.map(function (d) { return d.perceived; }) }
      ]
    };
  }

  function kano(element, features) {
    return {
      grid: { left: 56, right: 24, top: 24, bottom: 48 },
      tooltip: {
        trigger: 'item',
        formatter: function (item) {
          var f = features[item.dataIndex];
          return escapeHtml(f.feature) + '<br>' + escapeHtml(element.getAttribute('data-better')) + ': ' +
            escapeHtml(f.better.toFixed(2)) + '<br>' + escapeHtml(element.getAttribute('data-worse')) + ': ' +
            escapeHtml(f.worse.toFixed(2));
        }
      },
      xAxis: { type: 'value', min: 0, max: 1, name: element.getAttribute('data-worse'), nameLocation: 'middle', nameGap: 28 },
      yAxis: { type: 'value', min: 0, max: 1, name: element.getAttribute('data-better') },
      series: [{
        type: 'scatter', symbolSize: 14,
        data: features.map(function (f) { return [Math.abs(f.worse), f.better]; }),
        label: { show: true, position: 'right', formatter: function (p) { return String(features[p.dataIndex].feature); } },
        markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed' }, data: [{ xAxis: 0.5 }, { yAxis: 0.5 }] }
      }]
    };
  }

  document.addEventListener('DOMContentLoaded', function () {
    draw('nps-gauge', npsGauge);
    draw('nps-trend', npsTrend);
    draw('nps-breakdown', npsBreakdown);
    draw('servqual-gap-chart', servqualGap);
    draw('servqual-zone-chart', servqualZone);
    draw('kano-chart', kano);
  });
})();
