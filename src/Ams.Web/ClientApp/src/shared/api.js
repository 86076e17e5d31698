// Calls the host's JSON API with the page's cookie; problem details (RFC 7807) become thrown ApiProblem errors.
// Every call carries X-AMS-Request, without which the host refuses a cookie-authenticated change (CookieApiGuard).
export class ApiProblem extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }
}

export async function api(path, { method = 'GET', body, contentType = 'application/json' } = {}) {
  const headers = { Accept: 'application/json, application/problem+json', 'X-AMS-Request': '1' };
  if (body !== undefined) {
    headers['Content-Type'] = contentType;
  }
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : contentType === 'application/json' ? JSON.stringify(body) : body
  });
  const text = await response.text();
  const json = text && (response.headers.get('Content-Type') || '').includes('json') ? JSON.parse(text) : text;
  if (!response.ok) {
    throw new ApiProblem(response.status, typeof json === 'object' ? json : { detail: json });
  }
  return json;
}

// One line for a problem: each field with its messages when the host named fields, else the detail.
export function problemText(error) {
  const errors = error.problem?.errors;
  if (errors && typeof errors === 'object' && !Array.isArray(errors)) {
    return Object.entries(errors).map(([field, problems]) => `${field}: ${[].concat(problems).join(' ')}`).join(' ');
  }
  return error.message;
}

// Shows a page's status line, green or red; hidden when empty.
export function showMessage(element, text, failed) {
  element.textContent = text;
  element.className = failed ? 'error' : 'ok';
  element.hidden = !text;
}
