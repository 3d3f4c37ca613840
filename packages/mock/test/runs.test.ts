// Communication runs through real requests: validate and preview without side effects, dispatch with the
// concurrency limit, the call window in the run's timezone, pause/resume/cancel, and counters that always
// add up.
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../src/index.js';
import { serve } from './setup.js';

type Run = Schemas['CommunicationRun'];
let keys = 0;

describe('communication runs', async () => {
  const { api, mock } = await serve({ rateLimit: false });
  const agent = [...mock.state.agents.values()].find((a) => a.name === 'Kai')!;
  const start = mock.clock.now(); // (until a test moves the clock) Monday 15:00 UTC: 09:00 in Chicago, 10:00 in New York.
  const contacts = (...numbers: string[]) => numbers.map((to, i) => ({ to, name: `Contact ${i + 1}` }));
  const createRun = async (body: Record<string, unknown>) => {
    const res = await api('POST', '/v1/communication-runs', {
      body: { name: 'Outreach', agent_id: agent.id, ...body },
      headers: { 'idempotency-key': `run-${++keys}` },
    });
    expect(res.status).toBe(201);
    return res.body as Run;
  };
  const runNow = (id: string) => mock.state.runs.get(id)!;
  const callsOf = (id: string) => [...mock.state.calls.values()].filter((c) => c.run_id === id);
  const live = (id: string) =>
    callsOf(id).filter((c) => ['queued', 'ringing', 'in-progress'].includes(c.status)).length;
  const sum = (p: Run['progress']) => p.pending + p.in_progress + p.completed + p.failed + p.canceled;

  /** Checks the invariants at every event the mock emits, not only at the end. */
  const violations: string[] = [];
  mock.context.onEvent(() => {
    for (const run of mock.state.runs.values()) {
      if (sum(run.progress) !== run.progress.total)
        violations.push(`${run.id}: counters ${JSON.stringify(run.progress)}`);
      if (live(run.id) > run.max_concurrent_calls)
        violations.push(`${run.id}: ${live(run.id)} calls at once`);
      if (live(run.id) !== run.progress.in_progress)
        violations.push(`${run.id}: in_progress ${run.progress.in_progress} vs ${live(run.id)}`);
    }
  });

  function sizes() {
    // Every collection but the usage log (each request is logged, side effect or not).
    const { usage: _usage, ...records } = mock.state;
    return {
      ...Object.fromEntries(Object.entries(records).map(([k, v]) => [k, v instanceof Map ? v.size : 0])),
      pending: mock.clock.pending(),
    };
  }

  it('validates without side effects, listing every problem', async () => {
    const before = sizes();
    const bad = await api('POST', '/v1/communication-runs/validate', {
      body: {
        name: 'Bad',
        agent_id: 'agt_nosuchagent',
        contacts: [
          ...contacts('+15125550100', '+15005550001', '+15125550100'),
          { to: '+15125550101', lead_id: 'lead_nosuchlead' },
        ],
        timezone: 'Mars/Olympus_Mons',
        call_window: { start: '09:00', end: '09:00' },
      },
    });
    expect(bad.status).toBe(200);
    expect(bad.body.valid).toBe(false);
    expect(bad.body.contact_count).toBe(4);
    expect(bad.body.errors.map((p: any) => [p.field, p.code])).toEqual([
      ['agent_id', 'not_found'],
      ['timezone', 'invalid'],
      ['call_window', 'invalid'],
      ['contacts[1].to', 'invalid'],
      ['contacts[3].lead_id', 'not_found'],
    ]);
    expect(bad.body.warnings).toEqual([
      expect.objectContaining({ field: 'contacts[2].to', code: 'duplicate' }),
    ]);
    const noDays = await api('POST', '/v1/communication-runs/validate', {
      body: {
        name: 'X',
        agent_id: agent.id,
        contacts: contacts('+15125550100'),
        call_window: { start: '09:00', end: '17:00', days: [] },
      },
    });
    expect(noDays.body.errors).toEqual([expect.objectContaining({ field: 'call_window', code: 'invalid' })]);
    const good = await api('POST', '/v1/communication-runs/validate', {
      body: {
        name: 'Good',
        agent_id: agent.id,
        contacts: contacts('+15125550100'),
        timezone: 'Europe/Berlin',
      },
    });
    expect(good.body).toEqual({ valid: true, contact_count: 1, errors: [], warnings: [] });
    expect(sizes()).toEqual(before);
  });

  it('previews dispatch times with concurrency, window and timezone, without side effects', async () => {
    const before = sizes();
    const res = await api('POST', '/v1/communication-runs/preview', {
      body: {
        name: 'Preview',
        agent_id: agent.id,
        contacts: contacts('+15125550100', '+15125550101', '+15125550102', '+15125550103', '+15125550104'),
        timezone: 'America/Chicago',
        call_window: { start: '09:00', end: '17:00' },
        max_concurrent_calls: 2,
      },
    });
    expect(res.status).toBe(200);
    const iso = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
    expect(res.body.calls.map((c: any) => c.scheduled_at)).toEqual([iso(0), iso(0), iso(3), iso(3), iso(6)]);
    expect(res.body).toMatchObject({
      contact_count: 5,
      first_call_at: iso(0),
      last_call_at: iso(6),
      estimated_duration_minutes: 9,
      estimated_cost_cents: 75,
    });
    // Tokyo is past midnight on Tuesday: the first call waits for 09:00 there (00:00 UTC).
    const tokyo = await api('POST', '/v1/communication-runs/preview', {
      body: {
        name: 'Tokyo',
        agent_id: agent.id,
        contacts: contacts('+81312345678'),
        timezone: 'Asia/Tokyo',
        call_window: { start: '09:00', end: '17:00' },
      },
    });
    expect(tokyo.body.first_call_at).toBe('2026-02-17T00:00:00.000Z');
    const rejected = await api('POST', '/v1/communication-runs/preview', {
      body: { name: 'X', agent_id: agent.id, contacts: contacts('+15005550001') },
    });
    expect(rejected.status).toBe(400);
    expect(rejected.body.error).toMatchObject({ code: 'invalid_request', param: 'contacts[0].to' });
    expect(sizes()).toEqual(before);
  });

  it('requires an Idempotency-Key and refuses invalid runs', async () => {
    const body = { name: 'X', agent_id: agent.id, contacts: contacts('+15125550100') };
    const missing = await api('POST', '/v1/communication-runs', { body });
    expect(missing.status).toBe(400);
    expect(missing.body.error.param).toBe('Idempotency-Key');
    const unknown = await api('POST', '/v1/communication-runs', {
      body: { ...body, agent_id: 'agt_nosuchagent' },
      headers: { 'idempotency-key': 'unknown-agent' },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.param).toBe('agent_id');
    expect(mock.state.runs.size).toBe(0);
  });

  it('waits for the call window in the run timezone, and moves to the next window when it closes', async () => {
    const tokyo = await createRun({
      contacts: contacts('+15005550102', '+15005550103'),
      timezone: 'Asia/Tokyo',
      call_window: { start: '09:00', end: '17:00' },
    });
    // Long calls (122 s) in a five-minute window: three fit, the fourth waits for Tuesday 09:00 in Chicago.
    const chicago = await createRun({
      contacts: contacts('+15005550105', '+15005550105', '+15005550105', '+15005550105'),
      timezone: 'America/Chicago',
      call_window: { start: '09:00', end: '09:05', days: ['mon', 'tue'] },
    });
    expect(callsOf(tokyo.id)).toHaveLength(0);
    expect(runNow(tokyo.id).status).toBe('running');
    await mock.clock.advance(8 * 3_600_000);
    expect(callsOf(tokyo.id)).toHaveLength(0);
    console.log(
      JSON.stringify(callsOf(chicago.id).map((c) => [c.created_at, c.status, c.ended_at])),
      JSON.stringify(runNow(chicago.id)),
    );
    expect(callsOf(chicago.id)).toHaveLength(3);
    expect(runNow(chicago.id).progress).toMatchObject({ pending: 1, in_progress: 0, failed: 3 });
    await mock.clock.runUntilIdle();
    const tokyoStarts = callsOf(tokyo.id).map((c) => c.created_at);
    expect(tokyoStarts[0]).toBe('2026-02-17T00:00:00.000Z');
    const chicagoStarts = callsOf(chicago.id).map((c) => c.created_at);
    expect(chicagoStarts).toEqual([
      new Date(start).toISOString(),
      new Date(start + 122_000).toISOString(),
      new Date(start + 244_000).toISOString(),
      '2026-02-17T15:00:00.000Z',
    ]);
    expect(runNow(chicago.id).status).toBe('completed');
    expect(violations).toEqual([]);
  });

  it('dispatches one call per contact, never more than max_concurrent_calls at once', async () => {
    const numbers = [
      '+15005550100',
      '+15005550101',
      '+15005550102',
      '+15005550103',
      '+15005550104',
      '+15005550107',
      '+15125557001',
    ];
    const run = await createRun({
      contacts: contacts(...numbers),
      context: 'Spring check-in.',
      max_concurrent_calls: 2,
    });
    expect(run.status).toBe('running');
    expect(run.progress).toEqual({
      total: 7,
      pending: 5,
      in_progress: 2,
      completed: 0,
      failed: 0,
      canceled: 0,
    });
    await mock.clock.runUntilIdle();
    const done = (await api('GET', `/v1/communication-runs/${run.id}`)).body as Run;
    expect(done.status).toBe('completed');
    expect(done.completed_at).not.toBeNull();
    const calls = callsOf(run.id);
    expect(calls.map((c) => c.to).sort()).toEqual([...numbers].sort());
    expect(calls.every((c) => c.context?.startsWith('Spring check-in.'))).toBe(true);
    const completed = calls.filter((c) => c.status === 'completed' || c.status === 'voicemail').length;
    expect(done.progress).toEqual({
      total: 7,
      pending: 0,
      in_progress: 0,
      completed,
      failed: 7 - completed,
      canceled: 0,
    });
    expect((await api('GET', `/v1/calls?run_id=${run.id}`)).body.data).toHaveLength(7);
    const types = [...mock.state.events.values()]
      .filter((e) => e.type.startsWith('run.') && (e.data as any).id === run.id)
      .map((e) => e.type);
    expect(types).toEqual(['run.started', 'run.completed']);
    expect(
      [...mock.state.jobs.values()].find((j) => j.type === 'run_dispatch' && j.run_id === run.id)!.status,
    ).toBe('succeeded');
    expect(violations).toEqual([]);
  });

  it('pauses (nothing new is dispatched), resumes, and cancels (the rest counted canceled)', async () => {
    const run = await createRun({ contacts: contacts(...Array(6).fill('+15005550101')) });
    expect(callsOf(run.id)).toHaveLength(1);
    const paused = await api('POST', `/v1/communication-runs/${run.id}/pause`);
    expect(paused.body.status).toBe('paused');
    await mock.clock.advance(100_000);
    expect(callsOf(run.id)).toHaveLength(1);
    expect(runNow(run.id).progress).toEqual({
      total: 6,
      pending: 5,
      in_progress: 0,
      completed: 0,
      failed: 1,
      canceled: 0,
    });
    expect((await api('POST', `/v1/communication-runs/${run.id}/pause`)).status).toBe(409);
    const resumed = await api('POST', `/v1/communication-runs/${run.id}/resume`);
    expect(resumed.body.status).toBe('running');
    expect(callsOf(run.id)).toHaveLength(2);
    expect((await api('POST', `/v1/communication-runs/${run.id}/resume`)).body.error.code).toBe('conflict');
    await mock.clock.advance(40_000);
    expect(callsOf(run.id)).toHaveLength(3);
    const canceled = await api('POST', `/v1/communication-runs/${run.id}/cancel`);
    expect(canceled.body).toMatchObject({
      status: 'canceled',
      canceled_at: expect.any(String),
      progress: { total: 6, pending: 0, in_progress: 1, completed: 0, failed: 2, canceled: 3 },
    });
    await mock.clock.runUntilIdle();
    expect(callsOf(run.id)).toHaveLength(3);
    expect(runNow(run.id)).toMatchObject({
      status: 'canceled',
      progress: { in_progress: 0, failed: 3, canceled: 3 },
    });
    expect((await api('POST', `/v1/communication-runs/${run.id}/cancel`)).status).toBe(409);
    const types = [...mock.state.events.values()]
      .filter((e) => e.type.startsWith('run.') && (e.data as any).id === run.id)
      .map((e) => e.type);
    expect(types).toEqual(['run.started', 'run.paused', 'run.resumed', 'run.canceled']);
    expect(violations).toEqual([]);
  });

  it('counts a canceled call of a run as canceled', async () => {
    const run = await createRun({ contacts: contacts('+15005550105', '+15005550102') });
    const [first] = callsOf(run.id);
    await api('POST', `/v1/calls/${first!.id}/cancel`);
    expect(runNow(run.id).progress).toMatchObject({ canceled: 1, in_progress: 1, pending: 0 });
    await mock.clock.runUntilIdle();
    expect(runNow(run.id)).toMatchObject({ status: 'completed', progress: { canceled: 1, failed: 1 } });
  });

  it('starts at schedule.start_at, lists and filters runs', async () => {
    const at = new Date(mock.clock.now() + 3_600_000).toISOString();
    const run = await createRun({ contacts: contacts('+15125557002'), schedule: { start_at: at } });
    expect(run).toMatchObject({ status: 'scheduled', started_at: null });
    await mock.clock.advance(3_599_000);
    expect(callsOf(run.id)).toHaveLength(0);
    await mock.clock.advance(1_000);
    expect(runNow(run.id)).toMatchObject({ status: 'running', started_at: at });
    expect(callsOf(run.id)).toHaveLength(1);
    await mock.clock.runUntilIdle();
    const scheduled = await api('GET', '/v1/communication-runs?status=canceled');
    expect(scheduled.body.data.map((r: any) => r.status)).toEqual(['canceled']);
    const all = await api('GET', '/v1/communication-runs?limit=100');
    expect(all.body.data[0].id).toBe(run.id);
    expect((await api('GET', '/v1/communication-runs/run_nosuchrun')).status).toBe(404);
    expect(violations).toEqual([]);
  });
});
