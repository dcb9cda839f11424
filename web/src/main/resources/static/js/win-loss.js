// The win/loss report's chart: lost deals and lost amount by loss reason, drawn with ECharts from the JSON the
// server renders into #win-loss-chart's data-chart (labels already in the reader's language). Kept in a file: the
// Content-Security-Policy allows no inline script.
document.addEventListener('DOMContentLoaded', function () {
  var box = document.getElementById('win-loss-chart');
  if (!box || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(box.getAttribute('data-chart'));
  var chart = echarts.init(box);
  chart.setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: [data.lostName, data.lostAmountName] },
    grid: { left: 8, right: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: data.labels, axisLabel: { interval: 0, rotate: 30 } },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value' }],
    series: [
      { name: data.lostName, type: 'bar', data: data.lost },
      { name: data.lostAmountName, type: 'bar', yAxisIndex: 1, data: data.lostAmount.map(Number) }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
