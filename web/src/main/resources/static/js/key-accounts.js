/*
 * Charts of the key-account analysis (templates/reports/key-accounts.html): each element with a
 * data-chart attribute holds its figures and labels as JSON, rendered by the server from the bundles.
 * Canvas renderer: the SVG one writes style attributes, which the CSP (style-src self) blocks.
 * Types: "bar" (categories, series), "barLine" (bars plus a line on a second axis in %), "pie" (items).
 */
(function () {
    'use strict';

    function axisLabel(unit) {
        return { formatter: '{value}' + (unit ? ' ' + unit : '') };
    }

    function barSeries(series) {
        return series.map(function (s) {
            return { name: s.name, type: 'bar', data: s.data, barMaxWidth: 40 };
        });
    }

    function option(spec) {
        var base = {
            animation: false,
            title: { text: spec.title, left: 'center', textStyle: { fontSize: 14 } },
            tooltip: { trigger: spec.type === 'pie' ? 'item' : 'axis' },
            legend: { bottom: 0 }
        };
        if (spec.type === 'pie') {
            base.series = [{
                type: 'pie', radius: ['35%', '65%'], data: spec.items,
                label: { formatter: '{b}\n{d}%' }
            }];
            return base;
        }
        base.grid = { left: 60, right: spec.type === 'barLine' ? 60 : 20, top: 40, bottom: 50 };
        base.xAxis = { type: 'category', data: spec.categories };
        base.yAxis = [{ type: 'value', name: spec.unit }];
        base.series = barSeries(spec.series);
        if (spec.type === 'barLine') {
            base.yAxis.push({ type: 'value', name: spec.lineUnit, axisLabel: axisLabel(spec.lineUnit) });
            base.series.push({
                name: spec.line.name, type: 'line', yAxisIndex: 1, data: spec.line.data,
                connectNulls: false, symbolSize: 8
            });
        }
        return base;
    }

    function isEmpty(spec) {
        if (spec.type === 'pie') {
            return spec.items.every(function (i) { return Number(i.value) === 0; });
        }
        return !spec.categories || spec.categories.length === 0;
    }

    function draw(element) {
        var spec = JSON.parse(element.getAttribute('data-chart'));
        if (isEmpty(spec)) {
            element.classList.add('ka-chart-empty');
            element.textContent = spec.empty;
            return;
        }
        var chart = window.echarts.init(element, null, { renderer: 'canvas' });
        chart.setOption(option(spec));
        element.setAttribute('data-drawn', 'true');
        window.addEventListener('resize', function () { chart.resize(); });
    }

    document.addEventListener('DOMContentLoaded', function () {
        if (!window.echarts) {
            return;
        }
        document.querySelectorAll('[data-chart]').forEach(draw);
    });
})();
