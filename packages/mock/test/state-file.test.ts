// The state file holds every change before the request that made it is answered: a copy of the file taken
// at any settled moment of a broad workload (every mutating operation, calls to their end, deliveries that
// fail and retry, runs, revoked keys, rotated secrets, idempotent creates) restores to exactly the state
// the server holds then. A change made in place without its `touch` is missing from the copy and fails
// here. Then the restored server goes on: ringing calls finish their timelines as the original's do,
// idempotent creates replay, and no id is handed out again.
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Collection } from '../src/core/collection.js';
import { type MockServer, startMockServer } from '../src/server.js';
import { request } from './setup.js';
import { writeEveryCollection } from './workload.js';

// Pinned seed and start: ids come from the seeded sequence, which the file carries across the restart.
const PINNED = { seed: 7, startTime: '2026-03-02T14:00:00Z', speed: 0.01, rateLimit: false } as const;

/** A receiver that answers 200, or 500 under /failing (those deliveries retry, then fail). */
async function receiver() {
  const http = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.statusCode = req.url?.startsWith('/failing') ? 500 : 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  afterAll(() => {
    http.closeAllConnections();
    http.close();
  });
  return `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
}

const servers: MockServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.close();
});
async function start(stateFile: string) {
  const server = await startMockServer({ ...PINNED, stateFile });
  servers.push(server);
  const api = (method: string, path: string, init: Parameters<typeof request>[3] = {}) =>
    request(server.baseUrl, method, path, { key: server.testKey, ...init });
  const control = (method: string, path: string, body?: unknown) =>
    request(server.url, method, `/_mock/${path}`, body === undefined ? {} : { body });
  /** Waits until no webhook attempt is in flight and the clock's changes are written. */
  const settle = async () => {
    for (let i = 0; i < 200; i++) {
      if ((await control('GET', 'clock')).body.webhooks_in_flight === 0) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
  };
  return { server, api, control, settle };
}

/** Every collection and list of the state, as plain data. */
function dump(server: MockServer) {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(server.mock.state))
    out[name] = value instanceof Collection ? Object.fromEntries(value) : value;
  return structuredClone(out);
}

const folder = mkdtempSync(join(tmpdir(), 'kaicalls-state-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const file = join(folder, 'state.jsonl');

describe('the state file', async () => {
  const hooks = await receiver();
  const first = await start(file);
  const { api, control } = first;
  const agent = [...first.server.mock.state.agents.values()].find((a) => a.name === 'Kai')!;
  const lead = [...first.server.mock.state.leads.values()][0]!;
  let live: string[] = [];
  let replayable: { id: string; key: string; body: unknown };

  it('holds the whole state after a workload that changes every collection', async () => {
    const { failing, key, run } = await writeEveryCollection(api, {
      agentId: agent.id,
      leadId: lead.id,
      hooks: { ok: `${hooks}/ok`, failing: `${hooks}/failing` },
      appointmentStart: '2026-03-20T10:00:00Z',
      keyPrefix: 'state-file',
      advance: (ms) => control('POST', 'clock/advance', { ms }),
    });
    await control('POST', 'inbound-calls', { from: '+15125559876', answered: false, voicemail: true });
    // A jump of the server's clock plays what falls due: each of the run's calls, one at a time, then the
    // retry schedule (30 s … 2 h).
    for (let i = 0; i < 4; i++) {
      await control('POST', 'clock/advance', { ms: 600_000 });
      await first.settle();
    }
    await control('POST', 'clock/advance', { ms: 4 * 3_600_000 });
    await first.settle();
    await api('DELETE', `/v1/webhooks/${failing}`);
    // Calls left ringing and dialing, and a run still dialing, when the copy is taken.
    const ringing = await api('POST', '/v1/calls', {
      body: { agent_id: agent.id, to: '+15005550100' },
      headers: { 'idempotency-key': 'state-file-call' },
    });
    replayable = {
      id: ringing.body.id,
      key: 'state-file-call',
      body: { agent_id: agent.id, to: '+15005550100' },
    };
    const dialing = await api('POST', '/v1/calls', { body: { agent_id: agent.id, to: '+15005550104' } });
    await control('POST', 'clock/advance', { ms: 2_500 });
    const late = await api('POST', '/v1/calls', { body: { agent_id: agent.id, to: '+15005550101' } });
    await api('POST', '/v1/communication-runs', {
      body: { name: 'Later', agent_id: agent.id, contacts: [{ to: '+15005550100' }, { to: '+15005550102' }] },
    });
    live = [ringing.body.id, dialing.body.id, late.body.id];
    await first.settle();

    const state = first.server.mock.state;
    expect(state.calls.get(ringing.body.id)!.status).toBe('ringing');
    expect([...state.deliveries.values()].some((d) => d.status === 'failed')).toBe(true);
    expect(state.webhookAttempts.some((a) => a.status === 500)).toBe(true);
    expect(state.runs.get(run)!.status).toBe('completed');
    expect(state.keys.get(key)!.record.revoked_at).not.toBeNull();

    // The file as it is now, while the server goes on: what a crash at this moment would leave.
    const expected = dump(first.server);
    const clock = first.server.mock.clock.now();
    const copy = join(folder, 'copy.jsonl');
    copyFileSync(file, copy);
    const restored = await start(copy);
    expect(dump(restored.server)).toEqual(expected);
    expect(Math.abs(restored.server.mock.clock.now() - clock)).toBeLessThan(1_000);
  });

  it('resumes live calls and runs on the restored clock, as the original plays them', async () => {
    const restored = servers[1]!;
    for (const server of [first.server, restored])
      await request(server.url, 'POST', '/_mock/clock/advance', { body: { ms: 600_000 } });
    for (const id of live) {
      const [mine, theirs] = [first.server, restored].map((s) => s.mock.state);
      expect(theirs!.calls.get(id)!.status).not.toMatch(/ringing|queued|in-progress/);
      expect(theirs!.calls.get(id)).toEqual(mine!.calls.get(id));
      expect(theirs!.timelines.get(id)).toEqual(mine!.timelines.get(id));
    }
    const runs = [first.server, restored].map((s) =>
      [...s.mock.state.runs.values()].map((r) => [r.id, r.status, r.progress]),
    );
    expect(runs[1]).toEqual(runs[0]);
    for (const server of [first.server, restored]) {
      const call = await request(server.baseUrl, 'GET', `/v1/calls/${live[0]}`, { key: server.testKey });
      expect(call.body.status).toBe('completed');
    }
  });

  it('replays an idempotent create after the restart, and never hands out an id again', async () => {
    const restored = servers[1]!;
    // Both servers answer the same requests, so that their random sequences draw the same numbers.
    const [original, again] = await Promise.all(
      [first.server, restored].map((s) =>
        request(s.baseUrl, 'POST', '/v1/calls', {
          key: s.testKey,
          body: replayable.body,
          headers: { 'idempotency-key': replayable.key },
        }),
      ),
    );
    expect(again!.status).toBe(201);
    expect(again!.headers.get('idempotency-replayed')).toBe('true');
    expect(again!.body).toEqual(original!.body);
    expect(again!.body.id).toBe(replayable.id);
    // The seeded sequence goes on where the file left it: the same next id as the original's, and new.
    const taken = new Set(first.server.mock.state.calls.keys());
    const body = { agent_id: agent.id, to: '+15005550100' };
    const [mine, theirs] = await Promise.all(
      [first.server, restored].map((s) => request(s.baseUrl, 'POST', '/v1/calls', { key: s.testKey, body })),
    );
    expect(taken.has(theirs!.body.id)).toBe(false);
    expect(theirs!.body.id).toBe(mine!.body.id);
  });

  it('is readable by its owner only and leaves no temporary file', async () => {
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(folder).sort()).toEqual([
      'copy.jsonl',
      'copy.jsonl.lock',
      'state.jsonl',
      'state.jsonl.lock',
    ]);
    for (const server of servers.splice(0)) await server.close();
    expect(readdirSync(folder).sort()).toEqual(['copy.jsonl', 'state.jsonl']);
  });
});

describe('the state file across a reset', () => {
  it('forgets what came before POST /_mock/reset, and keeps what came after', async () => {
    const path = join(folder, 'reset.jsonl');
    const { server, api, control, settle } = await start(path);
    const body = { title: 'Before', start_time: '2026-03-20T10:00:00Z', end_time: '2026-03-20T10:30:00Z' };
    const before = await api('POST', '/v1/appointments', { body });
    await control('POST', 'reset');
    const after = await api('POST', '/v1/appointments', { body: { ...body, title: 'After' } });
    await settle();
    const expected = dump(server);
    await server.close();
    servers.splice(servers.indexOf(server), 1);
    const restored = await start(path);
    expect(dump(restored.server)).toEqual(expected);
    const titles = [...restored.server.mock.state.appointments.values()].map((a) => a.title);
    expect(titles).toContain('After');
    expect(titles).not.toContain('Before');
    // With the seed and start pinned, a reset starts the same run again: the same ids.
    expect(after.body.id).toBe(before.body.id);
    await restored.server.close();
    servers.splice(servers.indexOf(restored.server), 1);
  });
});
