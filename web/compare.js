// 新旧对照: /compare?a={old id}&b={new id}. Two versions article by article, each row marked
// unchanged, changed, renumbered, added or removed; removed words in <del>, added in <ins>.
'use strict';

(() => {
  const { el, getJson, showStatus } = Portal;
  const KINDS = { unchanged: '未变', changed: '修改', renumbered: '条号变动', added: '新增', removed: '删除' };
  const params = new URLSearchParams(window.location.search);

  function side(doc) {
    const box = el('div', { class: 'compare-side' });
    const h = el('h3', {});
    h.append(el('a', { href: `/doc/${doc.doc_id}` }, doc.title));
    box.append(h, el('p', { class: 'muted' }, [doc.label, doc.date, `共 ${doc.articles} 条`].filter(Boolean).join(' · ')));
    return box;
  }

  // A cell: the article's label and its text, which the server escaped and marked with <del>/<ins> only.
  function cell(label, html, which) {
    const td = el('td', { class: which });
    if (label) td.append(el('span', { class: 'label' }, label));
    const p = el('p');
    p.innerHTML = html || '';
    td.append(p);
    return td;
  }

  function render(data) {
    document.getElementById('compare-head').replaceChildren(side(data.a), side(data.b));
    const summary = document.getElementById('compare-summary');
    summary.replaceChildren(...['changed', 'renumbered', 'added', 'removed', 'unchanged']
      .map((k) => el('span', { class: `count count-${k}` }, `${KINDS[k]} ${data.summary[k]} 条`)));
    const body = document.querySelector('#compare tbody');
    body.replaceChildren(...data.rows.map((row) => {
      const tr = el('tr', { class: row.kind });
      const kind = el('span', { class: 'kind' }, KINDS[row.kind] + (row.kind === 'renumbered' && row.text_changed ? '、修改' : ''));
      const old = cell(row.a_label, row.a_html, 'old');
      const now = cell(row.b_label, row.b_html, 'new');
      (row.b_label ? now : old).querySelector('.label, p').append(kind);
      tr.append(old, now);
      return tr;
    }));
  }

  async function load() {
    const status = document.getElementById('status');
    if (!params.get('a') || !params.get('b')) {
      showStatus(status, '请指明要对照的两个版本：/compare?a=旧版本编号&b=新版本编号', 'error');
      return;
    }
    try {
      const data = await getJson(`/api/compare?a=${encodeURIComponent(params.get('a'))}&b=${encodeURIComponent(params.get('b'))}`);
      showStatus(status, '');
      render(data);
    } catch (e) {
      showStatus(status, e.message, 'error');
    }
  }

  document.getElementById('changes-only').addEventListener('change', (e) => {
    document.getElementById('compare').classList.toggle('changes-only', e.target.checked);
  });
  load();
})();
