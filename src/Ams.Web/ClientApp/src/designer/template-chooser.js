// The properties panel's "Select" / "Change" template buttons fire elementTemplates.select; this dialog answers
// with the templates that apply to the element, and applies the one the administrator picks.
import { t } from '../shared/i18n/index.js';

export function installTemplateChooser(modeler, dialog) {
  const list = dialog.querySelector('.template-list');
  const elementTemplates = modeler.get('elementTemplates');

  modeler.get('eventBus').on('elementTemplates.select', ({ element }) => {
    const templates = elementTemplates.getLatest(element);
    list.replaceChildren(...templates.map(template => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'template-choice';
      button.dataset.templateId = template.id;
      button.innerHTML = '<strong></strong><span></span>';
      button.querySelector('strong').textContent = template.name;
      button.querySelector('span').textContent = template.description || '';
      button.addEventListener('click', () => {
        elementTemplates.applyTemplate(element, template);
        dialog.close();
      });
      item.append(button);
      return item;
    }));
    if (templates.length === 0) {
      const none = document.createElement('li');
      none.className = 'hint template-none';
      none.textContent = t('templateNone');
      list.append(none);
    }
    dialog.showModal();
  });
}
