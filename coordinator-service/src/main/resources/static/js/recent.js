// Recent reviews, kept live by the coordinator's stream of review summaries.
import { Unauthorized } from './api.js';
import { age, el, replace, routeLink, token, words } from './dom.js';
import { openStream } from './sse.js';

const LIMIT = 50;

export function renderRecent(section) {
  const status = el('span', { class: 'live-status', id: 'recent-live' }, 'Connecting…');
  const list = el('ol', { class: 'review-list', id: 'recent-reviews', 'aria-describedby': 'recent-live' });
  const empty = el('p', { class: 'muted empty' }, 'No reviews yet. Start one and it appears here.');
  replace(section,
    el('div', { class: 'section-head' }, el('h2', { id: 'recent-title' }, 'Recent reviews'), status),
    list, empty);
  const reviews = new Map();
  let close = () => {};
  let retry = null;
  let delay = 1000;

  const draw = () => {
    const rows = [...reviews.values()]
      .sort((a, b) => (Date.parse(b.submittedAt) || 0) - (Date.parse(a.submittedAt) || 0))
      .slice(0, LIMIT);
    replace(list, rows.map(row));
    empty.hidden = rows.length > 0;
  };
  const connect = () => {
    close = openStream(`/api/reviews?limit=${LIMIT}`, {
      onOpen: () => {
        delay = 1000;
        status.textContent = 'Live';
        status.className = 'live-status live';
      },
      onEvent: (name, data) => {
        if (name === 'snapshot') {
          reviews.clear();
          for (const review of data.reviews ?? []) reviews.set(review.reviewId, review);
        } else if (name === 'review' && data.reviewId) {
          reviews.set(data.reviewId, data);
        }
        draw();
      },
      onEnd: () => reconnect(),
      onError: (error) => {
        if (!(error instanceof Unauthorized)) reconnect();
      },
    });
  };
  const reconnect = () => {
    status.textContent = 'Reconnecting…';
    status.className = 'live-status';
    retry = setTimeout(connect, delay);
    delay = Math.min(delay * 2, 15000);
  };
  const ticker = setInterval(() => {
    for (const time of list.querySelectorAll('time')) time.textContent = age(time.dateTime);
  }, 15000);
  connect();
  return () => {
    close();
    clearTimeout(retry);
    clearInterval(ticker);
  };
}

function row(review) {
  const source = review.source ?? {};
  const where = [source.repository, source.pullRequest ? `#${source.pullRequest}` : null]
    .filter(Boolean).join(' ');
  const risk = review.riskScore ?? null;
  return el('li', {},
    routeLink(['reviews', review.reviewId], [
      el('span', { class: `badge status-${token(review.status)}` }, words(review.status)),
      el('span', { class: `decision decision-${token(review.decision)}` },
        review.decision ? words(review.decision) : '—'),
      el('span', { class: 'risk' }, risk === null ? 'Risk —' : `Risk ${risk}`),
      el('span', { class: 'where' }, where || `Review ${String(review.reviewId).slice(0, 8)}`),
      el('span', { class: 'count' }, `${review.findings} finding${review.findings === 1 ? '' : 's'}`),
      review.submittedAt
        ? el('time', { datetime: review.submittedAt, class: 'age' }, age(review.submittedAt))
        : el('span', { class: 'age' }, ''),
    ], { class: 'review-row' }));
}
