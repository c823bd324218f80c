// The file management page: upload a document or remove one, with the admin token.
'use strict';

(() => {
  const { el, getJson, showStatus } = Portal;
  const tokenInput = document.getElementById('token');
  const fileInput = document.getElementById('file');
  const status = document.getElementById('status');
  const rows = document.querySelector('#documents tbody');

  function auth() {
    return { Authorization: `Bearer ${tokenInput.value.trim()}` };
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
      const added = await getJson(`/api/documents?name=${encodeURIComponent(file.name)}`, {
        method: 'POST', headers: { 'Content-Type': 'application/octet-stream', ...auth() }, body: file,
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
      await getJson(`/api/documents/${encodeURIComponent(doc.doc_id)}`, { method: 'DELETE', headers: auth() });
      showStatus(status, `已删除：${doc.path}（文件已移入 .removed 文件夹）`, 'ok');
      await listDocuments();
    } catch (e) {
      showStatus(status, e.message, 'error');
    }
  }

  tokenInput.value = sessionStorage.getItem('portal-admin-token') || '';
  tokenInput.addEventListener('input', () => sessionStorage.setItem('portal-admin-token', tokenInput.value.trim()));
  document.getElementById('upload-form').addEventListener('submit', upload);
  listDocuments().catch((e) => showStatus(status, e.message, 'error'));
})();
