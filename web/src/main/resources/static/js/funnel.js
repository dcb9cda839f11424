// Draws the pipeline funnel chart from the server's data (data-chart on #funnel-chart): one
// step per milestone with its translated name and the number of deals. No inline script (CSP).
(function () {
    'use strict';

    function draw() {
        var element = document.getElementById('funnel-chart');
        if (!element || typeof echarts === 'undefined') {
            return;
        }
        var chart = JSON.parse(element.getAttribute('data-chart') || '{}');
        var data = (chart.data || []).map(function (point, index) {
            return { name: (index + 1) + '. ' + point.name, value: point.value, amount: point.amount };
        });
        var instance = echarts.init(element, null, { renderer: 'canvas' });
        instance.setOption({
            title: { text: chart.title, left: 'center', textStyle: { fontSize: 14 } },
            tooltip: {
                trigger: 'item',
                formatter: function (params) {
                    return params.name + '<br>' + chart.countLabel + ': ' + params.value
                        + '<br>' + chart.amountLabel + ': ' + params.data.amount;
                }
            },
            series: [{
                type: 'funnel',
                sort: 'none',
                top: 40,
                bottom: 10,
                left: '5%',
                width: '90%',
                minSize: '10%',
                gap: 2,
                label: { show: true, position: 'inside', formatter: '{b}: {c}' },
                data: data
            }]
        });
        window.addEventListener('resize', function () { instance.resize(); });
        element.setAttribute('data-drawn', 'true');
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    } else {
        draw();
    }
}());
