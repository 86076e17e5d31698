// One process version's diagram with a badge per element: active instances waiting there (blue) and open incidents
// (red), from GET /api/process-instances/statistics. window.amsProcessOverview is the bpmn-js viewer.
import './process-overview.css';
import { api } from '../shared/api.js';
import { openDiagram, showError } from '../instance-view/diagram-viewer.js';

const root = document.getElementById('process-overview');
const { processId, version } = root.dataset;

function badge(kind, elementId, count) {
  const node = document.createElement('span');
  node.className = `count-badge ${kind}`;
  node.dataset.elementId = elementId;
  node.textContent = String(count);
  return node;
}

try {
  const xml = JSON.parse(document.getElementById('model-xml').textContent);
  const viewer = await openDiagram('#diagram', xml);
  window.amsProcessOverview = viewer;
  const query = new URLSearchParams({ processId, version });
  const counts = await api(`/api/process-instances/statistics?${query}`);
  const registry = viewer.get('elementRegistry');
  const overlays = viewer.get('overlays');
  for (const { elementId, active, incidents } of counts.filter(c => registry.get(c.elementId))) {
    if (active > 0) {
      overlays.add(elementId, 'ams-counts', { position: { bottom: 8, left: -8 }, html: badge('active', elementId, active) });
    }
    if (incidents > 0) {
      overlays.add(elementId, 'ams-counts', { position: { bottom: 8, right: 8 }, html: badge('incidents', elementId, incidents) });
    }
  }
  root.dataset.loaded = 'true';
} catch (error) {
  showError(error);
}

document.getElementById('overview-version')?.addEventListener('change', event => event.target.form.submit());
