// A department's page: what it still owes in the newest round and on the as-of date.
'use strict';

(() => {
  const { el, getJson, showStatus } = Portal;
  const name = decodeURIComponent(window.location.pathname.replace(/^\/dept\//, ''));
  const asOf = new URLSearchParams(window.location.search).get('as_of') || '';

  function list(id, measures, extra) {
    const ul = document.getElementById(id);
    ul.replaceChildren(...measures.map((m) => {
      const li = el('li');
      li.append(el('a', { href: m.url }, m.task), el('span', { class: 'muted' }, `　${m.deadline.text || ''}${extra ? extra(m) : ''}`));
      return li;
    }));
    if (measures.length === 0) ul.append(el('li', { class: 'muted' }, '无'));
  }

  async function load() {
    document.getElementById('dept-title').textContent = `${name}：待办事项`;
    const status = document.getElementById('status');
    try {
      const owed = await getJson(`/api/departments/${encodeURIComponent(name)}/owed?as_of=${asOf}`);
      showStatus(status, owed.round ? `报送轮次：${owed.round.name}（截止 ${owed.round.due}）` : '还没有报送轮次');
      list('unreported', owed.unreported);
      list('returned', owed.returned.map((r) => r.measure), (m) => {
        const r = owed.returned.find((x) => x.measure.id === m.id).report;
        return `　退回理由：${r.reason}`;
      });
      list('overdue', owed.overdue, (m) => `　截止 ${m.due}`);
      list('due-soon', owed.due_soon, (m) => `　截止 ${m.due}`);
    } catch (e) {
      showStatus(status, e.message, 'error');
    }
  }

  load();
})();
