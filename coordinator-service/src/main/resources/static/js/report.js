// The report: verdict and risk, the panel's votes and any veto, findings, files not analyzed,
// downloads. Everything from the report is set as text.
import { el, replace, token, words } from './dom.js';
import { downloadButtons } from './downloads.js';
import { renderFindings, SEVERITIES } from './findings.js';

export function renderReport(section, report, sources) {
  const findingsSection = el('section', { class: 'findings', 'aria-label': 'Findings' });
  replace(section,
    el('h2', { id: 'report-title' }, 'Report'),
    verdict(report),
    downloadButtons(report.reviewId),
    panel(report.panel, report.findings ?? []),
    findingsSection,
    notAnalyzed(report));
  renderFindings(findingsSection, report.findings ?? [], sources);
}

function verdict(report) {
  const counts = report.counts ?? {};
  return el('div', { class: `verdict verdict-${token(report.decision)}`, id: 'verdict' },
    el('div', { class: 'verdict-main' },
      el('p', { class: 'verdict-decision' }, words(report.decision)),
      el('p', { class: 'verdict-status' }, `Status: ${words(report.status)}`)),
    el('div', { class: 'verdict-risk' },
      el('label', { for: 'risk-meter' }, `Risk ${report.riskScore}/100`),
      el('meter', { id: 'risk-meter', min: 0, max: 100, low: 30, high: 70, optimum: 0, value: report.riskScore })),
    el('ul', { class: 'severity-counts', 'aria-label': 'Findings by severity' },
      SEVERITIES.map((s) => el('li', { class: `chip sev-${token(s)}` }, `${words(s)} ${counts[s] ?? 0}`))),
    report.summary ? el('p', { class: 'summary' }, report.summary) : null);
}

function panel(votes, findings) {
  if (!votes) {
    return el('section', { class: 'panel', 'aria-labelledby': 'panel-title' },
      el('h3', { id: 'panel-title' }, 'Panel votes'),
      el('p', { class: 'muted' }, 'This report carries no panel votes.'));
  }
  return el('section', { class: 'panel', 'aria-labelledby': 'panel-title', id: 'panel' },
    el('h3', { id: 'panel-title' }, 'Panel votes'),
    votes.method ? el('p', { class: 'panel-method' }, votes.method) : null,
    votes.veto ? el('div', { class: 'veto', role: 'note' },
      el('p', { class: 'veto-title' }, `Veto by ${votes.veto.agent}: ${words(votes.veto.decision)}`),
      el('p', {}, votes.veto.reason ?? ''),
      vetoFinding(votes.veto.finding, findings)) : null,
    el('div', { class: 'table-wrap' }, el('table', { class: 'votes stacking' },
      el('thead', {}, el('tr', {}, ['Agent', 'Vote', 'Confidence', 'Weight', 'Reason'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, (votes.votes ?? []).map((v) => el('tr', {},
        el('th', { scope: 'row' }, v.agent),
        el('td', { 'data-label': 'Vote' }, el('span', { class: `decision decision-${token(v.vote)}` }, words(v.vote))),
        el('td', { 'data-label': 'Confidence' }, words(v.confidence)),
        el('td', { class: 'number', 'data-label': 'Weight' }, typeof v.weight === 'number' ? v.weight.toFixed(2) : ''),
        el('td', { 'data-label': 'Reason' }, v.reason ?? '')))))),
    votes.disagreements?.length ? el('div', { class: 'disagreements' },
      el('h4', {}, 'Disagreements'),
      el('ul', {}, votes.disagreements.map((d) => el('li', {},
        el('p', { class: 'disagreement-topic' }, d.topic ?? (d.agents ?? []).join(', ')),
        d.settledBy ? el('p', { class: 'hint' }, `Settled by ${d.settledBy}`) : null)))) : null);
}

// the finding that fired the veto, by fingerprint, as "title at path:line"
function vetoFinding(fingerprint, findings) {
  if (!fingerprint) return null;
  const finding = findings.find((f) => f.fingerprint === fingerprint);
  const where = finding?.location ? ` at ${finding.location.path}:${finding.location.startLine}` : '';
  return el('p', { class: 'hint' }, finding ? `Finding: ${finding.title}${where}` : `Finding ${fingerprint}`);
}

function notAnalyzed(report) {
  const rows = report.notAnalyzed ?? [];
  const unreviewed = report.llm?.unreviewed ?? [];
  return el('section', { class: 'not-analyzed', 'aria-labelledby': 'not-analyzed-title', id: 'not-analyzed' },
    el('h3', { id: 'not-analyzed-title' }, 'Not analyzed'),
    rows.length === 0
      ? el('p', { class: 'muted' }, 'Every file was analyzed.')
      : el('div', { class: 'table-wrap' }, el('table', { class: 'stacking' },
        el('thead', {}, el('tr', {}, ['File', 'Reason', 'Detail', 'Agent'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, rows.map((r) => el('tr', {},
          el('td', {}, el('code', {}, r.path ?? ''), r.line ? `:${r.line}` : ''),
          el('td', { 'data-label': 'Reason' }, words(r.reason), r.partial ? ' (in part)' : ''),
          el('td', { 'data-label': 'Detail' }, r.detail ?? ''),
          el('td', { 'data-label': 'Agent' }, r.agent ?? 'intake')))))),
    unreviewed.length ? el('div', {},
      el('p', {}, 'Not seen by the LLM reviewer:'),
      el('ul', { class: 'file-list' }, unreviewed.map((u) => el('li', {}, el('code', {}, u))))) : null);
}
