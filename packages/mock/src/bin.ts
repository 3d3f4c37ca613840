#!/usr/bin/env node
// kaicalls-mock: starts the mock server and says how to use it. Stops cleanly on Ctrl-C or SIGTERM.
import { parseArgs } from 'node:util';
import { startMockServer } from './server.js';

const USAGE = `Usage: kaicalls-mock [options]

Runs a stateful mock of the KaiCalls API on localhost.

Options:
  --port <n>          port to listen on (default 4010; 0 picks a free one)
  --host <host>       interface to listen on (default 127.0.0.1)
  --speed <x>         mock time runs at real time × x (default 1)
  --seed <n>          seeds ids, fixtures and timelines (default 1)
  --state-file <path> keep the state in this file across restarts
  --no-rate-limit     do not enforce the per-key rate limits
  --quiet             do not log requests
  -h, --help          show this help`;

function fail(message: string): never {
  console.error(`kaicalls-mock: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function number(name: string, value: string | undefined, check: (n: number) => boolean): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || !check(n))
    fail(`--${name} must be a valid number, got "${value}".`);
  return n;
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      speed: { type: 'string' },
      seed: { type: 'string' },
      'state-file': { type: 'string' },
      'no-rate-limit': { type: 'boolean' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
}
try {
  args = parse();
} catch (error) {
  fail((error as Error).message);
}
const { values } = args;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const port = number('port', values.port ?? '4010', (n) => Number.isInteger(n) && n >= 0 && n < 65536);
const speed = number('speed', values.speed, (n) => n > 0);
const seed = number('seed', values.seed, Number.isInteger);

try {
  const server = await startMockServer({
    port: port!,
    ...(values.host ? { host: values.host } : {}),
    ...(speed === undefined ? {} : { speed }),
    ...(seed === undefined ? {} : { seed }),
    ...(values['state-file'] ? { stateFile: values['state-file'] } : {}),
    rateLimit: !values['no-rate-limit'],
    quiet: Boolean(values.quiet),
  });
  console.log(`KaiCalls mock listening on ${server.url}  (speed ×${speed ?? 1}, seed ${seed ?? 1})

  Base URL   ${server.baseUrl}        (API paths /v1/..., control API /_mock/...)
  Test key   ${server.testKey}   (scope *, never valid against the real API)

Point the SDK and the CLI at it:
  export KAICALLS_BASE_URL=${server.baseUrl}
  export KAICALLS_API_KEY=${server.testKey}

Try it:
  curl -H "Authorization: Bearer ${server.testKey}" ${server.baseUrl}/v1/agents
${values['state-file'] ? `\nState is saved to ${values['state-file']}.\n` : ''}
Press Ctrl-C to stop (or send SIGTERM).`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    if (!values.quiet) console.error(`\nkaicalls-mock: ${signal} received, stopping…`);
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE')
    fail(`port ${port} is in use. Pick another with --port, or --port 0 for any free one.`);
  console.error(`kaicalls-mock: ${(error as Error).message}`);
  process.exit(1);
}
