// Inbound calls, simulated: someone calls one of the business's numbers. Answered calls have a conversation
// and complete; missed calls end as no-answer with `call.missed`, and `voicemail.received` when the caller
// leaves a message; either way the caller gets a text back.
import type { Core } from '../core/context.js';
import type { Schemas } from '../core/state.js';
import { MockError } from '../http/errors.js';
import type { Engine } from './engine.js';
import { RING_TIMEOUT_MS } from './outcomes.js';

/**
 * Options of `mock.simulateInboundCall`: who calls, and whether the agent picks up.
 * @example
 * mock.simulateInboundCall({ from: '+15125559876', topic: 'emergency' });
 */
export interface InboundCallOptions {
  /** The caller's number, in E.164. A lead's phone links the call to the lead. */
  from: string;
  /** Whether the agent picks up (default true). */
  answered?: boolean | undefined;
  /** Missed calls: whether the caller leaves a voicemail (default false). */
  voicemail?: boolean | undefined;
  /** The agent whose number is called (default: the first active agent with a number). */
  agentId?: string | undefined;
  /** Answered calls: what the caller wants (default `appointment`: they book one). */
  topic?: 'appointment' | 'information' | 'callback' | 'emergency' | undefined;
}

const E164 = /^\+[1-9][0-9]{6,14}$/;

/**
 * Simulates a call to one of the business's numbers, and returns the call as it is at once (ringing).
 * @example const call = simulateInboundCall(rt, rt.engine, { from: '+15125559876', answered: false, voicemail: true });
 */
export function simulateInboundCall(ctx: Core, engine: Engine, options: InboundCallOptions): Schemas['Call'] {
  if (typeof options.from !== 'string' || !E164.test(options.from))
    throw new MockError(
      'invalid_request',
      `from must be a phone number in E.164 (like +15125559876), got ${JSON.stringify(options.from)}.`,
      'from',
    );
  const agents = [...ctx.state.agents.values()];
  const agent = options.agentId
    ? ctx.state.agents.get(options.agentId)
    : (agents.find((a) => a.is_active && a.phone_number) ?? agents.find((a) => a.is_active));
  if (!agent) {
    throw options.agentId
      ? new MockError('not_found', `No agent with id ${options.agentId}.`, 'agent_id')
      : new MockError(
          'not_found',
          'No active agent can answer: create one first (POST /v1/agents).',
          'agent_id',
        );
  }
  const answered = options.answered ?? true;
  const topic = options.topic ?? 'appointment';
  const call = engine.place({
    agent,
    direction: 'inbound',
    contact: options.from,
    plan: answered
      ? {
          path: 'conversation',
          topic,
          followUp: topic === 'emergency' || topic === 'callback' ? 'none' : 'delivered',
          ringMs: 3_000,
        }
      : { path: 'no-answer', topic: 'information', followUp: 'delivered', ringMs: RING_TIMEOUT_MS },
    leavesVoicemail: !answered && (options.voicemail ?? false),
  });
  return { ...call };
}
