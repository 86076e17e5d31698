// The workflow designer: bpmn-js with the Camunda 8 properties panel, the host's element templates, bpmnlint, the
// engine's own validation shown on the elements, and deployment as a new version.
import BpmnModeler from 'bpmn-js/lib/Modeler';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, ZeebePropertiesProviderModule } from 'bpmn-js-properties-panel';
import { CloudElementTemplatesPropertiesProviderModule } from 'bpmn-js-element-templates';
import ZeebeBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-cloud';
import lintModule from 'bpmn-js-bpmnlint';
import zeebeModdle from 'zeebe-bpmn-moddle/resources/zeebe.json';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js-element-templates/dist/assets/element-templates.css';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';
import { api, ApiProblem } from '../shared/api.js';
import { BpmnTranslateModule } from '../shared/i18n/bpmn-translate.js';
import { askToDeploy, executableProcessId, versionAfterDeploy } from './deploy-confirmation.js';
import { fitClearOfPalette } from './fit.js';
import { GatewayPaletteModule } from './gateway-palette.js';
import { lintConfig } from './lint-config.js';
import { newDiagram } from './new-diagram.js';
import { installTemplateChooser } from './template-chooser.js';
import { ProblemView } from './problems.js';

const $ = selector => document.querySelector(selector);
const status = $('#designer-status');

const modeler = new BpmnModeler({
  container: '#designer-canvas',
  propertiesPanel: { parent: '#designer-properties' },
  additionalModules: [
    BpmnPropertiesPanelModule,
    BpmnPropertiesProviderModule,
    ZeebePropertiesProviderModule,
    CloudElementTemplatesPropertiesProviderModule,
    ZeebeBehaviorsModule,
    lintModule,
    GatewayPaletteModule,
    BpmnTranslateModule
  ],
  moddleExtensions: { zeebe: zeebeModdle },
  linting: { bpmnlint: lintConfig, active: true }
});
window.amsDesigner = modeler;

const problems = new ProblemView(modeler, $('#designer-problem-list'));
installTemplateChooser(modeler, $('#template-chooser'));
$('#template-cancel').addEventListener('click', () => $('#template-chooser').close());

// The messages in the page's language, from the page: t('designerDeployed', id, version) fills {0}, {1}, ...
const texts = JSON.parse(document.getElementById('designer-texts')?.textContent || '{}');
function t(key, ...values) {
  return (texts[key] ?? key).replace(/\{(\d+)\}/g, (_, index) => String(values[Number(index)]));
}

function say(text, kind = 'info') {
  status.textContent = text;
  status.dataset.kind = kind;
}

function processId() {
  const root = modeler.get('canvas').getRootElement();
  return root?.businessObject?.id || 'process';
}

// A new model (`fresh`) shows no problems until its first change; an opened one shows them at once.
async function importXml(xml, label, { fresh = false } = {}) {
  $('#designer-open-select').selectedIndex = -1;
  try {
    if (fresh) {
      problems.keepQuietUntilChanged();
    } else {
      problems.speak();
    }
    const { warnings } = await modeler.importXML(xml);
    fitClearOfPalette(modeler);
    problems.showEngine();
    say(warnings.length ? t('designerImportWarnings', label, warnings.length) : label);
    scheduleCheck(0);
  } catch (error) {
    say(t('designerCannotOpen', error.message), 'error');
  }
}

// Checks can overlap while someone edits; only the answer to the latest one is shown.
let latestCheck = 0;
async function check() {
  const mine = ++latestCheck;
  const { xml } = await modeler.saveXML({ format: true });
  const answer = await api('/api/workflows/validation', { method: 'POST', body: xml, contentType: 'application/xml' });
  if (mine === latestCheck) {
    problems.showEngine(answer.errors, answer.warnings);
  }
  return answer;
}

let checkTimer;
function scheduleCheck(delay = 800) {
  clearTimeout(checkTimer);
  checkTimer = setTimeout(() => check().catch(error => say(error.message, 'error')), delay);
}

modeler.on('commandStack.changed', () => scheduleCheck());

async function loadTemplates() {
  const templates = await api('/api/designer/element-templates');
  modeler.get('elementTemplates').set(templates);
}

// The deployed versions, by the process's name as the options show it, the latest version of each first.
async function loadDeployed() {
  const definitions = await api('/api/workflows');
  const select = $('#designer-open-select');
  const label = d => d.name || d.processId;
  select.replaceChildren(...definitions
    .sort((a, b) => label(a).localeCompare(label(b)) || a.processId.localeCompare(b.processId) || b.version - a.version)
    .map(d => {
      const option = document.createElement('option');
      option.value = `${d.processId}|${d.version}`;
      option.textContent = `${d.name || d.processId} (${d.processId}) v${d.version}`;
      return option;
    }));
  return definitions;
}

async function open(id, version) {
  const definitions = await loadDeployed();
  const candidates = definitions.filter(d => d.processId === id);
  const chosen = version ? candidates.find(d => d.version === Number(version)) : candidates.sort((a, b) => b.version - a.version)[0];
  if (!chosen) {
    say(t('designerNoVersion', `${id}${version ? ' v' + version : ''}`), 'error');
    return;
  }
  const xml = await api(`/api/workflows/${encodeURIComponent(chosen.processId)}/versions/${chosen.version}/xml`);
  await importXml(xml, `${chosen.processId} v${chosen.version}`);
  $('#designer-open-select').value = `${chosen.processId}|${chosen.version}`;
}

$('#designer-new').addEventListener('click', () => importXml(newDiagram(), t('designerNewProcess'), { fresh: true }));
$('#designer-open').addEventListener('click', () => {
  const [id, version] = $('#designer-open-select').value.split('|');
  if (id) {
    open(id, version).catch(error => say(error.message, 'error'));
  }
});
$('#designer-import').addEventListener('change', async event => {
  const file = event.target.files[0];
  if (file) {
    await importXml(await file.text(), file.name);
    event.target.value = '';
  }
});
$('#designer-export').addEventListener('click', async () => {
  const { xml } = await modeler.saveXML({ format: true });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
  link.download = `${processId()}.bpmn`;
  link.click();
  URL.revokeObjectURL(link.href);
});
$('#designer-undo').addEventListener('click', () => modeler.get('commandStack').undo());
$('#designer-redo').addEventListener('click', () => modeler.get('commandStack').redo());
$('#designer-check').addEventListener('click', async () => {
  try {
    const answer = await check();
    problems.speak();
    say(answer.errors.length ? t('designerProblemsBlock', answer.errors.length) : t('designerAccepted'), answer.errors.length ? 'error' : 'ok');
  } catch (error) {
    say(error.message, 'error');
  }
});
$('#designer-deploy').addEventListener('click', async () => {
  const { xml } = await modeler.saveXML({ format: true });
  try {
    const id = executableProcessId(modeler) || processId();
    const { version, unchanged } = await versionAfterDeploy(id, xml);
    if (!await askToDeploy($('#deploy-confirm'), t(unchanged ? 'designerConfirmUnchanged' : 'designerConfirmText', id, version))) {
      say(t('designerDeployCancelled'));
      return;
    }
    const deployed = await api('/api/workflows', { method: 'POST', body: xml, contentType: 'application/xml' });
    problems.showEngine([], deployed.warnings);
    await loadDeployed();
    $('#designer-open-select').value = `${deployed.processId}|${deployed.version}`;
    say(t(deployed.created ? 'designerDeployed' : 'designerUnchanged', deployed.processId, deployed.version), 'ok');
    $('#designer-status').dataset.version = deployed.version;
  } catch (error) {
    if (error instanceof ApiProblem && Array.isArray(error.problem.errors)) {
      problems.showEngine(error.problem.errors);
      say(t('designerNotDeployed', error.problem.errors.length), 'error');
    } else {
      say(error.message, 'error');
    }
  }
});

const query = new URLSearchParams(location.search);
await loadTemplates().catch(error => say(t('designerTemplatesFailed', error.message), 'error'));
if (query.get('processId')) {
  await open(query.get('processId'), query.get('version')).catch(error => say(error.message, 'error'));
} else {
  // The first process in the list, at its latest version (the list shows each process's latest first).
  const [first] = await loadDeployed().catch(() => []);
  const [id] = ($('#designer-open-select').value || '').split('|');
  if (first && id) {
    await open(id).catch(error => say(error.message, 'error'));
  } else {
    await importXml(newDiagram(), t('designerNewProcess'), { fresh: true });
  }
}
document.body.dataset.designerReady = 'true';
