// Shows the engine's problems ON the offending elements (a marker and an overlay with the message) and, with
// bpmnlint's findings, in a list whose entries select their element. bpmnlint's messages go through the modeler's
// translate service, as its own overlays do, so both speak the page's language. A new model keeps quiet until its
// first change, as nobody has done anything wrong yet.
import { t } from '../shared/i18n/index.js';

export class ProblemView {
  constructor(modeler, list) {
    this.modeler = modeler;
    this.list = list;
    this.engine = [];
    this.lint = [];
    this.marked = [];
    const translate = modeler.get('translate');
    this.quiet = false;
    modeler.get('eventBus').on('commandStack.changed', ({ trigger }) => {
      if (this.quiet && trigger !== 'clear') {
        this.speak();
      }
    });
    modeler.get('eventBus').on('linting.completed', ({ issues }) => {
      this.lint = Object.entries(issues || {}).flatMap(([elementId, found]) =>
        found.map(issue => ({ elementId, message: translate(issue.message), severity: issue.category === 'error' ? 'error' : 'warning', source: 'bpmnlint' })));
      this.render();
    });
  }

  /** Hides every problem (list, markers, bpmnlint's overlays) until the model's first change. */
  keepQuietUntilChanged() {
    this.quiet = true;
    this.modeler.get('linting').toggle(false);
    this.mark();
    this.render();
  }

  /** Shows problems as they are found. */
  speak() {
    this.quiet = false;
    this.modeler.get('linting').toggle(true);
    this.mark();
    this.render();
  }

  /** Replaces the engine's problems: `errors` and `warnings` as the validation endpoint answers them. */
  showEngine(errors = [], warnings = []) {
    this.engine = [
      ...errors.map(p => ({ ...p, severity: 'error', source: 'engine' })),
      ...warnings.map(p => ({ ...p, severity: 'warning', source: 'engine' }))
    ];
    this.mark();
    this.render();
  }

  get engineErrors() {
    return this.engine.filter(p => p.severity === 'error');
  }

  mark() {
    const canvas = this.modeler.get('canvas');
    const overlays = this.modeler.get('overlays');
    const registry = this.modeler.get('elementRegistry');
    overlays.remove({ type: 'ams-problem' });
    for (const id of this.marked) {
      if (registry.get(id)) {
        canvas.removeMarker(id, 'ams-invalid');
      }
    }
    this.marked = [];
    const byElement = new Map();
    for (const problem of this.quiet ? [] : this.engine) {
      const element = problem.elementId && registry.get(problem.elementId);
      if (element) {
        byElement.set(element.id, [...(byElement.get(element.id) || []), problem]);
      }
    }
    for (const [id, problems] of byElement) {
      canvas.addMarker(id, 'ams-invalid');
      this.marked.push(id);
      const html = document.createElement('div');
      html.className = `ams-problem-overlay ${problems.some(p => p.severity === 'error') ? 'error' : 'warning'}`;
      html.dataset.elementId = id;
      html.textContent = problems.map(p => p.message).join('\n');
      overlays.add(id, 'ams-problem', { position: { bottom: -4, left: 0 }, html });
    }
  }

  render() {
    const registry = this.modeler.get('elementRegistry');
    const problems = this.quiet ? [] : [...this.engine, ...this.lint];
    this.list.replaceChildren(...problems.map(problem => {
      const item = document.createElement('li');
      item.className = `problem ${problem.severity} ${problem.source}`;
      item.dataset.elementId = problem.elementId || '';
      item.textContent = `${problem.elementId ? problem.elementId + ': ' : ''}${problem.message} (${t(`problemSource.${problem.source}`)})`;
      if (problem.elementId && registry.get(problem.elementId)) {
        item.tabIndex = 0;
        item.addEventListener('click', () => {
          const element = registry.get(problem.elementId);
          if (element) {
            this.modeler.get('selection').select(element);
            this.modeler.get('canvas').scrollToElement(element);
          }
        });
      }
      return item;
    }));
    this.list.closest('section')?.classList.toggle('has-problems', problems.length > 0);
  }
}
