// The KPI report's bar chart: revenue contribution and payments received per rep, from the JSON the server put in
// #kpi-chart's data-chart attribute (labels already in the reader's language). No inline script (CSP).
(function () {
    'use strict';

    function draw() {
        var element = document.getElementById('kpi-chart');
        if (!element || !window.echarts) {
            return;
        }
        var data = JSON.parse(element.getAttribute('data-chart') || '{}');
        if (!data.names || data.names.length === 0) {
            element.hidden = true;
            return;
        }
        var chart = window.echarts.init(element);
        chart.setOption({
            tooltip: {trigger: 'axis'},
            legend: {data: [data.revenueLabel, data.paymentsLabel]},
            grid: {left: 60, right: 20, bottom: 60, top: 40},
            xAxis: {type: 'category', data: data.names, axisLabel: {interval: 0, rotate: data.names.length > 8 ? 30 : 0}},
            yAxis: {type: 'value', name: data.unit},
            series: [
                {name: data.revenueLabel, type: 'bar', data: data.revenue.map(Number)},
                {name: data.paymentsLabel, type: 'bar', data: data.payments.map(Number)}
            ]
        });
        element.setAttribute('data-rendered', 'true');
        window.addEventListener('resize', function () {
            chart.resize();
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    } else {
        draw();
    }
}());
