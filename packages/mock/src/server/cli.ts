// The one command-line front of the server: `kaicalls-mock` (../bin.ts) and `kaicalls mock` (the CLI
// forwards its arguments here) parse the same flags with the same defaults, print the same banner and
// readiness line, and stop the same way: SIGINT or SIGTERM frees the port within a second, and a server
// started through npm (`npx kaicalls-mock`, `npm run`) stops when npm does, since npm's shell does not
// pass the signal on.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { TEST_NUMBERS } from '@kaicalls/contract/facts';
import type { Fixtures } from '../core/context.js';
import { type MockServerOptions, startMockServer } from '../server.js';
import { isHostName } from './http-guard.js';

/**
 * The port `kaicalls-mock` and `kaicalls mock` listen on unless `--port` says otherwise.
 * @example
 * const kai = new KaiCalls({ apiKey: TEST_API_KEY, baseUrl: `http://127.0.0.1:${DEFAULT_PORT}` });
 */
export const DEFAULT_PORT = 4010;

/** `+15005550001 rejected, 0100 appointment booked, …`: the spec's test numbers, the first in full. */
function describeTestNumbers(): string {
  return Object.entries(TEST_NUMBERS)
    .map(([number, scenario], i) => `${i === 0 ? number : number.slice(-4)} ${scenario.replaceAll('_', ' ')}`)
    .join(', ');
}

const usage = (program: string) => `Usage: ${program} [options]

Runs a stateful mock of the KaiCalls API on localhost: every endpoint, the voice loop on a real-time clock
(optionally sped up) and signed webhook deliveries. Test numbers select call outcomes:
${describeTestNumbers()}.

Options:
  --port <n>                 port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)
  --host <host>              interface to listen on (default 127.0.0.1; another address exposes /_mock/)
  --speed <x>                mock time runs at real time × x (default 1)
  --seed <n>                 seeds fixtures, outcomes and (with --start-time) ids (default 1)
  --start-time <iso>         where the mock's clock starts (default: now)
  --fixtures <file.json>     load agents, numbers, leads, appointments, calls (wire format) after seeding
  --state-file <path>        keep the state in this file (written before each answer, mode 0600, locked
                             to one server) and go on from it after a restart or a crash
  --pid-file <path>          write the process id to this file while running
  --allowed-host <name>      a host name the control API (/_mock/) answers to besides localhost and IP
                             addresses, e.g. a Docker Compose service name (repeatable; other names are
                             refused, against DNS rebinding)
  --cors-origin <origin>     Access-Control-Allow-Origin of API answers, or "none" (default * on loopback)
  --webhook-timestamps <t>   wall-clock (default) or mock-clock (byte-reproducible signatures)
  --no-rate-limit            do not enforce the per-key rate limits
  --quiet                    do not log requests
  --json                     print the readiness line as JSON, and nothing else on stdout
  -h, --help                 show this help

Examples:
  ${program} --port 0 --speed 20
  ${program} --seed 7 --start-time 2026-03-02T14:00:00Z --fixtures fixtures.json

When it is ready it prints a line "Ready at <url> (pid <n>)"; SIGINT or SIGTERM stops it.`;

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  speed: { type: 'string' },
  seed: { type: 'string' },
  'start-time': { type: 'string' },
  fixtures: { type: 'string' },
  'state-file': { type: 'string' },
  'pid-file': { type: 'string' },
  'allowed-host': { type: 'string', multiple: true },
  'cors-origin': { type: 'string' },
  'webhook-timestamps': { type: 'string' },
  'no-rate-limit': { type: 'boolean' },
  quiet: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

class UsageError extends Error {}

function number(name: string, value: string | undefined, check: (n: number) => boolean): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || !check(n))
    throw new UsageError(`--${name} must be a valid number, got "${value}".`);
  return n;
}

function readFixtures(path: string): Fixtures {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`--fixtures ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--fixtures ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** The server's options from the command line; throws a `UsageError` on a bad flag. */
function options(values: Record<string, string | string[] | boolean | undefined>): MockServerOptions {
  const text = (name: string) => values[name] as string | undefined;
  const port = number(
    'port',
    text('port') ?? String(DEFAULT_PORT),
    (n) => Number.isInteger(n) && n >= 0 && n < 65536,
  );
  const speed = number('speed', text('speed'), (n) => n > 0);
  const seed = number('seed', text('seed'), Number.isInteger);
  const startTime = text('start-time');
  if (startTime !== undefined && !Number.isFinite(Date.parse(startTime)))
    throw new UsageError(
      `--start-time must be an ISO 8601 date, e.g. 2026-03-02T14:00:00Z, got "${startTime}".`,
    );
  const timestamps = text('webhook-timestamps');
  if (timestamps !== undefined && timestamps !== 'wall-clock' && timestamps !== 'mock-clock')
    throw new UsageError(`--webhook-timestamps must be wall-clock or mock-clock, got "${timestamps}".`);
  const cors = text('cors-origin');
  const allowedHosts = (values['allowed-host'] as string[] | undefined) ?? [];
  for (const name of allowedHosts)
    if (!isHostName(name))
      throw new UsageError(`--allowed-host takes a host name without a port, e.g. mock, got "${name}".`);
  return {
    port: port!,
    ...(text('host') ? { host: text('host')! } : {}),
    ...(speed === undefined ? {} : { speed }),
    ...(seed === undefined ? {} : { seed }),
    ...(startTime === undefined ? {} : { startTime }),
    ...(text('fixtures') ? { fixtures: readFixtures(text('fixtures')!) } : {}),
    ...(text('state-file') ? { stateFile: text('state-file')! } : {}),
    ...(cors === undefined ? {} : { corsOrigin: cors === 'none' ? false : cors }),
    ...(allowedHosts.length > 0 ? { allowedHosts } : {}),
    ...(timestamps === undefined ? {} : { webhookTimestamps: timestamps }),
    rateLimit: !values['no-rate-limit'],
    quiet: Boolean(values.quiet),
  };
}

/**
 * How `runMockServerCli` presents itself.
 * @example
 * await runMockServerCli(['--port', '0'], { program: 'kaicalls mock' });
 */
export interface MockCliOptions {
  /** The command name its usage and messages show. Default `kaicalls-mock`. */
  program?: string;
}

/**
 * Runs the mock server from command-line arguments until SIGINT or SIGTERM; resolves with the exit code
 * (0 stopped, 1 failed to start, 2 wrong usage). `kaicalls-mock` and `kaicalls mock` both run this.
 * @example
 * process.exitCode = await runMockServerCli(process.argv.slice(2));
 */
export async function runMockServerCli(
  argv: readonly string[],
  { program = 'kaicalls-mock' }: MockCliOptions = {},
): Promise<number> {
  let values: Record<string, string | string[] | boolean | undefined>;
  let serverOptions: MockServerOptions;
  try {
    try {
      values = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }).values;
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (values.help) {
      console.log(usage(program));
      return 0;
    }
    serverOptions = options(values);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${program}: ${error.message}\n\n${usage(program)}`);
    return 2;
  }

  let server: Awaited<ReturnType<typeof startMockServer>>;
  try {
    server = await startMockServer({
      ...serverOptions,
      warn: (message) => console.error(`${program}: warning: ${message}`),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      console.error(
        `${program}: port ${serverOptions.port} is in use. Pick another with --port, or --port 0 for any free one.`,
      );
      return 2;
    }
    console.error(`${program}: ${(error as Error).message.replace(/^@kaicalls\/mock: /, '')}`);
    return 1;
  }
  const pidFile = values['pid-file'] as string | undefined;
  if (pidFile) writeFileSync(pidFile, `${process.pid}\n`);

  // Listening for the signals before the readiness line: a script may send one the moment it reads it.
  const stopped = new Promise<number>((resolve) => {
    let stopping = false;
    const stop = async (why: string) => {
      if (stopping) return;
      stopping = true;
      if (!values.quiet) console.error(`\n${program}: ${why}, stopping…`);
      // Whatever hangs (a webhook endpoint, a slow disk), the port is free within a second.
      setTimeout(() => process.exit(0), 900).unref();
      await server.close();
      if (pidFile) rmSync(pidFile, { force: true });
      for (const [signal, listener] of listeners) process.off(signal, listener);
      clearInterval(watch);
      resolve(0);
    };
    const listeners = [
      ['SIGINT', () => void stop('SIGINT received')],
      ['SIGTERM', () => void stop('SIGTERM received')],
    ] as const;
    for (const [signal, listener] of listeners) process.on(signal, listener);
    // npm runs a bin through `sh -c`, which exits on SIGTERM without passing it on: without this, `npx
    // kaicalls-mock` would leave the server running as an orphan, holding the port.
    const parent = process.ppid;
    const watch = setInterval(() => {
      if (process.env.npm_command && process.ppid !== parent)
        void stop('the npm process that started it exited');
    }, 200);
    watch.unref();
  });

  const { mock } = server;
  const agents = [...mock.state.agents.values()].filter((a) => a.is_active);
  const [agent] = agents;
  const ready = `Ready at ${server.url} (pid ${process.pid}). Ctrl-C or SIGTERM stops it.`;
  if (values.json) {
    console.log(
      JSON.stringify({
        ready: true,
        url: server.url,
        base_url: server.baseUrl,
        address: server.address,
        api_key: server.testKey,
        webhook_secret: mock.webhookSecret,
        agent_id: agent?.id ?? null,
        pid: process.pid,
      }),
    );
  } else {
    const { seed, speed } = mock.context.options;
    console.log(`KaiCalls mock server on ${server.address}  (speed ×${speed ?? 1}, seed ${seed}, clock from ${new Date(mock.clock.start).toISOString()})

  Base URL        ${server.baseUrl}   (API /v1/..., spec /openapi.json, control API /_mock/...)
  Test key        ${server.testKey}   (scope *, never valid against the real API)
  Agent           ${
    agent
      ? `${agent.id} (${agent.name})${
          agents.length > 1
            ? `; also ${agents
                .slice(1)
                .map((a) => `${a.id} (${a.name})`)
                .join(', ')}`
            : ''
        }`
      : 'none'
  }
  Webhook secret  ${mock.webhookSecret}   (signs deliveries to a call's webhook_url)

Point the SDK and the CLI at it:
  export KAICALLS_BASE_URL=${server.baseUrl} KAICALLS_API_KEY=${server.testKey}

Try it:
  curl -H "Authorization: Bearer ${server.testKey}" ${server.baseUrl}/v1/agents
  kaicalls calls create --agent-id ${agent?.id ?? 'agt_…'} --to +15005550100 --wait
${serverOptions.stateFile ? `\nState is saved to ${serverOptions.stateFile}.\n` : ''}
${ready}`);
  }

  return stopped;
}
