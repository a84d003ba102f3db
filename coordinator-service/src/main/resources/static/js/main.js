// The board: routes "#/" (start a review, recent reviews) and "#/reviews/<id>" (one review).
import { forgetKey, keyAccepted, onUnauthorized, storedKey } from './api.js';
import { renderHome } from './home.js';
import { showKeyPrompt } from './keyprompt.js';
import { renderReview } from './review.js';

const main = document.getElementById('main');
const forgetButton = document.getElementById('forget-key');
let leaveView = () => {};
let prompting = false;

function route() {
  if (prompting) return;
  leaveView();
  const match = /^#\/reviews\/([^/]+)$/.exec(location.hash);
  leaveView = match ? renderReview(main, decodeURIComponent(match[1])) : renderHome(main);
  forgetButton.hidden = !storedKey();
}

function askForKey(message) {
  if (prompting) return;
  prompting = true;
  leaveView();
  leaveView = () => {};
  showKeyPrompt(main, message, () => {
    prompting = false;
    route();
  });
}

async function start() {
  onUnauthorized(() => askForKey('The API no longer accepts the key you gave. Enter a valid one.'));
  forgetButton.addEventListener('click', () => {
    forgetKey();
    forgetButton.hidden = true;
    askForKey('The key was forgotten. Enter one to go on.');
  });
  window.addEventListener('hashchange', route);
  const key = storedKey();
  let accepted;
  try {
    accepted = await keyAccepted(key ?? '');
  } catch {
    // the coordinator is unreachable or failing: the views say so themselves
    accepted = true;
  }
  if (accepted) route();
  else if (key) askForKey('The API does not accept the key kept for this session. Enter a valid one.');
  else askForKey('This coordinator asks for an API key. It is kept for this browser session only.');
}

start();
