// Agents and their config versions.
import type { Core } from '../core/context.js';
import type { Schemas } from '../core/state.js';
import { MockError } from '../http/errors.js';
import type { Scope } from '../http/scope.js';
import { defaultBusiness } from './account.js';
import { find, listPage } from './owners.js';
import { defineResource } from './resource.js';

type Agent = Schemas['Agent'];
const CONFIG_FIELDS = ['voice', 'language', 'system_prompt', 'first_message', 'max_call_duration'] as const;
/** The plan limit behind 422 limit_reached. */
export const MAX_AGENTS_PER_BUSINESS = 10;

export function getAgent(ctx: Core, scope: Scope, id: string, param = 'agent_id'): Agent {
  return find(ctx, scope, 'agents', id, param);
}

function recordConfigVersion(ctx: Core, agent: Agent) {
  const id = ctx.id('cfg');
  ctx.state.configVersions.set(id, {
    id,
    agent_id: agent.id,
    version: agent.config_version,
    config: Object.fromEntries(CONFIG_FIELDS.map((f) => [f, agent[f]])) as Schemas['AgentConfig'],
    created_at: agent.updated_at,
  });
}

function createAgent(
  ctx: Core,
  input: Schemas['AgentCreate'],
  businessId: string,
  at = ctx.clock.now(),
): Agent {
  const business = ctx.state.businesses.get(businessId);
  const now = ctx.iso(at);
  const agent: Agent = {
    id: ctx.id('agt'),
    name: input.name,
    business_id: businessId,
    voice: input.voice ?? 'jennifer',
    language: input.language ?? 'en-US',
    system_prompt:
      input.system_prompt ??
      `You are ${input.name}, the receptionist of ${business?.name ?? 'the business'}. Qualify callers and book appointments.`,
    first_message:
      input.first_message ??
      `Hi, this is ${input.name} from ${business?.name ?? 'our office'}. Do you have a minute?`,
    max_call_duration: input.max_call_duration ?? 600,
    is_active: input.is_active ?? true,
    phone_number: null,
    config_version: 1,
    created_at: now,
    updated_at: now,
  };
  ctx.state.agents.set(agent.id, agent);
  recordConfigVersion(ctx, agent);
  return agent;
}

export const agents = defineResource({
  seed(ctx) {
    const [law, plumbing] = [...ctx.state.businesses.keys()];
    const daysAgo = (days: number) => ctx.clock.now() - days * 86_400_000;
    createAgent(ctx, { name: 'Kai' }, law!, daysAgo(60));
    const sarah = {
      name: 'Sarah',
      voice: 'sarah',
      first_message: 'Hi, this is Sarah from Smith Law, following up on your inquiry.',
    };
    createAgent(ctx, sarah, law!, daysAgo(30));
    createAgent(ctx, { name: 'Max', voice: 'matthew' }, plumbing!, daysAgo(10));
  },
  operations: {
    listAgents({ query, scope }, ctx) {
      const keep = (a: Schemas['Agent']) =>
        (query.business_id === undefined || a.business_id === query.business_id) &&
        (query.is_active === undefined || a.is_active === query.is_active);
      const where = {
        business_id: query.business_id as string | undefined,
        is_active: query.is_active as boolean | undefined,
      };
      return { body: listPage(ctx, scope, 'agents', query, { where }, { keep }) };
    },
    createAgent({ body, scope }, ctx) {
      const businessId = body.business_id ?? scope.businessId ?? defaultBusiness(ctx).id;
      find(ctx, scope, 'businesses', businessId, 'business_id');
      const count = [...ctx.state.agents.values()].filter((a) => a.business_id === businessId).length;
      if (count >= MAX_AGENTS_PER_BUSINESS) {
        throw new MockError(
          'limit_reached',
          `Your plan allows ${MAX_AGENTS_PER_BUSINESS} agents per business. Delete one or upgrade.`,
        );
      }
      return { status: 201, body: createAgent(ctx, body, businessId) };
    },
    getAgent({ params, scope }, ctx) {
      return { body: getAgent(ctx, scope, params.agent_id!) };
    },
    updateAgent({ params, body, scope }, ctx) {
      const agent = getAgent(ctx, scope, params.agent_id!);
      const configChanged = CONFIG_FIELDS.some((f) => f in body && body[f] !== agent[f]);
      Object.assign(agent, body, { updated_at: ctx.iso() });
      if (configChanged) {
        agent.config_version += 1;
        recordConfigVersion(ctx, agent);
      }
      ctx.state.agents.touch(agent.id);
      return { body: agent };
    },
    deleteAgent({ params, scope }, ctx) {
      const agent = getAgent(ctx, scope, params.agent_id!);
      ctx.state.agents.delete(agent.id);
      for (const number of ctx.state.numbers.values())
        if (number.agent_id === agent.id) number.agent_id = null;
      return { body: { id: agent.id, deleted: true } };
    },
    listAgentConfigVersions({ params, query, scope }, ctx) {
      const agent = getAgent(ctx, scope, params.agent_id!);
      const keep = (v: { agent_id: string }) => v.agent_id === agent.id;
      return {
        body: listPage(ctx, scope, 'configVersions', query, { where: { agent_id: agent.id } }, { keep }),
      };
    },
  },
});
