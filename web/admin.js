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

  async function listDocuments() {
    const { documents } = await getJson('/api/documents');
    rows.replaceChildren(...documents.map((d) => {
      const remove = el('button', { type: 'button', 'data-id': d.doc_id, class: 'remove' }, '删除');
      remove.addEventListener('click', () => removeDocument(d));
      const title = el('td');
      title.append(el('a', { href: `/doc/${d.doc_id}` }, d.title));
      const action = el('td');
      action.append(remove);
      const row = el('tr');
      row.append(title, el('td', {}, d.path), action);
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
      showStatus(status, `已上传：${added.path}，现在可以检索。`, 'ok');
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
  showVectors();
})();
