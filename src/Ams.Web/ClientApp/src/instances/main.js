// The instance list's copy buttons: each puts its full id on the clipboard and says so in the status line. Without the
// clipboard API (a plain-http address other than localhost), the browser's copy command on a selected text does it.
const status = document.getElementById('copy-status');

async function copy(text) {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.className = 'visually-hidden';
  document.body.append(field);
  field.select();
  const copied = document.execCommand('copy');
  field.remove();
  if (!copied) {
    throw new Error('copy refused');
  }
}

document.addEventListener('click', async event => {
  const button = event.target.closest('button.copy-id');
  if (!button) {
    return;
  }
  try {
    await copy(button.dataset.copy);
    status.textContent = status.dataset.copied.replace('{0}', button.dataset.copy);
    status.classList.remove('error');
  } catch {
    status.textContent = status.dataset.failed;
    status.classList.add('error');
  }
});
