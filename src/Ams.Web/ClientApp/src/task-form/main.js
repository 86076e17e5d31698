// The verifier's task page: renders the task's form-js form, prefilled from the task's variables. Deciding asks for
// confirmation in a <dialog> that repeats the decision and the note (words come from the page's data-* attributes);
// confirming posts the values with the page's own form, so the server answers with a redirect (post/redirect/get) and
// checks the values again against the same form.
import { Form } from '@bpmn-io/form-js';
import '@bpmn-io/form-js/dist/assets/form-js.css';
import { showMessage } from '../shared/api.js';
import { FormValidationLanguageModule } from '../shared/i18n/form-validation.js';

const container = document.getElementById('task-form');
const message = document.getElementById('task-message-live');
const button = document.getElementById('complete');
const decideForm = document.getElementById('decide-form');
const dialog = document.getElementById('confirm-decision');

const show = (text, failed) => showMessage(message, text, failed);

// The chosen decision in the page's words, else the form's label of the chosen value, else the value itself.
function decisionText(schema, value) {
  const word = dialog.dataset[`decision${String(value).charAt(0).toUpperCase()}${String(value).slice(1)}`];
  if (word) {
    return word;
  }
  const field = schema?.components?.find(c => c.key === 'decision');
  return field?.values?.find(v => v.value === value)?.label ?? String(value);
}

function fillRow(rowClass, valueId, text) {
  for (const element of dialog.querySelectorAll(`.${rowClass}`)) {
    element.hidden = text === undefined;
  }
  dialog.querySelector(`#${valueId}`).textContent = text === undefined ? '' : text || dialog.dataset.empty;
}

async function start() {
  const { schema, data } = JSON.parse(document.getElementById('task-form-data').textContent);
  const form = new Form({ container, additionalModules: [FormValidationLanguageModule] });
  await form.importSchema(schema, data ?? {});
  window.amsTaskForm = form;

  function confirmDecision() {
    const { data: values, errors } = form.submit();
    if (Object.keys(errors).length > 0) {
      show(container.dataset.invalid, true);
      return;
    }
    show('', false);
    document.getElementById('decide-values').value = JSON.stringify(values);
    fillRow('confirm-decision-row', 'confirm-decision-value', 'decision' in values ? decisionText(schema, values.decision) : undefined);
    fillRow('confirm-note-row', 'confirm-note-value', 'note' in values ? (values.note ?? '') : undefined);
    dialog.showModal();
  }

  button?.addEventListener('click', confirmDecision);
  document.getElementById('confirm-cancel').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => button.focus());
  decideForm.addEventListener('submit', () => {
    document.getElementById('confirm-submit').disabled = true;
  });
  container.dataset.ready = 'true';
}

if (container) {
  start().catch(error => show(error.message, true));
}
