// A call's whole timeline, computed once when the call is created: every step and its offset, the words,
// the analysis and what follows. The engine then plays it on the clock one step at a time, so a call costs
// one pending timer and this small script while it is live.
import type { Random } from '../core/random.js';
import type { Schemas } from '../core/state.js';
import {
  callerVoicemail,
  missedCallText,
  qualityScores,
  voicemailMessage,
  writeConversation,
} from './conversation.js';
import type { CallPlan } from './outcomes.js';

/** What a step of a call's timeline does when it is played. */
export type StepKind =
  | 'dialing'
  | 'ringing'
  | 'answered'
  | 'turn'
  | 'voicemail'
  | 'ended'
  | 'transcript'
  | 'analysis'
  | 'appointment'
  | 'emergency'
  | 'smsSent'
  | 'smsDone';

/** One step of a call's timeline: when (ms from the call's creation) and what. */
export interface Step {
  at: number;
  kind: StepKind;
}

/** The offsets of a call (README.md, "Offsets"), in ms from its creation. */
export const OFFSETS = {
  dialing: 500,
  ringing: 2_000,
  /** First transcript turn, after the answer. */
  firstTurn: 500,
  /** From hang-up to `transcript.ready`, and from there to `analysis.complete`. */
  transcript: 2_000,
  analysis: 2_000,
  /** An inbound call nobody picks up rings this long before it is missed. */
  inboundRing: 20_000,
} as const;

export interface Script {
  /** In the order they are played. */
  steps: Step[];
  direction: 'outbound' | 'inbound';
  answered: boolean;
  status: Schemas['CallStatus'];
  endedReason: Schemas['CallEndedReason'];
  /** The outcome: set at the end for calls that were not answered, by the analysis for the others. */
  outcome: Schemas['CallOutcome'];
  /** Why a call failed (`call.ended` data `error`, the attempt's carrier code). */
  error: { message: string; carrierCode: string } | null;
  transcript: Schemas['TranscriptTurn'][] | null;
  /** Seconds from answer to hang-up. */
  duration: number | null;
  analysis: {
    summary: string;
    sentiment: Schemas['Sentiment'];
    quality: Schemas['QualityDimensions'];
  } | null;
  keywords: string[] | null;
  appointment: { start: number; end: number; title: string; notes: string | null } | null;
  sms: { body: string; error: string | null } | null;
  /** Inbound missed calls where the caller left a message. */
  voicemail: { transcription: string; duration: number } | null;
}

export interface ScriptInput {
  direction: 'outbound' | 'inbound';
  plan: CallPlan;
  /** Inbound missed calls: whether the caller leaves a voicemail. */
  leavesVoicemail?: boolean;
  createdAt: number;
  maxDuration: number;
  agentName: string;
  businessName: string;
  customerName: string | null;
  context: string | null;
  firstMessage: string | null;
}

const SMS_FAILURE = 'Carrier rejected the message (30006): the destination is a landline or unreachable.';
const CARRIER_ERROR = {
  message: 'Carrier error: the call could not be connected (SIP 503).',
  carrierCode: '503',
};

/** How long a line takes to say, in ms: about 14 characters a second, plus a breath. */
const speakingMs = (text: string) => 700 + text.length * 60;

/**
 * Computes a call's whole timeline from its plan.
 * @example const script = writeScript({ direction: 'outbound', plan: MAGIC_NUMBERS['+15005550100']!, ... }, random);
 */
export function writeScript(input: ScriptInput, random: Random): Script {
  const { plan, direction } = input;
  const steps: Step[] = [];
  const add = (at: number, kind: StepKind) => steps.push({ at, kind });
  const script: Script = {
    steps,
    direction,
    answered: false,
    status: 'completed',
    endedReason: 'customer_hangup',
    outcome: 'information_provided',
    error: null,
    transcript: null,
    duration: null,
    analysis: null,
    keywords: null,
    appointment: null,
    sms: null,
    voicemail: null,
  };
  const followUp = (at: number, body: string, failed: boolean) => {
    script.sms = { body, error: failed ? SMS_FAILURE : null };
    add(at, 'smsSent');
    add(at + (failed ? 2_000 : 3_000), 'smsDone');
  };

  let ringAt: number = OFFSETS.ringing;
  if (direction === 'outbound') {
    add(OFFSETS.dialing, 'dialing');
    if (plan.path === 'busy' || plan.path === 'failed') {
      const end = OFFSETS.dialing + random.int(15, 35) * 100;
      add(end, 'ended');
      script.status = plan.path;
      script.endedReason = plan.path === 'busy' ? 'busy' : 'carrier_error';
      script.outcome = plan.path;
      if (plan.path === 'failed') script.error = CARRIER_ERROR;
      return script;
    }
    add(ringAt, 'ringing');
  } else {
    ringAt = 0;
    add(0, 'ringing');
  }

  if (plan.path === 'no-answer') {
    const ringMs = direction === 'inbound' ? OFFSETS.inboundRing : plan.ringMs;
    let end = ringAt + ringMs;
    script.status = 'no-answer';
    script.endedReason = 'no_answer';
    script.outcome = direction === 'inbound' ? 'missed' : 'no_answer';
    if (direction === 'inbound' && input.leavesVoicemail) {
      const transcription = callerVoicemail(input.customerName, random);
      const duration = Math.round(speakingMs(transcription) / 1000) + 3;
      end += duration * 1000;
      script.voicemail = { transcription, duration };
      add(end, 'voicemail');
    }
    add(end, 'ended');
    if (direction === 'inbound') followUp(end + 1_500, missedCallText(input.businessName), false);
    return script;
  }

  const answeredAt = ringAt + plan.ringMs;
  add(answeredAt, 'answered');
  script.answered = true;
  const limit = answeredAt + input.maxDuration * 1000;
  const turns: Schemas['TranscriptTurn'][] = [];
  let t = answeredAt + OFFSETS.firstTurn;
  let end: number;
  let truncated = false;

  if (plan.path === 'voicemail') {
    // The greeting and the beep, then the agent's message.
    t = answeredAt + 2_500;
    const text = voicemailMessage(input);
    turns.push({ role: 'agent', text, offset_ms: t - answeredAt });
    add(t, 'turn');
    end = t + speakingMs(text);
    add(end, 'voicemail');
    end += 300;
    script.status = 'voicemail';
    script.endedReason = 'voicemail';
    script.outcome = 'voicemail_left';
    script.analysis = {
      summary: `${input.agentName} reached ${input.customerName ?? 'the customer'}'s voicemail and left a message asking them to call back.`,
      sentiment: 'neutral',
      quality: qualityScores('voicemail', random),
    };
  } else {
    const talk = writeConversation(
      { ...input, topic: plan.topic, answeredAt: input.createdAt + answeredAt },
      random,
    );
    for (const [role, text] of talk.lines) {
      if (t >= limit) {
        truncated = true;
        break;
      }
      turns.push({ role, text, offset_ms: t - answeredAt });
      add(t, 'turn');
      t += speakingMs(text) + random.int(3, 9) * 100;
    }
    end = t + 400;
    if (truncated || end > limit) {
      truncated = true;
      end = limit;
    }
    script.endedReason = truncated
      ? 'max_duration'
      : turns[turns.length - 1]!.role === 'agent'
        ? 'agent_hangup'
        : 'customer_hangup';
    script.outcome = truncated ? 'callback_requested' : talk.outcome;
    script.analysis = {
      summary: truncated
        ? `The call reached its ${input.maxDuration} s limit before ${input.customerName ?? 'the customer'}'s request was settled; a callback is needed.`
        : talk.summary,
      sentiment: talk.sentiment,
      quality: qualityScores(plan.topic, random),
    };
    if (!truncated) {
      script.keywords = talk.keywords;
      script.appointment = talk.appointment;
    }
    script.sms = truncated || plan.followUp === 'none' ? null : { body: talk.sms, error: null };
  }

  add(end, 'ended');
  script.transcript = turns;
  script.duration = Math.round((end - answeredAt) / 1000);
  const transcriptAt = end + OFFSETS.transcript;
  add(transcriptAt, 'transcript');
  const analysisAt = transcriptAt + OFFSETS.analysis;
  add(analysisAt, 'analysis');
  if (script.appointment) add(analysisAt + 500, 'appointment');
  if (script.keywords) add(analysisAt + 500, 'emergency');
  if (script.sms) followUp(analysisAt + 1_500, script.sms.body, plan.followUp === 'failed');
  return script;
}
