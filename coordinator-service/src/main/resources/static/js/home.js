// The home view: start a review beside the recent reviews.
import { el, replace } from './dom.js';
import { renderRecent } from './recent.js';
import { renderSubmitForm } from './submit.js';

export function renderHome(main) {
  const start = el('section', { class: 'card start', 'aria-labelledby': 'start-title' });
  const recent = el('section', { class: 'card recent', 'aria-labelledby': 'recent-title' });
  replace(main,
    el('h1', { class: 'visually-hidden', tabindex: '-1' }, 'Review board'),
    el('div', { class: 'home' }, start, recent));
  const leaveForm = renderSubmitForm(start);
  const leaveRecent = renderRecent(recent);
  return () => {
    leaveForm();
    leaveRecent();
  };
}
