// Shared by every page: element helpers, JSON fetching with the portal's error shape, and the
// statistics dimensions and statuses as the server defines them.
'use strict';

const Portal = (() => {
  function el(tag, attrs = {}, text) {
    const node = document.createElement(tag);
    Object.entries(attrs).forEach(([k, v]) => {
      if (v !== undefined && v !== null) node.setAttribute(k, v);
    });
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  // Fetches JSON; a failed answer becomes an Error carrying the portal's Chinese message.
  async function getJson(url, options) {
    let response;
    try {
      response = await fetch(url, options);
    } catch (e) {
      throw new Error('无法连接门户服务，请检查网络或稍后再试');
    }
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    if (!response.ok) {
      const message = body && body.error ? body.error.message : `请求失败（${response.status}）`;
      const error = new Error(message);
      error.suggestions = body && body.error ? body.error.suggestions : undefined;
      throw error;
    }
    return body;
  }

  function showStatus(node, text, kind) {
    node.textContent = text;
    node.className = kind ? `status ${kind}` : 'status';
  }

  function badge(status, label) {
    return el('span', { class: `badge badge-${status}` }, label || status);
  }

  const VALIDITY_CLASSES = { 现行有效: 'in-force', 已修改: 'amended', 已废止: 'repealed', 尚未生效: 'pending' };

  // A document's validity as a badge: 现行有效 and the like, 试行 when the rule says so, 人工 when an admin set it.
  function validityBadge(validity) {
    const span = el('span', { class: `validity validity-${VALIDITY_CLASSES[validity.status] || 'in-force'}` }, validity.status);
    if (validity.provisional) span.append(el('small', {}, '（试行）'));
    if (validity.source === 'admin') span.setAttribute('title', `管理员设定：${validity.reason || ''}`);
    return span;
  }

  // A document read by OCR: its text may hold misread characters, so its page and hits say so.
  function ocrBadge(ocr) {
    const percent = Math.round(ocr.confidence * 100);
    return el('span', { class: 'ocr-badge', title: `扫描件，${ocr.pages}页经OCR识别，文字可能有误识的字` },
      `OCR识别 · 平均置信度 ${percent}%`);
  }

  // Marks the current page in the navigation bar.
  function markNav() {
    const path = window.location.pathname;
    document.querySelectorAll('nav.main a').forEach((a) => {
      const href = a.getAttribute('href');
      if ((href === '/' && (path === '/' || path.startsWith('/doc/'))) || (href !== '/' && path.startsWith(href))) {
        a.setAttribute('aria-current', 'page');
      }
    });
  }

  // What statistics count by and the statuses with their labels and colours, fetched once per page.
  let legend = null;
  function dimensions() {
    legend = legend || getJson('/api/stats/dimensions');
    return legend;
  }

  // Who is logged in ({username, role, departments, csrf}), or null for an anonymous reader; fetched once per page.
  let account = null;
  function me() {
    account = account || getJson('/api/me').catch(() => null);
    return account;
  }

  // A write as the logged-in person: the session cookie goes by itself, the CSRF token must be echoed.
  async function write(url, options = {}) {
    const who = await me();
    const headers = { ...(options.headers || {}) };
    if (who) headers['X-CSRF-Token'] = who.csrf;
    return getJson(url, { ...options, headers });
  }

  // The account corner of the header: 登录, or the name with its role and 退出.
  async function accountCorner() {
    const row = document.querySelector('.brand-row');
    if (!row) return;
    const corner = el('div', { class: 'account', id: 'account' });
    row.append(corner);
    const who = await me();
    if (!who) {
      corner.append(el('a', { href: '/login?next=' + encodeURIComponent(window.location.pathname + window.location.search), id: 'login-link' }, '登录'));
      return;
    }
    corner.append(el('span', { id: 'whoami' }, `${who.username}（${who.role_label}${who.departments.length ? '：' + who.departments.join('、') : ''}）`));
    const out = el('button', { type: 'button', class: 'small secondary', id: 'logout' }, '退出');
    out.addEventListener('click', async () => {
      await write('/api/logout', { method: 'POST' }).catch(() => {});
      window.location.href = '/';
    });
    corner.append(out);
  }

  document.addEventListener('DOMContentLoaded', () => { markNav(); accountCorner(); });
  return { el, getJson, showStatus, badge, validityBadge, ocrBadge, dimensions, me, write };
})();
