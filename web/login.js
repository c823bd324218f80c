// The login page: a session cookie for the account, then back to the page that sent the person here.
'use strict';

(() => {
  const { getJson, showStatus } = Portal;
  const form = document.getElementById('login-form');
  const status = document.getElementById('status');

  // Only a path on this portal, never another site: the address could have been crafted.
  function next() {
    const target = new URLSearchParams(window.location.search).get('next') || '/workflow';
    return target.startsWith('/') && !target.startsWith('//') ? target : '/workflow';
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    showStatus(status, '正在登录…', 'loading');
    try {
      await getJson('/api/login', {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: form.elements.username.value.trim(), password: form.elements.password.value }),
      });
      window.location.href = next();
    } catch (e) {
      form.elements.password.value = '';
      showStatus(status, e.message, 'error');
    }
  });
})();
