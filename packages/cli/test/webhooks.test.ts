// listen and trigger deliver to a real local HTTP endpoint that verifies each signature with the SDK;
// webhooks verify says whether a payload verifies and why not.
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { startMockServer } from '@kaicalls/mock/server';
import { sign, verify } from 'kaicalls/webhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the generators' helpers are plain JavaScript
import { createSpecAjv, schemaRef } from '../../../scripts/generate/ajv.mjs';
// @ts-expect-error: the generators' helpers are plain JavaScript
import { loadSpec } from '../../../scripts/generate/spec.mjs';
import { eventFixtures } from '../src/generated/event-fixtures.js';
import { apiProxy, mockEnv, run, runJson, startCli } from './helpers.js';

let server: Awaited<ReturnType<typeof startMockServer>>;
let env: NodeJS.ProcessEnv;
let receiver: Server;
let receiverUrl: string;
let secret: string;
const received: { type: string; id: string; verified: boolean; reason?: string }[] = [];

beforeAll(async () => {
  server = await startMockServer({ port: 0, speed: 50 });
  env = mockEnv(server);
  secret = (await run(['listen', '--print-secret'], { env })).stdout.trim();
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      try {
        const event = verify(body, req.headers, secret) as { type: string; id: string };
        received.push({ type: event.type, id: event.id, verified: true });
        res.writeHead(204).end();
      } catch (error) {
        received.push({ type: '?', id: '?', verified: false, reason: (error as { reason?: string }).reason });
        res.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const address = receiver.address() as { port: number };
  receiverUrl = `http://127.0.0.1:${address.port}/hooks`;
});
afterAll(async () => {
  await server?.close();
  receiver?.close();
});

describe('trigger', () => {
  it('keeps one fixture per event type of the spec, each valid against its schema', async () => {
    const spec = await loadSpec(join(import.meta.dirname, '../../..'));
    expect(Object.keys(eventFixtures).sort()).toEqual([...spec.components.schemas.EventType.enum].sort());
    const ajv = createSpecAjv(spec);
    const validate = ajv.getSchema(schemaRef('Event'));
    for (const fixture of Object.values(eventFixtures)) expect(validate(fixture), fixture.type).toBe(true);
  });

  it('sends a signed sample that the SDK verifies', async () => {
    const { code, stdout } = await run(['trigger', 'call.completed', '--forward-to', receiverUrl], { env });
    expect(code).toBe(0);
    expect(stdout).toMatch(/Triggered call\.completed evt_\w+ → \[204\] POST/);
    const last = received.at(-1)!;
    expect(last).toMatchObject({ type: 'call.completed', verified: true });
  });

  it('exits 1 when the endpoint rejects the signature', async () => {
    const { code, stderr } = await run(
      [
        'trigger',
        'sms.failed',
        '--forward-to',
        receiverUrl,
        '--secret',
        'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      ],
      { env },
    );
    expect(code).toBe(1);
    expect(stderr).toContain('answered 400');
    expect(stderr).not.toContain('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw');
    expect(received.at(-1)).toMatchObject({ verified: false, reason: 'invalid_signature' });
  });
});

describe('listen', () => {
  it('prints the ready line, then forwards each new event signed, one line per event and per result', async () => {
    const listen = startCli(['listen', '--forward-to', receiverUrl, '--interval', '200'], { env });
    const { output, until } = listen;
    try {
      await until(() => output.stdout.includes('Ready!'), 'the ready line');
      expect(output.stdout).toContain(`Ready! Your webhook signing secret is ${secret} (^C to quit)`);
      const agent = (await runJson(['agents', 'list', '--is-active'], { env })).data[0].id;
      const call = await runJson(['calls', 'create', '--agent-id', agent, '--to', '+15005550102'], { env });
      await until(
        () => /--> call\.failed/.test(output.stdout) && /\[204\].*\n?.*$/.test(output.stdout),
        'call.failed',
      );
      await until(
        () => received.some((r) => r.type === 'call.failed' && r.verified),
        'the forwarded call.failed',
      );
      expect(output.stdout).toMatch(/--> call\.queued \[evt_\w+\]/);
      expect(output.stdout).toMatch(
        /<-- {2}\[204\] POST http:\/\/127\.0\.0\.1:\d+\/hooks \(\d+ ms\) \[evt_\w+\]/,
      );
      expect(received.filter((r) => !r.verified && r.type !== '?')).toEqual([]);
      void call;
    } finally {
      expect(await listen.stop()).toBe(0);
    }
  });
});

describe('long-running commands leak no listeners', () => {
  it('listen, polling (a server without streams): more than ten polls and forwards, no MaxListenersExceededWarning', async () => {
    // --debug logs each request, so the test knows how many polls it saw.
    const proxy = await apiProxy(server.baseUrl, { streams: false });
    const listen = startCli(['listen', '--forward-to', receiverUrl, '--interval', '100', '--debug'], {
      env: { ...env, KAICALLS_BASE_URL: proxy.baseUrl },
      nodeOptions: ['--trace-warnings'],
    });
    const { output } = listen;
    const polls = () => output.stderr.split('→ GET /v1/events').length - 1;
    const forwards = () => output.stdout.split('<--').length - 1;
    try {
      await listen.until(() => output.stdout.includes('Ready!'), 'the ready line');
      const agent = (await runJson(['agents', 'list', '--is-active'], { env })).data[0].id;
      // Two calls: some twenty events to forward.
      for (const to of ['+15005550100', '+15005550107'])
        await runJson(['calls', 'create', '--agent-id', agent, '--to', to], { env });
      await listen.until(
        () => polls() >= 15 && forwards() >= 11,
        'fifteen polls and eleven forwards',
        30_000,
      );
    } finally {
      await listen.stop();
      await proxy.close();
    }
    expect(output.stderr).not.toContain('MaxListenersExceededWarning');
    expect(output.stderr).not.toContain('memory leak');
  });
});

describe.concurrent('webhooks verify', () => {
  const testSecret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  const body = JSON.stringify(eventFixtures['call.completed']);
  const signed = sign(body, testSecret, { id: 'evt_2Dq8wN4vJc' });
  const headers = Object.entries(signed.headers).flatMap(([k, v]) => ['--header', `${k}: ${v}`]);

  it('verifies a correctly signed payload: exit 0', async () => {
    const { code, stdout } = await run(['webhooks', 'verify', '--secret', testSecret, ...headers], {
      env,
      input: body,
    });
    expect(code).toBe(0);
    expect(stdout).toContain(`Verified: call.completed ${eventFixtures['call.completed'].id}`);
  });

  it('says why a payload does not verify: exit 1, secret never printed', async () => {
    const tampered = await run(['webhooks', 'verify', '--secret', testSecret, ...headers], {
      env,
      input: `${body} `,
    });
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toContain('invalid_signature');
    expect(tampered.stderr).not.toContain(testSecret);
    const missing = await run(
      ['webhooks', 'verify', '--secret', testSecret, ...headers.slice(0, 4), '--json'],
      { env, input: body },
    );
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout)).toMatchObject({ valid: false, reason: 'missing_header' });
  });

  it('a body saved with a trailing newline: still refused, with a hint that says so', async () => {
    const saved = await run(['webhooks', 'verify', '--secret', testSecret, ...headers], {
      env,
      input: `${body}\n`,
    });
    expect(saved.code).toBe(1);
    expect(saved.stderr).toContain('invalid_signature');
    expect(saved.stderr).toContain('ends with a newline');
    // Any other change keeps the usual hint.
    const tampered = await run(['webhooks', 'verify', '--secret', testSecret, ...headers], {
      env,
      input: `${body} \n`,
    });
    expect(tampered.stderr).not.toContain('ends with a newline');
  });
});
