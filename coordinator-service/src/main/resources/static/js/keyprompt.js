// Asks for the API key once. The input has no name and the form never submits, so the key cannot
// end up in a URL; it is checked against the API, then kept in sessionStorage.
import { keyAccepted, rememberKey } from './api.js';
import { el, replace } from './dom.js';

export function showKeyPrompt(main, message, onAccepted) {
  const input = el('input', {
    id: 'api-key', type: 'password', autocomplete: 'off', spellcheck: 'false',
    'aria-describedby': 'api-key-help api-key-error', required: true,
  });
  const error = el('p', { id: 'api-key-error', class: 'form-error', role: 'alert' });
  const button = el('button', { type: 'submit', class: 'primary' }, 'Use this key');
  const form = el('form', { class: 'card key-form', method: 'post', novalidate: true },
    el('h1', { tabindex: '-1' }, 'API key needed'),
    el('p', { id: 'api-key-help' }, message),
    el('label', { for: 'api-key' }, 'API key'),
    input,
    error,
    el('div', { class: 'actions' }, button));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const key = input.value.trim();
    if (!key) {
      error.textContent = 'Enter a key.';
      input.focus();
      return;
    }
    button.disabled = true;
    error.textContent = '';
    try {
      if (await keyAccepted(key)) {
        rememberKey(key);
        input.value = '';
        onAccepted();
        return;
      }
      error.textContent = 'That key was not accepted. Check it and try again.';
      input.select();
    } catch {
      error.textContent = 'The coordinator could not be reached. Try again in a moment.';
    } finally {
      button.disabled = false;
    }
  });
  replace(main, form);
  input.focus();
}
