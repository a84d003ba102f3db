// Downloads of the report as the coordinator renders it: fetched with the key, saved from a blob.
import { request } from './api.js';
import { el } from './dom.js';

export const FORMATS = [
  { id: 'json', label: 'JSON', accept: 'application/json', extension: 'json' },
  { id: 'markdown', label: 'Markdown', accept: 'text/markdown', extension: 'md' },
  { id: 'sarif', label: 'SARIF', accept: 'application/sarif+json', extension: 'sarif' },
];

export function downloadButtons(reviewId) {
  const status = el('p', { class: 'download-status', role: 'status' });
  const buttons = FORMATS.map((format) => el('button', {
    type: 'button', class: 'secondary', id: `download-${format.id}`,
    onclick: async (event) => {
      event.target.disabled = true;
      status.textContent = `Preparing ${format.label}…`;
      try {
        await save(reviewId, format);
        status.textContent = `${format.label} downloaded.`;
      } catch (problem) {
        status.textContent = `The ${format.label} report could not be downloaded: ${problem.message}`;
      } finally {
        event.target.disabled = false;
      }
    },
  }, format.label));
  return el('div', { class: 'downloads' }, el('span', { class: 'downloads-label' }, 'Download'), buttons, status);
}

async function save(reviewId, format) {
  const response = await request(`/api/reviews/${encodeURIComponent(reviewId)}/report`, { accept: format.accept });
  if (response.status !== 200) throw new Error(`the coordinator answered ${response.status}`);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  // the name holds only characters a file system takes everywhere
  link.download = `review-${reviewId.replace(/[^A-Za-z0-9-]/g, '_')}.${format.extension}`;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30000);
}
