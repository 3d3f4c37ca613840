// calls create --wait / calls wait: outcome exit codes, the live display on a real pseudo-terminal
// (util-linux `script`), and plain lines when piped.
import { startMockServer } from '@kaicalls/mock/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiProxy, mockEnv, onTerminal, run, runJson } from './helpers.js';

let server: Awaited<ReturnType<typeof startMockServer>>;
// Canceling needs a call that still rings: at speed 1, +15005550105 rings for 120 s of real time (a loaded CI machine is slow).
let slow: Awaited<ReturnType<typeof startMockServer>>;
let slowEnv: NodeJS.ProcessEnv;
let env: NodeJS.ProcessEnv;
let agent: string;

beforeAll(async () => {
  server = await startMockServer({ port: 0, speed: 50 });
  slow = await startMockServer({ port: 0, speed: 1 });
  slowEnv = mockEnv(slow);
  env = mockEnv(server);
  agent = (await runJson(['agents', 'list', '--is-active'], { env })).data[0].id;
});
afterAll(async () => {
  await server?.close();
  await slow?.close();
});

describe.concurrent('outcome exit codes', () => {
  it.each([
    ['+15005550100', 'completed', 0],
    ['+15005550101', 'no-answer', 12],
    ['+15005550102', 'busy', 13],
    ['+15005550103', 'failed', 11],
  ])('%s ends %s: exit %i', async (to, status, exit) => {
    const { code, stdout, stderr } = await run(
      ['calls', 'create', '--agent-id', agent, '--to', to, '--wait', '--json'],
      { env },
    );
    expect(code, stderr).toBe(exit);
    const call = JSON.parse(stdout);
    expect(call.status).toBe(status);
    // --json keeps stdout for the document; the progress went to stderr.
    expect(stderr).toContain('queued');
  });
});

describe.concurrent('progress display', () => {
  it('piped: one plain line per event in order, then the summary, no escape codes', async () => {
    const { code, stdout } = await run(
      ['calls', 'create', '--agent-id', agent, '--to', '+15005550100', '--wait'],
      { env },
    );
    expect(code).toBe(0);
    expect(stdout).not.toContain('\u001b');
    const order = [
      'queued',
      'dialing',
      'ringing',
      'answered',
      'agent:',
      'customer:',
      'ended: completed',
      'transcript ready',
      'analysis:',
    ];
    let at = -1;
    for (const word of order) {
      const next = stdout.indexOf(word, at + 1);
      expect(next, word).toBeGreaterThan(at);
      at = next;
    }
    expect(stdout).toMatch(/✔ call_\w+ completed/);
    expect(stdout).toContain('Summary:');
  });

  it('on a terminal: a spinner line redrawn in place, events above it, colours', async () => {
    const output = await onTerminal(
      `calls create --agent-id ${agent} --to +15005550101 --wait; echo "exit=$?"`,
      env,
    );
    expect(output).toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]/);
    expect(output).toContain('\r\u001b[2K');
    expect(output).toContain('ringing');
    expect(output).toContain('\u001b[31mno-answer');
    expect(output).toContain('exit=12');
  });

  it('calls create --wait, polling (a server without streams): more than ten polls, no MaxListenersExceededWarning', async () => {
    // +15005550105 rings 120 s of the mock's clock (2.4 s at ×50): its timeline is read some fifteen
    // times, each poll waiting on the one signal of the wait.
    const proxy = await apiProxy(server.baseUrl, { streams: false });
    try {
      const { code, stderr } = await run(
        ['calls', 'create', '--agent-id', agent, '--to', '+15005550105', '--wait', '--debug'],
        { env: { ...env, KAICALLS_BASE_URL: proxy.baseUrl }, nodeOptions: ['--trace-warnings'] },
      );
      expect(code, stderr).toBe(12);
      // --debug logs each request.
      expect(stderr.split('→ GET /v1/calls/{call_id}/events').length - 1).toBeGreaterThan(10);
      expect(stderr).not.toContain('MaxListenersExceededWarning');
    } finally {
      await proxy.close();
    }
  });

  it('calls wait <id> follows an existing call; --timeout gives exit 15', async () => {
    const slowAgent = (await runJson(['agents', 'list', '--is-active'], { env: slowEnv })).data[0].id;
    const call = await runJson(['calls', 'create', '--agent-id', slowAgent, '--to', '+15005550105'], {
      env: slowEnv,
    });
    const timedOut = await run(['calls', 'wait', call.id, '--timeout', '0.5'], { env: slowEnv });
    expect(timedOut.code).toBe(15);
    expect(timedOut.stderr).toContain(`kaicalls calls wait ${call.id}`);
    const canceled = await run(['calls', 'cancel', call.id], { env: slowEnv });
    expect(canceled.code).toBe(0);
    const waited = await run(['calls', 'wait', call.id], { env: slowEnv });
    expect(waited.code).toBe(14);
    expect(waited.stdout).toContain('canceled');
  });
});
