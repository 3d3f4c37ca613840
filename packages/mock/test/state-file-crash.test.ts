// The built `kaicalls-mock` killed with SIGKILL at random moments while clients create calls, 20 times in a
// row on one state file: it starts again every time (taking over the dead server's lock), every call that
// was answered 201 is there afterwards, no id is handed out twice, and once it stops cleanly no file but
// the state file is left. The seed and start are pinned, so ids come from the seeded sequence the file
// carries across restarts: the case where a lost position would hand the same ids out again. The file is
// compacted every few thousand lines, so some kills land mid-compaction.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../../scripts/ensure-built.js';
import { type Running, startBinary } from './binary.js';
import { request } from './setup.js';

beforeAll(() => ensureBuilt('packages/mock'), 120_000);

const ROUNDS = 20;
const CLIENTS = 8;
const KEY = 'kc_test_4eC39HqLyjWDarjtT1zdp7dc';
const folder = mkdtempSync(join(tmpdir(), 'kaicalls-crash-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const file = join(folder, 'state.jsonl');
const args = ['--port', '0', '--quiet', '--no-rate-limit', '--speed', '100', '--state-file', file];
const pinned = ['--seed', '3', '--start-time', '2026-03-02T14:00:00Z'];
const env = { KAICALLS_MOCK_COMPACT_LINES: '2000' };

/** Creates calls from `CLIENTS` loops until the server dies; resolves with the ids answered 201. */
function load(server: Running, agentId: string): Promise<string[]> {
  const ids: string[] = [];
  const client = async () => {
    for (let i = 0; ; i++) {
      try {
        const created = await request(server.url, 'POST', '/v1/calls', {
          key: KEY,
          body: { agent_id: agentId, to: i % 3 === 0 ? '+15005550100' : '+15005550101' },
        });
        if (created.status !== 201) throw new Error(`create answered ${created.status}`);
        ids.push(created.body.id);
      } catch (error) {
        if (server.child.exitCode !== null || server.child.signalCode !== null) return;
        // The connection broke as the process died, before it was reaped.
        await new Promise((r) => setTimeout(r, 20));
        if (server.child.exitCode !== null || server.child.signalCode !== null) return;
        throw error;
      }
    }
  };
  return Promise.all(Array.from({ length: CLIENTS }, client)).then(() => ids);
}

/** Every call id the server holds, through the API's pagination. */
async function allCalls(url: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let cursor: string | null = null;
  do {
    const page = await request(url, 'GET', `/v1/calls?limit=100${cursor ? `&cursor=${cursor}` : ''}`, {
      key: KEY,
    });
    for (const call of page.body.data) ids.add(call.id);
    cursor = page.body.has_more ? page.body.next_cursor : null;
  } while (cursor);
  return ids;
}

describe('the state file under SIGKILL', () => {
  it(`loses no answered create and reissues no id over ${ROUNDS} kills`, async () => {
    const answered: string[] = [];
    const kills: number[] = [];
    let midCompaction = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const server = await startBinary([...args, ...pinned], { env });
      const health = await request(server.url, 'GET', '/_mock/health');
      if (round > 0) {
        // Every call answered before the last kill is there.
        const held = await allCalls(server.url);
        const missing = answered.filter((id) => !held.has(id));
        expect(missing, `round ${round}: calls answered 201 and lost`).toEqual([]);
      }
      const created = load(server, health.body.agent_id);
      const after = 30 + Math.floor(Math.random() * 900);
      kills.push(after);
      await new Promise((r) => setTimeout(r, after));
      server.child.kill('SIGKILL');
      answered.push(...(await created));
      await new Promise<void>((resolve) =>
        server.child.exitCode !== null || server.child.signalCode !== null
          ? resolve()
          : server.child.once('exit', () => resolve()),
      );
      if (existsSync(`${file}.compacting`)) midCompaction++;
    }
    expect(answered.length).toBeGreaterThan(ROUNDS * 10);
    expect(new Set(answered).size, 'an id answered twice').toBe(answered.length);

    const last = await startBinary([...args, ...pinned], { env });
    const held = await allCalls(last.url);
    expect(answered.filter((id) => !held.has(id))).toEqual([]);
    expect((await last.stop('SIGTERM')).code).toBe(0);
    expect(readdirSync(folder)).toEqual(['state.jsonl']);
    console.log(
      `${answered.length} calls answered over ${ROUNDS} kills (after ${kills.join(', ')} ms; ${midCompaction} mid-compaction)`,
    );
  }, 120_000);
});
