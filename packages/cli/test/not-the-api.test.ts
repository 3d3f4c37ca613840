// When something other than the API answers (a login page, a proxy, a redirect), the CLI says so, what came
// back and where, instead of "cannot reach the API"; it sends the request once and follows nowhere. And a
// 409 that no retry can change says what to do instead of "retry in a moment".
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startMockServer } from '@kaicalls/mock/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, configHome, mockEnv, run, runJson } from './helpers.js';

const KEY = 'kc_test_4eC39HqLyjWDarjtT1zdp7dc';

async function listen(handler: RequestListener): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const env = (baseUrl: string) =>
  cleanEnv({ KAICALLS_BASE_URL: baseUrl, KAICALLS_API_KEY: KEY, XDG_CONFIG_HOME: configHome() });

describe('an answer that is not the API’s', () => {
  const seen: string[] = [];
  const elsewhere: string[] = [];
  let portal: { server: Server; url: string };
  let other: { server: Server; url: string };

  beforeAll(async () => {
    other = await listen((req, res) => {
      elsewhere.push(`${req.method} ${req.url}`);
      res.end('{}');
    });
    portal = await listen((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      if (req.url?.includes('/v1/calls')) {
        res.writeHead(302, { location: `${other.url}/steal` });
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body>Please sign in to the hotel Wi-Fi</body></html>');
    });
  });
  afterAll(() => {
    portal.server.close();
    other.server.close();
  });

  it('a 200 with HTML is reported as such, once, with exit 4, not as an unreachable API', async () => {
    seen.length = 0;
    const { code, stderr } = await run(['agents', 'list'], { env: env(portal.url) });
    expect(code).toBe(4);
    expect(stderr).toContain('text/html');
    expect(stderr).toContain('Please sign in');
    expect(stderr).toContain(`Something other than the KaiCalls API answered at ${portal.url}`);
    expect(stderr).not.toMatch(/Cannot reach/);
    expect(seen).toEqual(['GET /v1/agents']);
  });

  it('a redirect names its Location, and nothing is sent there', async () => {
    seen.length = 0;
    const { code, stderr } = await run(
      ['calls', 'create', '--agent-id', 'agt_4Vd9kQ2mXp', '--to', '+15005550100'],
      {
        env: env(portal.url),
      },
    );
    expect(code).toBe(4);
    expect(stderr).toContain('redirected (302');
    expect(stderr).toContain(`${other.url}/steal`);
    expect(seen).toEqual(['POST /v1/calls']);
    expect(elsewhere).toEqual([]);
  });
});

describe('an error status that is not the API’s (a wrong base URL hitting another web server)', () => {
  let web: { server: Server; url: string };
  const seen: string[] = [];
  beforeAll(async () => {
    web = await listen((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      res.writeHead(404, { 'content-type': 'text/html', 'x-request-id': 'req_web404' });
      res.end('<html><h1>404 Not Found</h1><p>nginx</p></html>');
    });
  });
  afterAll(() => web.server.close());

  it('a 404 text/html is reported as not the API (exit 4), not as "not found", the request id once', async () => {
    const { code, stderr } = await run(['calls', 'get', 'call_8fK2pQ7vN3'], { env: env(web.url) });
    expect(code).toBe(4);
    expect(stderr).toContain('answered 404 with text/html');
    expect(stderr).toContain('<h1>404 Not Found</h1>');
    expect(stderr).toContain(`Something other than the KaiCalls API answered at ${web.url}`);
    expect(stderr.match(/req_web404/g)).toHaveLength(1);
    expect(seen).toEqual(['GET /v1/calls/call_8fK2pQ7vN3']);
  });
});

describe('a conflict no retry can change', () => {
  let mock: Awaited<ReturnType<typeof startMockServer>>;
  beforeAll(async () => {
    mock = await startMockServer({ port: 0, speed: 1000, quiet: true });
  });
  afterAll(() => mock.close());

  it('canceling a finished call says the state forbids it, not "retry in a moment"', async () => {
    const environment = mockEnv(mock);
    const agents = await runJson(['agents', 'list'], { env: environment });
    const agentId = (agents as { data: Array<{ id: string }> }).data[0]!.id;
    let call = (await runJson(['calls', 'create', '--agent-id', agentId, '--to', '+15005550102'], {
      env: environment,
    })) as { id: string; status: string };
    for (let i = 0; i < 50 && call.status !== 'busy'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      call = await runJson(['calls', 'get', call.id], { env: environment });
    }
    expect(call.status).toBe('busy');
    const { code, stderr } = await run(['calls', 'cancel', call.id], { env: environment });
    expect(code).not.toBe(0);
    expect(stderr).toContain('conflict');
    expect(stderr).toContain('current state does not allow this');
    expect(stderr).not.toContain('retry in a moment');
  });
});
