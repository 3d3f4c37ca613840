import { describe, expect, it, vi } from 'vitest';
import type { Logger } from '../src/index.js';
import { apiError, client, json, TEST_KEY, wireCall } from './fetch-recorder.js';

function spyLogger() {
  const lines: { level: string; args: unknown[] }[] = [];
  const at =
    (level: string) =>
    (...args: unknown[]) =>
      lines.push({ level, args });
  const logger: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
  return { logger, lines, text: () => JSON.stringify(lines) };
}

describe('logging', () => {
  it('debug logs each request and response, with the key masked', async () => {
    const { logger, lines, text } = spyLogger();
    const { kai } = client(() => json(wireCall(), 201), { logger, logLevel: 'debug' });
    await kai.calls.create({ agentId: 'agt_4Vd9kQ2mXp', to: '+15125559876' });
    expect(lines.map((l) => l.level)).toEqual(['debug', 'debug']);
    expect(lines[0]!.args[0]).toBe('kaicalls: → POST /v1/calls');
    expect(lines[1]!.args[0]).toMatch(/^kaicalls: ← POST \/v1\/calls 201 in \d+ ms$/);
    expect(text()).toContain('Bearer kc_test_…6b5c');
    expect(text()).not.toContain(TEST_KEY);
    expect(text()).not.toContain(TEST_KEY.slice(8, 20));
  });

  it('info logs retries with the status, the delay and the request id', async () => {
    const { logger, lines } = spyLogger();
    const { kai } = client(
      (_, attempt) =>
        attempt === 1
          ? apiError(503, 'internal_error', 'busy', {}, { 'retry-after': '0' })
          : json(wireCall()),
      { logger, logLevel: 'info' },
    );
    await kai.calls.get('call_8fK2pQ7vN3');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.level).toBe('info');
    expect(lines[0]!.args[0]).toBe(
      'kaicalls: GET /v1/calls/{call_id} answered 503 internal_error; retrying in 0 ms (retry 1 of 2, request id req_503abc)',
    );
  });

  it('is quiet by default (warn)', async () => {
    const { logger, lines } = spyLogger();
    const { kai } = client(
      (_, attempt) =>
        attempt === 1 ? apiError(500, 'internal_error', 'x', {}, { 'retry-after': '0' }) : json(wireCall()),
      { logger },
    );
    await kai.calls.get('call_8fK2pQ7vN3');
    expect(lines).toEqual([]);
  });

  it('takes the level from KAICALLS_LOG', async () => {
    vi.stubEnv('KAICALLS_LOG', 'debug');
    const { logger, lines } = spyLogger();
    const { kai } = client(() => json(wireCall()), { logger });
    await kai.calls.get('call_8fK2pQ7vN3');
    expect(lines).toHaveLength(2);
    vi.unstubAllEnvs();
  });

  it('never puts the key in an error', async () => {
    const { kai } = client(() => apiError(401, 'unauthorized', 'The API key was revoked.'));
    const error = await kai.calls.get('call_8fK2pQ7vN3').catch((e: any) => e);
    expect(JSON.stringify({ ...error, message: error.message, stack: error.stack })).not.toContain(TEST_KEY);
  });
});
