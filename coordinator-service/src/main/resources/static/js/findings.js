// Findings grouped by file, then severity, with filters by severity, agent and category.
import { announce, el, replace, token, words } from './dom.js';
import { codeBlock, sourceLine } from './code.js';

export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO'];

export function renderFindings(section, findings, sources) {
  const filter = { severities: new Set(SEVERITIES), agent: '', category: '' };
  const shown = el('p', { class: 'filter-count', 'aria-live': 'polite', id: 'findings-count' });
  const list = el('div', { class: 'finding-groups', id: 'findings' });
  const agents = distinct(findings.map((f) => f.agent));
  const categories = distinct(findings.map((f) => f.category));
  const draw = () => {
    const visible = findings.filter((f) => filter.severities.has(f.severity)
      && (!filter.agent || f.agent === filter.agent) && (!filter.category || f.category === filter.category));
    replace(list, groups(visible, sources));
    shown.textContent = visible.length === findings.length
      ? `${findings.length} finding${findings.length === 1 ? '' : 's'}`
      : `Showing ${visible.length} of ${findings.length} findings`;
  };
  const filters = el('div', { class: 'filters', id: 'finding-filters' },
    el('fieldset', { class: 'severity-filter' }, el('legend', {}, 'Severity'),
      SEVERITIES.map((s) => {
        const count = findings.filter((f) => f.severity === s).length;
        return el('label', { class: `chip sev-${token(s)}` },
          el('input', { type: 'checkbox', value: s, checked: true, name: 'severity',
            onchange: (e) => { e.target.checked ? filter.severities.add(s) : filter.severities.delete(s); draw(); } }),
          `${words(s)} (${count})`);
      })),
    select('filter-agent', 'Agent', agents, (v) => { filter.agent = v; draw(); }),
    select('filter-category', 'Category', categories, (v) => { filter.category = v; draw(); }));
  replace(section, el('h3', {}, 'Findings'), findings.length ? [filters, shown] : null, list);
  if (findings.length === 0) replace(list, el('p', { class: 'muted' }, 'No findings.'));
  else draw();
  return { announceCount: () => announce(shown.textContent) };
}

function groups(findings, sources) {
  const byPath = new Map();
  for (const f of findings) {
    const path = f.location?.path ?? '(no file)';
    if (!byPath.has(path)) byPath.set(path, []);
    byPath.get(path).push(f);
  }
  const rank = (list) => Math.min(...list.map((f) => SEVERITIES.indexOf(f.severity)));
  const paths = [...byPath.keys()].sort((a, b) => rank(byPath.get(a)) - rank(byPath.get(b)) || a.localeCompare(b));
  return paths.map((path) => {
    const inFile = byPath.get(path);
    return el('section', { class: 'file-group' },
      el('h4', { class: 'file-path' }, el('code', {}, path),
        el('span', { class: 'hint' }, ` ${inFile.length} finding${inFile.length === 1 ? '' : 's'}`)),
      SEVERITIES.filter((s) => inFile.some((f) => f.severity === s)).map((s) => {
        const ofSeverity = inFile.filter((f) => f.severity === s)
          .sort((a, b) => (a.location?.startLine ?? 0) - (b.location?.startLine ?? 0));
        return el('div', { class: 'severity-group' },
          el('h5', { class: `sev-heading sev-${token(s)}` }, `${words(s)} · ${ofSeverity.length}`),
          ofSeverity.map((f) => finding(f, sources)));
      }));
  });
}

function finding(f, sources) {
  const location = f.location ?? {};
  const meta = [f.agent, f.ruleId, f.cwe, f.category, f.confidence && `${words(f.confidence)} confidence`,
    location.startLine && `line ${location.startLine}`, f.origin === 'LLM' ? 'from the LLM reviewer' : null]
    .filter(Boolean).join(' · ');
  return el('article', {
    class: `finding sev-${token(f.severity)}${f.suppression ? ' suppressed' : ''}`,
    'data-severity': f.severity, 'data-agent': f.agent, 'data-category': f.category ?? '',
  },
    el('h6', { class: 'finding-title' },
      el('span', { class: `badge sev-badge sev-${token(f.severity)}` }, words(f.severity)), ' ', f.title ?? f.ruleId),
    el('p', { class: 'finding-meta' }, meta),
    f.suppression ? el('p', { class: 'suppression' },
      `Suppressed (${words(f.suppression.kind ?? 'suppressed')}): ${f.suppression.justification ?? 'no reason given'}`) : null,
    f.message ? el('p', { class: 'finding-message' }, f.message) : null,
    codeBlock(sources, location.path, location.startLine, location.endLine, f.snippet),
    f.trace?.length ? trace(f.trace, sources) : null,
    f.recommendation ? el('p', { class: 'recommendation' }, el('strong', {}, 'Fix: '), f.recommendation) : null);
}

function trace(steps, sources) {
  return el('div', { class: 'trace' },
    el('p', { class: 'trace-title' }, 'Path of the untrusted data'),
    el('ol', { class: 'trace-steps' }, steps.map((step) => {
      const code = sourceLine(sources, step.path, step.line);
      return el('li', { class: `trace-step step-${token(step.kind)}` },
        el('span', { class: 'badge step-kind' }, words(step.kind)), ' ',
        el('code', { class: 'step-where' }, `${step.path}:${step.line}`), ' ',
        el('span', { class: 'step-label' }, step.label ?? ''),
        code !== null ? el('pre', { class: 'code step-code' }, el('code', {}, code.trim())) : null);
    })));
}

function select(id, label, values, onchange) {
  return el('div', { class: 'field select-field' },
    el('label', { for: id }, label),
    el('select', { id, onchange: (e) => onchange(e.target.value) },
      el('option', { value: '' }, 'All'),
      values.map((v) => el('option', { value: v }, v))));
}

function distinct(values) {
  return [...new Set(values.filter(Boolean))].sort();
}
