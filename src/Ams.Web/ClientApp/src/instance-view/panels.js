// The lists under the diagram: open incidents with their retry button, the history as a timeline, the variables.
import { elementLabel } from '../shared/diagram-viewer.js';
import { named, t } from '../shared/i18n/index.js';
import { moment } from '../shared/moment.js';

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

export function renderIncidents(list, viewer, incidents, retryLabel, onRetry) {
  list.replaceChildren(...incidents.map(incident => {
    const item = element('li', 'incident');
    item.dataset.incident = incident.id;
    item.dataset.elementId = incident.elementId;
    item.append(
      element('strong', 'incident-element', elementLabel(viewer, incident.elementId)),
      element('span', 'hint incident-type', ` ${named('incidentType', incident.type)} · ${moment(incident.createdAt)}`),
      element('p', 'incident-message', incident.message));
    const retry = element('button', 'retry primary', retryLabel);
    retry.type = 'button';
    retry.addEventListener('click', () => onRetry(incident, retry));
    item.append(retry);
    return item;
  }));
  if (incidents.length === 0) {
    list.append(element('li', 'hint no-incidents', t('noIncidents')));
  }
}

export function renderTimeline(list, viewer, history) {
  list.replaceChildren(...history.map(event => {
    const item = element('li', `timeline-event ${event.type}`);
    item.dataset.type = event.type;
    if (event.elementId) {
      item.dataset.elementId = event.elementId;
    }
    item.append(
      element('time', 'mono', moment(event.at)),
      element('span', 'event-type', named('historyEvent', event.type)),
      element('span', 'event-element', elementLabel(viewer, event.elementId)));
    if (event.actor) {
      item.append(element('span', 'event-actor', event.actor));
    }
    if (event.details) {
      item.append(element('span', 'event-details hint', event.details));
    }
    return item;
  }));
}

export function renderVariables(body, variables) {
  body.replaceChildren(...Object.entries(variables ?? {}).sort(([a], [b]) => a.localeCompare(b)).map(([name, value]) => {
    const row = element('tr');
    row.dataset.variable = name;
    row.append(element('th', 'mono', name), element('td', 'mono', JSON.stringify(value)));
    return row;
  }));
}
