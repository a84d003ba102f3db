// Start a review: pasted files, uploaded files or a folder, or a unified diff; chosen agents.
import { ApiError, json, request, Unauthorized } from './api.js';
import { el, replace } from './dom.js';
import { overLimits } from './files.js';
import { postImages, rememberSources } from './sources.js';
import { uploadPanel } from './upload.js';

const MODES = [
  { id: 'paste', label: 'Paste code' },
  { id: 'upload', label: 'Upload files or a folder' },
  { id: 'diff', label: 'Paste a diff' },
];
let nextId = 0;

export function renderSubmitForm(section) {
  const state = { mode: 'paste', uploaded: [], skipped: [], limits: null };
  const error = el('div', { class: 'form-error', role: 'alert', id: 'submit-error' });
  const pasted = el('div', { class: 'pasted-files' });
  const panels = {
    paste: el('div', { class: 'mode-panel', id: 'panel-paste' }, pasted,
      el('button', { type: 'button', class: 'secondary', id: 'add-file', onclick: () => addPasted(pasted) },
        'Add another file')),
    upload: uploadPanel(state),
    diff: el('div', { class: 'mode-panel', id: 'panel-diff', hidden: true },
      el('label', { for: 'diff-text' }, 'Unified diff'),
      el('textarea', { id: 'diff-text', rows: 14, spellcheck: 'false', wrap: 'off', class: 'code-input',
        'aria-describedby': 'diff-help', placeholder: 'diff --git a/src/App.java b/src/App.java' }),
      el('p', { class: 'hint', id: 'diff-help' },
        'Findings are kept on changed lines. The analyzers see the hunks and their context only.')),
  };
  addPasted(pasted);
  const agents = el('div', { class: 'agent-choices' }, el('p', { class: 'muted' }, 'Loading agents…'));
  const button = el('button', { type: 'submit', class: 'primary', id: 'start-review' }, 'Start review');
  const form = el('form', { class: 'submit-form', method: 'post', novalidate: true },
    el('fieldset', { class: 'modes' },
      el('legend', {}, 'What to review'),
      MODES.map((m) => el('label', { class: 'mode' },
        el('input', { type: 'radio', name: 'mode', value: m.id, checked: m.id === state.mode,
          onchange: () => switchMode(m.id) }),
        el('span', {}, m.label)))),
    Object.values(panels),
    el('fieldset', { class: 'agents' }, el('legend', {}, 'Agents'), agents),
    el('details', { class: 'source' },
      el('summary', {}, 'Repository and pull request (optional)'),
      el('div', { class: 'source-fields' },
        field('source-repository', 'Repository', 'acme/shop'),
        field('source-pull-request', 'Pull request', '17'))),
    error,
    el('div', { class: 'actions' }, button));
  replace(section, el('h2', { id: 'start-title' }, 'Start a review'), form);

  function switchMode(mode) {
    state.mode = mode;
    for (const [id, panel] of Object.entries(panels)) panel.hidden = id !== mode;
    error.textContent = '';
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    button.disabled = true;
    try {
      const reviewId = await submit(form, state, pasted);
      if (reviewId) location.hash = '#/reviews/' + encodeURIComponent(reviewId);
    } catch (problem) {
      if (!(problem instanceof Unauthorized)) error.textContent = describe(problem);
    } finally {
      button.disabled = false;
    }
  });

  let alive = true;
  (async () => {
    try {
      const [{ body: list }, { body: limits }] = await Promise.all([json('/api/agents'), json('/api/limits')]);
      if (!alive) return;
      state.limits = limits;
      replace(agents, list.agents.map((a) => el('label', { class: 'agent-choice' },
        el('input', { type: 'checkbox', name: 'agent', value: a.id, checked: true }),
        el('span', { class: 'agent-name' }, a.id),
        el('span', { class: 'hint' }, a.languages.join(', ')))));
    } catch (problem) {
      if (alive && !(problem instanceof Unauthorized)) {
        replace(agents, el('p', { class: 'form-error' }, 'The agents could not be loaded: ' + describe(problem)));
      }
    }
  })();
  return () => { alive = false; };
}

async function submit(form, state, pasted) {
  const chosen = [...form.querySelectorAll('input[name=agent]')];
  const agents = chosen.filter((c) => c.checked).map((c) => c.value);
  if (chosen.length > 0 && agents.length === 0) throw new Error('Choose at least one agent.');
  // every agent means "all that apply": a request without a list also gets agents added later
  const subset = agents.length < chosen.length ? agents : null;
  const source = sourceRef(form);
  if (state.mode === 'diff') {
    const diff = form.querySelector('#diff-text').value;
    if (!diff.trim()) throw new Error('Paste a unified diff first.');
    const query = new URLSearchParams();
    (subset ?? []).forEach((a) => query.append('agents', a));
    if (source?.repository) query.set('repository', source.repository);
    if (source?.pullRequest) query.set('pullRequest', source.pullRequest);
    const id = await post('/api/reviews' + (query.size ? '?' + query : ''), 'text/x-diff', diff);
    rememberSources(id, postImages(diff), agents);
    return id;
  }
  const files = state.mode === 'paste' ? pastedFiles(pasted) : state.uploaded;
  if (files.length === 0) {
    throw new Error(state.mode === 'paste' ? 'Paste the code of at least one file.' : 'Choose files or a folder first.');
  }
  const tooMuch = overLimits(files, state.limits);
  if (tooMuch) throw new Error(tooMuch);
  const body = { files: files.map((f) => ({ path: f.path, content: f.content })) };
  if (subset) body.agents = subset;
  if (source) body.source = source;
  const id = await post('/api/reviews', 'application/json', JSON.stringify(body));
  rememberSources(id, body.files, agents);
  return id;
}

async function post(path, contentType, body) {
  const response = await request(path, { method: 'POST', contentType, body, accept: 'application/json' });
  const answer = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, answer);
  return answer.reviewId;
}

function pastedFiles(pasted) {
  const files = [];
  for (const entry of pasted.querySelectorAll('.file-entry')) {
    const path = entry.querySelector('input').value.trim();
    const content = entry.querySelector('textarea').value;
    if (!path && !content.trim()) continue;
    if (!path) throw new Error('Give every pasted file a name, such as src/App.java.');
    files.push({ path, content });
  }
  return files;
}

function addPasted(pasted) {
  const n = nextId++;
  const remove = el('button', { type: 'button', class: 'link-button remove-file',
    onclick: () => { entry.remove(); pasted.querySelector('input')?.focus(); } }, 'Remove this file');
  const entry = el('div', { class: 'file-entry' },
    el('label', { for: `file-path-${n}` }, 'File name'),
    el('input', { id: `file-path-${n}`, type: 'text', class: 'file-path', placeholder: 'src/main/java/App.java',
      spellcheck: 'false', autocomplete: 'off' }),
    el('label', { for: `file-content-${n}` }, 'Content'),
    el('textarea', { id: `file-content-${n}`, class: 'code-input file-content', rows: 10, spellcheck: 'false',
      wrap: 'off' }),
    n > 0 && pasted.children.length > 0 ? remove : null);
  pasted.append(entry);
  if (n > 0) entry.querySelector('input').focus();
}

function field(id, label, placeholder) {
  return el('div', { class: 'field' }, el('label', { for: id }, label),
    el('input', { id, type: 'text', placeholder, autocomplete: 'off', spellcheck: 'false' }));
}

function sourceRef(form) {
  const repository = form.querySelector('#source-repository').value.trim();
  const pullRequest = form.querySelector('#source-pull-request').value.trim();
  if (!repository && !pullRequest) return null;
  const source = {};
  if (repository) source.repository = repository;
  if (pullRequest) source.pullRequest = pullRequest;
  return source;
}

function describe(problem) {
  if (problem instanceof ApiError) {
    const field = problem.body?.field ? ` (${problem.body.field})` : '';
    return `The coordinator refused the review${field}: ${problem.message}`;
  }
  if (problem instanceof TypeError) return 'The coordinator could not be reached. Try again in a moment.';
  return problem.message;
}
