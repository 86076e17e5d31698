// A read-only bpmn-js viewer (pan and zoom, the bpmn.io watermark kept), reading Camunda 8 (zeebe) extensions, shared by
// the instance pages and the comparison of versions.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import zeebeModdle from 'zeebe-bpmn-moddle/resources/zeebe.json';
import { BpmnTranslateModule } from './i18n/bpmn-translate.js';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

export async function openDiagram(container, xml) {
  const viewer = new NavigatedViewer({ container, additionalModules: [BpmnTranslateModule], moddleExtensions: { zeebe: zeebeModdle } });
  await viewer.importXML(xml);
  viewer.get('canvas').zoom('fit-viewport', 'auto');
  return viewer;
}

// The element's name as the diagram shows it, else its id.
export function elementLabel(viewer, elementId) {
  const element = elementId && viewer?.get('elementRegistry').get(elementId);
  return element?.businessObject?.name || elementId || '';
}

export function showError(error) {
  const box = document.getElementById('view-error');
  box.textContent = error.message || String(error);
  box.hidden = false;
}
