// A finished call record written straight into `mock.state.calls`, as the voice loop leaves one: the
// analytics and index tests build thousands of them without playing their timelines.
import type { Schemas } from '../src/index.js';

type Call = Schemas['Call'];
type Agent = Schemas['Agent'];

/** A call of `agent` placed at `at` (ms), answered when its status is `completed`, ended two minutes later. */
export function finishedCall(agent: Agent, at: number, fields: Partial<Call> & Pick<Call, 'id'>): Call {
  const answered = (fields.status ?? 'completed') === 'completed';
  return {
    conversation_id: `conv-${fields.id}`,
    status: 'completed',
    direction: 'outbound',
    agent_id: agent.id,
    agent_name: agent.name,
    business_id: agent.business_id,
    lead_id: null,
    run_id: null,
    to: '+15125550170',
    from: '+15125551234',
    name: null,
    context: null,
    first_message: null,
    webhook_url: null,
    max_duration: 600,
    metadata: {},
    variables: {} as Call['variables'],
    duration: answered ? 100 : null,
    transcript: null,
    summary: null,
    recording_url: null,
    sentiment: null,
    quality_dimensions: null,
    outcome: answered ? 'information_provided' : null,
    ended_reason: null,
    created_at: new Date(at).toISOString(),
    started_at: new Date(at).toISOString(),
    answered_at: answered ? new Date(at + 6000).toISOString() : null,
    ended_at: new Date(at + 120_000).toISOString(),
    ...fields,
  };
}
