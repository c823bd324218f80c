// Search page: the whole state lives in the URL (q, scope, validity, type, issuer, year, dept, sort, page), so a
// search can be shared and the back button works. The scope 进展报送 (scope=progress) searches the
// workflow's progress reports instead of the documents; only logged-in accounts may read those.
'use strict';

(() => {
  const { el, getJson, showStatus, validityBadge, ocrBadge, me } = Portal;
  const SCOPES = [['', '文件'], ['progress', '进展报送']];
  const FACET_NAMES = { validity: '时效性', type: '文件类型', issuer: '发文机关', year: '年份', dept: '部门' };
  const PAGE_SIZE = 10;
  const form = document.getElementById('search-form');
  const input = document.getElementById('q');
  const sort = document.getElementById('sort');

  const params = () => new URLSearchParams(window.location.search);
  let who = null;

  function linkWith(changes) {
    const p = params();
    Object.entries(changes).forEach(([k, v]) => (v === null || v === '' ? p.delete(k) : p.set(k, v)));
    return '?' + p.toString();
  }

  function navigate(changes) {
    window.history.pushState({}, '', linkWith(changes));
    run();
  }

  // A link to a document page carrying the query, so the page can mark the matched words.
  function withQuery(url) {
    const q = params().get('q');
    if (!q) return url;
    const [path, hash] = url.split('#');
    return `${path}?q=${encodeURIComponent(q)}${hash ? '#' + hash : ''}`;
  }

  function unitText(unit) {
    return [...unit.parents, [unit.label, unit.title].filter(Boolean).join(' ')].filter(Boolean).join(' › ');
  }

  // A scope keeps only the words: the documents' facets mean nothing to reports.
  function scopeLink(scope) {
    const next = new URLSearchParams();
    if (params().get('q')) next.set('q', params().get('q'));
    if (scope) next.set('scope', scope);
    return '?' + next.toString();
  }

  function renderScopes() {
    const current = params().get('scope') || '';
    const group = el('div', { class: 'facet', id: 'scopes' });
    group.append(el('h2', {}, '检索范围'));
    SCOPES.forEach(([scope, label]) => {
      if (scope === 'progress' && !who && current !== 'progress') return;
      const a = el('a', { href: scopeLink(scope), 'data-scope': scope || 'documents', class: current === scope ? 'scope-on' : '' }, label);
      if (current === scope) a.setAttribute('aria-current', 'true');
      a.addEventListener('click', (e) => {
        e.preventDefault();
        window.history.pushState({}, '', scopeLink(scope));
        run();
      });
      group.append(a);
    });
    return group;
  }

  function renderFacets(facets) {
    const box = document.getElementById('facets');
    box.replaceChildren(renderScopes());
    const p = params();
    Object.entries(FACET_NAMES).forEach(([field, label]) => {
      const values = facets[field] || {};
      const selected = p.get(field);
      if (Object.keys(values).length === 0 && !selected) return;
      const group = el('div', { class: 'facet' });
      group.append(el('h2', {}, label));
      Object.entries(values).forEach(([value, count]) => {
        const on = selected === value;
        const a = el('a', { href: linkWith({ [field]: on ? null : value, page: null }), class: on ? 'on' : '' },
          `${value}（${count}）`);
        a.addEventListener('click', (e) => { e.preventDefault(); navigate({ [field]: on ? null : value, page: null }); });
        group.append(a);
      });
      if (selected && !(selected in values)) {
        const a = el('a', { href: linkWith({ [field]: null }), class: 'on' }, `${selected}（0）`);
        a.addEventListener('click', (e) => { e.preventDefault(); navigate({ [field]: null, page: null }); });
        group.append(a);
      }
      box.append(group);
    });
  }

  function renderHits(data) {
    const list = document.getElementById('results');
    list.replaceChildren();
    data.hits.forEach((hit) => {
      const li = el('li', { class: 'hit' });
      const h3 = el('h3');
      h3.append(el('a', { href: withQuery(hit.url), class: 'hit-title' }, hit.title));
      if (hit.validity) h3.append(validityBadge(hit.validity));
      if (hit.ocr) h3.append(ocrBadge(hit.ocr));
      li.append(h3);
      if (hit.unit) li.append(el('div', { class: 'unit-label' }, unitText(hit.unit)));
      li.append(el('div', { class: 'meta' }, [hit.doc_number, hit.issuer, hit.date, hit.type].filter(Boolean).join(' · ')));
      const snippet = el('div', { class: 'snippet' });
      snippet.innerHTML = hit.snippet || ''; // escaped by the server, which adds only <mark>
      li.append(snippet);
      if (hit.more_units && hit.more_units.length > 0) {
        const more = el('div', { class: 'more-units' }, '同一文件中还匹配：');
        hit.more_units.forEach((u) => more.append(el('a', { href: withQuery(u.url) }, [u.unit.label, u.unit.title].filter(Boolean).join(' ') || u.unit.path)));
        li.append(more);
      }
      list.append(li);
    });
  }

  function renderPager(data) {
    const pager = document.getElementById('pager');
    pager.replaceChildren();
    const page = Number(params().get('page') || 1);
    const pages = Math.ceil(data.total / PAGE_SIZE);
    if (pages <= 1) return;
    const add = (label, target, current) => {
      const a = el('a', { href: linkWith({ page: target }), class: current ? 'current' : '' }, label);
      if (current) a.setAttribute('aria-current', 'page');
      a.addEventListener('click', (e) => { e.preventDefault(); navigate({ page: target }); });
      pager.append(a);
    };
    if (page > 1) add('上一页', page - 1);
    for (let p = Math.max(1, page - 3); p <= Math.min(pages, page + 3); p++) add(String(p), p, p === page);
    if (page < pages) add('下一页', page + 1);
  }

  /** Says when a question was answered as one, and by which words (and whether by meaning too). */
  function renderMode(data) {
    const box = document.getElementById('mode');
    box.replaceChildren();
    if (data.mode !== 'question') return;
    const how = data.ranking === 'hybrid' ? '（按词语与语义）' : data.ranking === 'meaning' ? '（按语义）' : '';
    box.append(el('span', { class: 'mode-label' }, `按问题匹配，显示最相关的条文${how}`));
    if (data.question_words && data.question_words.length > 0) {
      box.append(el('span', {}, '　检索词：'));
      data.question_words.forEach((w) => box.append(el('mark', {}, w), ' '));
    }
  }

  function renderDidYouMean(data) {
    const box = document.getElementById('did-you-mean');
    box.replaceChildren();
    if (data.total > 0) return;
    if (data.did_you_mean) {
      const p = el('p', {}, '您是不是要找：');
      const a = el('a', { href: linkWith({ q: data.did_you_mean, page: null }) }, data.did_you_mean);
      a.addEventListener('click', (e) => { e.preventDefault(); navigate({ q: data.did_you_mean, page: null }); });
      p.append(a);
      box.append(p);
    }
    if (data.suggestions && data.suggestions.length > 0) {
      box.append(el('p', {}, '相近的文件：'));
      const ul = el('ul');
      data.suggestions.forEach((t) => {
        const li = el('li');
        const a = el('a', { href: linkWith({ q: `title:"${t}"`, page: null }) }, t);
        li.append(a);
        ul.append(li);
      });
      box.append(ul);
    }
  }

  // A progress report found: its measure, department, round, state and date, the words marked by the server.
  function reportHit(hit) {
    const li = el('li', { class: 'hit report-hit', 'data-report': hit.report_id });
    const h3 = el('h3');
    h3.append(el('a', { href: hit.measure_url, class: 'hit-title' }, hit.task), el('span', { class: 'report-badge' }, hit.status_label));
    li.append(h3, el('div', { class: 'meta' }, [`牵头部门：${hit.lead_depts.join('、')}`, hit.round_name,
      hit.state_label ? `完成情况：${hit.state_label}` : '', `${hit.author} 报送于 ${hit.updated_at.slice(0, 10)}`]
      .filter(Boolean).join(' · ')));
    if (hit.measure_text) li.append(el('div', { class: 'muted measure-text' }, `举措：${hit.measure_text}`));
    const progress = el('div', { class: 'snippet progress' });
    progress.innerHTML = hit.progress_html || ''; // escaped by the server, which adds only <mark>
    li.append(progress);
    if (hit.reason_html) {
      const reason = el('span');
      reason.innerHTML = hit.reason_html;
      const line = el('div', { class: 'returned' }, '退回理由：');
      line.append(reason);
      li.append(line);
    }
    if (hit.evidence.length > 0) {
      const files = el('div', { class: 'more-units evidence' }, '佐证材料：');
      hit.evidence.forEach((f) => {
        const a = el('a', { href: f.url });
        a.innerHTML = f.name_html;
        files.append(a, ' ');
      });
      li.append(files);
    }
    const links = el('div', { class: 'more-units' });
    links.append(el('a', { href: hit.workflow_url, class: 'workflow-link' }, '在督办页查看本轮报送'));
    li.append(links);
    return li;
  }

  async function runProgress() {
    const p = params();
    const status = document.getElementById('status');
    document.getElementById('facets').replaceChildren(renderScopes());
    document.getElementById('mode').replaceChildren();
    document.getElementById('did-you-mean').replaceChildren();
    showStatus(status, '正在检索进展报送…', 'loading');
    const api = new URLSearchParams({ scope: 'progress', size: String(PAGE_SIZE) });
    ['q', 'page', 'round'].forEach((k) => { if (p.get(k)) api.set(k, p.get(k)); });
    try {
      const data = await getJson('/api/search?' + api.toString());
      const what = data.words.length > 0 ? `“${data.words.join(' ')}”` : '全部进展报送';
      showStatus(status, data.total > 0 ? `${what}：共 ${data.total} 份进展报送` : `${what}：没有找到匹配的进展报送`,
        data.total > 0 ? '' : 'empty');
      document.getElementById('results').replaceChildren(...data.hits.map(reportHit));
      renderPager(data);
    } catch (e) {
      showStatus(status, e.message, 'error');
      if (!who) status.append(' ', el('a', { href: '/login?next=' + encodeURIComponent(window.location.pathname + window.location.search) }, '登录'));
      document.getElementById('results').replaceChildren();
      document.getElementById('pager').replaceChildren();
    }
  }

  async function run() {
    const p = params();
    input.value = p.get('q') || '';
    sort.value = p.get('sort') || 'relevance';
    sort.closest('label').hidden = p.get('scope') === 'progress';
    if (p.get('scope') === 'progress') {
      await runProgress();
      return;
    }
    const status = document.getElementById('status');
    showStatus(status, '正在检索…', 'loading');
    const api = new URLSearchParams(p);
    api.set('size', String(PAGE_SIZE));
    try {
      const data = await getJson('/api/search?' + api.toString());
      const what = data.query ? `“${data.query}”` : '全部文件';
      showStatus(status, data.total > 0 ? `${what}：共 ${data.total} 个文件，用时 ${data.took_ms} 毫秒` : `${what}：没有找到匹配的文件`,
        data.total > 0 ? '' : 'empty');
      renderMode(data);
      renderFacets(data.facets);
      renderHits(data);
      renderPager(data);
      renderDidYouMean(data);
    } catch (e) {
      showStatus(status, e.message, 'error');
      document.getElementById('results').replaceChildren();
      document.getElementById('pager').replaceChildren();
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams({ q: input.value.trim() });
    if (params().get('scope')) next.set('scope', params().get('scope'));
    window.history.pushState({}, '', '?' + next.toString());
    run();
  });
  sort.addEventListener('change', () => navigate({ sort: sort.value === 'relevance' ? null : sort.value, page: null }));
  window.addEventListener('popstate', run);
  me().then((account) => { who = account; }).finally(run);
})();
