// Shows the whole diagram, as large as fits up to 100 %, with its top-left corner clear of the palette: diagram-js's
// own fit-viewport centres the diagram over the full canvas, so its first elements end up under the palette.
export function fitClearOfPalette(modeler, margin = 24) {
  const canvas = modeler.get('canvas');
  const container = canvas.getContainer();
  const palette = container.querySelector('.djs-palette');
  const left = (palette ? palette.getBoundingClientRect().right - container.getBoundingClientRect().left : 0) + margin;
  const { inner, outer } = canvas.viewbox();
  if (!inner.width || !inner.height || !outer.width || !outer.height) {
    return;
  }
  const scale = Math.min((outer.width - left - margin) / inner.width, (outer.height - 2 * margin) / inner.height, 1);
  canvas.viewbox({
    x: inner.x - left / scale,
    y: inner.y - margin / scale,
    width: outer.width / scale,
    height: outer.height / scale
  });
}
