// calls watch, calls wait and create --wait over the call's stream, against the real mock server over HTTP:
// each event once and in order, then the final call; NDJSON with --json; a finished call's whole timeline;
// the fallback to polling against a server that does not stream; Ctrl+C; and the raw stream commands.
import { startMockServer } from '@kaicalls/mock/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiProxy, mockEnv, run, runJson, startCli } from './helpers.js';

let server: Awaited<ReturnType<typeof startMockServer>>;
// At speed 1 +15005550105 rings for 120 s of real time: long enough to interrupt on a loaded machine.
let slow: Awaited<ReturnType<typeof startMockServer>>;
let env: NodeJS.ProcessEnv;
let agent: string;

beforeAll(async () => {
  server = await startMockServer({ port: 0, speed: 50 });
  slow = await startMockServer({ port: 0, speed: 1 });
  env = mockEnv(server);
  agent = (await runJson(['agents', 'list', '--is-active'], { env })).data[0].id;
});
afterAll(async () => {
  await server?.close();
  await slow?.close();
});

/** The call's timeline as the API lists it (every page). */
async function timelineOf(id: string, environment = env): Promise<Record<string, unknown>[]> {
  return (await runJson(['calls', 'list-events', id, '--all', '--limit', '100'], { env: environment })).data;
}

const ndjson = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe.concurrent('calls watch', () => {
  it('a live call: --json prints each timeline event once, in order, as the API lists them, then the final call', async () => {
    const call = await runJson(['calls', 'create', '--agent-id', agent, '--to', '+15005550100'], { env });
    const { code, stdout, stderr } = await run(['calls', 'watch', call.id, '--json'], { env });
    expect(code, stderr).toBe(0);
    const lines = ndjson(stdout);
    const final = lines.pop()!;
    expect(lines.map((e) => e.sequence)).toEqual(lines.map((_, i) => i + 1));
    // Exactly the records of GET /v1/calls/{id}/events, field for field, and nothing on stderr.
    expect(lines).toEqual(await timelineOf(call.id));
    expect(lines.at(-1)?.type).toBe('sms.delivered');
    expect(final).toEqual(await runJson(['calls', 'get', call.id], { env }));
    expect(final).toMatchObject({ id: call.id, status: 'completed' });
    expect(final).not.toHaveProperty('sequence');
    expect(stderr).toBe('');
  });

  it('a finished call: the whole timeline and the summary, exit by its outcome (busy: 13)', async () => {
    const done = await runJson(['calls', 'create', '--agent-id', agent, '--to', '+15005550100', '--wait'], {
      env,
    });
    const watched = await run(['calls', 'watch', done.id], { env });
    expect(watched.code, watched.stderr).toBe(0);
    const lines = watched.stdout.trimEnd().split('\n');
    const timeline = await timelineOf(done.id);
    // One line per event, then the summary (three or four lines).
    expect(lines.filter((l) => /^ *\+\d+\.\ds {2}/.test(l))).toHaveLength(timeline.length);
    expect(lines[0]).toMatch(/^ +\+0\.0s {2}queued$/);
    expect(watched.stdout).toMatch(new RegExp(`✔ ${done.id} completed`));
    expect(watched.stdout).not.toContain('\u001b');

    const busy = await runJson(['calls', 'create', '--agent-id', agent, '--to', '+15005550102'], { env });
    expect((await run(['calls', 'wait', busy.id], { env })).code).toBe(13);
    const again = await run(['calls', 'watch', busy.id], { env });
    expect(again.code).toBe(13);
    expect(again.stdout).toContain(`✘ ${busy.id} busy`);
  });

  it('Ctrl+C stops watching at once: exit 130, the call goes on, the hint says how to follow it again', async () => {
    const slowEnv = mockEnv(slow);
    const slowAgent = (await runJson(['agents', 'list', '--is-active'], { env: slowEnv })).data[0].id;
    const call = await runJson(['calls', 'create', '--agent-id', slowAgent, '--to', '+15005550105'], {
      env: slowEnv,
    });
    const watch = startCli(['calls', 'watch', call.id], { env: slowEnv });
    await watch.until(() => watch.output.stdout.includes('ringing'), 'the ringing line');
    const started = Date.now();
    expect(await watch.stop()).toBe(130);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(watch.output.stderr).toContain(`kaicalls calls watch ${call.id}`);
    expect((await runJson(['calls', 'get', call.id], { env: slowEnv })).status).toBe('ringing');
  });
});

describe.concurrent('calls wait over the stream', () => {
  it('--json: the final call exactly as `calls get --json` prints it, the progress on stderr, one stream request', async () => {
    const proxy = await apiProxy(server.baseUrl, { streams: true });
    try {
      const through = { ...env, KAICALLS_BASE_URL: proxy.baseUrl };
      const call = await runJson(['calls', 'create', '--agent-id', agent, '--to', '+15005550100'], {
        env: through,
      });
      proxy.requests.length = 0;
      const waited = await run(['calls', 'wait', call.id, '--json'], { env: through });
      expect(waited.code, waited.stderr).toBe(0);
      expect(waited.stdout).toBe((await run(['calls', 'get', call.id, '--json'], { env })).stdout);
      expect(waited.stderr).toContain('analysis:');
      // The whole wait was one request: the call's stream.
      expect(proxy.requests).toEqual([`GET /v1/calls/${call.id}/stream`]);
    } finally {
      await proxy.close();
    }
  });

  it('against a server that does not stream: polls, prints the same lines, and says so only with --verbose', async () => {
    const proxy = await apiProxy(server.baseUrl, { streams: false });
    try {
      const through = { ...env, KAICALLS_BASE_URL: proxy.baseUrl };
      const streamed = await run(['calls', 'create', '--agent-id', agent, '--to', '+15005550101', '--wait'], {
        env,
      });
      const polled = await run(['calls', 'create', '--agent-id', agent, '--to', '+15005550101', '--wait'], {
        env: through,
      });
      expect([streamed.code, polled.code]).toEqual([12, 12]);
      const shape = (text: string) => text.replace(/call_\w+/g, 'call_…').replace(/\d+ s\b/g, 'n s');
      expect(shape(polled.stdout)).toBe(shape(streamed.stdout));
      expect(polled.stderr).toBe('');
      expect(proxy.requests.filter((r) => r.endsWith('/events')).length).toBeGreaterThan(1);

      const verbose = await run(
        ['calls', 'create', '--agent-id', agent, '--to', '+15005550101', '--wait', '--verbose'],
        { env: through },
      );
      expect(verbose.code).toBe(12);
      expect(verbose.stderr).toMatch(/\[info\] call_\w+: the server does not stream call timelines \(.*404/);
      expect(verbose.stderr.match(/does not stream/g)).toHaveLength(1);
    } finally {
      await proxy.close();
    }
  });

  it('a call that does not exist: the API’s 404, not a word about streaming', async () => {
    const proxy = await apiProxy(server.baseUrl, { streams: false });
    try {
      for (const environment of [env, { ...env, KAICALLS_BASE_URL: proxy.baseUrl }]) {
        const { code, stderr } = await run(['calls', 'watch', 'call_0000000000', '--verbose'], {
          env: environment,
        });
        expect(code).toBe(1);
        expect(stderr).toContain('not_found');
        expect(stderr).not.toContain('stream');
      }
    } finally {
      await proxy.close();
    }
  });
});

describe.concurrent('calls stream and events stream', () => {
  it('calls stream --json: the timeline as NDJSON, then the stream’s end event; human lines piped', async () => {
    const call = await runJson(['calls', 'create', '--agent-id', agent, '--to', '+15005550102'], { env });
    const { code, stdout } = await run(['calls', 'stream', call.id, '--json'], { env });
    expect(code).toBe(0);
    const lines = ndjson(stdout);
    const end = lines.pop()!;
    expect(lines).toEqual(await timelineOf(call.id));
    expect(end).toMatchObject({
      object: 'stream.end',
      last_sequence: lines.length,
      call: { status: 'busy' },
    });
    const human = await run(['calls', 'stream', call.id, '--after-sequence', '1'], { env });
    expect(human.code).toBe(0);
    expect(human.stdout.trim().split('\n')).toHaveLength(lines.length - 1);
    expect(human.stdout).toContain('ended: busy');
  });

  it('events stream: each new event as it is stored, filtered by --types; Ctrl+C ends it with 0', async () => {
    const stream = startCli(
      ['events', 'stream', '--types', 'call.queued,call.failed', '--json', '--verbose'],
      {
        env,
      },
    );
    await stream.until(() => stream.output.stderr.includes('is live'), 'the stream to be live');
    const call = await runJson(['calls', 'create', '--agent-id', agent, '--to', '+15005550103'], { env });
    const mine = () =>
      stream.output.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
        .filter((e) => e.data?.id === call.id);
    await stream.until(() => mine().some((e) => e.type === 'call.failed'), 'call.failed');
    expect(await stream.stop()).toBe(0);
    expect(mine().map((e) => e.type)).toEqual(['call.queued', 'call.failed']);
  });
});
