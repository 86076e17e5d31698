// One process version's diagram with a badge per element: active instances waiting there (blue) and open incidents
// (red), from GET /api/process-instances/statistics. window.amsProcessOverview is the bpmn-js viewer.
import './process-overview.css';
import { api } from '../shared/api.js';
import { elementLabel, openDiagram, showError } from '../shared/diagram-viewer.js';

const root = document.getElementById('process-overview');
const { processId, version } = root.dataset;

function badge(kind, elementId, count) {
  const node = document.createElement('span');
  node.className = `count-badge ${kind}`;
  node.dataset.elementId = elementId;
  node.textContent = String(count);
  return node;
}

function badges(viewer, counts) {
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
}

// The same counts as a table, readable also when the model has no diagram.
function table(viewer, counts) {
  document.querySelector('#counts tbody').replaceChildren(...counts.map(({ elementId, active, incidents }) => {
    const row = document.createElement('tr');
    row.dataset.elementId = elementId;
    for (const text of [elementLabel(viewer, elementId), active, incidents]) {
      const cell = document.createElement('td');
      cell.textContent = String(text);
      row.append(cell);
    }
    return row;
  }));
}

let viewer;
try {
  viewer = await openDiagram('#diagram', JSON.parse(document.getElementById('model-xml').textContent));
  window.amsProcessOverview = viewer;
} catch (error) {
  showError(error);
}
try {
  const counts = await api(`/api/process-instances/statistics?${new URLSearchParams({ processId, version })}`);
  if (viewer) {
    badges(viewer, counts);
  }
  table(viewer, counts);
  root.dataset.loaded = 'true';
} catch (error) {
  showError(error);
}

document.getElementById('overview-version')?.addEventListener('change', event => event.target.form.submit());
