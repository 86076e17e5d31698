// The instance view: the diagram of the instance's own version with its state painted on, incidents with retry,
// the timeline and the variables. window.amsInstanceViewer is the bpmn-js viewer, for tests and the console.
import './instance-view.css';
import { api } from '../shared/api.js';
import { named } from '../shared/i18n/index.js';
import { openDiagram, showError } from '../shared/diagram-viewer.js';
import { markInstance } from './markers.js';
import { renderIncidents, renderTimeline, renderVariables } from './panels.js';

const root = document.getElementById('instance-view');
const id = root.dataset.instanceId;
let viewer;

async function refresh() {
  const [instance, history] = await Promise.all([
    api(`/api/process-instances/${id}`),
    api(`/api/process-instances/${id}/history`)
  ]);
  if (viewer) {
    markInstance(viewer, instance, history);
  }
  const state = document.getElementById('instance-state');
  state.textContent = named('instanceState', instance.state);
  state.className = `instance-state ${String(instance.state).toLowerCase()}`;
  renderIncidents(document.getElementById('incidents'), viewer, instance.incidents, root.dataset.retryLabel, retry);
  renderTimeline(document.getElementById('timeline'), viewer, history);
  renderVariables(document.querySelector('#variables tbody'), instance.variables);
  root.dataset.revision = String(Number(root.dataset.revision ?? 0) + 1);
}

async function retry(incident, button) {
  button.disabled = true;
  try {
    await api(`/api/incidents/${incident.id}/retry`, { method: 'POST', body: {} });
    await refresh();
  } catch (error) {
    button.disabled = false;
    showError(error);
  }
}

// A model without a diagram still leaves the incidents, history and variables readable.
try {
  viewer = await openDiagram('#diagram', await api(`/api/process-instances/${id}/model`));
  window.amsInstanceViewer = viewer;
} catch (error) {
  showError(error);
}
try {
  await refresh();
  root.dataset.loaded = 'true';
} catch (error) {
  showError(error);
}
