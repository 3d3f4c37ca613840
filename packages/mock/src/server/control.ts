// The control API under /_mock/: what a CI job in any language needs to drive the mock over HTTP. It is
// not part of the KaiCalls API and needs no key; ../server.ts refuses it to web pages (a foreign Origin)
// and to DNS rebinding (a Host that is not the server's). It speaks the API's casing (snake_case).
//
//   GET    /_mock/health                 { status, url, seed, speed, start, now, test_key, webhook_secret, agent_id, agent_ids }
//   GET    /_mock/clock                  { now, now_ms, start, speed, pending_timers, webhooks_in_flight, open_streams }
//   POST   /_mock/clock/advance {ms}     jumps the clock forward by ms (a whole number, at most ten years,
//                                        and never past 9999-12-31T23:59:59.999Z)
//                                        and returns once the steps that fell due have run
//   POST   /_mock/reset                  forgets everything, returns the clock to its start, seeds again
//   POST   /_mock/inbound-calls {from, answered?, voicemail?}   simulates a call to the first number
//   POST   /_mock/fixtures {agents?, numbers?, leads?, appointments?, calls?}   loads records (wire format)
//   GET    /_mock/deliveries             every webhook attempt sent, oldest first: { data: [...] }
//                                        (?event_type=, ?event_id=, ?delivery_id=)
//   GET    /_mock/requests               every request received, oldest first: { data: [...] }
//                                        (?method=, ?path=, ?operation_id=, ?status=, ?key_id=)
//   DELETE /_mock/requests               empties the request journal
// HEAD works wherever GET does (the headers alone).
import type { ServerResponse } from 'node:http';
import { checkAdvance, MAX_ADVANCE_MS, pastLatest } from '../core/clock.js';
import { type ErrorCode, MockError } from '../http/errors.js';
import type { RequestFilter } from '../http/journal.js';
import type { Mock } from '../mock.js';
import { sendError, sendJson } from './bridge.js';

export const CONTROL_PREFIX = '/_mock/';

export interface ControlContext {
  mock: Mock;
  url: string;
  /** Called after a change, so the state file is saved. */
  changed(): void;
  /** Webhook attempts not answered yet. */
  inFlight(): number;
  /** Streams (`/v1/calls/{id}/stream`, `/v1/events/stream`) open now. */
  openStreams(): number;
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

/** `deliveryId` → `delivery_id`: the control API answers in the API's casing. */
export function snakeKeys(record: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [
      key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
      value,
    ]),
  );
}

function clockInfo(c: ControlContext) {
  const { clock } = c.mock;
  return {
    now: new Date(clock.now()).toISOString(),
    now_ms: clock.now(),
    start: new Date(clock.start).toISOString(),
    speed: clock.speed ?? null,
    pending_timers: clock.pending(),
    webhooks_in_flight: c.inFlight(),
    open_streams: c.openStreams(),
  };
}

/** What a script needs to start: the test key and secret, and agents to place calls with. */
function health(c: ControlContext) {
  const { mock } = c;
  const agents = [...mock.state.agents.values()].filter((a) => a.is_active).map((a) => a.id);
  return {
    status: 'ok',
    url: c.url,
    seed: mock.context.options.seed,
    ...clockInfo(c),
    test_key: mock.testKey,
    webhook_secret: mock.webhookSecret,
    agent_id: agents[0] ?? null,
    agent_ids: agents,
  };
}

function requestFilter(query: URLSearchParams, res: ServerResponse): RequestFilter | undefined {
  const filter: RequestFilter = {};
  for (const [name, value] of query) {
    if (name === 'method') filter.method = value;
    else if (name === 'path') filter.path = value;
    else if (name === 'operation_id') filter.operationId = value;
    else if (name === 'key_id') filter.keyId = value;
    else if (name === 'status' && /^[1-5][0-9]{2}$/.test(value)) filter.status = Number(value);
    else {
      fail(
        res,
        'invalid_request',
        name === 'status'
          ? 'status must be an HTTP status, e.g. 401.'
          : `${name} is not a filter of /_mock/requests; use method, path, operation_id, status or key_id.`,
        name,
      );
      return undefined;
    }
  }
  return filter;
}

/** Answers a control request. Unknown control paths get 404 listing the ones that exist. */
export async function control(
  c: ControlContext,
  method: string,
  target: string,
  body: Buffer,
  res: ServerResponse,
): Promise<void> {
  const { mock } = c;
  const url = new URL(target, 'http://mock');
  const route = `${method} ${url.pathname}`;
  const input = parse(body);
  if (input === undefined) return fail(res, 'invalid_request', 'The body must be a JSON object.', 'body');
  // HEAD is answered as GET (readiness probes such as wait-on use it): node:http sends the same headers,
  // content-length included, and drops the body of an answer to HEAD.
  switch (method === 'HEAD' ? `GET ${url.pathname}` : route) {
    case 'GET /_mock/health':
      return sendJson(res, 200, health(c));
    case 'GET /_mock/clock':
      return sendJson(res, 200, clockInfo(c));
    case 'POST /_mock/clock/advance': {
      const ms = input.ms;
      try {
        if (!Number.isInteger(ms)) throw new RangeError();
        checkAdvance(ms);
      } catch {
        return fail(
          res,
          'invalid_request',
          `ms must be a whole number of milliseconds from 0 to ${MAX_ADVANCE_MS} (ten years), e.g. {"ms": 30000}.`,
          'ms',
        );
      }
      const late = pastLatest(ms, mock.clock.now());
      if (late)
        return fail(
          res,
          'invalid_request',
          `ms is too large: ${late}. Reset the clock (POST /_mock/reset) to go further.`,
          'ms',
        );
      await mock.clock.advance(ms);
      c.changed();
      return sendJson(res, 200, clockInfo(c));
    }
    case 'POST /_mock/reset':
      await mock.reset();
      c.changed();
      return sendJson(res, 200, { reset: true, ...clockInfo(c) });
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
    case 'POST /_mock/fixtures': {
      try {
        mock.loadFixtures(input);
      } catch (error) {
        if (error instanceof MockError) return sendError(res, error);
        throw error;
      }
      c.changed();
      const loaded = Object.fromEntries(
        Object.entries(input).map(([name, records]) => [name, (records as unknown[]).length]),
      );
      return sendJson(res, 200, { loaded });
    }
    case 'GET /_mock/deliveries': {
      const want = (name: string) => url.searchParams.get(name);
      const data = mock.webhookAttempts
        .filter(
          (a) =>
            (want('event_type') === null || a.eventType === want('event_type')) &&
            (want('event_id') === null || a.eventId === want('event_id')) &&
            (want('delivery_id') === null || a.deliveryId === want('delivery_id')),
        )
        .map(snakeKeys);
      return sendJson(res, 200, { data });
    }
    case 'GET /_mock/requests': {
      const filter = requestFilter(url.searchParams, res);
      if (!filter) return;
      return sendJson(res, 200, { data: mock.requests(filter).map(snakeKeys) });
    }
    case 'DELETE /_mock/requests': {
      const cleared = mock.requests().length;
      mock.clearRequests();
      return sendJson(res, 200, { cleared });
    }
  }
  return fail(
    res,
    'not_found',
    `No control route ${route}. Try GET /_mock/health, GET /_mock/clock, POST /_mock/clock/advance, POST /_mock/reset, POST /_mock/inbound-calls, POST /_mock/fixtures, GET /_mock/deliveries, GET or DELETE /_mock/requests.`,
  );
}
