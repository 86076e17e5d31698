// bpmnlint rule ams/no-compensation: the engine does not run compensation (as docs/elements.md says), so a
// compensation event or an activity marked for compensation is an error here, named on the element.
import { is } from 'bpmnlint-utils';

function isCompensation(node) {
  if (is(node, 'bpmn:Activity') && node.isForCompensation) {
    return true;
  }
  return is(node, 'bpmn:Event') && (node.eventDefinitions || []).some(definition => is(definition, 'bpmn:CompensateEventDefinition'));
}

export default function noCompensation() {
  return {
    check(node, reporter) {
      if (isCompensation(node)) {
        reporter.report(node.id, 'Compensation is not supported');
      }
    }
  };
}
