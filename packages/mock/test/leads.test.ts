import { describe, expect, it } from 'vitest';
import { createMock } from '../src/index.js';
import { serve } from './setup.js';

async function all(api: Awaited<ReturnType<typeof serve>>['api'], path: string) {
  const items: any[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const res = await api('GET', `${path}${sep}limit=7${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.status).toBe(200);
    items.push(...res.body.data);
    cursor = res.body.next_cursor;
  } while (cursor);
  return items;
}

describe('leads', async () => {
  const { api, mock } = await serve();

  it('seeds about thirty realistic leads across the fixture businesses', async () => {
    const leads = await all(api, '/v1/leads');
    expect(leads.length).toBe(30);
    expect(new Set(leads.map((l) => l.id)).size).toBe(30);
    expect(new Set(leads.map((l) => l.business_id)).size).toBe(mock.state.businesses.size);
    for (const lead of leads) {
      expect(lead.id).toMatch(/^lead_/);
      expect(lead.phone).toMatch(/^\+1\d{10}$/);
      expect(lead.score).toBeGreaterThanOrEqual(0);
      expect(lead.score).toBeLessThanOrEqual(100);
      if (lead.last_contact_at) expect(lead.last_contact_at >= lead.first_contact_at).toBe(true);
    }
  });

  it('includes the leads the docs use, such as John Smith at +15125559876', async () => {
    const res = await api('GET', `/v1/leads?phone=${encodeURIComponent('+15125559876')}`);
    expect(res.body.data).toEqual([
      expect.objectContaining({ name: 'John Smith', email: 'john.smith@example.com' }),
    ]);
    const maria = await api('GET', `/v1/leads?phone=${encodeURIComponent('+15125550199')}`);
    expect(maria.body.data[0].name).toBe('Maria Garcia');
  });

  it('filters by status and minimum score', async () => {
    const qualified = await all(api, '/v1/leads?status=qualified');
    expect(qualified.length).toBeGreaterThan(0);
    expect(qualified.every((l) => l.status === 'qualified')).toBe(true);
    const strong = await all(api, '/v1/leads?min_score=80');
    expect(strong.every((l) => l.score >= 80)).toBe(true);
    const both = await all(api, '/v1/leads?status=lost&min_score=80');
    expect(both).toEqual([]);
    expect((await api('GET', '/v1/leads?status=hot')).body.error).toMatchObject({ param: 'status' });
    expect((await api('GET', '/v1/leads?min_score=101')).body.error).toMatchObject({ param: 'min_score' });
    expect((await api('GET', '/v1/leads?phone=5551234')).body.error.message).toMatch(/E\.164/);
  });

  it('gets a lead, 404 for an unknown one', async () => {
    const [lead] = (await api('GET', '/v1/leads?limit=1')).body.data;
    expect((await api('GET', `/v1/leads/${lead.id}`)).body).toEqual(lead);
    expect((await api('GET', '/v1/leads/lead_nobody000')).body.error).toMatchObject({
      code: 'not_found',
      param: 'lead_id',
    });
  });

  it('is deterministic: the same seed gives the same leads, another seed other scores', async () => {
    const snapshot = (seed: number) => {
      const m = createMock({ seed });
      return [...m.state.leads.values()].map((l) => [l.id, l.name, l.score, l.created_at]);
    };
    expect(snapshot(7)).toEqual(snapshot(7));
    expect(snapshot(7)).not.toEqual(snapshot(8));
  });
});
