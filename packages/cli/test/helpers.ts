// Runs the built `kaicalls` binary as a real process, each test with its own config directory.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

export interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A fresh config home (XDG_CONFIG_HOME) so no test sees another's profiles. */
export function configHome(): string {
  return mkdtempSync(join(tmpdir(), 'kaicalls-cli-'));
}

/** An environment without the developer's KaiCalls variables or colour settings. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8' };
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) env[key] = value;
  return env;
}

/**
 * The environment of a CLI pointed at a mock server with its test key, in a fresh config home.
 * @example const env = mockEnv(await startMockServer({ port: 0, speed: 50 }));
 */
export function mockEnv(server: { baseUrl: string; testKey: string }): NodeJS.ProcessEnv {
  return cleanEnv({
    KAICALLS_BASE_URL: server.baseUrl,
    KAICALLS_API_KEY: server.testKey,
    XDG_CONFIG_HOME: configHome(),
  });
}

/**
 * Runs `kaicalls ...args` and collects its output.
 * @example const { code, stdout } = await run(['calls', 'list', '--json'], { env });
 */
export function run(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; input?: string; timeoutMs?: number; nodeOptions?: string[] } = {},
): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeOptions ?? []), BIN, ...args], {
      env: options.env ?? cleanEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 25_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** A long-running `kaicalls` (e.g. `listen`) as a real process. */
export interface RunningCli {
  /** What it printed so far. */
  output: { stdout: string; stderr: string };
  /** Waits until `check` holds (polling its output), else fails after `ms` and shows the output. */
  until(check: () => boolean, what: string, ms?: number): Promise<void>;
  /** Sends SIGINT (Ctrl+C), or `signal`, and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts `kaicalls ...args` and leaves it running.
 * @example const listen = startCli(['listen', '--interval', '100'], { env }); await listen.until(() => listen.output.stdout.includes('Ready!'), 'ready');
 */
export function startCli(
  args: string[],
  options: { env: NodeJS.ProcessEnv; nodeOptions?: string[] },
): RunningCli {
  const child = spawn(process.execPath, [...(options.nodeOptions ?? []), BIN, ...args], { env: options.env });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk) => {
    output.stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output.stderr += chunk;
  });
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    output,
    async until(check, what, ms = 20_000) {
      for (const end = Date.now() + ms; !check() && Date.now() < end; )
        await new Promise((r) => setTimeout(r, 50));
      if (!check())
        throw new Error(`timed out waiting for ${what}; output:\n${output.stdout}\n${output.stderr}`);
    },
    stop(signal = 'SIGINT') {
      child.kill(signal);
      return closed;
    },
  };
}

/** Runs the binary and parses its stdout as JSON. */
export async function runJson<T = any>(args: string[], options: Parameters<typeof run>[1] = {}): Promise<T> {
  const result = await run([...args, '--json'], options);
  if (result.code !== 0)
    throw new Error(`kaicalls ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

/**
 * Runs `kaicalls <args>` on a real pseudo-terminal (util-linux `script`) and returns what the terminal got.
 * `args` is shell text: quote what needs it.
 * @example const table = await onTerminal('calls list --limit 3', env);
 */
export function onTerminal(
  args: string,
  env: NodeJS.ProcessEnv,
  extra: Record<string, string> = {},
): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn('script', ['-q', '-e', '-c', `node ${BIN} ${args}`, '/dev/null'], {
      env: { ...env, TERM: 'xterm', COLUMNS: '120', ...extra },
    });
    let text = '';
    child.stdout.on('data', (chunk) => {
      text += chunk;
    });
    child.on('close', () => resolve(text));
  });
}

/** What a {@link fakeApi} was asked. */
export interface FakeRequest {
  method: string;
  url: string;
  authorization: string | undefined;
}

/**
 * A local HTTP server that answers every request with `respond` (JSON) and records the requests: a
 * stand-in for a hostile or compromised API, to see what the CLI does with what it sends.
 * @example const api = await fakeApi(() => ({ status: 404, body: { error: { code: 'not_found', message: '…' } } }));
 */
export async function fakeApi(
  respond: (request: IncomingMessage, index: number) => { status?: number; body: unknown },
): Promise<{ baseUrl: string; requests: FakeRequest[]; close(): Promise<void> }> {
  const requests: FakeRequest[] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization,
      });
      const { status = 200, body } = respond(req, requests.length - 1);
      res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': 'req_fake0001' });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * A reverse proxy in front of a real API (the mock server) that records each request's method and path;
 * with `streams: false` it answers the stream routes (`…/stream`) 404 as a server without streams does,
 * so the CLI's fallback to polling runs against the real mock. With `cut`, every stream request carries
 * `X-Mock-Scenario: <cut>` (`stream-cut`: the mock drops each connection after one event), and the
 * server's `retry:` is shortened to `retryMs`, so that many reconnections take little time.
 * @example const proxy = await apiProxy(server.baseUrl, { streams: false });
 * @example const cutting = await apiProxy(server.baseUrl, { streams: true, cut: 'stream-cut', retryMs: 20 });
 */
export async function apiProxy(
  target: string,
  options: { streams: boolean; cut?: string; retryMs?: number },
): Promise<{ baseUrl: string; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push(`${req.method} ${path}`);
    if (!options.streams && /\/stream$/.test(path)) {
      req.resume();
      res.writeHead(404, { 'content-type': 'application/json', 'x-request-id': 'req_proxy0001' });
      res.end(JSON.stringify({ error: { code: 'not_found', message: `No route ${req.method} ${path}.` } }));
      return;
    }
    const stream = /\/stream$/.test(path);
    const cut = stream && options.cut ? { 'x-mock-scenario': options.cut } : {};
    const forward = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, ...cut, host: upstream.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        if (!(stream && options.retryMs !== undefined)) return void answer.pipe(res);
        answer.setEncoding('utf8');
        answer.on('data', (text: string) =>
          res.write(text.replace(/^retry: \d+$/m, `retry: ${options.retryMs}`)),
        );
        answer.on('end', () => res.end());
        // A connection the mock drops (no end) is dropped for the client too.
        answer.on('close', () => {
          if (!res.writableEnded) res.destroy();
        });
      },
    );
    forward.on('error', () => res.destroy());
    res.on('close', () => forward.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
