// Every node the board makes goes through el(): review data only ever becomes text nodes or
// plain attribute values, never markup, and no attribute can hold a URL taken from a review.

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc']);

/** An element with attributes, listeners (on...) and children (nodes or text). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else if (key.startsWith('on')) {
      if (typeof value !== 'function') throw new TypeError(`${key} takes a function`);
      node.addEventListener(key.slice(2), value);
    } else if (URL_ATTRIBUTES.has(key)) {
      node.setAttribute(key, route(value));
    } else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** Appends nodes, and anything else as text. */
export function append(node, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces a node's children. */
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/** A link inside the board: only "#/..." fragments, with every part encoded. */
export function routeLink(parts, text, attrs = {}) {
  return el('a', { ...attrs, href: '#/' + parts.map(encodeURIComponent).join('/') }, text);
}

function route(value) {
  const text = String(value);
  if (!text.startsWith('#/')) {
    throw new TypeError('the board links only to its own routes');
  }
  return text;
}

/** Says something to screen readers through the polite live region. */
export function announce(message) {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  // a new text node after a tick, so the same message twice is still read out
  setTimeout(() => { region.textContent = message; }, 50);
}

/** "12 s ago", "4 min ago", "3 h ago", "2 d ago". */
export function age(instant, now = Date.now()) {
  const then = Date.parse(instant);
  if (Number.isNaN(then)) return '';
  const seconds = Math.max(0, Math.round((now - then) / 1000));
  if (seconds < 60) return `${seconds} s ago`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86400) return `${Math.floor(seconds / 3600)} h ago`;
  return `${Math.floor(seconds / 86400)} d ago`;
}

/** "APPROVE" to "Approve", "REQUEST_CHANGES" to "Request changes", "TIMED_OUT" to "Timed out". */
export function words(constant) {
  if (!constant) return '';
  const text = String(constant).toLowerCase().replaceAll('_', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A lower-case token safe to use in a class name, for styling by status or severity. */
export function token(value) {
  return String(value ?? 'unknown').toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** A file size as "812 B", "14.2 KB", "1.1 MB". */
export function size(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
