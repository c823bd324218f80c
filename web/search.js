// Plain search page: reads the state from the URL, asks /api/search, renders hits and facets.
'use strict';

const FACET_NAMES = { type: '文件类型', issuer: '发文机关', year: '年份' };
const form = document.getElementById('search-form');
const input = document.getElementById('q');

function currentParams() {
  return new URLSearchParams(window.location.search);
}

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
  if (text !== undefined) node.textContent = text;
  return node;
}

function linkWith(changes) {
  const params = currentParams();
  Object.entries(changes).forEach(([k, v]) => (v === null ? params.delete(k) : params.set(k, v)));
  return '?' + params.toString();
}

function renderFacets(facets, params) {
  const box = document.getElementById('facets');
  box.replaceChildren();
  Object.entries(FACET_NAMES).forEach(([field, label]) => {
    const values = facets[field] || {};
    if (Object.keys(values).length === 0) return;
    box.append(el('h2', {}, label));
    Object.entries(values).forEach(([value, count]) => {
      const on = params.get(field) === value;
      const a = el('a', { href: linkWith({ [field]: on ? null : value, page: null }) }, `${value}（${count}）`);
      if (on) a.className = 'on';
      box.append(a);
    });
  });
}

// A link to a document page that carries the query, so the page can mark the matched words.
function withQuery(url) {
  const q = currentParams().get('q');
  if (!q) return url;
  const [path, hash] = url.split('#');
  return `${path}?q=${encodeURIComponent(q)}${hash ? '#' + hash : ''}`;
}

function renderHits(data) {
  const list = document.getElementById('results');
  list.replaceChildren();
  data.hits.forEach((hit) => {
    const li = el('li');
    const h3 = el('h3');
    h3.append(el('a', { href: withQuery(hit.url) }, hit.title));
    if (hit.unit) {
      const where = [...hit.unit.parents, [hit.unit.label, hit.unit.title].filter(Boolean).join(' ')].filter(Boolean);
      h3.append(el('span', { class: 'unit-label' }, where.join(' › ')));
    }
    const meta = [hit.doc_number, hit.issuer, hit.date, hit.type].filter(Boolean).join(' · ');
    const snippet = el('div', { class: 'snippet' });
    snippet.innerHTML = hit.snippet || ''; // the server escapes the text and adds only <mark>
    li.append(h3, el('div', { class: 'meta' }, meta), snippet);
    list.append(li);
  });
}

function renderPager(data, params) {
  const pager = document.getElementById('pager');
  pager.replaceChildren();
  const page = Number(params.get('page') || 1);
  const size = Number(params.get('size') || 10);
  const pages = Math.ceil(data.total / size);
  if (page > 1) pager.append(el('a', { href: linkWith({ page: page - 1 }) }, '上一页'));
  if (page < pages) pager.append(el('a', { href: linkWith({ page: page + 1 }) }, '下一页'));
}

async function search() {
  const params = currentParams();
  input.value = params.get('q') || '';
  const status = document.getElementById('status');
  status.className = '';
  status.textContent = '正在检索…';
  try {
    const response = await fetch('/api/search?' + params.toString());
    const data = await response.json();
    if (!response.ok) throw new Error(data.error ? data.error.message : '检索失败');
    status.textContent = `共 ${data.total} 个文件，用时 ${data.took_ms} 毫秒`;
    renderFacets(data.facets, params);
    renderHits(data);
    renderPager(data, params);
  } catch (e) {
    status.className = 'error';
    status.textContent = e.message;
    document.getElementById('results').replaceChildren();
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.history.pushState({}, '', '?' + new URLSearchParams({ q: input.value.trim() }).toString());
  search();
});
window.addEventListener('popstate', search);
search();
