// Code shown with a finding: the submitted file's lines around it when this browser has them,
// else the finding's own snippet. Always text.
import { el } from './dom.js';

const RADIUS = 3;

/** The lines around start..end of path, or the snippet, as a <pre>; null when there is neither. */
export function codeBlock(sources, path, start, end, snippet) {
  const content = sources?.files?.[path];
  if (typeof content === 'string' && start > 0) {
    const lines = content.split(/\r?\n/);
    // a final newline ends the last line; it does not start another
    if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
    if (start <= lines.length) {
      const last = Math.min(Math.max(end || start, start), lines.length);
      const from = Math.max(1, start - RADIUS);
      const to = Math.min(lines.length, last + RADIUS);
      const rows = [];
      for (let n = from; n <= to; n++) rows.push(line(n, lines[n - 1], n >= start && n <= last));
      return el('pre', { class: 'code', 'aria-label': `${path} lines ${from} to ${to}` }, el('code', {}, rows));
    }
  }
  if (snippet) {
    const rows = snippet.split(/\r?\n/).map((text, i) => line(start > 0 ? start + i : '', text, true));
    return el('pre', { class: 'code snippet', 'aria-label': 'snippet' }, el('code', {}, rows));
  }
  return null;
}

/** One line of code from the submitted file, or null. */
export function sourceLine(sources, path, n) {
  const content = sources?.files?.[path];
  if (typeof content !== 'string' || !(n > 0)) return null;
  const text = content.split(/\r?\n/)[n - 1];
  return text === undefined ? null : text;
}

function line(number, text, hit) {
  return el('span', { class: hit ? 'line hit' : 'line' },
    el('span', { class: 'ln', 'aria-hidden': 'true' }, String(number)),
    el('span', { class: 'src' }, text === '' ? ' ' : text));
}
