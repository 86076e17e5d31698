// Deploying asks first: a modal <dialog> names the process and the version the model will become (or stay at, when the
// XML is exactly the latest version's, as the engine decides), and resolves true only on Confirm. Escape cancels.
import { api } from '../shared/api.js';

/** The executable process the engine will deploy: its id names the versions. */
export function executableProcessId(modeler) {
  const processes = (modeler.getDefinitions()?.rootElements || []).filter(e => e.$type === 'bpmn:Process');
  return (processes.find(p => p.isExecutable) || processes[0])?.id;
}

/** The version deploying `xml` of `processId` gives: the next one, or the latest when the XML is that version's. */
export async function versionAfterDeploy(processId, xml) {
  const latest = (await api('/api/workflows'))
    .filter(d => d.processId === processId)
    .reduce((found, d) => (!found || d.version > found.version ? d : found), null);
  if (!latest) {
    return { version: 1, unchanged: false };
  }
  const deployed = await api(`/api/workflows/${encodeURIComponent(processId)}/versions/${latest.version}/xml`);
  return deployed === xml ? { version: latest.version, unchanged: true } : { version: latest.version + 1, unchanged: false };
}

/** Shows the dialog with `text`; resolves whether the administrator confirmed. */
export function askToDeploy(dialog, text) {
  dialog.querySelector('.deploy-confirm-text').textContent = text;
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise(resolve => dialog.addEventListener('close', () => resolve(dialog.returnValue === 'confirm'), { once: true }));
}
