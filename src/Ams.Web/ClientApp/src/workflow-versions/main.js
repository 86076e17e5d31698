// Two versions of a process side by side: added, removed and changed elements marked on the diagrams
// (bpmn-js-differ) and listed below them.
import { diff } from 'bpmn-js-differ';
import { api } from '../shared/api.js';
import { t } from '../shared/i18n/index.js';
import { openDiagram } from '../shared/diagram-viewer.js';

const root = document.querySelector('#compare');
const { processId, left, right } = root.dataset;

async function show(container, version) {
  return openDiagram(container, await api(`/api/workflows/${encodeURIComponent(processId)}/versions/${version}/xml`));
}

function mark(target, ids, marker) {
  const registry = target.get('elementRegistry');
  const canvas = target.get('canvas');
  for (const id of ids) {
    if (registry.get(id)) {
      canvas.addMarker(id, marker);
    }
  }
}

function describe(kind, id, element, detail) {
  const item = document.createElement('li');
  item.className = `change ${kind}`;
  item.dataset.elementId = id;
  const name = element?.name ? ` "${element.name}"` : '';
  item.textContent = `${t(`compare.${kind}`)}: ${id}${name} (${(element?.$type || '').replace('bpmn:', '')})${detail ? ' - ' + t('compareAttributes', detail) : ''}`;
  return item;
}

try {
  const [leftViewer, rightViewer] = await Promise.all([
    show('#compare-left', left),
    show('#compare-right', right)
  ]);
  const changes = diff(leftViewer.getDefinitions(), rightViewer.getDefinitions());
  mark(leftViewer, Object.keys(changes._removed), 'diff-removed');
  mark(rightViewer, Object.keys(changes._added), 'diff-added');
  mark(leftViewer, Object.keys(changes._changed), 'diff-changed');
  mark(rightViewer, Object.keys(changes._changed), 'diff-changed');
  mark(leftViewer, Object.keys(changes._layoutChanged), 'diff-layout');
  mark(rightViewer, Object.keys(changes._layoutChanged), 'diff-layout');

  const list = document.querySelector('#compare-changes');
  const items = [
    ...Object.entries(changes._added).map(([id, element]) => describe('added', id, element)),
    ...Object.entries(changes._removed).map(([id, element]) => describe('removed', id, element)),
    ...Object.entries(changes._changed).map(([id, change]) =>
      describe('changed', id, change.model, Object.keys(change.attrs).join(', '))),
    ...Object.entries(changes._layoutChanged).map(([id, element]) => describe('moved', id, element))
  ];
  list.replaceChildren(...items);
  document.querySelector('#compare-empty').hidden = items.length > 0;
  root.dataset.ready = 'true';
} catch (error) {
  document.querySelector('#compare-error').textContent = error.message;
  root.dataset.ready = 'error';
}
