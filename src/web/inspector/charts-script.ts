// The browser side of the inspector's charts: reads the data the page carries and draws it
// with chart.js (served from the package, see web/vendor-assets.ts).
export const INSPECTOR_CHARTS_JS = `(function () {
  var el = document.getElementById('inspector-chart-data');
  if (!el || !window.Chart) return;
  var d = JSON.parse(el.textContent);
  var colors = ['#5a36c9', '#e4572e', '#17a398', '#f3a712', '#3b8ea5', '#a23b72', '#6c8a1f', '#888'];
  var step = d.series.bucketMs;
  function label(ms) {
    var t = new Date(ms).toISOString();
    return step >= 86400000 ? t.slice(0, 10) : step >= 60000 ? t.slice(5, 10) + ' ' + t.slice(11, 16) : t.slice(11, 19);
  }
  var labels = d.series.buckets.map(label);
  var common = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    plugins: { legend: { position: 'bottom', labels: { boxWidth: 12, font: { size: 11 } } } },
    scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }
  };
  function stacked() {
    var o = JSON.parse(JSON.stringify(common));
    o.scales = { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } };
    return o;
  }
  var requests = document.getElementById('chart-requests');
  if (requests) new Chart(requests, { type: 'bar', options: stacked(), data: { labels: labels, datasets: d.series.endpoints.map(function (e, i) {
    return { label: e.endpoint, data: e.requests, backgroundColor: colors[i] };
  }) } });
  var errors = document.getElementById('chart-errors');
  if (errors) new Chart(errors, { type: 'bar', options: stacked(), data: { labels: labels, datasets: d.series.endpoints.map(function (e, i) {
    return { label: e.endpoint, data: e.errors, backgroundColor: colors[i], hidden: !e.errors.some(function (n) { return n > 0; }) };
  }).filter(function (s) { return !s.hidden; }) } });
  var units = document.getElementById('chart-units');
  if (units) new Chart(units, { type: 'bar', options: stacked(), data: { labels: d.units.map(function (u) { return u.msn + ' (' + u.successPercent + '%)'; }), datasets: [
    { label: '2xx/3xx', data: d.units.map(function (u) { return u.ok; }), backgroundColor: '#17a398' },
    { label: '4xx', data: d.units.map(function (u) { return u.clientErrors; }), backgroundColor: '#f3a712' },
    { label: '5xx', data: d.units.map(function (u) { return u.serverErrors; }), backgroundColor: '#e4572e' }
  ] } });
  document.body.setAttribute('data-charts-drawn', 'yes');
})();
`;
