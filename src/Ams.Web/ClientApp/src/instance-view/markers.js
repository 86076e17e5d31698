// Paints one instance's state on its diagram: failed beats waiting beats completed, so each element carries one marker.
export const STATES = ['ams-failed', 'ams-active', 'ams-completed'];

export function markInstance(viewer, instance, history) {
  const registry = viewer.get('elementRegistry');
  const canvas = viewer.get('canvas');
  const wanted = new Map();
  const mark = (elementId, marker) => {
    if (elementId && registry.get(elementId) && !wanted.has(elementId)) {
      wanted.set(elementId, marker);
    }
  };
  instance.incidents.forEach(incident => mark(incident.elementId, 'ams-failed'));
  instance.activeElementIds.forEach(elementId => mark(elementId, 'ams-active'));
  history
    .filter(event => event.type === 'ElementCompleted' || event.type === 'SequenceFlowTaken')
    .forEach(event => mark(event.elementId, 'ams-completed'));

  registry.getAll().forEach(element => STATES.forEach(marker => canvas.removeMarker(element, marker)));
  wanted.forEach((marker, elementId) => canvas.addMarker(elementId, marker));
  return wanted;
}
