// Files or a whole folder chosen for a review, with what was left out and why.
import { el, replace, size } from './dom.js';
import { overLimits, readFiles } from './files.js';

/** The upload panel; what it reads goes to state.uploaded and state.skipped. */
export function uploadPanel(state) {
  const summary = el('div', { class: 'upload-summary', 'aria-live': 'polite' });
  const choose = async (input) => {
    const { files, skipped } = await readFiles(input.files, state.limits);
    state.uploaded = files;
    state.skipped = skipped;
    input.value = '';
    replace(summary, uploadSummary(files, skipped, state.limits));
  };
  const filesInput = el('input', { type: 'file', id: 'upload-files', multiple: true,
    onchange: (e) => choose(e.target) });
  const folderInput = el('input', { type: 'file', id: 'upload-folder', webkitdirectory: true, multiple: true,
    onchange: (e) => choose(e.target) });
  return el('div', { class: 'mode-panel', id: 'panel-upload', hidden: true },
    el('div', { class: 'upload-inputs' },
      el('div', {}, el('label', { for: 'upload-files' }, 'Files'), filesInput),
      el('div', {}, el('label', { for: 'upload-folder' }, 'A whole folder'), folderInput)),
    el('p', { class: 'hint' }, 'Binary files, .git/ and node_modules/ are left out, and listed.'),
    summary);
}

function uploadSummary(files, skipped, limits) {
  const total = files.reduce((sum, f) => sum + f.size, 0);
  const problem = overLimits(files, limits);
  return [
    el('p', { class: 'upload-count' }, `${files.length} file${files.length === 1 ? '' : 's'} ready (${size(total)})`),
    problem ? el('p', { class: 'form-error' }, problem) : null,
    files.length ? el('details', {}, el('summary', {}, 'Files to review'),
      el('ul', { class: 'file-list' }, files.slice(0, 500).map((f) => el('li', {}, el('code', {}, f.path), ` ${size(f.size)}`)))) : null,
    skipped.length ? el('div', { class: 'skipped' },
      el('p', {}, `${skipped.length} file${skipped.length === 1 ? '' : 's'} left out:`),
      el('ul', { class: 'file-list' }, skipped.slice(0, 200).map((s) => el('li', {}, el('code', {}, s.path), ` ${s.reason}`))),
      skipped.length > 200 ? el('p', { class: 'hint' }, `and ${skipped.length - 200} more`) : null) : null,
  ];
}
