// Error statuses over real HTTP (node:http on 127.0.0.1): an error status whose body is not the API's envelope
// (a wrong baseUrl hitting some web server, a gateway's HTML page) is an UnexpectedResponseError that says
// what came back, never the API's NotFoundError; and a 409 is retried only when its code says "retry later".
import { RETRY_LATER_CODES } from '@kaicalls/contract/facts';
import { describe, expect, it } from 'vitest';
import { ConflictError, InternalServerError, NotFoundError, UnexpectedResponseError } from '../src/index.js';
import { wireCall } from './fetch-recorder.js';
import { hostile } from './hostile-server.js';

/** What `request` rejected with; fails the test if it resolved. */
const rejection = (request: Promise<unknown>): Promise<any> =>
  request.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (e: unknown) => e,
  );
const envelope = (code: string, message = 'From the API.') =>
  JSON.stringify({ error: { code, message, request_id: 'req_env1' } });

describe('an error status without the API’s envelope', () => {
  it('a 404 text/html on calls.get is UnexpectedResponseError, not NotFoundError, after one request', async () => {
    const server = await hostile((_, res) => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'x-request-id': 'req_web404' });
      res.end('<html><title>404 Not Found</title><body>nginx</body></html>');
    });
    const error = await rejection(server.client().calls.get('call_8fK2pQ7vN3'));

    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).not.toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      status: 404,
      contentType: 'text/html; charset=utf-8',
      requestId: 'req_web404',
      bodyExcerpt: '<html><title>404 Not Found</title><body>nginx</body></html>',
    });
    expect(error.message).toMatch(
      /answered 404 with text\/html; charset=utf-8, not the API's JSON error envelope/,
    );
    expect(error.message).toMatch(/check `baseUrl`/);
    expect(error.message).toMatch(/\(request id req_web404\)$/);
    expect(server.requests).toHaveLength(1);
  });

  it('a 404 with no body at all says so', async () => {
    const server = await hostile((_, res) => {
      res.writeHead(404);
      res.end();
    });
    const error = await rejection(server.client().agents.get('agt_4Vd9kQ2mXp'));
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).toMatchObject({ status: 404, contentType: null, requestId: null });
    expect(error.message).toMatch(/answered 404 with an empty body \(no content type\)/);
  });

  it('a 502 text/html is retried, then reported as unexpected with status 502', async () => {
    const server = await hostile((_, res) => {
      res.writeHead(502, { 'content-type': 'text/html', 'retry-after': '0' });
      res.end('<html><h1>502 Bad Gateway</h1></html>');
    });
    const error = await rejection(server.client({ maxRetries: 2 }).calls.get('call_8fK2pQ7vN3'));

    expect(server.requests).toHaveLength(3);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).not.toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 502, contentType: 'text/html' });
    expect(error.message).toMatch(/answered 502 with text\/html.*<h1>502 Bad Gateway<\/h1>/);
  });

  it('a 404 with the API’s envelope is still NotFoundError, with its code and request id', async () => {
    const server = await hostile((_, res) => {
      res.writeHead(404, { 'content-type': 'application/json', 'x-request-id': 'req_env1' });
      res.end(envelope('not_found', 'No call call_missing.'));
    });
    const error = await rejection(server.client().calls.get('call_missing'));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, code: 'not_found', requestId: 'req_env1' });
    expect(server.requests).toHaveLength(1);
  });
  it('a framework’s JSON 404 ({"error":"Not Found"}, a wrong baseUrl) is not NotFoundError: the envelope has an object with a code', async () => {
    const server = await hostile((_, res) => {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          timestamp: '2026-12-01T00:00:00Z',
          status: 404,
          error: 'Not Found',
          path: '/v1/calls/x',
        }),
      );
    });
    const error = await rejection(server.client().calls.get('call_8fK2pQ7vN3'));
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).not.toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, contentType: 'application/json' });
    expect(error.message).toMatch(/not the API's JSON error envelope.*Not Found/);
    expect(server.requests).toHaveLength(1);
  });

  it('the envelope without a message is still the API’s error, and does not claim a proxy', async () => {
    const server = await hostile((_, res) => {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"error":{"code":"not_found"}}');
    });
    const error = await rejection(server.client().calls.get('call_missing'));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe('404 not_found: The API answered 404 with no message.');
  });
});

describe('a 409 over HTTP: permanent or retry later, as the spec’s codes say', () => {
  it('409 conflict is a ConflictError after exactly one request', async () => {
    const server = await hostile((_, res) => {
      res.writeHead(409, { 'content-type': 'application/json', 'retry-after': '0' });
      res.end(envelope('conflict', 'The call is already answered.'));
    });
    const error = await rejection(server.client({ maxRetries: 3 }).calls.cancel('call_8fK2pQ7vN3'));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ status: 409, code: 'conflict' });
    expect(server.requests).toHaveLength(1);
  });

  it('the spec names the retry-later codes this test covers', () => {
    expect([...RETRY_LATER_CODES].sort()).toEqual(['idempotency_in_progress', 'resource_locked']);
  });

  it.each(RETRY_LATER_CODES)('409 %s with retry-after: 0 is retried until it succeeds', async (code) => {
    const server = await hostile((_, res) => {
      if (server.requests.length <= 2) {
        res.writeHead(409, { 'content-type': 'application/json', 'retry-after': '0' });
        res.end(envelope(code));
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(wireCall({ status: 'canceled' })));
      }
    });
    await expect(server.client({ maxRetries: 3 }).calls.cancel('call_8fK2pQ7vN3')).resolves.toMatchObject({
      id: 'call_8fK2pQ7vN3',
    });
    expect(server.requests).toHaveLength(3);
  });

  it.each(RETRY_LATER_CODES)(
    '409 %s that never clears is a ConflictError after every retry',
    async (code) => {
      const server = await hostile((_, res) => {
        res.writeHead(409, { 'content-type': 'application/json', 'retry-after': '0' });
        res.end(envelope(code));
      });
      const error = await rejection(server.client({ maxRetries: 2 }).calls.cancel('call_8fK2pQ7vN3'));
      expect(error).toBeInstanceOf(ConflictError);
      expect(error).toMatchObject({ code });
      expect(server.requests).toHaveLength(3);
    },
  );
});
