// One review: live agent lanes from its event stream, then the report.
import { ApiError, json, Unauthorized } from './api.js';
import { announce, el, replace, routeLink, token, words } from './dom.js';
import { Lanes } from './lanes.js';
import { renderReport } from './report.js';
import { sourcesOf } from './sources.js';
import { openStream } from './sse.js';

export function renderReview(main, reviewId) {
  const sources = sourcesOf(reviewId);
  const title = el('h1', { tabindex: '-1', id: 'review-title' }, 'Review ', el('code', {}, reviewId.slice(0, 8)));
  const meta = el('p', { class: 'review-meta', id: 'review-meta' });
  const badge = el('span', { class: 'badge', id: 'review-status' }, 'Loading');
  const lanesBox = el('div');
  const reportSection = el('section', { class: 'report', id: 'report', 'aria-labelledby': 'report-title' },
    el('h2', { id: 'report-title' }, 'Report'),
    el('p', { class: 'muted', id: 'report-pending' }, 'The report appears when every agent has finished.'));
  replace(main,
    el('p', { class: 'back' }, routeLink([''], '← All reviews')),
    el('div', { class: 'review-head' }, title, badge),
    meta,
    el('section', { class: 'card', 'aria-labelledby': 'lanes-title' }, el('h2', { id: 'lanes-title' }, 'Agents'), lanesBox),
    reportSection);
  title.focus();
  const lanes = new Lanes(lanesBox, sources?.agents ?? []);
  let closeStream = () => {};
  let timer = null;
  let alive = true;
  let reported = false;
  let attempts = 0;

  const setStatus = (status) => {
    badge.textContent = words(status);
    badge.className = `badge status-${token(status)}`;
  };
  const showView = (view) => {
    setStatus(view.status);
    const source = view.source ?? {};
    replace(meta, [
      source.repository ? el('span', {}, source.repository) : null,
      source.pullRequest ? el('span', {}, `pull request ${source.pullRequest}`) : null,
      source.commit ? el('span', {}, `commit ${source.commit}`) : null,
      view.submittedAt ? el('span', {}, 'submitted ',
        el('time', { datetime: view.submittedAt }, new Date(view.submittedAt).toLocaleString())) : null,
      el('span', {}, `id ${view.reviewId}`),
    ]);
  };
  const showReport = (view) => {
    reported = true;
    closeStream();
    showView(view);
    lanes.finish(view.report);
    renderReport(reportSection, view.report, sources);
    announce(`Report ready: ${words(view.report.decision)}, risk ${view.report.riskScore} of 100.`);
  };
  // the report may land on the read model a moment after REPORT_READY: ask again with back-off
  const loadReport = async () => {
    if (!alive || reported) return;
    try {
      const { body: view } = await json(`/api/reviews/${encodeURIComponent(reviewId)}`);
      if (!alive) return;
      if (view.report) return showReport(view);
      showView(view);
      if (view.reportEvicted) {
        replace(reportSection, el('h2', { id: 'report-title' }, 'Report'),
          el('p', {}, 'This report is no longer held in memory by the coordinator; it stays on the review-reports topic.'));
        return;
      }
    } catch (problem) {
      if (problem instanceof Unauthorized || !alive) return;
      if (problem instanceof ApiError && problem.status === 404) return notFound();
    }
    timer = setTimeout(loadReport, Math.min(250 * 2 ** attempts++, 4000));
  };
  const notFound = () => {
    closeStream();
    setStatus('UNKNOWN');
    replace(reportSection, el('h2', { id: 'report-title' }, 'Report'),
      el('p', { class: 'form-error' }, 'This coordinator does not know that review. It may have been forgotten, or its id is wrong.'));
  };
  const connect = () => {
    lanes.reset();
    closeStream = openStream(`/api/reviews/${encodeURIComponent(reviewId)}/events`, {
      onEvent: (name, event) => {
        lanes.apply(event);
        if (name === 'ACCEPTED' || name === 'PLANNED') setStatus('PENDING');
        if (name === 'AGENT_STARTED') setStatus('RUNNING');
        if (name === 'REPORT_READY') loadReport();
      },
      onEnd: () => loadReport(),
      onError: (problem) => {
        if (!alive || problem instanceof Unauthorized) return;
        if (problem.status === 404) return notFound();
        timer = setTimeout(connect, 2000);
      },
    });
  };

  const init = async () => {
    try {
      const { body: view } = await json(`/api/reviews/${encodeURIComponent(reviewId)}`);
      if (!alive) return;
      showView(view);
      if (view.report) {
        showReport(view);
      } else {
        connect();
      }
    } catch (problem) {
      if (!alive || problem instanceof Unauthorized) return;
      if (problem instanceof ApiError && problem.status === 404) notFound();
      else timer = setTimeout(init, 3000);
    }
  };
  init();
  return () => {
    alive = false;
    closeStream();
    clearTimeout(timer);
  };
}
