// A read-only bpmn-js viewer (pan and zoom, the bpmn.io watermark kept) shared by the instance pages.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

export async function openDiagram(container, xml) {
  const viewer = new NavigatedViewer({ container });
  await viewer.importXML(xml);
  viewer.get('canvas').zoom('fit-viewport', 'auto');
  return viewer;
}

// The element's name as the diagram shows it, else its id.
export function elementLabel(viewer, elementId) {
  const element = elementId && viewer?.get('elementRegistry').get(elementId);
  return element?.businessObject?.name || elementId || '';
}

// Moments in Western Indonesia Time, as the rest of the product shows them, with seconds: 24-05-2019 14:34:05.
export function moment(at) {
  if (!at) {
    return '';
  }
  const wib = new Date(new Date(at).getTime() + 7 * 3600 * 1000);
  const two = n => String(n).padStart(2, '0');
  return `${two(wib.getUTCDate())}-${two(wib.getUTCMonth() + 1)}-${wib.getUTCFullYear()} ` +
    `${two(wib.getUTCHours())}:${two(wib.getUTCMinutes())}:${two(wib.getUTCSeconds())}`;
}

export function showError(error) {
  const box = document.getElementById('view-error');
  box.textContent = error.message || String(error);
  box.hidden = false;
}
