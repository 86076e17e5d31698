// The decision table editor: dmn-js (requirements diagram, decision tables, literal expressions), the engine's own
// validation listed by element, and deployment as a new version of the file's decisions.
import DmnModeler from 'dmn-js/lib/Modeler';
import 'dmn-js/dist/assets/diagram-js.css';
import 'dmn-js/dist/assets/dmn-js-shared.css';
import 'dmn-js/dist/assets/dmn-js-drd.css';
import 'dmn-js/dist/assets/dmn-js-decision-table.css';
import 'dmn-js/dist/assets/dmn-js-decision-table-controls.css';
import 'dmn-js/dist/assets/dmn-js-literal-expression.css';
import 'dmn-js/dist/assets/dmn-font/css/dmn-embedded.css';
import './decision-editor.css';
import { api, ApiProblem } from '../shared/api.js';
import { newDecisionXml } from './new-decision.js';

const $ = selector => document.querySelector(selector);
const status = $('#decisions-status');
const texts = JSON.parse($('#decisions-texts')?.textContent || '{}');
const t = (key, ...values) => (texts[key] ?? key).replace(/\{(\d+)\}/g, (_, index) => String(values[Number(index)]));

const modeler = new DmnModeler({ container: '#decisions-canvas', common: { keyboard: { bindTo: window } } });
window.amsDecisions = modeler;

function say(text, kind = 'info') {
  status.textContent = text;
  status.dataset.kind = kind;
}

// One button per view (the requirements diagram and each decision), as dmn-js switches between them.
modeler.on('views.changed', ({ views, activeView }) => {
  const list = $('#decisions-views');
  list.replaceChildren(...views.map(view => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = view.element.name || view.element.id;
    button.dataset.viewId = view.element.id;
    button.setAttribute('aria-pressed', String(view === activeView));
    button.addEventListener('click', () => modeler.open(view));
    item.append(button);
    return item;
  }));
});

async function importXml(xml, label) {
  try {
    await modeler.importXML(xml);
    // A file with decisions opens on its first decision: that is what administrators come to change.
    const first = modeler.getViews().find(view => view.type === 'decisionTable' || view.type === 'literalExpression');
    if (first) {
      await modeler.open(first);
    }
    showProblems([]);
    say(label);
  } catch (error) {
    say(t('designerCannotOpen', error.message), 'error');
  }
}

async function currentXml() {
  const { xml } = await modeler.saveXML({ format: true });
  return xml;
}

// The engine's problems, each naming its element; a problem on a decision opens that decision.
function showProblems(problems) {
  const list = $('#decisions-problem-list');
  list.replaceChildren(...problems.map(problem => {
    const item = document.createElement('li');
    item.className = problem.severity === 'error' ? 'problem-error' : 'problem-warning';
    item.dataset.elementId = problem.elementId ?? '';
    item.textContent = problem.elementId ? `${problem.elementId}: ${problem.message}` : problem.message;
    const view = modeler.getViews().find(v => v.element.id === problem.elementId);
    if (view) {
      item.tabIndex = 0;
      item.addEventListener('click', () => modeler.open(view));
    }
    return item;
  }));
}

async function check() {
  const { errors, warnings } = await api('/api/decisions/validation', { method: 'POST', body: await currentXml(), contentType: 'application/xml' });
  showProblems([...errors, ...warnings]);
  say(errors.length ? t('designerProblemsBlock', errors.length) : t('designerAccepted'), errors.length ? 'error' : 'ok');
  return errors.length === 0;
}

async function deploy() {
  try {
    const result = await api('/api/decisions', { method: 'POST', body: await currentXml(), contentType: 'application/xml' });
    showProblems(result.warnings ?? []);
    say(result.created ? t('designerDeployed', result.decisionRequirementsId, result.version) : t('designerUnchanged', result.decisionRequirementsId, result.version), 'ok');
    await loadDeployed();
  } catch (error) {
    if (error instanceof ApiProblem && Array.isArray(error.problem.errors)) {
      showProblems(error.problem.errors);
      say(t('designerNotDeployed', error.problem.errors.length), 'error');
    } else {
      say(error.message, 'error');
    }
  }
}

async function loadDeployed() {
  const select = $('#decisions-open-select');
  const versions = await api('/api/decisions');
  select.replaceChildren(...versions.map(v => {
    const option = document.createElement('option');
    option.value = `${v.decisionRequirementsId}/${v.version}`;
    option.textContent = `${v.name || v.decisionRequirementsId} v${v.version} (${v.decisions.join(', ')})`;
    return option;
  }));
  select.disabled = versions.length === 0;
  return versions;
}

async function openDeployed(value) {
  const [id, version] = value.split('/');
  const xml = await api(`/api/decisions/${encodeURIComponent(id)}/versions/${version}/xml`);
  await importXml(xml, `${id} v${version}`);
}

$('#decisions-new').addEventListener('click', () => importXml(newDecisionXml(t('decisionsNew')), t('decisionsNew')));
$('#decisions-open').addEventListener('click', () => $('#decisions-open-select').value && openDeployed($('#decisions-open-select').value));
$('#decisions-import').addEventListener('change', async event => {
  const file = event.target.files[0];
  if (file) {
    await importXml(await file.text(), file.name);
  }
  event.target.value = '';
});
$('#decisions-export').addEventListener('click', async () => {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([await currentXml()], { type: 'application/xml' }));
  link.download = `${modeler.getDefinitions()?.id || 'decisions'}.dmn`;
  link.click();
  URL.revokeObjectURL(link.href);
});
$('#decisions-check').addEventListener('click', () => check().catch(error => say(error.message, 'error')));
$('#decisions-deploy').addEventListener('click', deploy);

// Opens the file given in the address (?open=id/version), else the newest deployed one, else a new decision.
const versions = await loadDeployed().catch(() => []);
const requested = new URLSearchParams(location.search).get('open');
if (requested) {
  await openDeployed(requested);
} else if (versions.length) {
  await openDeployed(`${versions[0].decisionRequirementsId}/${versions[0].version}`);
} else {
  say(t('decisionsNoneDeployed'));
  await importXml(newDecisionXml(t('decisionsNew')), t('decisionsNew'));
}
document.body.dataset.decisionsReady = 'true';
