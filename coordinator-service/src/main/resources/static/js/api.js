// The coordinator's API. The key, when the API wants one, is typed once, kept for this browser
// session only (sessionStorage) and sent as a header: never in a URL, never in a cookie.

const KEY = 'review-panel.api-key';
let unauthorizedHandler = () => {};

export class Unauthorized extends Error {
  constructor() {
    super('the API needs a valid key');
    this.name = 'Unauthorized';
  }
}

/** An answer the API refused, with its JSON error body when there is one. */
export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message || `the coordinator answered ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
  }
}

export function storedKey() {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function rememberKey(key) {
  sessionStorage.setItem(KEY, key);
}

export function forgetKey() {
  sessionStorage.removeItem(KEY);
}

/** Called with no argument whenever the API answers 401. */
export function onUnauthorized(handler) {
  unauthorizedHandler = handler;
}

/**
 * fetch() on the API with the key attached; throws Unauthorized on 401.
 * @param {string} path always one of ours, starting with /api/
 */
export async function request(path, { method = 'GET', accept, contentType, body, signal, key } = {}) {
  if (!path.startsWith('/api/')) throw new TypeError('not an API path: ' + path);
  const headers = new Headers();
  const apiKey = key ?? storedKey();
  if (apiKey) headers.set('Authorization', 'Bearer ' + apiKey);
  if (accept) headers.set('Accept', accept);
  if (contentType) headers.set('Content-Type', contentType);
  const response = await fetch(path, {
    method, headers, body, signal, cache: 'no-store', credentials: 'omit', redirect: 'error',
  });
  if (response.status === 401) {
    if (key === undefined) unauthorizedHandler();
    throw new Unauthorized();
  }
  return response;
}

/** GET or POST returning parsed JSON; an ApiError for any status but 2xx. */
export async function json(path, options = {}) {
  const response = await request(path, { accept: 'application/json', ...options });
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!response.ok) throw new ApiError(response.status, body);
  return { status: response.status, body };
}

/** True when the API takes this key (or needs none, with key ''); other failures throw. */
export async function keyAccepted(key) {
  try {
    await json('/api/agents', { key });
    return true;
  } catch (error) {
    if (error instanceof Unauthorized) return false;
    throw error;
  }
}
