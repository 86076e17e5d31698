// The form editor: form-js's FormEditor over the latest version (or ?version=n) of a form; saving posts the schema as
// the next version. Exposed as window.amsFormEditor.
import { FormEditor } from '@bpmn-io/form-js';
import '@bpmn-io/form-js/dist/assets/form-js.css';
import '@bpmn-io/form-js/dist/assets/form-js-editor.css';
import '@bpmn-io/form-js/dist/assets/properties-panel.css';
import { api, ApiProblem, problemText, showMessage } from '../shared/api.js';
import { showVersions } from '../shared/versions-table.js';

const root = document.getElementById('form-editor');
const formId = root.dataset.form;
const message = document.getElementById('save-message');
const versionsBody = document.querySelector('#versions tbody');

const show = (text, failed) => showMessage(message, text, failed);

async function loadSchema() {
  const version = new URLSearchParams(window.location.search).get('version');
  try {
    const found = await api(`/api/forms/${encodeURIComponent(formId)}${version ? `?version=${encodeURIComponent(version)}` : ''}`);
    return found.schema;
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 404 && !version) {
      return { id: formId, type: 'default', components: [] };
    }
    throw error;
  }
}

function refreshVersions() {
  return showVersions(versionsBody, `/api/forms/${encodeURIComponent(formId)}/versions`, {
    folder: 'workflows/forms',
    linkTo: v => `?version=${v.version}`
  });
}

async function save(editor) {
  const schema = editor.saveSchema();
  schema.id = formId;
  try {
    const saved = await api('/api/forms', { method: 'POST', body: schema });
    show(`${root.dataset.savedText} v${saved.version}`, false);
    await refreshVersions();
  } catch (error) {
    if (!(error instanceof ApiProblem)) {
      throw error;
    }
    show(problemText(error), true);
  }
}

async function start() {
  const editor = new FormEditor({ container: document.getElementById('form-canvas') });
  await editor.importSchema(await loadSchema());
  window.amsFormEditor = editor;
  document.getElementById('save').addEventListener('click', () => save(editor));
  await refreshVersions();
  root.dataset.ready = 'true';
}

start().catch(error => show(error.message, true));
