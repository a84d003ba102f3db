// One lane per agent, moved by the review's events: queued, running, findings counting up,
// completed, failed; the report then settles timed-out and degraded agents.
import { announce, el, replace, token } from './dom.js';

const LABELS = {
  WAITING: 'Waiting for the plan',
  NOT_PLANNED: 'Not planned: no file in its languages',
  QUEUED: 'Queued',
  RUNNING: 'Running',
  COMPLETED: 'Completed',
  DEGRADED: 'Completed, degraded',
  FAILED: 'Failed',
  TIMED_OUT: 'Timed out',
};

export class Lanes {
  /** @param requested agents asked for, when this browser submitted the review */
  constructor(container, requested = []) {
    this.container = container;
    this.requested = requested;
    this.list = el('ol', { class: 'lanes', id: 'lanes' });
    replace(container, this.list);
    this.reset();
  }

  /** Forgets everything: a reconnected stream replays all events again. */
  reset() {
    this.list.replaceChildren();
    this.lanes = new Map();
    this.planned = false;
    for (const agent of this.requested) this.lane(agent);
    this.render();
  }

  apply(event) {
    const data = event.data ?? {};
    switch (event.type) {
      case 'PLANNED': {
        this.planned = true;
        for (const [agent, tasks] of Object.entries(data.tasksByAgent ?? {})) this.lane(agent).tasks = tasks;
        break;
      }
      case 'AGENT_STARTED':
        this.lane(event.agent).started.add(data.taskId ?? this.lane(event.agent).started.size);
        break;
      case 'FINDING': {
        const lane = this.lane(event.agent);
        lane.findings.add(data.fingerprint ?? `${data.path}:${data.line}:${data.ruleId}`);
        lane.last = [data.severity, data.title, data.path && `${data.path}:${data.line}`].filter(Boolean).join(' · ');
        break;
      }
      case 'AGENT_COMPLETED': {
        const lane = this.lane(event.agent);
        lane.completed.set(data.taskId ?? lane.completed.size, Number(data.findings) || 0);
        break;
      }
      case 'AGENT_FAILED': {
        const lane = this.lane(event.agent);
        lane.failed.add(data.taskId || lane.failed.size);
        lane.note = data.message ? `${data.errorType ?? 'error'}: ${data.message}` : lane.note;
        break;
      }
      default:
        break;
    }
    this.render();
  }

  /** Final outcomes from the report: timed out, failed, degraded, and the exact counts. */
  finish(report) {
    const degraded = new Set(report.llm?.degradedAgents ?? []);
    for (const summary of report.agents ?? []) {
      const lane = this.lane(summary.agent);
      lane.final = summary.status === 'COMPLETED' && (degraded.has(summary.agent) || summary.note)
        ? 'DEGRADED' : summary.status;
      lane.count = summary.findings;
      lane.note = summary.note ?? lane.note;
      lane.durationMs = summary.durationMs;
    }
    this.planned = true;
    this.render();
  }

  lane(agent) {
    const id = agent ?? 'unknown';
    if (!this.lanes.has(id)) {
      this.lanes.set(id, {
        agent: id, tasks: 0, started: new Set(), completed: new Map(), failed: new Set(),
        findings: new Set(), last: null, note: null, final: null, count: null, shown: null,
      });
    }
    return this.lanes.get(id);
  }

  render() {
    for (const lane of this.lanes.values()) {
      const status = this.status(lane);
      if (!lane.view) {
        lane.view = laneView(lane.agent);
        this.list.append(lane.view.root);
      }
      const view = lane.view;
      view.root.className = `lane lane-${token(status)}`;
      if (lane.shown !== status) {
        view.status.textContent = LABELS[status] ?? status;
        if (lane.shown !== null) announce(`${lane.agent}: ${LABELS[status] ?? status}`);
        lane.shown = status;
      }
      const done = lane.completed.size + lane.failed.size;
      view.progress.max = Math.max(lane.tasks, 1);
      view.progress.value = lane.final ? view.progress.max : Math.min(done, lane.tasks);
      const tasks = lane.tasks ? `${Math.min(done, lane.tasks)} of ${lane.tasks} task${lane.tasks === 1 ? '' : 's'}` : '';
      const took = lane.durationMs ? `${(lane.durationMs / 1000).toFixed(1)} s` : '';
      view.tasks.textContent = [tasks, took].filter(Boolean).join(' · ');
      const count = this.count(lane);
      view.count.textContent = `${count} finding${count === 1 ? '' : 's'}`;
      view.last.textContent = lane.last && !lane.final ? `Latest: ${lane.last}` : '';
      view.note.textContent = lane.note ?? '';
    }
  }

  status(lane) {
    if (lane.final) return lane.final;
    if (!this.planned) return 'WAITING';
    if (lane.tasks === 0 && lane.started.size === 0) return 'NOT_PLANNED';
    const done = lane.completed.size + lane.failed.size;
    if (lane.tasks > 0 && done >= lane.tasks) return lane.failed.size > 0 ? 'FAILED' : 'COMPLETED';
    return lane.started.size > 0 || done > 0 ? 'RUNNING' : 'QUEUED';
  }

  count(lane) {
    if (lane.count !== null) return lane.count;
    let reported = 0;
    for (const n of lane.completed.values()) reported += n;
    // FINDING events may be capped per task; the completed tasks' totals are exact
    return Math.max(reported, lane.findings.size);
  }

  /** The agents by final status, e.g. for tests and summaries. */
  statuses() {
    return Object.fromEntries([...this.lanes.values()].map((l) => [l.agent, this.status(l)]));
  }
}

function laneView(agent) {
  const status = el('p', { class: 'lane-status', 'aria-live': 'polite' });
  const progress = el('progress', { max: 1, value: 0, 'aria-label': `${agent} tasks done` });
  const tasks = el('span', { class: 'lane-tasks' });
  const count = el('p', { class: 'lane-count' });
  const last = el('p', { class: 'lane-last' });
  const note = el('p', { class: 'lane-note' });
  const root = el('li', { class: 'lane', 'data-agent': agent },
    el('h3', {}, agent),
    status, progress, el('div', { class: 'lane-meta' }, count, tasks), last, note);
  return { root, status, progress, tasks, count, last, note };
}
