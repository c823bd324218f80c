// Document page: /doc/{id} and /doc/{id}/a/{n}. Renders metadata, table of contents and units,
// links citations, highlights the terms of the search that led here, and jumps to an article.
'use strict';

const DIGITS = '零一二三四五六七八九';
const UNITS = { 十: 10, 百: 100, 千: 1000 };

function chineseToInt(text) {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let digit = -1;
  for (const c of text) {
    if (DIGITS.includes(c)) digit = DIGITS.indexOf(c);
    else if (c === '两') digit = 2;
    else if (c === '〇') digit = 0;
    else if (UNITS[c]) { total += (digit < 0 ? 1 : digit) * UNITS[c]; digit = -1; }
    else return NaN;
  }
  return total + (digit > 0 ? digit : 0);
}

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

const parts = window.location.pathname.split('/').filter(Boolean); // doc, id, [a, n]
const docId = parts[1];
const articleParam = parts[2] === 'a' ? parts[3] : null;
const terms = (new URLSearchParams(window.location.search).get('q') || '').split(/\s+/).filter((t) => t.length > 0);

// Text of a unit as safe HTML: citations become links, search terms are marked.
function richText(text, citations) {
  let html = escapeHtml(text);
  citations.filter((c) => c.url).forEach((c) => {
    html = html.split(escapeHtml(c.text)).join(`<a class="cite" href="${c.url}">${escapeHtml(c.text)}</a>`);
  });
  html = html.replace(/本(?:实施)?(?:办法|规定|条例|法|细则)第([零〇一二两三四五六七八九十百千\d]+)条/g, (m, n) => {
    const value = chineseToInt(n);
    return Number.isNaN(value) ? m : `<a class="ref" href="#a${value}">${m}</a>`;
  });
  terms.forEach((t) => {
    const safe = escapeHtml(t).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    html = html.replace(new RegExp(`(${safe})(?![^<]*>)`, 'g'), '<mark>$1</mark>');
  });
  return html;
}

function renderHead(doc) {
  const head = document.getElementById('doc-head');
  document.title = `${doc.title} — 政策文件检索`;
  const title = el('h2', { class: 'doc-title' }, doc.title);
  if (doc.validity) title.append(Portal.validityBadge(doc.validity));
  if (doc.ocr) title.append(Portal.ocrBadge(doc.ocr));
  head.append(title);
  if (doc.notice_title) head.append(el('p', { class: 'notice-title' }, doc.notice_title));
  const meta = el('dl', { class: 'doc-meta' });
  [['文号', doc.doc_number], ['发文机关', doc.issuer], ['成文日期', doc.date], ['类型', doc.type], ['公开方式', doc.disclosure],
    ['施行日期', doc.validity && doc.validity.effective_date]]
    .filter(([, v]) => v)
    .forEach(([k, v]) => meta.append(el('dt', {}, k), el('dd', {}, v)));
  head.append(meta);
  const note = validityNote(doc.validity);
  if (note) head.append(note);
}

// What replaced or repealed this version, with a link; the reason when an admin set the status.
function validityNote(validity) {
  if (!validity) return null;
  const by = validity.repealed_by || validity.superseded_by;
  if (!by && !validity.reason) return null;
  const p = el('p', { class: 'validity-note' });
  if (by) {
    p.append(document.createTextNode(validity.repealed_by ? '已被废止，废止文件：' : '已被修改，现行版本：'));
    p.append(el('a', { href: `/doc/${by.doc_id}` }, `《${by.title}》${by.label ? '（' + by.label + '）' : ''}`));
  }
  if (validity.reason) p.append(document.createTextNode(`（管理员设定：${validity.reason}）`));
  return p;
}

// The versions of this rule, oldest first: each a link, this one marked, and a one-click
// comparison of each version with the one before it.
function renderVersions(doc) {
  if (!doc.versions || doc.versions.length < 2) return;
  const box = el('section', { id: 'versions', class: 'versions', 'aria-label': '版本' });
  box.append(el('h3', {}, `版本（${doc.versions.length}）`));
  const ol = el('ol');
  doc.versions.forEach((v, i) => {
    const li = el('li', v.doc_id === docId ? { class: 'current', 'aria-current': 'true' } : {});
    li.append(el('a', { href: `/doc/${v.doc_id}` }, [v.label || '未注明日期', v.date].filter(Boolean).join(' · ')));
    if (v.status) li.append(Portal.validityBadge({ status: v.status }));
    if (i > 0) {
      const previous = doc.versions[i - 1].doc_id;
      li.append(el('a', { href: `/compare?a=${previous}&b=${v.doc_id}`, class: 'compare-link' }, '与上一版本对照'));
    }
    ol.append(li);
  });
  box.append(ol);
  document.getElementById('doc-head').append(box);
}

function renderToc(nodes, list) {
  nodes.forEach((node) => {
    const li = el('li');
    li.append(el('a', { href: '#' + node.anchor }, [node.label, node.title].filter(Boolean).join(' ')));
    if (node.children.length > 0) {
      const sub = el('ol');
      renderToc(node.children, sub);
      li.append(sub);
    }
    list.append(li);
  });
}

function permalink(unit) {
  const base = `${window.location.origin}/doc/${docId}`;
  return unit.kind === 'article' ? `${base}/a/${unit.anchor.substring(1)}` : `${base}#${encodeURIComponent(unit.anchor)}`;
}

function renderUnits(doc) {
  const body = document.getElementById('doc-body');
  doc.units.forEach((unit) => {
    const section = el('section', { id: unit.anchor, class: `unit unit-${unit.kind} depth-${Math.min(unit.depth, 4)}` });
    const heading = [unit.label, unit.title].filter(Boolean).join(' ');
    if (heading) {
      const h = el(unit.kind === 'article' ? 'h4' : 'h3', {}, heading);
      if (unit.kind === 'article') {
        const copy = el('button', { type: 'button', class: 'copy-link', title: '复制本条链接' }, '复制链接');
        copy.addEventListener('click', () => {
          const link = permalink(unit);
          if (navigator.clipboard) navigator.clipboard.writeText(link).catch(() => {});
          copy.textContent = '已复制';
          copy.dataset.link = link;
        });
        h.append(copy);
        const related = el('button', { type: 'button', class: 'related-toggle', 'aria-expanded': 'false' }, '相关条文');
        related.addEventListener('click', () => toggleRelated(doc, unit, section, related));
        h.append(related);
      }
      section.append(h);
    }
    unit.text.split('\n').filter((p) => p.length > 0).forEach((p) => {
      const para = el('p');
      para.innerHTML = richText(p, doc.citations);
      section.append(para);
    });
    body.append(section);
  });
}

// 相关条文: the articles of other documents nearest in meaning, fetched when first asked for.
async function toggleRelated(doc, unit, section, button) {
  const open = section.querySelector('.related');
  if (open) {
    open.remove();
    button.setAttribute('aria-expanded', 'false');
    return;
  }
  const box = el('aside', { class: 'related', 'aria-label': '相关条文' });
  box.append(el('p', { class: 'status loading' }, '正在查找相关条文…'));
  section.append(box);
  button.setAttribute('aria-expanded', 'true');
  try {
    const n = unit.anchor.substring(1);
    const data = await Portal.getJson(`/api/documents/${encodeURIComponent(doc.doc_id)}/articles/${encodeURIComponent(n)}/related`);
    box.replaceChildren(el('h5', {}, '相关条文（其他文件中意思最接近的条文）'));
    if (data.related.length === 0) {
      box.append(el('p', { class: 'status empty' }, data.message || '没有找到相关条文'));
      return;
    }
    const ul = el('ul');
    data.related.forEach((r) => {
      const li = el('li');
      li.append(el('a', { href: r.url }, `《${r.title}》${r.label || ''}`), el('span', { class: 'related-text' }, r.text));
      ul.append(li);
    });
    box.append(ul);
  } catch (e) {
    box.replaceChildren(el('p', { class: 'status error' }, e.message));
  }
}

function renderExtra(doc) {
  const extra = document.getElementById('doc-extra');
  if (doc.abbreviations.length > 0) {
    extra.append(el('h3', {}, '简称'));
    const dl = el('dl', { class: 'abbr' });
    doc.abbreviations.forEach((a) => dl.append(el('dt', {}, a.short_form), el('dd', {}, a.full_form)));
    extra.append(dl);
  }
  if (doc.citations.length > 0) {
    extra.append(el('h3', {}, '引用的文件'));
    const ul = el('ul');
    doc.citations.forEach((c) => {
      const li = el('li');
      if (c.url) li.append(el('a', { href: c.url }, c.text));
      else li.append(document.createTextNode(`${c.text}（库外文件）`));
      ul.append(li);
    });
    extra.append(ul);
  }
}

function jumpTo(anchor) {
  const target = document.getElementById(anchor);
  if (!target) return false;
  document.querySelectorAll('.unit.current').forEach((n) => n.classList.remove('current'));
  target.classList.add('current');
  target.scrollIntoView({ block: 'start' });
  return true;
}

function setupClauseBox() {
  const form = document.getElementById('clause-form');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = document.getElementById('clause').value.trim();
    const match = text.match(/^第?\s*([零〇一二两三四五六七八九十百千\d]+)\s*条?$/);
    const status = document.getElementById('clause-status');
    const value = match ? chineseToInt(match[1]) : NaN;
    if (Number.isNaN(value) || !jumpTo('a' + value)) {
      status.textContent = Number.isNaN(value) ? '请输入“第十六条”或“16”' : `本文件没有第${match[1]}条`;
      return;
    }
    status.textContent = '';
    window.history.replaceState({}, '', `/doc/${docId}/a/${value}`);
  });
}

async function load() {
  const status = document.getElementById('status');
  try {
    const response = await fetch('/api/documents/' + encodeURIComponent(docId));
    const doc = await response.json();
    if (!response.ok) throw new Error(doc.error ? doc.error.message : '无法加载文件');
    status.textContent = '';
    status.className = 'status';
    renderHead(doc);
    renderVersions(doc);
    renderToc(doc.outline, document.querySelector('#toc ol'));
    renderUnits(doc);
    renderExtra(doc);
    if (articleParam) jumpTo('a' + articleParam);
    else if (window.location.hash) jumpTo(decodeURIComponent(window.location.hash.substring(1)));
  } catch (e) {
    status.className = 'error';
    status.textContent = e.message;
  }
}

setupClauseBox();
load();
