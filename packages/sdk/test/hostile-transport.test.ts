// The transport against real hostile servers (node:http on 127.0.0.1): what never ends, what is too big,
// what redirects, and what is not the API's JSON. Each case once made the SDK hang, download without
// bound, follow a redirect with the request's body and key, or report "could not reach" for an answer.
import { describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APITimeoutError,
  ResponseTooLargeError,
  UnexpectedRedirectError,
  UnexpectedResponseError,
} from '../src/index.js';
import { wireCall } from './fetch-recorder.js';
import { drip, flood, hostile } from './hostile-server.js';

const json = { 'content-type': 'application/json', 'x-request-id': 'req_hostile1' };
const TIMEOUT = 500;

describe('a timeout ends the request and closes the connection', () => {
  const servers = {
    'headers, then an endless body': (res: import('node:http').ServerResponse) => {
      res.writeHead(200, json);
      drip(res, Buffer.alloc(64 * 1024, ' '), 5); // ~13 MB/s: endless, yet under the size cap for a while
    },
    'headers, then one byte a second': (res: import('node:http').ServerResponse) => {
      res.writeHead(200, json);
      res.write('{');
      drip(res, ' ', 1_000);
    },
    'the headers themselves one byte a second': (res: import('node:http').ServerResponse) => {
      const head = 'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\r\n{}';
      let at = 0;
      const timer = setInterval(() => {
        if (res.socket?.destroyed || at >= head.length) clearInterval(timer);
        else res.socket?.write(head[at++]!);
      }, 1_000);
      res.socket?.on('close', () => clearInterval(timer));
    },
  };

  for (const [name, answer] of Object.entries(servers)) {
    for (const withSignal of [false, true]) {
      it(`${name}, ${withSignal ? 'with' : 'without'} a caller's signal: APITimeoutError after ~timeout (retries included), no socket left open`, async () => {
        const server = await hostile((_, res) => answer(res));
        const kai = server.client({ timeout: TIMEOUT }); // maxRetries: 2 by default
        const started = Date.now();
        const error = await kai.calls
          .get('call_8fK2pQ7vN3', withSignal ? { signal: new AbortController().signal } : {})
          .catch((e: unknown) => e);
        const elapsed = Date.now() - started;
        expect(error).toBeInstanceOf(APITimeoutError);
        expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT - 20);
        // Before: each of the 3 attempts ran its own full timeout, plus backoff (about 3 s).
        expect(elapsed).toBeLessThan(TIMEOUT + 700);
        expect(server.requests).toHaveLength(1);
        await server.allClosed();
      });
    }
  }

  it("the caller's abort in the middle of the body closes the connection too", async () => {
    const server = await hostile((_, res) => {
      res.writeHead(200, json);
      drip(res, ' ', 20);
    });
    const controller = new AbortController();
    const result = server.client().calls.get('call_8fK2pQ7vN3', { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(result).rejects.toMatchObject({ name: 'AbortError' });
    await server.allClosed();
  });
});

describe('a body over maxResponseBytes is refused while it streams', () => {
  it('an endless 64 MB+ body with a 1 MB limit: ResponseTooLargeError, the download stops, memory stays flat', async () => {
    const server = await hostile((_, res) => {
      res.writeHead(200, json); // chunked: no length to refuse it by
      flood(res, Buffer.alloc(256 * 1024, 'x'));
    });
    const kai = server.client({ maxResponseBytes: 1024 * 1024 });
    const before = process.memoryUsage().arrayBuffers;
    const error = await kai.calls.get('call_8fK2pQ7vN3').catch((e: any) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).toMatchObject({ status: 200, requestId: 'req_hostile1', limit: 1024 * 1024 });
    expect(error.message).toMatch(/over 1048576 bytes \(`maxResponseBytes`\).*request id req_hostile1/);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(32 * 1024 * 1024);
    await server.allClosed();
    // What the server managed to write before the SDK closed: socket buffers, not 64 MB.
    expect(server.bytesWritten()).toBeLessThan(16 * 1024 * 1024);
    expect(server.requests).toHaveLength(1); // not retried
  });

  it('the default limit is 32 MB: a 64 MB body that says so is refused before it is read', async () => {
    const size = 64 * 1024 * 1024;
    const server = await hostile((_, res) => {
      res.writeHead(200, { ...json, 'content-length': String(size) });
      flood(res, Buffer.alloc(1024 * 1024, 'x'));
    });
    const error = await server
      .client()
      .calls.get('call_8fK2pQ7vN3')
      .catch((e: any) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error.limit).toBe(32 * 1024 * 1024);
    await server.allClosed();
    expect(server.bytesWritten()).toBeLessThan(16 * 1024 * 1024);
  });

  it('a request can raise or lower the limit for itself', async () => {
    const body = JSON.stringify(wireCall({ summary: 'x'.repeat(4_000) }));
    const server = await hostile((_, res) => {
      res.writeHead(200, json);
      res.end(body);
    });
    const kai = server.client({ maxResponseBytes: 1_000 });
    await expect(kai.calls.get('call_8fK2pQ7vN3')).rejects.toBeInstanceOf(ResponseTooLargeError);
    await expect(kai.calls.get('call_8fK2pQ7vN3', { maxResponseBytes: 10_000 })).resolves.toMatchObject({
      summary: 'x'.repeat(4_000),
    });
  });

  it('an error status with a huge body that is not the envelope says what came back, quoting its start', async () => {
    const server = await hostile((_, res) => {
      res.writeHead(500, { 'content-type': 'text/html' });
      res.write('<html>Internal error');
      flood(res, Buffer.alloc(256 * 1024, 'x'));
    });
    const error = await server
      .client({ maxRetries: 0 })
      .calls.get('call_8fK2pQ7vN3')
      .catch((e: any) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).toMatchObject({ status: 500, contentType: 'text/html' });
    expect(error.message).toMatch(
      /answered 500 with text\/html, not the API's JSON error envelope \(a large body, cut short\): <html>Internal error/,
    );
    await server.allClosed();
  });
});

describe('redirects are errors: the API never redirects', () => {
  it.each([301, 302, 303])(
    'a %i on calls.create is UnexpectedRedirectError naming the Location, not a GET that "succeeds"',
    async (status) => {
      const server = await hostile((req, res) => {
        if (req.method === 'GET') {
          res.writeHead(200, json);
          res.end(JSON.stringify(wireCall({ id: 'call_someoneElse1' })));
          return;
        }
        res.writeHead(status, { location: '/v1/calls/call_someoneElse1', 'x-request-id': 'req_redirect1' });
        res.end();
      });
      const error = await server
        .client()
        .calls.create({ agentId: 'agt_4Vd9kQ2mXp', to: '+15125559876' })
        .catch((e: any) => e);
      expect(error).toBeInstanceOf(UnexpectedRedirectError);
      expect(error).toMatchObject({
        status,
        location: '/v1/calls/call_someoneElse1',
        requestId: 'req_redirect1',
      });
      expect(error.message).toMatch(`redirected (${status} to /v1/calls/call_someoneElse1)`);
      expect(server.requests.map((r) => r.method)).toEqual(['POST']);
    },
  );

  it.each([307, 308])(
    'a %i to another origin: that origin receives nothing (no body, no key)',
    async (status) => {
      const elsewhere = await hostile((_, res) => {
        res.writeHead(200, json);
        res.end(JSON.stringify(wireCall()));
      });
      const server = await hostile((_, res) => {
        res.writeHead(status, { location: `${elsewhere.origin}/collect` });
        res.end();
      });
      const error = await server
        .client()
        .calls.create({ agentId: 'agt_4Vd9kQ2mXp', to: '+15125559876', name: 'John Smith' })
        .catch((e: any) => e);
      expect(error).toBeInstanceOf(UnexpectedRedirectError);
      expect(error.location).toBe(`${elsewhere.origin}/collect`);
      expect(server.requests).toHaveLength(1);
      expect(elsewhere.requests).toHaveLength(0);
    },
  );
});

describe('answers that are not the API’s are typed errors that say what came back', () => {
  const cases: [string, number, string | undefined, string, RegExp][] = [
    [
      'an HTML page',
      200,
      'text/html',
      '<html><body>Sign in to the Wi-Fi</body></html>',
      /not a JSON object \(text\/html\): <html><body>Sign in/,
    ],
    ['plain text', 200, 'text/plain', 'OK', /not a JSON object \(text\/plain\): OK/],
    ['an empty body', 200, 'application/json', '', /an empty body where JSON was expected/],
    [
      'invalid JSON',
      200,
      'application/json',
      '{"id": "call_',
      /not a JSON object \(application\/json\): \{"id": "call_/,
    ],
    ['a JSON string', 201, 'application/json', '"created"', /answered 201 .*"created"/],
  ];
  it.each(cases)(
    '%s (%i) is UnexpectedResponseError, not APIConnectionError, and is not retried',
    async (_, status, type, body, message) => {
      const server = await hostile((_, res) => {
        res.writeHead(status, { ...(type ? { 'content-type': type } : {}), 'x-request-id': 'req_notapi1' });
        res.end(body);
      });
      const error = await server
        .client()
        .calls.create({ agentId: 'agt_4Vd9kQ2mXp', to: '+15125559876' })
        .catch((e: any) => e);
      expect(error).toBeInstanceOf(UnexpectedResponseError);
      expect(error).not.toBeInstanceOf(APIConnectionError);
      expect(error).toMatchObject({ status, contentType: type, requestId: 'req_notapi1' });
      expect(error.message).toMatch(message);
      expect(error.message).toMatch(/request id req_notapi1/);
      expect(server.requests).toHaveLength(1);
    },
  );

  it('the excerpt is capped and its control characters escaped', async () => {
    const server = await hostile((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`\x1b]0;PWNED\x07\x1b[2J\u202e<html>${'x'.repeat(10_000)}`);
    });
    const error = await server
      .client()
      .calls.get('call_8fK2pQ7vN3')
      .catch((e: any) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error.bodyExcerpt).toMatch(/^\\x1b\]0;PWNED\\x07\\x1b\[2J\\u202e<html>x+…$/);
    expect(error.bodyExcerpt.length).toBeLessThan(240);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting there are none.
    expect(error.message).not.toMatch(/[\x00-\x1f\u202e]/);
  });

  it('a retryable status is retried whatever its body (a gateway’s HTML 503)', async () => {
    const server = await hostile((_, res) => {
      res.writeHead(server.requests.length === 1 ? 503 : 200, {
        'content-type': server.requests.length === 1 ? 'text/html' : 'application/json',
        'retry-after': '0',
      });
      res.end(server.requests.length === 1 ? '<html>Service Unavailable</html>' : JSON.stringify(wireCall()));
    });
    await expect(server.client().calls.get('call_8fK2pQ7vN3')).resolves.toMatchObject({
      id: 'call_8fK2pQ7vN3',
    });
    expect(server.requests).toHaveLength(2);
  });

  it('204 with no body is still fine', async () => {
    const server = await hostile((_, res) => {
      res.writeHead(204);
      res.end();
    });
    await expect(server.client().agents.delete('agt_4Vd9kQ2mXp')).resolves.toBeUndefined();
  });
});
