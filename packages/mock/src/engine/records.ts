// The records a call leaves behind: dial attempts, recordings, background jobs, follow-up texts and their
// conversation threads, appointments. The voice loop writes them; the evidence endpoints
// (../resources/evidence.ts), appointments and analytics read them from the state.
import type { Core } from '../core/context.js';
import type { Schemas, State } from '../core/state.js';
import { isoOf } from './time.js';

type Call = Schemas['Call'];
type Job = Schemas['Job'];

export function startAttempt(ctx: Core, call: Call, at: number): Schemas['Attempt'] {
  const attempt: Schemas['Attempt'] = {
    id: ctx.id('att'),
    call_id: call.id,
    lead_id: call.lead_id,
    run_id: call.run_id,
    to: call.to,
    // The mock dials each call once: retries are new calls (a run's next contact, or your own create).
    attempt_number: 1,
    result: null,
    carrier_code: null,
    started_at: isoOf(at),
    ended_at: null,
  };
  ctx.state.attempts.set(attempt.id, attempt);
  return attempt;
}

export function startJob(
  ctx: Core,
  type: Job['type'],
  owner: { callId: string | null; runId: string | null },
  at: number,
): Job {
  const iso = isoOf(at);
  const job: Job = {
    id: ctx.id('job'),
    type,
    status: 'running',
    call_id: owner.callId,
    run_id: owner.runId,
    error: null,
    created_at: iso,
    started_at: iso,
    finished_at: null,
  };
  ctx.state.jobs.set(job.id, job);
  return job;
}

export function finishJob(ctx: Core, job: Job | undefined, at: number, error: string | null = null) {
  if (!job) return;
  job.status = error ? 'failed' : 'succeeded';
  job.error = error;
  job.finished_at = isoOf(at);
  ctx.state.jobs.touch(job.id);
}

export function addRecording(ctx: Core, call: Call, duration: number, at: number): Schemas['Recording'] {
  const id = ctx.id('rec');
  const recording: Schemas['Recording'] = {
    id,
    call_id: call.id,
    lead_id: call.lead_id,
    url: `https://storage.kaicalls.com/recordings/${id}.mp3`,
    duration,
    format: 'mp3',
    // 128 kbit/s mono MP3.
    size_bytes: duration * 16_000,
    created_at: isoOf(at),
  };
  ctx.state.recordings.set(id, recording);
  return recording;
}

/** Conversation threads by business and contact phone, so a follow-up text joins the contact's thread. */
export type ThreadIndex = Map<string, Schemas['Conversation']>;

/** The SMS threads of a state, indexed (the engine builds it once per runtime, on its first text). */
export function threadIndex(state: State): ThreadIndex {
  const index: ThreadIndex = new Map();
  for (const conversation of state.conversations.values())
    if (conversation.channel === 'sms')
      index.set(`${conversation.business_id}|${conversation.contact_phone}`, conversation);
  return index;
}

/** A follow-up text for a call: queued and handed to the carrier (`sent`), in the contact's thread. */
export function sendSms(
  ctx: Core,
  index: ThreadIndex,
  call: Call,
  body: string,
  at: number,
): Schemas['SmsMessage'] {
  const iso = isoOf(at);
  const contact = call.direction === 'outbound' ? call.to : call.from;
  const business = call.direction === 'outbound' ? call.from : call.to;
  const key = `${call.business_id}|${contact}`;
  let conversation = index.get(key);
  if (!conversation || !ctx.state.conversations.has(conversation.id)) {
    conversation = {
      id: ctx.id('conv'),
      business_id: call.business_id,
      lead_id: call.lead_id,
      contact_phone: contact,
      channel: 'sms',
      message_count: 0,
      call_ids: [],
      last_message_at: null,
      created_at: iso,
    };
    ctx.state.conversations.set(conversation.id, conversation);
    index.set(key, conversation);
  }
  conversation.message_count += 1;
  conversation.lead_id ??= call.lead_id;
  if (!conversation.call_ids.includes(call.id)) conversation.call_ids.push(call.id);
  conversation.last_message_at = iso;
  ctx.state.conversations.touch(conversation.id);
  const sms: Schemas['SmsMessage'] = {
    id: ctx.id('sms'),
    business_id: call.business_id,
    call_id: call.id,
    lead_id: call.lead_id,
    conversation_id: conversation.id,
    direction: 'outbound',
    from: business,
    to: contact,
    body,
    status: 'sent',
    error: null,
    created_at: iso,
    sent_at: iso,
    delivered_at: null,
  };
  ctx.state.smsMessages.set(sms.id, sms);
  return sms;
}

/** An appointment as it is booked: by the agent during a call, or through the API. */
export type AppointmentInput = Schemas['AppointmentCreate'] & {
  business_id: string;
  call_id?: string | null;
};

/**
 * Books an appointment (the voice loop when a call books one, and `POST /v1/appointments`).
 * @example bookAppointment(ctx, { title: 'Consultation', start_time, end_time, business_id, call_id }, at)
 */
export function bookAppointment(ctx: Core, input: AppointmentInput, at: number): Schemas['Appointment'] {
  const iso = isoOf(at);
  const appointment: Schemas['Appointment'] = {
    id: ctx.id('apt'),
    business_id: input.business_id,
    lead_id: input.lead_id ?? null,
    call_id: input.call_id ?? null,
    title: input.title,
    notes: input.notes ?? null,
    start_time: new Date(input.start_time).toISOString(),
    end_time: new Date(input.end_time).toISOString(),
    status: 'scheduled',
    created_at: iso,
    updated_at: iso,
  };
  ctx.state.appointments.set(appointment.id, appointment);
  return appointment;
}
