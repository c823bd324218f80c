// Shared by every page: element helpers, JSON fetching with the portal's error shape, status names.
'use strict';

const Portal = (() => {
  const STATUS = {
    completed: { label: '已完成', color: '#2e7d32' },
    overdue: { label: '已逾期', color: '#c62828' },
    in_progress: { label: '推进中', color: '#1565c0' },
    ongoing: { label: '持续推进', color: '#ef8f00' },
    unscheduled: { label: '未定期限', color: '#8a8a8a' },
  };

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
    const span = el('span', { class: `badge badge-${status}` }, label || (STATUS[status] || {}).label || status);
    return span;
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

  document.addEventListener('DOMContentLoaded', markNav);
  return { STATUS, el, getJson, showStatus, badge };
})();
