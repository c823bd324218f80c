// The administration page: upload or remove documents, manage accounts and read the audit log, as a
// logged-in administrator or (for files) with the admin token.
'use strict';

(() => {
  const { el, getJson, showStatus, me, write } = Portal;
  const tokenInput = document.getElementById('token');
  const fileInput = document.getElementById('file');
  const status = document.getElementById('status');
  const rows = document.querySelector('#documents tbody');

  // The token when one is typed, else the session (with its CSRF token).
  function send(url, options) {
    const token = tokenInput.value.trim();
    if (token) return getJson(url, { ...options, headers: { ...options.headers, Authorization: `Bearer ${token}` } });
    return write(url, options);
  }

  // One file's text-quality figures in a line, and its warning, which says what to do, below them.
  function qualityCell(q) {
    const cell = el('td', { class: 'quality' });
    if (!q) return cell;
    const figures = [`${q.characters}字`, `汉字${Math.round(q.chinese_share * 100)}%`];
    if (q.suspicious) figures.push(`可疑字符${q.suspicious}`);
    if (q.mended_lines) figures.push(`修复空格行${q.mended_lines}`);
    if (q.joined_lines) figures.push(`合并行${q.joined_lines}`);
    if (q.pages != null) figures.push(`${q.pages}页` + (q.pages_without_text ? `（${q.pages_without_text}页无文字）` : ''));
    if (q.ocr_pages) figures.push(`OCR ${q.ocr_pages}页，平均置信度${Math.round(q.ocr_confidence)}%`);
    cell.append(el('span', {}, figures.join(' · ')));
    if (q.warning) cell.append(el('div', { class: 'quality-warning' }, `⚠ ${q.warning}`));
    return cell;
  }

  async function listDocuments() {
    const [{ documents }, report] = await Promise.all([getJson('/api/documents'), getJson('/api/ingest/report')]);
    const quality = new Map(report.files.map((f) => [f.doc_id, f]));
    rows.replaceChildren(...documents.map((d) => {
      const remove = el('button', { type: 'button', 'data-id': d.doc_id, class: 'remove' }, '删除');
      remove.addEventListener('click', () => removeDocument(d));
      const title = el('td');
      title.append(el('a', { href: `/doc/${d.doc_id}` }, d.title));
      const action = el('td');
      action.append(remove);
      const row = el('tr');
      row.append(title, el('td', {}, d.path), qualityCell(quality.get(d.doc_id)), action);
      return row;
    }));
  }

  async function upload(event) {
    event.preventDefault();
    const file = fileInput.files[0];
    if (!file) return;
    showStatus(status, `正在上传并建立索引：${file.name}……`);
    try {
      const added = await send(`/api/documents?name=${encodeURIComponent(file.name)}`, {
        method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: file,
      });
      const warning = added.quality && added.quality.warning;
      showStatus(status, `已上传：${added.path}，现在可以检索。${warning ? `但文字质量有问题：${warning}` : ''}`,
        warning ? 'error' : 'ok');
      fileInput.value = '';
      await listDocuments();
    } catch (e) {
      showStatus(status, e.message, 'error');
    }
  }

  async function removeDocument(doc) {
    if (!window.confirm(`确定删除“${doc.title}”（${doc.path}）吗？`)) return;
    try {
      await send(`/api/documents/${encodeURIComponent(doc.doc_id)}`, { method: 'DELETE', headers: {} });
      showStatus(status, `已删除：${doc.path}（文件已移入 .removed 文件夹）`, 'ok');
      await listDocuments();
    } catch (e) {
      showStatus(status, e.message, 'error');
    }
  }

  async function listUsers() {
    const { users } = await getJson('/api/users');
    document.querySelector('#users tbody').replaceChildren(...users.map((u) => {
      const action = el('td');
      if (!u.disabled) {
        const disable = el('button', { type: 'button', class: 'small secondary disable' }, '停用');
        disable.addEventListener('click', () => userAction(`/api/users/${encodeURIComponent(u.username)}/disable`, {}, `已停用：${u.username}`));
        const reset = el('button', { type: 'button', class: 'small secondary reset' }, '重设密码');
        reset.addEventListener('click', () => {
          const password = window.prompt(`为 ${u.username} 设置新密码（至少 8 个字符）`);
          if (password) userAction(`/api/users/${encodeURIComponent(u.username)}/password`, { password }, `已重设密码：${u.username}`);
        });
        action.append(disable, reset);
      }
      const row = el('tr', { 'data-user': u.username });
      row.append(el('td', {}, u.username), el('td', {}, u.role_label), el('td', {}, u.departments.join('、')),
        el('td', {}, u.disabled ? '已停用' : '正常'), action);
      return row;
    }));
  }

  async function userAction(url, body, done) {
    try {
      await write(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      showStatus(status, done, 'ok');
      await listUsers();
      await listAudit();
    } catch (e) {
      showStatus(status, e.message, 'error');
    }
  }

  async function addUser(event) {
    event.preventDefault();
    const f = event.target.elements;
    const departments = f.departments.value.split(/[、，,\s]+/).filter((d) => d);
    await userAction('/api/users', { username: f.username.value.trim(), password: f.password.value, role: f.role.value, departments },
      `已创建账号：${f.username.value.trim()}`);
    f.password.value = '';
  }

  function auditFilter() {
    const p = new URLSearchParams(new FormData(document.getElementById('audit-form')));
    [...p.keys()].forEach((k) => { if (!p.get(k)) p.delete(k); });
    return p;
  }

  async function listAudit() {
    const filter = auditFilter();
    const csv = new URLSearchParams(filter);
    csv.set('format', 'csv');
    document.getElementById('audit-csv').href = '/api/audit?' + csv;
    const { entries } = await getJson('/api/audit?' + filter);
    document.querySelector('#audit-log tbody').replaceChildren(...entries.slice(0, 500).map((e) => {
      const row = el('tr', { 'data-action': e.action });
      row.append(el('td', { class: 'nowrap' }, new Date(e.at).toLocaleString('zh-CN')), el('td', {}, e.user),
        el('td', {}, e.action), el('td', {}, e.target), el('td', { class: 'muted' }, e.before || ''), el('td', { class: 'muted' }, e.after || ''));
      return row;
    }));
  }

  async function accountSections() {
    const who = await me();
    if (!who || who.role !== 'admin') return;
    document.getElementById('who-hint').textContent = `已以管理员 ${who.username} 登录，无需填写管理口令。`;
    document.getElementById('accounts').hidden = false;
    document.getElementById('audit').hidden = false;
    document.getElementById('user-form').addEventListener('submit', addUser);
    document.getElementById('audit-form').addEventListener('submit', (e) => { e.preventDefault(); listAudit(); });
    await listUsers();
    await listAudit();
  }

  /** One line on the semantic vectors: computing (with progress), ready, off or unavailable and why. */
  async function showVectors() {
    const line = document.getElementById('vectors');
    try {
      const { vectors } = await getJson('/api/index/status');
      const labels = { off: '语义检索：已关闭', unavailable: '语义检索：不可用', waiting: '语义检索：等待计算',
        building: '语义检索：正在计算向量', ready: '语义检索：已就绪' };
      const progress = vectors.state === 'building' && vectors.total > 0
        ? `（${vectors.done} / ${vectors.total}，${Math.round(100 * vectors.done / vectors.total)}%，每秒 ${vectors.units_per_second.toFixed(1)} 条）` : '';
      line.textContent = `${labels[vectors.state] || vectors.state}${progress}。${vectors.message}`;
      line.className = `status ${vectors.state === 'unavailable' ? 'error' : ''}`;
      if (vectors.state === 'building' || vectors.state === 'waiting') setTimeout(showVectors, 3000);
    } catch (e) {
      line.textContent = e.message;
    }
  }

  tokenInput.value = sessionStorage.getItem('portal-admin-token') || '';
  tokenInput.addEventListener('input', () => sessionStorage.setItem('portal-admin-token', tokenInput.value.trim()));
  document.getElementById('upload-form').addEventListener('submit', upload);
  listDocuments().catch((e) => showStatus(status, e.message, 'error'));
  accountSections().catch((e) => showStatus(status, e.message, 'error'));
  showVectors();
})();
