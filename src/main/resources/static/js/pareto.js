// Draws the Pareto curve of the customer-value page from the JSON in #pareto-chart's data-pareto attribute.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('pareto-chart');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  var pareto = JSON.parse(element.getAttribute('data-pareto'));
  var points = pareto.curve.map(function (p) { return [p.customerShare, p.valueShare]; });
  var marks = [];
  if (pareto.eightyTwenty) {
    marks.push({ coord: [pareto.eightyTwenty.customerShare, pareto.eightyTwenty.valueShare] });
  }
  var chart = echarts.init(element);
  chart.setOption({
    grid: { left: 56, right: 24, top: 24, bottom: 48 },
    tooltip: { trigger: 'axis', valueFormatter: function (v) { return Number(v).toFixed(1) + '%'; } },
    xAxis: { type: 'value', min: 0, max: 100, name: element.getAttribute('data-x-label'), nameLocation: 'middle', nameGap: 28 },
    yAxis: { type: 'value', min: 0, max: 100, name: element.getAttribute('data-y-label') },
    series: [
      { type: 'line', data: points, showSymbol: false, areaStyle: { opacity: 0.15 },
        markPoint: { symbol: 'pin', data: marks },
        markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed' }, data: [{ yAxis: 80 }] } },
      { type: 'line', data: [[0, 0], [100, 100]], showSymbol: false, lineStyle: { type: 'dotted', width: 1 } }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
