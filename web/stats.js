// Statistics dashboard: one Chart.js chart for each dimension /api/stats/dimensions lists (the
// timeline's dimensions share one, chosen as its period), each with a table fallback for screen
// readers; clicking a bar or slice opens the measures list filtered to it.
'use strict';

(() => {
  const { el, getJson, showStatus, dimensions } = Portal;
  let STATUS = {};
  let STATUS_CODES = [];
  const charts = {};
  window.portalCharts = charts; // the browser tests compare what is drawn with the API

  Chart.defaults.font.family = '"Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei", sans-serif';
  Chart.defaults.maintainAspectRatio = false;
  // Numbers people act on should appear at once, not grow into place.
  Chart.defaults.animation = false;

  const params = () => new URLSearchParams(window.location.search);
  const asOf = () => params().get('as_of') || new Date().toISOString().substring(0, 10);
  const period = (timeline) => {
    const wanted = params().get('period');
    return timeline.some((d) => d.key === wanted) ? wanted : timeline[0].key;
  };

  function openMeasures(filters) {
    const p = new URLSearchParams(filters);
    p.set('as_of', asOf());
    window.location.href = '/measures?' + p;
  }

  // A table with the same numbers as the chart, for screen readers and for copying.
  function fallbackTable(chartId, labels, datasets) {
    const figure = document.getElementById(chartId).closest('figure');
    figure.querySelectorAll('.fallback-box').forEach((t) => t.remove());
    // Tables grow to their content whatever their width, so the hiding is done by a wrapper.
    const box = el('div', { class: 'fallback-box visually-hidden' });
    const table = el('table', { class: 'fallback' });
    box.append(table);
    const head = el('tr');
    head.append(el('th', { scope: 'col' }, '项目'));
    datasets.forEach((d) => head.append(el('th', { scope: 'col' }, d.label)));
    table.append(head);
    labels.forEach((label, i) => {
      const tr = el('tr');
      tr.append(el('th', { scope: 'row' }, label));
      datasets.forEach((d) => tr.append(el('td', {}, String(d.data[i]))));
      table.append(tr);
    });
    figure.append(box);
  }

  function draw(id, config, onClick) {
    if (charts[id]) charts[id].destroy();
    config.options = config.options || {};
    config.options.onClick = (event, elements, chart) => {
      if (elements.length > 0) onClick(elements[0], chart);
    };
    config.options.onHover = (event, elements) => {
      event.native.target.style.cursor = elements.length > 0 ? 'pointer' : 'default';
    };
    charts[id] = new Chart(document.getElementById('chart-' + id), config);
    fallbackTable('chart-' + id, config.data.labels, config.data.datasets);
  }

  function statusDatasets(buckets) {
    return STATUS_CODES.map((code) => ({
      label: STATUS[code].label,
      code,
      data: buckets.map((b) => b.by_status[code]),
      backgroundColor: STATUS[code].color,
    })).filter((d) => d.data.some((n) => n > 0));
  }

  // Bars of each key stacked by status; a click opens the measures with that key and status.
  function bars(dimension, stats) {
    draw(dimension.key, {
      type: 'bar',
      data: { labels: stats.buckets.map((b) => b.key), datasets: statusDatasets(stats.buckets) },
      options: {
        indexAxis: 'y',
        plugins: { legend: { position: 'bottom' } },
        scales: {
          x: { stacked: true, title: { display: true, text: '举措数（项）' }, ticks: { precision: 0 } },
          y: { stacked: true, title: { display: true, text: dimension.label }, ticks: { autoSkip: false } },
        },
      },
    }, (element, chart) => openMeasures({ [dimension.key]: chart.data.labels[element.index],
      status: chart.data.datasets[element.datasetIndex].code }));
  }

  function timeline(dimension, stats) {
    const buckets = stats.buckets.filter((b) => b.key !== '未定期限');
    draw('timeline', {
      type: 'bar',
      data: { labels: buckets.map((b) => b.key), datasets: statusDatasets(buckets) },
      options: {
        plugins: { legend: { position: 'bottom' } },
        scales: {
          x: { stacked: true, title: { display: true, text: dimension.label } },
          y: { stacked: true, title: { display: true, text: '举措数（项）' }, ticks: { precision: 0 } },
        },
      },
    }, (element, chart) => {
      const label = chart.data.labels[element.index];
      openMeasures({ ...dueRange(label), status: chart.data.datasets[element.datasetIndex].code });
    });
  }

  // The first and last day of a month (2021-09), a quarter (2021-Q3) or a year (2021).
  function dueRange(label) {
    const year = Number(label.substring(0, 4));
    const [first, last] = label.length === 4 ? [1, 12] : label.includes('Q')
      ? [(Number(label.substring(6)) - 1) * 3 + 1, Number(label.substring(6)) * 3]
      : [Number(label.substring(5)), Number(label.substring(5))];
    const pad = (n) => String(n).padStart(2, '0');
    const end = new Date(Date.UTC(year, last, 0)).getUTCDate();
    return { due_from: `${year}-${pad(first)}-01`, due_to: `${year}-${pad(last)}-${pad(end)}` };
  }

  function shares(dimension, stats) {
    draw(dimension.key, {
      type: 'doughnut',
      data: {
        labels: stats.buckets.map((b) => STATUS[b.key].label),
        datasets: [{ label: '举措数', data: stats.buckets.map((b) => b.count), backgroundColor: stats.buckets.map((b) => STATUS[b.key].color) }],
      },
      options: { plugins: { legend: { position: 'right' } } },
    }, (element) => openMeasures({ [dimension.key]: stats.buckets[element.index].key }));
  }

  function simpleBar(id, stats, filterName, axisTitle) {
    draw(id, {
      type: 'bar',
      data: { labels: stats.buckets.map((b) => b.key), datasets: statusDatasets(stats.buckets) },
      options: {
        indexAxis: 'y',
        plugins: { legend: { position: 'bottom' } },
        scales: {
          x: { stacked: true, title: { display: true, text: '举措数（项）' }, ticks: { precision: 0 } },
          y: { stacked: true, title: { display: true, text: axisTitle }, ticks: { autoSkip: false } },
        },
      },
    }, (element, chart) => openMeasures({ [filterName]: chart.data.labels[element.index],
      status: chart.data.datasets[element.datasetIndex].code }));
  }

  function progress(reports) {
    const labels = reports.map((r) => `${r.doc_title.replace(/（.*?）/g, '').substring(0, 18)}（截至${r.as_of}）`);
    const series = [
      ['完成', 'completed', '#2e7d32'],
      ['年底前完成', 'due_by_year_end', '#1565c0'],
      ['持续推进', 'ongoing', '#ef8f00'],
    ];
    const datasets = series.map(([label, field, color]) => ({ label, data: reports.map((r) => r[field] || 0), backgroundColor: color }));
    datasets.push({ label: '总数', data: reports.map((r) => r.total), backgroundColor: '#9e9e9e' });
    draw('progress', {
      type: 'bar',
      data: { labels, datasets },
      options: {
        indexAxis: 'y',
        plugins: { legend: { position: 'bottom' } },
        scales: { x: { title: { display: true, text: '整改举措或任务（项）' } } },
      },
    }, (element) => { window.location.href = reports[element.index].url; });
  }

  const DRAW = { BARS: bars, SHARES: shares, TIMELINE: timeline };

  // One figure per place on the page, in the dimensions' order, before the reports' figure.
  function figures(legend) {
    const box = document.getElementById('charts');
    const places = [];
    legend.dimensions.slice().sort((a, b) => a.order - b.order).forEach((d) => {
      const last = places[places.length - 1];
      if (d.chart === 'TIMELINE' && last && last[0].chart === 'TIMELINE') last.push(d);
      else places.push([d]);
    });
    if (!box.querySelector('figure[data-dimension]')) {
      places.forEach((place) => {
        const d = place[0];
        const id = d.chart === 'TIMELINE' ? 'timeline' : d.key;
        const figure = el('figure', { class: d.size === 'WIDE' ? 'chart wide-chart' : 'chart', 'data-chart': id, 'data-dimension': '' });
        figure.append(el('figcaption', {}, d.caption));
        const canvasBox = el('div', { class: d.size === 'NORMAL' ? 'canvas-box' : 'canvas-box tall' });
        canvasBox.append(el('canvas', { id: 'chart-' + id, role: 'img', 'aria-label': d.caption }));
        figure.append(canvasBox);
        box.insertBefore(figure, document.querySelector('figure[data-chart="progress"]'));
      });
      const select = document.getElementById('period');
      places.flat().filter((d) => d.chart === 'TIMELINE')
        .forEach((d) => select.append(el('option', { value: d.key }, '按' + d.label.replace('截止', ''))));
    }
    return places.map((place) => (place[0].chart === 'TIMELINE'
      ? place.find((d) => d.key === period(place)) : place[0]));
  }

  const percent = (x) => (x === null || x === undefined ? '—' : `${Math.round(x * 1000) / 10}%`);

  // Each lead department's 报送率, 按期完成率 and overdue count in the newest round; names open the department's page.
  async function scorecards() {
    const line = document.getElementById('scorecard-status');
    const body = document.querySelector('#scorecard-table tbody');
    let data;
    try {
      data = await getJson(`/api/scorecards?as_of=${asOf()}`);
    } catch (e) {
      body.replaceChildren();
      showStatus(line, e.message, 'empty');
      return;
    }
    showStatus(line, `报送轮次：${data.round.name}（截止 ${data.round.due}），统计日期 ${data.as_of}`);
    body.replaceChildren(...data.departments.map((d) => {
      const name = el('td');
      name.append(el('a', { href: `/dept/${encodeURIComponent(d.department)}?as_of=${asOf()}` }, d.department));
      const row = el('tr', { 'data-dept': d.department });
      row.append(name, ...[d.in_scope, d.reported, percent(d.report_rate), d.accepted, d.due_by_as_of,
        d.completed_on_time, percent(d.on_time_rate), d.overdue].map((v) => el('td', {}, String(v))));
      return row;
    }));
  }

  // The counts a rectification report states beside the ledger's on the report's own date. Only when
  // the totals agree do the ledger's completed measures explain the difference; else the scopes differ.
  async function reconciliation(reports) {
    const rows = await Promise.all(reports.map(async (r) => {
      const stats = await getJson(`/api/stats/measures?by=status&as_of=${r.as_of}`);
      const completed = (stats.buckets.find((b) => b.key === 'completed') || { count: 0 }).count;
      const note = el('td');
      if (r.total !== stats.total) {
        note.textContent = `台账覆盖的 ${stats.total} 项举措与报告所述 ${r.total ?? '—'} 项不是同一范围，不能逐项核对`;
      } else {
        note.textContent = `已完成相差 ${(r.completed || 0) - completed} 项：`;
        note.append(el('a', { href: `/measures?status=completed&as_of=${r.as_of}` }, '台账中已完成的举措'));
      }
      const row = el('tr');
      const title = el('td');
      title.append(el('a', { href: r.url }, r.doc_title));
      row.append(title, el('td', {}, r.as_of), el('td', {}, String(r.total ?? '—')), el('td', {}, String(stats.total)),
        el('td', {}, String(r.completed ?? '—')), el('td', {}, String(completed)), note);
      return row;
    }));
    document.querySelector('#reconciliation-table tbody').replaceChildren(...rows);
  }

  async function load() {
    const status = document.getElementById('status');
    document.getElementById('as-of').value = asOf();
    showStatus(status, '正在加载…', 'loading');
    const q = `as_of=${asOf()}&then=status`;
    try {
      const legend = await dimensions();
      STATUS = Object.fromEntries(legend.statuses.map((s) => [s.code, s]));
      STATUS_CODES = legend.statuses.map((s) => s.code);
      const shown = figures(legend);
      const timelines = legend.dimensions.filter((d) => d.chart === 'TIMELINE');
      if (timelines.length > 0) document.getElementById('period').value = period(timelines);
      const [reports, ...counts] = await Promise.all([
        getJson('/api/reports/progress'),
        ...shown.map((d) => getJson(`/api/stats/measures?by=${d.key}&${q}`)),
      ]);
      if (counts[0].total === 0) {
        showStatus(status, '还没有可统计的举措：请先向语料库加入分工方案等文件', 'empty');
        return;
      }
      showStatus(status, `共 ${counts[0].total} 项举措，统计日期 ${counts[0].as_of}`);
      shown.forEach((d, i) => DRAW[d.chart](d, counts[i]));
      progress(reports.reports);
      await Promise.all([scorecards(), reconciliation(reports.reports)]);
    } catch (e) {
      showStatus(status, e.message, 'error');
    }
  }

  function setParam(name, value) {
    const p = params();
    p.set(name, value);
    window.history.pushState({}, '', '?' + p);
    load();
  }

  document.getElementById('as-of').addEventListener('change', (e) => setParam('as_of', e.target.value));
  document.getElementById('period').addEventListener('change', (e) => setParam('period', e.target.value));
  window.addEventListener('popstate', load);
  load();
})();
