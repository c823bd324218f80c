// The supervision page: the office opens rounds (over every measure, a document, or the filter it
// brings from /measures) and reviews reports; a department reports on the measures it leads, with
// evidence, and notes how it helps on those it assists; leaders read. What shows depends on the role.
'use strict';

(() => {
  const { el, getJson, showStatus, me, write } = Portal;
  const status = document.getElementById('status');
  const roundSelect = document.getElementById('round');
  const STATES = [['on_track', '按计划推进'], ['completed', '已完成'], ['behind', '滞后'], ['not_started', '未启动']];
  let who = null;
  let rounds = [];
  // The filter /measures sent with “按当前筛选开启报送轮次”, as its address had it.
  const broughtFilter = new URLSearchParams(window.location.search).get('filter');

  const roundId = () => roundSelect.value;

  function showScope() {
    const round = rounds.find((r) => String(r.id) === roundId());
    const line = document.getElementById('round-scope');
    line.replaceChildren();
    if (!round) return;
    line.append(`范围：${round.scope}`);
    if (round.filter) line.append('　', el('a', { href: `/measures?${round.filter}` }, '在举措页查看筛选条件'));
  }

  async function loadRounds(selected) {
    ({ rounds } = await getJson('/api/rounds'));
    roundSelect.replaceChildren(...rounds.map((r) => el('option', { value: r.id }, `${r.name}（截止 ${r.due}）`)));
    if (selected) roundSelect.value = String(selected);
    const wanted = new URLSearchParams(window.location.search).get('round');
    if (!selected && wanted) roundSelect.value = wanted;
    document.getElementById('notice-docx').href = `/api/reports/progress-document?format=docx&round=${roundId()}`;
    document.getElementById('notice-html').href = `/api/reports/progress-document?format=html&round=${roundId()}`;
    showScope();
    return rounds;
  }

  async function openRound(event) {
    event.preventDefault();
    const form = event.target;
    const scope = form.elements.doc.value;
    try {
      const round = await write('/api/rounds', {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: form.elements.name.value.trim(), due: form.elements.due.value,
          doc: scope && scope !== 'filter' ? scope : undefined, filter: scope === 'filter' ? broughtFilter : undefined }),
      });
      showStatus(status, `已开启：${round.name}（范围：${round.scope}）`, 'ok');
      await loadRounds(round.id);
      await refresh();
    } catch (e) {
      showStatus(status, e.message, 'error');
    }
  }

  function reportForm(item) {
    const report = item.report || {};
    const form = el('form', { class: 'report-form', 'data-measure': item.measure.id });
    const progress = el('textarea', { name: 'progress', rows: 3, maxlength: 5000, 'aria-label': '进展情况' });
    progress.value = report.progress || '';
    const state = el('select', { name: 'state', 'aria-label': '完成情况' });
    STATES.forEach(([code, label]) => state.append(el('option', { value: code }, label)));
    if (report.state) state.value = report.state;
    const expected = el('input', { type: 'date', name: 'expected_date', 'aria-label': '预计完成时间' });
    if (report.expected_date) expected.value = report.expected_date;
    const files = el('input', { type: 'file', name: 'files', multiple: 'multiple', accept: '.pdf,.docx,.doc,.png,.jpg,.jpeg,.gif' });
    const draft = el('button', { type: 'button', class: 'secondary save-draft' }, '保存草稿');
    const submit = el('button', { type: 'submit', class: 'submit-report' }, report.status === 'returned' ? '重新提交' : '提交');
    const line = el('p', { class: 'status', role: 'status' });
    const send = async (asDraft) => {
      const data = new FormData(form);
      data.set('round', roundId());
      data.set('draft', asDraft ? 'true' : 'false');
      try {
        const saved = await write(`/api/measures/${encodeURIComponent(item.measure.id)}/reports`, { method: 'POST', body: data });
        showStatus(line, asDraft ? '草稿已保存' : `已提交（${saved.status_label}）`, 'ok');
        await refresh();
      } catch (e) {
        showStatus(line, e.message, 'error');
      }
    };
    form.addEventListener('submit', (event) => { event.preventDefault(); send(false); });
    draft.addEventListener('click', () => send(true));
    form.append(el('label', {}, '进展情况'), progress);
    const row = el('div', { class: 'filters inline' });
    const stateLabel = el('label', {}, '完成情况');
    stateLabel.append(state);
    const expectedLabel = el('label', {}, '预计完成时间');
    expectedLabel.append(expected);
    const filesLabel = el('label', {}, '佐证材料');
    filesLabel.append(files);
    row.append(stateLabel, expectedLabel, filesLabel);
    form.append(row, el('div', { class: 'filter-actions' }), line);
    form.querySelector('.filter-actions').append(draft, submit);
    return form;
  }

  function notesOf(item) {
    return (item.notes || []).map((n) => el('div', { class: 'note' }, `协办意见（${n.department}）：${n.text}`));
  }

  // An assisting department's 协办意见 for the round: one per department, saved again to change it.
  function noteForm(item) {
    const form = el('form', { class: 'note-form', 'data-measure': item.measure.id });
    const text = el('textarea', { name: 'text', rows: 2, maxlength: 2000, 'aria-label': '协办意见' });
    const own = (item.notes || []).find((n) => who.departments.includes(n.department));
    text.value = own ? own.text : '';
    const line = el('p', { class: 'status', role: 'status' });
    const save = el('button', { type: 'submit', class: 'save-note' }, '保存协办意见');
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await write(`/api/measures/${encodeURIComponent(item.measure.id)}/notes`, {
          method: 'POST', headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ round: Number(roundId()), text: text.value.trim() }),
        });
        await refresh();
        showStatus(status, '协办意见已保存', 'ok');
      } catch (e) {
        showStatus(line, e.message, 'error');
      }
    });
    const actions = el('div', { class: 'filter-actions' });
    actions.append(save);
    form.append(el('label', {}, '协办意见（配合情况）'), text, actions, line);
    return form;
  }

  // A measure of 我的举措: its task as a link, then who leads it, its deadline and this department's part.
  function measureBox(item, classes, part) {
    const box = el('article', { class: `hit my-measure${classes}`, 'data-id': item.measure.id });
    const title = el('h3');
    title.append(el('a', { href: item.measure.url }, item.measure.task));
    box.append(title, el('div', { class: 'meta' },
      `牵头：${item.measure.lead_depts.join('、')}　时间期限：${item.measure.deadline.text || '—'}　${part}`));
    return box;
  }

  function assistedMeasure(item) {
    const box = measureBox(item, ' assisted', '本部门协助');
    box.append(el('div', { class: 'muted' }, item.report ? `牵头部门本轮报送：${item.report.status_label}` : '牵头部门本轮尚未报送'));
    box.append(noteForm(item));
    return box;
  }

  function myMeasure(item) {
    const box = measureBox(item, '', item.duty === 'lead' ? '本部门牵头' : '本部门协助');
    const report = item.report;
    if (report) {
      box.append(el('div', { class: 'report-status' }, `本轮报送：${report.status_label}（${report.state_label || '未选完成情况'}）`));
      if (report.status === 'returned') box.append(el('div', { class: 'returned' }, `退回理由：${report.reason}`));
      report.evidence.forEach((e) => box.append(el('div', { class: 'muted' }, `佐证材料：${e.name}（${e.size} 字节）`)));
    } else {
      box.append(el('div', { class: 'report-status' }, '本轮尚未报送'));
    }
    box.append(...notesOf(item));
    if (item.duty === 'lead' && (!report || report.status !== 'accepted')) box.append(reportForm(item));
    return box;
  }

  async function loadMine() {
    const data = await getJson(`/api/my/measures?round=${roundId()}`);
    const led = data.measures.filter((m) => m.duty === 'lead');
    const assisted = data.measures.filter((m) => m.duty === 'assist');
    const list = document.getElementById('my-measures');
    list.replaceChildren(...led.map(myMeasure));
    if (led.length === 0) list.append(el('p', {}, '本轮没有需要本部门报送的举措。'));
    const assists = document.getElementById('my-assists');
    assists.replaceChildren(...assisted.map(assistedMeasure));
    if (assisted.length === 0) assists.append(el('p', {}, '本轮范围内没有本部门协助的举措。'));
  }

  function reviewCell(entry) {
    const cell = el('td');
    if (who.role !== 'admin' || entry.report.status !== 'submitted') return cell;
    const accept = el('button', { type: 'button', class: 'small accept' }, '通过');
    const reason = el('input', { type: 'text', class: 'reason', placeholder: '退回理由', 'aria-label': '退回理由' });
    const back = el('button', { type: 'button', class: 'small secondary return' }, '退回');
    const decide = async (decision) => {
      try {
        await write(`/api/reports/${entry.report.id}/review`, {
          method: 'POST', headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ decision, reason: reason.value.trim() }),
        });
        showStatus(status, decision === 'accept' ? '已通过' : '已退回', 'ok');
        await refresh();
      } catch (e) {
        showStatus(status, e.message, 'error');
      }
    };
    accept.addEventListener('click', () => decide('accept'));
    back.addEventListener('click', () => decide('return'));
    cell.append(accept, reason, back);
    return cell;
  }

  async function loadReports() {
    const filter = new URLSearchParams(new FormData(document.getElementById('report-filter')));
    filter.set('round', roundId());
    [...filter.keys()].forEach((k) => { if (!filter.get(k)) filter.delete(k); });
    const { reports } = await getJson('/api/reports?' + filter);
    document.querySelector('#reports tbody').replaceChildren(...reports.map((entry) => {
      const r = entry.report;
      const tr = el('tr', { 'data-report': r.id, 'data-measure': r.measure_id });
      const task = el('td');
      task.append(el('a', { href: entry.measure_url }, entry.task));
      const files = el('td');
      r.evidence.forEach((e) => { files.append(el('a', { href: `/api/evidence/${e.id}`, title: `SHA-256 ${e.sha256}` }, e.name), el('br')); });
      const state = el('td', { class: 'report-state' }, r.status_label);
      if (r.reason) state.append(el('div', { class: 'returned' }, `理由：${r.reason}`));
      const progress = el('td', { class: 'progress' }, r.progress);
      (entry.notes || []).forEach((n) => progress.append(el('div', { class: 'note' }, `协办意见（${n.department}）：${n.text}`)));
      tr.append(task, el('td', {}, entry.lead_depts.join('、')), el('td', {}, r.state_label || '—'),
        progress, files, state, reviewCell(entry));
      return tr;
    }));
  }

  async function refresh() {
    if (!roundId()) {
      showStatus(status, who && who.role === 'admin' ? '还没有报送轮次：请先开启一轮。' : '还没有报送轮次。', 'empty');
      return;
    }
    if (who.role === 'reporter') await loadMine();
    await loadReports();
  }

  async function start() {
    who = await me();
    if (!who) {
      showStatus(status, '请先登录：部门填报人在这里报送进展，督查办在这里审核。', 'empty');
      status.append(' ', el('a', { href: '/login?next=/workflow' }, '登录'));
      return;
    }
    document.getElementById('open-round').hidden = who.role !== 'admin';
    document.getElementById('mine').hidden = who.role !== 'reporter';
    document.getElementById('review').hidden = false;
    document.getElementById('review-title').textContent = who.role === 'admin' ? '报送审核' : '本轮报送情况';
    if (who.role === 'admin') {
      const { documents } = await getJson('/api/documents');
      const docSelect = document.querySelector('#round-form select[name=doc]');
      documents.forEach((d) => docSelect.append(el('option', { value: d.doc_id }, d.title)));
      if (broughtFilter) {
        const { total } = await getJson(`/api/measures?size=1&${broughtFilter}`);
        docSelect.prepend(el('option', { value: 'filter' }, `当前筛选（举措页所选条件，共${total}项）`));
        docSelect.value = 'filter';
      }
    }
    const words = new URLSearchParams(window.location.search).get('q');
    if (words) document.querySelector('#report-filter [name=q]').value = words;
    await loadRounds();
    await refresh();
  }

  document.getElementById('round-form').addEventListener('submit', openRound);
  document.getElementById('report-filter').addEventListener('submit', (e) => { e.preventDefault(); loadReports(); });
  roundSelect.addEventListener('change', () => loadRounds(roundId()).then(refresh));
  start().catch((e) => showStatus(status, e.message, 'error'));
})();
