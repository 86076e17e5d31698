// The version list of a form or mail template: number (a link when the page can open it), when, who, and whether the
// version came from the shipped folder. A resource not saved yet has no versions (404), which shows an empty list.
import { api, ApiProblem } from './api.js';
import { t } from './i18n/index.js';
import { moment } from './moment.js';

export async function showVersions(tbody, url, { folder, linkTo = null }) {
  let versions = [];
  try {
    versions = await api(url);
  } catch (error) {
    if (!(error instanceof ApiProblem && error.status === 404)) {
      throw error;
    }
  }
  tbody.replaceChildren(...versions.map(v => {
    const row = document.createElement('tr');
    row.dataset.version = v.version;
    let number = `v${v.version}`;
    if (linkTo) {
      number = document.createElement('a');
      number.href = linkTo(v);
      number.textContent = `v${v.version}`;
    }
    for (const value of [number, moment(v.deployedAt), v.deployedBy, v.shipped ? t('versionShipped', folder) : '']) {
      const cell = document.createElement('td');
      cell.append(value);
      row.append(cell);
    }
    return row;
  }));
}
