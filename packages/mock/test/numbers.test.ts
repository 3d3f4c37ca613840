import { describe, expect, it } from 'vitest';
import { serve } from './setup.js';

describe('numbers', async () => {
  const { api, mock } = await serve();

  it('has one number per fixture agent and one unassigned, most recent first', async () => {
    const res = await api('GET', '/v1/numbers');
    expect(res.status).toBe(200);
    const agents = [...mock.state.agents.values()];
    expect(res.body.data).toHaveLength(agents.length + 1);
    expect(res.body.data.filter((n: any) => n.agent_id === null)).toHaveLength(1);
    for (const agent of agents) {
      const number = res.body.data.find((n: any) => n.agent_id === agent.id);
      expect(number).toMatchObject({ business_id: agent.business_id, phone_number: agent.phone_number });
      expect(number.id).toMatch(/^num_/);
    }
    const created = res.body.data.map((n: any) => n.created_at);
    expect(created).toEqual([...created].sort().reverse());
  });

  it('filters by agent and reflects the agent on the agent record', async () => {
    const kai = [...mock.state.agents.values()].find((a) => a.name === 'Kai')!;
    const res = await api('GET', `/v1/numbers?agent_id=${kai.id}`);
    expect(res.body.data).toEqual([
      expect.objectContaining({ agent_id: kai.id, phone_number: '+15125551234' }),
    ]);
    expect((await api('GET', `/v1/agents/${kai.id}`)).body.phone_number).toBe('+15125551234');
  });

  it('gets one number, 404 naming number_id for an unknown one, 400 for a malformed id', async () => {
    const [first] = (await api('GET', '/v1/numbers?limit=1')).body.data;
    expect((await api('GET', `/v1/numbers/${first.id}`)).body).toEqual(first);
    const missing = await api('GET', '/v1/numbers/num_doesnotexist');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 'not_found', param: 'number_id' });
    const bad = await api('GET', '/v1/numbers/agt_123456');
    expect(bad.status).toBe(400);
    expect(bad.body.error.param).toBe('number_id');
  });

  it('frees the number when its agent is deleted', async () => {
    const max = [...mock.state.agents.values()].find((a) => a.name === 'Max')!;
    await api('DELETE', `/v1/agents/${max.id}`);
    const res = await api('GET', '/v1/numbers');
    expect(res.body.data.filter((n: any) => n.agent_id === null)).toHaveLength(2);
  });
});
