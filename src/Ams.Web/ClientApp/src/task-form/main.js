// The verifier's task page: renders the task's form-js form, prefilled from the task's variables, and completes the
// task with the values. The server checks them again against the same form; its problems are shown by the field.
import { Form } from '@bpmn-io/form-js';
import '@bpmn-io/form-js/dist/assets/form-js.css';
import { api, ApiProblem, problemText, showMessage } from '../shared/api.js';
import { FormValidationLanguageModule } from '../shared/i18n/form-validation.js';

const container = document.getElementById('task-form');
const message = document.getElementById('task-message-live');
const button = document.getElementById('complete');

const show = (text, failed) => showMessage(message, text, failed);

async function start() {
  const { schema, data } = JSON.parse(document.getElementById('task-form-data').textContent);
  const form = new Form({ container, additionalModules: [FormValidationLanguageModule] });
  await form.importSchema(schema, data ?? {});
  window.amsTaskForm = form;

  async function complete() {
    const { data: values, errors } = form.submit();
    if (Object.keys(errors).length > 0) {
      show(container.dataset.invalid, true);
      return;
    }
    button.disabled = true;
    try {
      await api(`/api/tasks/${container.dataset.task}/complete`, { method: 'POST', body: { variables: values } });
      window.location.assign('/inbox?scope=completed');
    } catch (error) {
      if (!(error instanceof ApiProblem)) {
        throw error;
      }
      show(problemText(error), true);
      button.disabled = false;
    }
  }

  button?.addEventListener('click', complete);
  container.dataset.ready = 'true';
}

if (container) {
  start().catch(error => show(error.message, true));
}
