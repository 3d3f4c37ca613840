// The state file at sizes 0.1.0 could not load (a spread of 168k webhook attempts overflowed the stack) or
// write (one string of the whole state): 100,000 calls and 200,000 webhook attempts load line by line. And
// a file that grew with changes is compacted in the background into one line per record, which restores
// the same state.
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Collection } from '../src/core/collection.js';
import { type MockServer, startMockServer } from '../src/server.js';
import { request } from './setup.js';

const CALLS = 100_000;
const ATTEMPTS = 200_000;

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A state file with the seeded state, from a server started and stopped on it. */
async function seeded(name: string) {
  const folder = mkdtempSync(join(tmpdir(), 'kaicalls-large-'));
  folders.push(folder);
  const file = join(folder, name);
  const server = await startMockServer({ stateFile: file });
  const call = structuredClone([...server.mock.state.calls.values()].find((c) => c.transcript === null)!);
  await server.close();
  return { file, call };
}

function dump(server: MockServer) {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(server.mock.state))
    out[name] = value instanceof Collection ? Object.fromEntries(value) : value;
  return structuredClone(out);
}

describe('a large state file', () => {
  it(`loads ${CALLS.toLocaleString('en')} calls and ${ATTEMPTS.toLocaleString('en')} webhook attempts`, async () => {
    const { file, call } = await seeded('large.jsonl');
    const fd = openSync(file, 'a');
    let text = '';
    const add = (line: string) => {
      text += line;
      if (text.length > 1 << 20) {
        writeSync(fd, text);
        text = '';
      }
    };
    for (let i = 0; i < CALLS; i++) {
      const id = `call_L${String(i).padStart(9, '0')}`;
      add(`${JSON.stringify({ set: 'calls', id, value: { ...call, id } })}\n`);
    }
    for (let i = 0; i < ATTEMPTS; i++) {
      const value = {
        url: 'https://receiver.example/hooks',
        headers: { 'webhook-id': `evt_${i}` },
        body: '{}',
        status: 200,
        error: null,
        at: '2026-02-16T15:00:00.000Z',
        deliveryId: `dlv_${i}`,
        eventId: `evt_${i}`,
        eventType: 'call.completed',
        webhookId: null,
        attempt: 1,
      };
      add(`${JSON.stringify({ append: 'webhookAttempts', value })}\n`);
    }
    writeSync(fd, `${text}{"commit":true,"clock":${Date.now()},"rng":1}\n`);
    closeSync(fd);
    const size = statSync(file).size;

    const started = performance.now();
    const server = await startMockServer({ stateFile: file });
    const ms = performance.now() - started;
    try {
      expect(server.mock.state.calls.size).toBeGreaterThanOrEqual(CALLS);
      expect(server.mock.webhookAttempts.length).toBe(ATTEMPTS);
      const read = await request(server.baseUrl, 'GET', '/v1/calls/call_L000099999', { key: server.testKey });
      expect(read.status).toBe(200);
      console.log(`loaded ${(size / 1e6).toFixed(0)} MB in ${ms.toFixed(0)} ms`);
    } finally {
      await server.close();
    }
  }, 120_000);

  it('is compacted in the background while calls play, and restores the same state', async () => {
    const { file } = await seeded('compact.jsonl');
    const options = { seed: 5, startTime: '2026-03-02T14:00:00Z', speed: 0.01, rateLimit: false };
    const server = await startMockServer({ ...options, stateFile: file });
    const { state } = server.mock;
    // 20 MB of leads, so that compaction streams several chunks and the server goes on between them: it
    // reaches the calls' timelines (after the leads) once they have grown past what the file says.
    const [lead] = [...state.leads.values()];
    for (let i = 0; i < 20_000; i++) {
      const id = `lead_Big${String(i).padStart(7, '0')}`;
      state.leads.set(id, { ...lead!, id, name: 'x'.repeat(1_000) });
    }
    const [first] = [...state.appointments.values()];
    const agent = [...state.agents.values()][0]!;
    const calls: string[] = [];
    for (const to of ['+15005550100', '+15005550104', '+15005550101']) {
      const created = await request(server.baseUrl, 'POST', '/v1/calls', {
        key: server.testKey,
        body: { agent_id: agent.id, to },
      });
      calls.push(created.body.id);
    }
    // 20,600 changes, each written as its own batch on the next turn of the event loop. Past 20,000 change
    // lines the file is compacted, and while it is, the clock moves the calls on: their timelines grow.
    const events = () => calls.reduce((n, id) => n + state.timelines.get(id)!.length, 0);
    let grown = 0;
    for (let i = 0; i < 20_600; i++) {
      first!.notes = `change ${i}`;
      state.appointments.touch(first!.id);
      if (existsSync(`${file}.compacting`)) {
        const before = events();
        await server.mock.clock.advance(100);
        grown += events() - before;
      }
      await new Promise((r) => setImmediate(r));
    }
    for (let i = 0; i < 500 && existsSync(`${file}.compacting`); i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(grown).toBeGreaterThan(0);
    const lines = readFileSync(file, 'utf8').split('\n').length - 1;
    // One line per record, and the batches written since: not the 60,000 lines of every change.
    expect(lines).toBeLessThan(35_000);
    const expected = dump(server);
    const copy = `${file}.copy`;
    copyFileSync(file, copy);
    const restored = await startMockServer({ ...options, stateFile: copy });
    try {
      expect(dump(restored)).toEqual(expected);
      expect(restored.mock.state.appointments.get(first!.id)!.notes).toBe('change 20599');
      // The live calls go on from the compacted file as they do in the original.
      for (const s of [server, restored]) await s.mock.clock.advance(600_000);
      for (const id of calls) {
        expect(restored.mock.state.calls.get(id)!.status).toBe(server.mock.state.calls.get(id)!.status);
        expect(restored.mock.state.timelines.get(id)).toEqual(server.mock.state.timelines.get(id));
      }
    } finally {
      await restored.close();
      await server.close();
    }
  }, 60_000);
});
