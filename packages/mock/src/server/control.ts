// The control API under /_mock/: what a CI job in any language needs to drive the mock over HTTP. It is
// not part of the KaiCalls API and needs no key (the server listens on localhost by default).
//
//   GET  /_mock/health                 { status, url, seed, speed, now }
//   GET  /_mock/clock                  { now, now_ms, speed, pending_timers }
//   POST /_mock/clock/advance {ms}     jumps the clock forward by ms and fires every timer that fell due
//   POST /_mock/reset                  forgets everything, seeds the fixtures again (same seed, same data)
//   POST /_mock/inbound-calls {from, answered?, voicemail?}   simulates a call to the first number
//   GET  /_mock/deliveries             every webhook attempt sent (mock.webhookAttempts): { data: [...] }, oldest first
import type { ServerResponse } from 'node:http';
import { type ErrorCode, MockError } from '../http/errors.js';
import type { Mock } from '../mock.js';
import { sendError, sendJson } from './bridge.js';

export const CONTROL_PREFIX = '/_mock/';

export interface ControlContext {
  mock: Mock;
  url: string;
  /** Called after a change, so the state file is saved. */
  changed(): void;
}

function fail(res: ServerResponse, code: ErrorCode, message: string, param?: string) {
  sendError(res, new MockError(code, message, param));
}

function parse(body: Buffer): Record<string, unknown> | undefined {
  if (body.length === 0) return {};
  try {
    const value = JSON.parse(body.toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function clockInfo(mock: Mock) {
  return {
    now: new Date(mock.clock.now()).toISOString(),
    now_ms: mock.clock.now(),
    speed: mock.clock.speed ?? null,
    pending_timers: mock.clock.pending(),
  };
}

/** Answers a control request. Unknown control paths get 404 listing the ones that exist. */
export async function control(
  c: ControlContext,
  method: string,
  path: string,
  body: Buffer,
  res: ServerResponse,
): Promise<void> {
  const { mock } = c;
  const route = `${method} ${path}`;
  const input = parse(body);
  if (input === undefined) return fail(res, 'invalid_request', 'The body must be a JSON object.', 'body');
  switch (route) {
    case 'GET /_mock/health':
      return sendJson(res, 200, {
        status: 'ok',
        url: c.url,
        seed: mock.context.options.seed,
        ...clockInfo(mock),
      });
    case 'GET /_mock/clock':
      return sendJson(res, 200, clockInfo(mock));
    case 'POST /_mock/clock/advance': {
      const ms = input.ms;
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
        return fail(
          res,
          'invalid_request',
          'ms must be a number of milliseconds ≥ 0, e.g. {"ms": 30000}.',
          'ms',
        );
      }
      await mock.clock.advance(ms);
      c.changed();
      return sendJson(res, 200, clockInfo(mock));
    }
    case 'POST /_mock/reset':
      await mock.reset();
      c.changed();
      return sendJson(res, 200, { reset: true, ...clockInfo(mock) });
    case 'POST /_mock/inbound-calls': {
      if (typeof input.from !== 'string' || !/^\+[1-9][0-9]{6,14}$/.test(input.from)) {
        return fail(
          res,
          'invalid_request',
          'from must be a phone number in E.164 format, e.g. +15125559876.',
          'from',
        );
      }
      for (const flag of ['answered', 'voicemail'] as const) {
        if (input[flag] !== undefined && typeof input[flag] !== 'boolean')
          return fail(res, 'invalid_request', `${flag} must be true or false.`, flag);
      }
      const call = mock.simulateInboundCall({
        from: input.from,
        ...(input.answered === undefined ? {} : { answered: input.answered as boolean }),
        ...(input.voicemail === undefined ? {} : { voicemail: input.voicemail as boolean }),
      });
      c.changed();
      return sendJson(res, 201, call);
    }
    case 'GET /_mock/deliveries':
      return sendJson(res, 200, { data: mock.webhookAttempts });
  }
  return fail(
    res,
    'not_found',
    `No control route ${route}. Try GET /_mock/health, GET /_mock/clock, POST /_mock/clock/advance, POST /_mock/reset, POST /_mock/inbound-calls or GET /_mock/deliveries.`,
  );
}
