// Phone numbers: one per fixture agent (the agent answers it) and one not yet assigned to any agent.
import type { Core } from '../core/context.js';
import type { Schemas } from '../core/state.js';
import { find, listPage } from './owners.js';
import { defineResource } from './resource.js';

type PhoneNumber = Schemas['PhoneNumber'];

/** The fixture numbers, in agent order (Kai, Sarah, Max), then the unassigned one. */
const NUMBERS = ['+15125551234', '+15125551235', '+17375550190'] as const;
const UNASSIGNED = '+15125550150';

function addNumber(ctx: Core, phone: string, businessId: string, agent: Schemas['Agent'] | null, at: number) {
  const number: PhoneNumber = {
    id: ctx.id('num'),
    phone_number: phone,
    agent_id: agent?.id ?? null,
    business_id: businessId,
    capabilities: ['voice', 'sms'],
    created_at: ctx.iso(at),
  };
  ctx.state.numbers.set(number.id, number);
  if (agent) agent.phone_number = phone;
}

export const numbers = defineResource({
  seed(ctx) {
    const agents = [...ctx.state.agents.values()];
    agents.forEach((agent, i) => {
      const phone = NUMBERS[i];
      // A number is bought right before its agent goes live.
      if (phone) addNumber(ctx, phone, agent.business_id, agent, Date.parse(agent.created_at) - 3_600_000);
    });
    const first = ctx.state.businesses.keys().next().value;
    if (first) addNumber(ctx, UNASSIGNED, first, null, ctx.clock.now() - 2 * 86_400_000);
  },
  operations: {
    listNumbers({ query, scope }, ctx) {
      const keep = (n: { agent_id: string | null }) =>
        query.agent_id === undefined || n.agent_id === query.agent_id;
      const where = { agent_id: query.agent_id as string | undefined };
      return { body: listPage(ctx, scope, 'numbers', query, { where }, { keep }) };
    },
    getNumber({ params, scope }, ctx) {
      return { body: find(ctx, scope, 'numbers', params.number_id!, 'number_id') };
    },
  },
});
