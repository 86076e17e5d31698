// The mail template editor: one textarea per language with a live preview rendered by the server with sample
// variables, save as the next version, and the version list.
import { api, ApiProblem, problemText } from '../shared/api.js';
import { showVersions } from '../shared/versions-table.js';

const root = document.getElementById('mail-editor');
const templateId = root.dataset.template;

function debounce(action, wait) {
  let timer;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(action, wait);
  };
}

function setUp(section) {
  const language = section.dataset.language;
  const content = section.querySelector('textarea');
  const subject = section.querySelector('.preview-subject');
  const body = section.querySelector('.preview-body');
  const problem = section.querySelector('.preview-problem');
  const message = section.querySelector('.save-message');
  const versions = section.querySelector('.versions tbody');
  const base = `/api/mail-templates/${encodeURIComponent(templateId)}/${language}`;

  // Previews can overlap while someone types; only the answer to the latest one is shown.
  let latestPreview = 0;
  async function preview() {
    const mine = ++latestPreview;
    try {
      const rendered = await api('/api/mail-templates/preview', { method: 'POST', body: { language, content: content.value } });
      if (mine === latestPreview) {
        subject.textContent = rendered.subject;
        body.textContent = rendered.body;
        problem.textContent = '';
      }
    } catch (error) {
      if (!(error instanceof ApiProblem)) {
        throw error;
      }
      if (mine === latestPreview) {
        problem.textContent = problemText(error);
      }
    }
  }

  function refreshVersions() {
    return showVersions(versions, `${base}/versions`, { folder: 'workflows/mail' });
  }

  async function save() {
    try {
      const saved = await api('/api/mail-templates', { method: 'POST', body: { id: templateId, language, content: content.value } });
      message.textContent = `${root.dataset.savedText} v${saved.version}`;
      message.className = 'save-message ok';
      await refreshVersions();
    } catch (error) {
      if (!(error instanceof ApiProblem)) {
        throw error;
      }
      message.textContent = problemText(error);
      message.className = 'save-message error';
    }
  }

  async function load() {
    try {
      content.value = (await api(base)).content;
    } catch (error) {
      if (!(error instanceof ApiProblem && error.status === 404)) {
        throw error;
      }
      content.value = 'subject: \n\n';
    }
    await Promise.all([preview(), refreshVersions()]);
  }

  content.addEventListener('input', debounce(preview, 300));
  section.querySelector('.save').addEventListener('click', save);
  return load();
}

Promise.all([...root.querySelectorAll('section[data-language]')].map(setUp))
  .then(() => { root.dataset.ready = 'true'; });
