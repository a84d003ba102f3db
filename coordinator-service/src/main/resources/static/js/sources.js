// The code submitted from this browser, kept for the session so a report can show the lines around
// each finding. The coordinator does not keep submitted code; reviews from elsewhere show snippets.

const PREFIX = 'review-panel.sources.';
const memory = new Map();

/** Keeps {files: [{path, content}], agents} for a review; in memory only when storage is full. */
export function rememberSources(reviewId, files, agents) {
  const record = { files: Object.fromEntries(files.map((f) => [f.path, f.content])), agents };
  memory.set(reviewId, record);
  const text = JSON.stringify(record);
  try {
    sessionStorage.setItem(PREFIX + reviewId, text);
  } catch {
    // over the storage quota: make room by dropping the older reviews' code, then try once more
    for (const key of Object.keys(sessionStorage)) {
      if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
    }
    try {
      sessionStorage.setItem(PREFIX + reviewId, text);
    } catch {
      // still too large: this page keeps it in memory until it is reloaded
    }
  }
}

/** {files: {path: content}, agents} or null when this browser did not submit the review. */
export function sourcesOf(reviewId) {
  if (memory.has(reviewId)) return memory.get(reviewId);
  try {
    const text = sessionStorage.getItem(PREFIX + reviewId);
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

/**
 * The post-image of each file a unified diff adds or changes, as far as the diff shows it: context
 * and added lines at their new line numbers, unseen lines left empty.
 */
export function postImages(diff) {
  const files = [];
  let current = null;
  let line = 0;
  for (const raw of diff.replaceAll('\r\n', '\n').split('\n')) {
    if (raw.startsWith('+++ ')) {
      const path = raw.slice(4).split('\t')[0].trim();
      current = path === '/dev/null' ? null : { path: path.replace(/^b\//, ''), lines: [] };
      if (current) files.push(current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw);
    if (hunk) {
      line = Number(hunk[1]);
      continue;
    }
    if (!current || line === 0 || raw.startsWith('--- ') || raw.startsWith('\\')) continue;
    if (raw.startsWith('+') || raw.startsWith(' ')) {
      current.lines[line - 1] = raw.slice(1);
      line++;
    } else if (raw.startsWith('diff ')) {
      line = 0;
    }
  }
  return files.map((f) => ({ path: f.path, content: Array.from(f.lines, (l) => l ?? '').join('\n') }));
}
