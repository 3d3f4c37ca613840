// The timeline engine: plays each call's script on the mock's clock. A live call holds one pending timer
// (for its next step) and its script; each step updates the call record, appends to its timeline, emits the
// webhook events and leaves the evidence behind. Fixtures replay the same scripts in the past, at once.
// One engine per runtime: it announces each call's end on the bus (`call.ended`, `call.settled`) and knows
// nothing of who listens (../runtime.ts wires that).
import type { Core, EventData } from '../core/context.js';
import { snapshot } from '../core/event-log.js';
import { createRandom, type Random } from '../core/random.js';
import type { Schemas } from '../core/state.js';
import { MockError } from '../http/errors.js';
import { asCompleted } from './completed.js';
import { enrichVariables, leadByPhone, markBooked, touchLead } from './enrich.js';
import { type CallPlan, planFor } from './outcomes.js';
import {
  addRecording,
  bookAppointment,
  finishJob,
  sendSms,
  startAttempt,
  startJob,
  type ThreadIndex,
  threadIndex,
} from './records.js';
import { type Script, type ScriptInput, type Step, writeScript } from './script.js';
import { isoOf } from './time.js';

type Call = Schemas['Call'];
type TimelineType = Schemas['CallTimelineEventType'];
type TimelineData = Schemas['CallTimelineEventData'];

export interface PlaceInput {
  agent: Schemas['Agent'];
  direction?: 'outbound' | 'inbound';
  /** The customer's number (outbound: who is called; inbound: who calls). */
  contact: string;
  name?: string | null;
  context?: string | null;
  firstMessage?: string | null;
  leadId?: string | null;
  webhookUrl?: string | null;
  maxDuration?: number;
  metadata?: Schemas['Metadata'];
  runId?: string | null;
  /** Forces the plan (inbound simulation); otherwise the number selects it. */
  plan?: CallPlan;
  /** Inbound missed calls: the caller leaves a message. */
  leavesVoicemail?: boolean;
}

/**
 * What a call's script is written from: its inputs, and the number whose plan was drawn from the call's
 * randomness (null when the plan was given). Writing it again from these gives the same script.
 */
export interface ScriptRecipe {
  input: ScriptInput;
  drawnFor: string | null;
}

interface Live {
  call: Call;
  script: Script;
  recipe: ScriptRecipe;
  created: number;
  /** Index of the next step in `script.steps`. */
  next: number;
  /** Index of the next transcript turn. */
  turn: number;
  timer: number;
  /** Fixtures: steps are applied at once, dated in the past, and not delivered. */
  past: boolean;
  attempt: Schemas['Attempt'] | null;
  job: Schemas['Job'] | undefined;
  sms: Schemas['SmsMessage'] | null;
  fire: () => void;
}

/**
 * What a live call needs to go on after a restart, as plain data (the state file keeps it beside the call):
 * how its script is written (a few hundred bytes, where the script with its words is kilobytes), where it
 * is in it, and the ids of the records its next steps finish.
 */
export interface LiveCall {
  recipe: ScriptRecipe;
  created: number;
  next: number;
  turn: number;
  attemptId: string | null;
  jobId: string | null;
  smsId: string | null;
}

const EMPTY: TimelineData = Object.freeze({}) as TimelineData;
const TERMINAL = new Set<Call['status']>([
  'completed',
  'voicemail',
  'failed',
  'no-answer',
  'busy',
  'canceled',
]);
export const isTerminal = (status: Call['status']) => TERMINAL.has(status);

/** FNV-1a of the seed and the call id: each call's randomness is its own, whatever else happens. */
function callRandom(seed: number, callId: string): Random {
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < callId.length; i++) hash = Math.imul(hash ^ callId.charCodeAt(i), 0x01000193);
  return createRandom(hash >>> 0);
}

const attemptResult: Record<string, Schemas['Attempt']['result']> = {
  completed: 'answered',
  voicemail: 'voicemail',
  'no-answer': 'no-answer',
  busy: 'busy',
  failed: 'failed',
  canceled: 'canceled',
};

export class Engine {
  private readonly live = new Map<string, Live>();
  /** SMS threads by business and contact, built on the first follow-up text. */
  private threads: ThreadIndex | undefined;

  /**
   * `schedule: 'eager'` sets a timer for every step at creation instead of one at a time: the naive design,
   * kept only as the benchmark's baseline (bench/timeline.bench.ts).
   */
  constructor(
    private readonly ctx: Core,
    private readonly options: { schedule?: 'lazy' | 'eager' } = {},
  ) {}

  /** Whether the call still has steps to play (pollers should keep polling). */
  isLive(callId: string) {
    return this.live.has(callId);
  }

  /** The script `place` wrote for the call, written again from its recipe: the same draws, in order. */
  private rewrite(callId: string, recipe: ScriptRecipe): Script {
    const random = callRandom(this.ctx.options.seed, callId);
    random.token(12); // the conversation id
    if (recipe.drawnFor !== null) planFor(recipe.drawnFor, random);
    const script = writeScript(recipe.input, random);
    // Held while the call is live: at its length, as `place` keeps it.
    script.steps = script.steps.slice();
    return script;
  }

  /** The state was replaced under the engine (a state file loaded): what it indexed from it is rebuilt. */
  stateReplaced(): void {
    this.threads = undefined;
  }

  /** The call's progress as plain data while it is live (see `resume`), else undefined. */
  saveLive(callId: string): LiveCall | undefined {
    const live = this.live.get(callId);
    if (!live) return undefined;
    return {
      recipe: live.recipe,
      created: live.created,
      next: live.next,
      turn: live.turn,
      attemptId: live.attempt?.id ?? null,
      jobId: live.job?.id ?? null,
      smsId: live.sms?.id ?? null,
    };
  }

  /**
   * Goes on with a call saved by `saveLive` (a restarted server): its next steps play on the clock from
   * where it was, and the steps already due play at once.
   * @example engine.resume(call, saved)
   */
  resume(call: Call, saved: LiveCall): void {
    const { state } = this.ctx;
    const live: Live = {
      call,
      script: this.rewrite(call.id, saved.recipe),
      recipe: saved.recipe,
      created: saved.created,
      next: saved.next,
      turn: saved.turn,
      timer: 0,
      past: false,
      attempt: (saved.attemptId && state.attempts.get(saved.attemptId)) || null,
      job: (saved.jobId && state.jobs.get(saved.jobId)) || undefined,
      sms: (saved.smsId && state.smsMessages.get(saved.smsId)) || null,
      fire: () => this.fire(live),
    };
    this.live.set(call.id, live);
    this.fire(live);
  }

  /**
   * Creates a call and starts its timeline (or, with `past`, plays it entirely, dated from `at`).
   * @example engine.place({ agent, contact: '+15005550100' })
   */
  place(input: PlaceInput, options: { at?: number; past?: boolean } = {}): Call {
    const { ctx } = this;
    const created = options.at ?? ctx.clock.now();
    const direction = input.direction ?? 'outbound';
    const { agent } = input;
    const business = ctx.state.businesses.get(agent.business_id);
    const own = agent.phone_number ?? business?.phone ?? '+15005550000';
    const lead = input.leadId
      ? ctx.state.leads.get(input.leadId)
      : leadByPhone(ctx, input.contact, agent.business_id);
    const id = ctx.id('call');
    const random = callRandom(ctx.options.seed, id);
    const name = input.name ?? lead?.name ?? null;
    const call: Call = {
      id,
      conversation_id: `conv_${random.token(12).toLowerCase()}`,
      status: 'queued',
      direction,
      agent_id: agent.id,
      agent_name: agent.name,
      business_id: agent.business_id,
      lead_id: lead?.id ?? null,
      run_id: input.runId ?? null,
      to: direction === 'outbound' ? input.contact : own,
      from: direction === 'outbound' ? own : input.contact,
      name,
      context: input.context ?? null,
      first_message: input.firstMessage ?? null,
      webhook_url: input.webhookUrl ?? null,
      max_duration: input.maxDuration ?? agent.max_call_duration ?? 600,
      metadata: input.metadata ?? {},
      variables: enrichVariables(lead, business, name, created),
      duration: null,
      transcript: null,
      summary: null,
      recording_url: null,
      sentiment: null,
      quality_dimensions: null,
      outcome: null,
      ended_reason: null,
      created_at: isoOf(created),
      started_at: null,
      answered_at: null,
      ended_at: null,
    };
    const scriptInput: ScriptInput = {
      direction,
      plan: input.plan ?? planFor(input.contact, random),
      leavesVoicemail: input.leavesVoicemail ?? false,
      createdAt: created,
      maxDuration: call.max_duration,
      agentName: agent.name,
      businessName: business?.name ?? 'our office',
      customerName: name,
      context: call.context,
      // An agent's opening line is written for the calls it places; inbound callers get a greeting.
      firstMessage: call.first_message ?? (direction === 'outbound' ? agent.first_message : null) ?? null,
    };
    const script = writeScript(scriptInput, random);
    // Held while the call is live: at its length (a growing array keeps up to half again).
    script.steps = script.steps.slice();
    ctx.state.calls.set(id, call);
    ctx.state.timelines.begin(id, created);
    const live: Live = {
      call,
      script,
      recipe: { input: scriptInput, drawnFor: input.plan ? null : input.contact },
      created,
      next: 0,
      turn: 0,
      timer: 0,
      past: options.past ?? false,
      attempt: null,
      job: undefined,
      sms: null,
      fire: () => this.fire(live),
    };
    if (direction === 'outbound') {
      this.timeline(live, 'call.queued', created, EMPTY);
      this.emit(live, 'call.queued', snapshot(call), created);
      ctx.state.timelines.touch(id);
    }
    if (live.past) {
      for (const step of script.steps) this.apply(live, step, created + step.at);
      ctx.state.timelines.seal(id);
      ctx.state.calls.touch(id);
      ctx.state.timelines.touch(id);
      return call;
    }
    this.live.set(id, live);
    if (this.options.schedule === 'eager') {
      for (const step of script.steps) if (step.at > 0) ctx.clock.at(created + step.at, live.fire);
    }
    this.fire(live);
    return call;
  }

  /**
   * Cancels a call that is still queued or ringing; anything later is 409 conflict.
   * @example engine.cancel('call_8fK2pQ7vN3')
   */
  cancel(callId: string): Call {
    const live = this.live.get(callId);
    const call = live?.call ?? this.ctx.state.calls.get(callId);
    if (!call) throw new MockError('not_found', `No call with id ${callId}.`, 'call_id');
    if (!live || (call.status !== 'queued' && call.status !== 'ringing')) {
      throw new MockError(
        'conflict',
        `Call ${callId} is ${call.status}: only a queued or ringing call can be canceled.`,
        'call_id',
      );
    }
    this.ctx.clock.cancel(live.timer);
    const { script } = live;
    Object.assign(script, {
      status: 'canceled',
      endedReason: 'canceled',
      outcome: 'canceled',
      answered: false,
      error: null,
      voicemail: null,
      sms: null,
    });
    script.steps = [];
    this.end(live, this.ctx.clock.now());
    this.ctx.state.calls.touch(callId);
    this.ctx.state.timelines.touch(callId);
    this.live.delete(callId);
    this.ctx.state.timelines.seal(callId);
    this.ctx.bus.emit('timeline.finished', call);
    return call;
  }

  /** Plays every step that is due, then sets one timer for the next. */
  private fire(live: Live) {
    const { steps } = live.script;
    const now = this.ctx.clock.now();
    while (live.next < steps.length) {
      const step = steps[live.next]!;
      const at = live.created + step.at;
      if (at > now) {
        if (this.options.schedule !== 'eager') live.timer = this.ctx.clock.at(at, live.fire);
        return;
      }
      live.next++;
      this.apply(live, step, at);
      // Every step writes the call, its timeline and the records of the step: one report each.
      this.ctx.state.calls.touch(live.call.id);
      this.ctx.state.timelines.touch(live.call.id);
    }
    const wasLive = this.live.delete(live.call.id);
    this.ctx.state.timelines.seal(live.call.id);
    if (wasLive) this.ctx.bus.emit('timeline.finished', live.call);
  }

  private apply(live: Live, step: Step, at: number) {
    const { ctx } = this;
    const { call, script } = live;
    switch (step.kind) {
      case 'dialing':
        call.started_at = isoOf(at);
        live.attempt = startAttempt(ctx, call, at);
        this.timeline(live, 'call.dialing', at, EMPTY);
        this.emit(live, 'call.started', snapshot(call), at);
        break;
      case 'ringing':
        call.status = 'ringing';
        this.timeline(live, 'call.ringing', at, EMPTY);
        if (call.direction === 'inbound') {
          call.started_at = isoOf(at);
          this.emit(live, 'call.started', snapshot(call), at);
        }
        break;
      case 'answered':
        call.status = 'in-progress';
        call.answered_at = isoOf(at);
        this.timeline(live, 'call.answered', at, EMPTY);
        this.emit(live, 'call.answered', snapshot(call), at);
        break;
      case 'turn': {
        const turn = script.transcript![live.turn++]!;
        // The turn itself: the timeline gives its role and text (../core/timelines.ts).
        this.timeline(live, 'transcript.turn', at, turn);
        break;
      }
      case 'voicemail':
        this.timeline(
          live,
          'voicemail.left',
          at,
          script.voicemail ? { text: script.voicemail.transcription } : EMPTY,
        );
        break;
      case 'ended':
        this.end(live, at);
        break;
      case 'transcript':
        call.transcript = script.transcript;
        finishJob(ctx, live.job, at);
        this.timeline(live, 'transcript.ready', at, EMPTY);
        this.emit(
          live,
          'transcript.ready',
          { call_id: call.id, duration: call.duration ?? 0, transcript: call.transcript ?? [] },
          at,
        );
        live.job = startJob(ctx, 'analysis', { callId: call.id, runId: call.run_id }, at);
        break;
      case 'analysis': {
        const analysis = script.analysis!;
        call.summary = analysis.summary;
        call.sentiment = analysis.sentiment;
        call.quality_dimensions = analysis.quality;
        call.outcome = script.outcome;
        finishJob(ctx, live.job, at);
        live.job = undefined;
        this.timeline(live, 'analysis.complete', at, {
          summary: analysis.summary,
          sentiment: analysis.sentiment,
          outcome: script.outcome,
        });
        this.emit(
          live,
          'analysis.complete',
          {
            call_id: call.id,
            summary: analysis.summary,
            sentiment: analysis.sentiment,
            quality_dimensions: analysis.quality,
            outcome: script.outcome,
          },
          at,
        );
        // The terminal event, now that the summary, outcome, transcript and recording are all in.
        this.emit(live, 'call.completed', asCompleted(snapshot(call)), at);
        if (!live.past) ctx.bus.emit('call.settled', call);
        break;
      }
      case 'appointment': {
        const job = startJob(ctx, 'appointment_booking', { callId: call.id, runId: call.run_id }, at);
        const booking = script.appointment!;
        const appointment = bookAppointment(
          ctx,
          {
            title: booking.title,
            start_time: isoOf(booking.start),
            end_time: isoOf(booking.end),
            ...(call.lead_id ? { lead_id: call.lead_id } : {}),
            ...(booking.notes ? { notes: booking.notes } : {}),
            call_id: call.id,
            business_id: call.business_id,
          },
          at,
        );
        finishJob(ctx, job, at);
        markBooked(ctx, call.lead_id);
        this.timeline(live, 'appointment.booked', at, { appointment_id: appointment.id });
        this.emit(live, 'appointment.booked', { ...appointment }, at);
        break;
      }
      case 'emergency': {
        const keywords = script.keywords ?? [];
        this.timeline(live, 'emergency.detected', at, { keywords });
        this.emit(
          live,
          'emergency.detected',
          {
            call_id: call.id,
            lead_id: call.lead_id,
            keywords,
            summary: script.analysis?.summary ?? call.summary ?? '',
          },
          at,
        );
        break;
      }
      case 'smsSent': {
        live.job = startJob(ctx, 'follow_up_sms', { callId: call.id, runId: call.run_id }, at);
        this.threads ??= threadIndex(ctx.state);
        const sms = sendSms(ctx, this.threads, call, script.sms!.body, at);
        live.sms = sms;
        this.timeline(live, 'sms.sent', at, { sms_id: sms.id });
        this.emit(live, 'sms.sent', { ...sms }, at);
        break;
      }
      case 'smsDone': {
        const sms = live.sms!;
        const error = script.sms!.error;
        if (error) {
          sms.status = 'failed';
          sms.error = error;
          ctx.state.smsMessages.touch(sms.id);
          finishJob(ctx, live.job, at, error);
          this.timeline(live, 'sms.failed', at, { sms_id: sms.id, error });
          this.emit(live, 'sms.failed', { ...sms }, at);
        } else {
          sms.status = 'delivered';
          sms.delivered_at = isoOf(at);
          ctx.state.smsMessages.touch(sms.id);
          finishJob(ctx, live.job, at);
          this.timeline(live, 'sms.delivered', at, { sms_id: sms.id });
          this.emit(live, 'sms.delivered', { ...sms }, at);
        }
        live.job = undefined;
        break;
      }
    }
  }

  /** The one terminal step: status, timestamps, evidence, balance, the lead, and the terminal event. */
  private end(live: Live, at: number) {
    const { ctx } = this;
    const { call, script } = live;
    call.status = script.status;
    call.ended_at = isoOf(at);
    call.ended_reason = script.endedReason;
    if (!script.answered) call.outcome = script.outcome;
    const business = ctx.state.businesses.get(call.business_id);
    if (script.answered && script.duration !== null) {
      call.duration = script.duration;
      call.recording_url = addRecording(ctx, call, script.duration, at).url;
      if (business) {
        business.seconds_used += script.duration;
        ctx.state.businesses.touch(business.id);
      }
      live.job = startJob(ctx, 'transcription', { callId: call.id, runId: call.run_id }, at);
    } else if (script.voicemail) {
      call.recording_url = addRecording(ctx, call, script.voicemail.duration, at).url;
    }
    if (live.attempt) {
      live.attempt.result = attemptResult[call.status] ?? null;
      live.attempt.carrier_code = script.error?.carrierCode ?? null;
      live.attempt.ended_at = call.ended_at;
      ctx.state.attempts.touch(live.attempt.id);
      live.attempt = null;
    }
    touchLead(ctx, call.lead_id, at);
    const data: TimelineData = { status: call.status, ended_reason: script.endedReason };
    if (call.duration !== null) data.duration = call.duration;
    if (script.error) data.error = script.error.message;
    this.timeline(live, 'call.ended', at, data);
    if (!live.past) ctx.bus.emit('call.ended', call);
    this.emit(live, 'call.ended', snapshot(call), at);
    // An answered call's terminal event waits for its analysis (`call.completed` carries it): see 'analysis'.
    if (script.answered && script.analysis) return;
    if (call.direction === 'inbound' && call.status === 'no-answer')
      this.emit(live, 'call.missed', snapshot(call), at);
    else this.emit(live, 'call.failed', snapshot(call), at);
    if (script.voicemail) {
      this.emit(
        live,
        'voicemail.received',
        {
          call_id: call.id,
          from: call.from,
          duration: script.voicemail.duration,
          recording_url: call.recording_url!,
          transcription: script.voicemail.transcription,
        },
        at,
      );
    }
    if (!live.past) ctx.bus.emit('call.settled', call);
  }

  private timeline(live: Live, type: TimelineType, at: number, data: TimelineData) {
    const { call } = live;
    this.ctx.state.timelines.append(call.id, type, call.status, at - live.created, data);
    // The streams are sent the event as `GET /v1/calls/{id}/events` returns it.
    if (!live.past) this.ctx.bus.emit('timeline.appended', this.ctx.state.timelines.last(call.id)!);
  }

  private emit<T extends Schemas['EventType']>(live: Live, type: T, data: EventData<T>, at: number) {
    if (!live.past) this.ctx.emit(type, data, { webhookUrl: live.call.webhook_url });
    // Fixtures: the event happened long ago; it is in the log, and nobody is sent it now.
    else this.ctx.record(type, data, at);
  }
}
