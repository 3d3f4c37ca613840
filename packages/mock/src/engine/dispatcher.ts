// Communication runs on the clock: one call per contact through the same timeline engine, at most
// `max_concurrent_calls` at a time, only inside the call window in the run's timezone (waiting for the next
// opening when it is closed). Progress counters change in one step per transition, so they always add up.
// ../runtime.ts tells it when a call ends (`callEnded`, `callSettled`).
import type { Core } from '../core/context.js';
import type { Schemas } from '../core/state.js';
import { MockError } from '../http/errors.js';
import type { Engine } from './engine.js';
import { finishJob, startJob } from './records.js';
import { DEFAULT_TIMEZONE, startOf } from './run-plan.js';
import { DEFAULT_DAYS, nextWindowStart } from './window.js';

type Run = Schemas['CommunicationRun'];

/** What the API never shows of a run: its contacts, the next to call, its pending timer. */
interface Queue {
  contacts: Schemas['RunContact'][];
  next: number;
  timer: number | null;
  job: Schemas['Job'] | null;
}

/** A run's queue as plain data (the state file keeps it beside the run), for `resume` after a restart. */
export interface SavedQueue {
  contacts: Schemas['RunContact'][];
  next: number;
  jobId: string | null;
}

const snapshot = (run: Run): Run => ({ ...run, progress: { ...run.progress } });

export class Dispatcher {
  private readonly queues = new Map<string, Queue>();

  constructor(
    private readonly ctx: Core,
    private readonly engine: Engine,
  ) {}

  private queueOf(runId: string): Queue | undefined {
    return this.queues.get(runId);
  }

  /** The run's queue as plain data, or undefined for a run with none. */
  saveQueue(runId: string): SavedQueue | undefined {
    const queue = this.queues.get(runId);
    return queue && { contacts: queue.contacts, next: queue.next, jobId: queue.job?.id ?? null };
  }

  /**
   * Goes on with a run saved by `saveQueue` (a restarted server): a scheduled run waits for its start, a
   * running one dials its next contacts when a slot is free; a paused one waits for `resume`.
   */
  restore(run: Run, saved: SavedQueue): void {
    const job = saved.jobId === null ? null : (this.ctx.state.jobs.get(saved.jobId) ?? null);
    this.queues.set(run.id, { contacts: saved.contacts, next: saved.next, timer: null, job });
    if (run.status === 'scheduled') this.schedule(run);
    else if (run.status === 'running') this.dispatch(run);
  }

  /**
   * Creates a run and starts it at `schedule.start_at` (or now).
   * @example dispatcher.create(body)
   */
  create(body: Schemas['RunCreate']): Run {
    const { ctx } = this;
    const now = ctx.clock.now();
    const total = body.contacts.length;
    const run: Run = {
      id: ctx.id('run'),
      name: body.name,
      status: 'scheduled',
      agent_id: body.agent_id,
      context: body.context ?? null,
      timezone: body.timezone ?? DEFAULT_TIMEZONE,
      call_window: body.call_window
        ? { ...body.call_window, days: body.call_window.days ?? DEFAULT_DAYS }
        : null,
      schedule: body.schedule ?? {},
      max_concurrent_calls: body.max_concurrent_calls ?? 1,
      progress: { total, pending: total, in_progress: 0, completed: 0, failed: 0, canceled: 0 },
      metadata: body.metadata ?? {},
      created_at: ctx.iso(now),
      started_at: null,
      completed_at: null,
      canceled_at: null,
    };
    ctx.state.runs.set(run.id, run);
    this.queues.set(run.id, { contacts: body.contacts, next: 0, timer: null, job: null });
    this.schedule(run);
    return run;
  }

  pause(run: Run): Run {
    if (run.status !== 'scheduled' && run.status !== 'running')
      throw conflict(run, 'paused', 'only a scheduled or running run can be paused');
    this.clearTimer(run);
    run.status = 'paused';
    this.ctx.state.runs.touch(run.id);
    this.ctx.emit('run.paused', snapshot(run));
    return run;
  }

  resume(run: Run): Run {
    if (run.status !== 'paused') throw conflict(run, 'resumed', 'only a paused run can be resumed');
    run.status = run.started_at === null ? 'scheduled' : 'running';
    this.ctx.state.runs.touch(run.id);
    this.ctx.emit('run.resumed', snapshot(run));
    if (run.started_at === null) this.schedule(run);
    else this.dispatch(run);
    return run;
  }

  cancel(run: Run): Run {
    if (run.status === 'completed' || run.status === 'canceled')
      throw conflict(run, 'canceled', 'a run that has completed or was canceled cannot be canceled');
    this.clearTimer(run);
    const queue = this.queueOf(run.id);
    if (queue) queue.next = queue.contacts.length;
    run.progress.canceled += run.progress.pending;
    run.progress.pending = 0;
    run.status = 'canceled';
    run.canceled_at = this.ctx.iso();
    this.ctx.state.runs.touch(run.id);
    if (queue?.job) finishJob(this.ctx, queue.job, this.ctx.clock.now());
    this.ctx.emit('run.canceled', snapshot(run));
    return run;
  }

  /** Starts the run now, or sets a timer for its start. */
  private schedule(run: Run) {
    const startAt = startOf(this.ctx, run);
    if (startAt > this.ctx.clock.now()) this.setTimer(run, startAt, () => this.begin(run));
    else this.begin(run);
  }

  private begin(run: Run) {
    const { ctx } = this;
    if (run.status !== 'scheduled') return;
    run.status = 'running';
    run.started_at = ctx.iso();
    this.ctx.state.runs.touch(run.id);
    const queue = this.queueOf(run.id);
    if (queue) queue.job = startJob(ctx, 'run_dispatch', { callId: null, runId: run.id }, ctx.clock.now());
    ctx.emit('run.started', snapshot(run));
    this.dispatch(run);
  }

  /** Places calls while a slot is free, the window is open and contacts are left. */
  private dispatch(run: Run) {
    try {
      this.placeWhileFree(run);
    } finally {
      this.ctx.state.runs.touch(run.id);
    }
  }

  private placeWhileFree(run: Run) {
    const { ctx } = this;
    const queue = this.queueOf(run.id);
    if (!queue || run.status !== 'running') return;
    while (run.progress.in_progress < run.max_concurrent_calls && queue.next < queue.contacts.length) {
      const now = ctx.clock.now();
      const opening = nextWindowStart(now, run.timezone, run.call_window);
      if (opening > now) {
        this.setTimer(run, opening, () => this.dispatch(run));
        return;
      }
      const contact = queue.contacts[queue.next++]!;
      run.progress.pending -= 1;
      const agent = ctx.state.agents.get(run.agent_id);
      if (!agent?.is_active) {
        // The agent was deleted or deactivated mid-run: the contact cannot be called.
        run.progress.failed += 1;
        continue;
      }
      run.progress.in_progress += 1;
      const context = [run.context, contact.context].filter(Boolean).join('\n') || null;
      this.engine.place({
        agent,
        contact: contact.to,
        name: contact.name ?? null,
        context,
        leadId: contact.lead_id && ctx.state.leads.has(contact.lead_id) ? contact.lead_id : null,
        runId: run.id,
        metadata: contact.metadata ?? run.metadata,
      });
    }
    this.completeIfDone(run);
  }

  /** A call of a run ended (before its terminal event): it leaves `in_progress` for its outcome's counter. */
  callEnded(call: Schemas['Call']) {
    const run = call.run_id ? this.ctx.state.runs.get(call.run_id) : undefined;
    if (!run) return;
    run.progress.in_progress -= 1;
    if (call.status === 'completed' || call.status === 'voicemail') run.progress.completed += 1;
    else if (call.status === 'canceled') run.progress.canceled += 1;
    else run.progress.failed += 1;
    this.ctx.state.runs.touch(run.id);
  }

  /** After a call's terminal event: its slot is free for the next contact. */
  callSettled(call: Schemas['Call']) {
    const run = call.run_id ? this.ctx.state.runs.get(call.run_id) : undefined;
    if (!run) return;
    if (run.status === 'running') this.dispatch(run);
    else this.completeIfDone(run);
  }

  private completeIfDone(run: Run) {
    if (run.status !== 'running' && run.status !== 'paused') return;
    if (run.progress.pending > 0 || run.progress.in_progress > 0) return;
    const { ctx } = this;
    this.clearTimer(run);
    run.status = 'completed';
    run.completed_at = ctx.iso();
    this.ctx.state.runs.touch(run.id);
    const queue = this.queueOf(run.id);
    if (queue?.job) finishJob(ctx, queue.job, ctx.clock.now());
    ctx.emit('run.completed', snapshot(run));
  }

  private setTimer(run: Run, at: number, fn: () => void) {
    const queue = this.queueOf(run.id);
    if (!queue) return;
    if (queue.timer !== null) this.ctx.clock.cancel(queue.timer);
    queue.timer = this.ctx.clock.at(at, () => {
      queue.timer = null;
      fn();
    });
  }

  private clearTimer(run: Run) {
    const queue = this.queueOf(run.id);
    if (queue?.timer != null) {
      this.ctx.clock.cancel(queue.timer);
      queue.timer = null;
    }
  }
}

function conflict(run: Run, verb: string, rule: string) {
  return new MockError(
    'conflict',
    `Run ${run.id} is ${run.status} and cannot be ${verb}: ${rule}.`,
    'run_id',
  );
}
