// Measures page: filters in the URL, a sortable table, exports of exactly what is shown, and
// recording a status or correcting departments as an administrator (logged in, or with the admin token).
'use strict';

(() => {
  const { el, getJson, showStatus, badge, dimensions, me, write } = Portal;
  const PAGE_SIZE = 50;
  const FILTERS = ['lead_dept', 'assist_dept', 'leader', 'status', 'due_from', 'due_to', 'doc', 'as_of', 'q',
    'due_within', 'unreported'];
  const form = document.getElementById('filters');
  const tokenInput = document.getElementById('token');
  let rows = [];
  let statusOrder = [];
  let sortKey = null;
  let sortAsc = true;
  let isAdmin = false;

  // The token when one is typed, else the administrator's session (with its CSRF token).
  function send(url, options) {
    const token = tokenInput.value.trim();
    if (token) return getJson(url, { ...options, headers: { ...options.headers, Authorization: `Bearer ${token}` } });
    return write(url, options);
  }

  function formValue(name) {
    const field = form.elements[name];
    if (field.type === 'checkbox') return field.checked ? field.value : '';
    return field.value.trim();
  }

  const params = () => new URLSearchParams(window.location.search);

  function filterParams() {
    const p = params();
    const out = new URLSearchParams();
    FILTERS.forEach((f) => { if (p.get(f)) out.set(f, p.get(f)); });
    return out;
  }

  function fillSelect(name, values, labels = {}) {
    const select = form.elements[name];
    const current = params().get(name) || '';
    values.forEach((v) => select.append(el('option', { value: v }, labels[v] || v)));
    select.value = current;
  }

  async function loadChoices() {
    const base = new URLSearchParams({ as_of: params().get('as_of') || '' });
    const [leads, assists, leaders, docs, legend] = await Promise.all([
      getJson('/api/stats/measures?by=lead_dept&' + base),
      getJson('/api/stats/measures?by=assist_dept&' + base),
      getJson('/api/stats/measures?by=leader&' + base),
      getJson('/api/documents'),
      dimensions(),
    ]);
    fillSelect('lead_dept', leads.buckets.map((b) => b.key));
    fillSelect('assist_dept', assists.buckets.map((b) => b.key));
    fillSelect('leader', leaders.buckets.map((b) => b.key));
    statusOrder = legend.statuses.map((s) => s.code);
    fillSelect('status', statusOrder, Object.fromEntries(legend.statuses.map((s) => [s.code, s.label])));
    const titles = {};
    docs.documents.forEach((d) => { titles[d.doc_id] = d.title; });
    fillSelect('doc', docs.documents.map((d) => d.doc_id), titles);
  }

  function syncForm() {
    const p = params();
    FILTERS.forEach((f) => {
      const field = form.elements[f];
      if (field && field.type === 'checkbox') field.checked = Boolean(p.get(f));
      else if (field) field.value = p.get(f) || '';
    });
  }

  function sortValue(m, key) {
    if (key === 'deadline') return m.deadline.text || '';
    if (key === 'due') return m.due || '9999';
    if (key === 'status') return statusOrder.indexOf(m.status);
    const v = m[key];
    return Array.isArray(v) ? v.join('、') : (v || '');
  }

  function renderTable() {
    const body = document.querySelector('#measures tbody');
    body.replaceChildren();
    const shown = sortKey === null ? rows : [...rows].sort((a, b) => {
      const x = sortValue(a, sortKey);
      const y = sortValue(b, sortKey);
      const c = typeof x === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
      return sortAsc ? c : -c;
    });
    const canRecord = isAdmin || tokenInput.value.trim().length > 0;
    shown.forEach((m) => {
      const tr = el('tr', { 'data-id': m.id });
      const task = el('td', { class: 'task' });
      task.append(el('a', { href: m.url }, m.task));
      if (m.category) task.append(el('div', { class: 'muted' }, m.category));
      tr.append(task);
      const lead = el('td', {}, m.lead_depts.join('、'));
      if (m.corrections) lead.append(el('div', { class: 'muted', title: m.corrections.map((c) => `${c.by}：${c.note}`).join('\n') }, '已更正'));
      tr.append(lead);
      tr.append(el('td', {}, m.assist_depts.join('、')));
      tr.append(el('td', {}, m.lead_leaders.join('、')));
      tr.append(el('td', { class: 'deadline' }, m.deadline.text || '—'));
      tr.append(el('td', { class: 'nowrap' }, m.due || '—'));
      const status = el('td', { class: 'nowrap' });
      status.append(badge(m.status, m.status_label));
      if (m.history.length > 0) {
        const last = m.history[m.history.length - 1];
        status.append(el('div', { class: 'muted', title: last.note }, `${last.date} 登记`));
      }
      if (canRecord) {
        const button = el('button', { type: 'button', class: 'small record' }, '登记');
        button.addEventListener('click', () => openRecord(m));
        const correct = el('button', { type: 'button', class: 'small secondary correct' }, '改部门');
        correct.addEventListener('click', () => openCorrect(m));
        status.append(button, correct);
      }
      tr.append(status);
      body.append(tr);
    });
    document.querySelectorAll('#measures th[data-sort]').forEach((th) => {
      th.setAttribute('aria-sort', th.dataset.sort === sortKey ? (sortAsc ? 'ascending' : 'descending') : 'none');
    });
  }

  function renderPager(total) {
    const pager = document.getElementById('pager');
    pager.replaceChildren();
    const page = Number(params().get('page') || 1);
    const pages = Math.ceil(total / PAGE_SIZE);
    if (pages <= 1) return;
    for (let p = 1; p <= pages; p++) {
      const link = new URLSearchParams(params());
      link.set('page', String(p));
      const a = el('a', { href: '?' + link, class: p === page ? 'current' : '' }, String(p));
      pager.append(a);
    }
  }

  async function load() {
    syncForm();
    const status = document.getElementById('status');
    showStatus(status, '正在加载…', 'loading');
    const filters = filterParams();
    document.getElementById('export-csv').href = '/api/measures.csv?' + filters;
    document.getElementById('export-xlsx').href = '/api/measures.xlsx?' + filters;
    // The office opens a round over exactly these measures: /workflow offers the filter as 当前筛选.
    const fromFilter = document.getElementById('round-from-filter');
    fromFilter.hidden = !isAdmin;
    fromFilter.href = '/workflow?filter=' + encodeURIComponent(filters.toString());
    const api = new URLSearchParams(filters);
    api.set('size', String(PAGE_SIZE));
    api.set('page', params().get('page') || '1');
    try {
      const data = await getJson('/api/measures?' + api);
      rows = data.measures;
      showStatus(status, data.total > 0 ? `共 ${data.total} 项举措（统计日期 ${data.as_of}）` : '没有符合条件的举措',
        data.total > 0 ? '' : 'empty');
      renderTable();
      renderPager(data.total);
    } catch (e) {
      rows = [];
      renderTable();
      showStatus(status, e.message, 'error');
    }
  }

  function openRecord(measure) {
    const dialog = document.getElementById('record');
    const recordForm = document.getElementById('record-form');
    document.getElementById('record-title').textContent = `登记进展：${measure.task}`;
    recordForm.elements.date.value = new Date().toISOString().substring(0, 10);
    recordForm.elements.note.value = '';
    recordForm.elements.status.value = measure.status === 'completed' ? 'reopened' : 'completed';
    showStatus(document.getElementById('record-status'), '');
    recordForm.onsubmit = async (event) => {
      event.preventDefault();
      try {
        await send(`/api/measures/${encodeURIComponent(measure.id)}/status`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ status: recordForm.elements.status.value, date: recordForm.elements.date.value,
            note: recordForm.elements.note.value }),
        });
        dialog.close();
        load();
      } catch (e) {
        showStatus(document.getElementById('record-status'), e.message, 'error');
      }
    };
    dialog.showModal();
  }

  function openCorrect(measure) {
    const dialog = document.getElementById('correct');
    const correctForm = document.getElementById('correct-form');
    document.getElementById('correct-title').textContent = `更正部门：${measure.task}`;
    correctForm.elements.lead_depts.value = measure.lead_depts.join('、');
    correctForm.elements.assist_depts.value = measure.assist_depts.join('、');
    correctForm.elements.note.value = '';
    showStatus(document.getElementById('correct-status'), '');
    const names = (text) => text.split(/[、，,\s]+/).filter((d) => d);
    correctForm.onsubmit = async (event) => {
      event.preventDefault();
      try {
        await send(`/api/measures/${encodeURIComponent(measure.id)}/departments`, {
          method: 'POST', headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ lead_depts: names(correctForm.elements.lead_depts.value),
            assist_depts: names(correctForm.elements.assist_depts.value), note: correctForm.elements.note.value }),
        });
        dialog.close();
        load();
      } catch (e) {
        showStatus(document.getElementById('correct-status'), e.message, 'error');
      }
    };
    dialog.showModal();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    FILTERS.forEach((f) => { const v = formValue(f); if (v) next.set(f, v); });
    window.history.pushState({}, '', '?' + next);
    load();
  });
  document.getElementById('reset').addEventListener('click', () => {
    window.history.pushState({}, '', window.location.pathname);
    load();
  });
  document.querySelectorAll('#measures th[data-sort]').forEach((th) => {
    th.tabIndex = 0;
    const toggle = () => {
      sortAsc = sortKey === th.dataset.sort ? !sortAsc : true;
      sortKey = th.dataset.sort;
      renderTable();
    };
    th.addEventListener('click', toggle);
    th.addEventListener('keydown', (e) => { if (e.key === 'Enter') toggle(); });
  });
  document.getElementById('record-cancel').addEventListener('click', () => document.getElementById('record').close());
  document.getElementById('correct-cancel').addEventListener('click', () => document.getElementById('correct').close());
  tokenInput.value = sessionStorage.getItem('portal-admin-token') || '';
  if (tokenInput.value) document.getElementById('admin').open = true;
  tokenInput.addEventListener('input', () => {
    sessionStorage.setItem('portal-admin-token', tokenInput.value.trim());
    renderTable();
  });
  window.addEventListener('popstate', load);
  me().then((who) => { isAdmin = Boolean(who && who.role === 'admin'); })
    .then(loadChoices).catch(() => {}).finally(load);
})();
