// Evidence of what the agent did: SMS messages, conversations, jobs, dial attempts and recordings. The
// voice loop writes these records as calls happen; here they are read, newest first, filtered by call or
// lead. One table describes all five, since they differ only in collection, id and filters.
import type { Core } from '../core/context.js';
import type { State } from '../core/state.js';
import type { Resolver } from '../http/pipeline.js';
import { find, listPage } from './owners.js';
import { defineResource } from './resource.js';

type Collection = 'smsMessages' | 'conversations' | 'jobs' | 'attempts' | 'recordings';
type Item<C extends Collection> = State[C] extends Map<string, infer T extends { id: string }> ? T : never;

interface Evidence<C extends Collection> {
  collection: C;
  param: string;
  callIds(item: Item<C>, ctx: Core): readonly (string | null)[];
  leadId(item: Item<C>, ctx: Core): string | null | undefined;
}

const leadOfCall = (ctx: Core, callId: string | null) =>
  callId === null ? null : (ctx.state.calls.get(callId)?.lead_id ?? null);

function resolvers<C extends Collection>(spec: Evidence<C>): { list: Resolver; get: Resolver } {
  return {
    list({ query, scope }, ctx) {
      const keep = (item: Item<C>) =>
        (query.call_id === undefined || spec.callIds(item, ctx).includes(query.call_id as string)) &&
        (query.lead_id === undefined || spec.leadId(item, ctx) === query.lead_id);
      const where = {
        call_id: query.call_id as string | undefined,
        lead_id: query.lead_id as string | undefined,
      };
      return { body: listPage(ctx, scope, spec.collection, query, { where }, { keep: keep as never }) };
    },
    get({ params, scope }, ctx) {
      return { body: find(ctx, scope, spec.collection, params[spec.param]!, spec.param) };
    },
  };
}

const sms = resolvers({
  collection: 'smsMessages',
  param: 'sms_id',
  callIds: (m) => [m.call_id],
  leadId: (m) => m.lead_id,
});
const conversations = resolvers({
  collection: 'conversations',
  param: 'conversation_id',
  callIds: (c) => c.call_ids,
  leadId: (c) => c.lead_id,
});
const jobs = resolvers({
  collection: 'jobs',
  param: 'job_id',
  callIds: (j) => [j.call_id],
  // A job belongs to a lead through its call.
  leadId: (j, ctx) => leadOfCall(ctx, j.call_id),
});
const attempts = resolvers({
  collection: 'attempts',
  param: 'attempt_id',
  callIds: (a) => [a.call_id],
  leadId: (a) => a.lead_id,
});
const recordings = resolvers({
  collection: 'recordings',
  param: 'recording_id',
  callIds: (r) => [r.call_id],
  leadId: (r) => r.lead_id,
});

export const evidence = defineResource({
  operations: {
    listSmsMessages: sms.list,
    getSmsMessage: sms.get,
    listConversations: conversations.list,
    getConversation: conversations.get,
    listJobs: jobs.list,
    getJob: jobs.get,
    listAttempts: attempts.list,
    getAttempt: attempts.get,
    listRecordings: recordings.list,
    getRecording: recordings.get,
  },
});
