// `kaicalls mock` starts @kaicalls/mock's HTTP server (imported only here) and says how to use it.
import { TEST_NUMBERS } from '@kaicalls/contract/facts';
import { type Command, InvalidArgumentError } from 'commander';
import { action, examples } from '../action.js';
import { CliError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';

/** What the CLI uses of `@kaicalls/mock/server` (see the contract in the mock's README). */
interface MockServer {
  url: string;
  baseUrl: string;
  testKey: string;
  close(): Promise<void>;
}
interface MockServerModule {
  startMockServer(options: {
    port?: number;
    host?: string;
    speed?: number;
    seed?: number;
    stateFile?: string;
  }): Promise<MockServer>;
}

// Resolved at run time only: `kaicalls --help` and the typecheck never depend on the mock's build.
const MOCK_SERVER: string = '@kaicalls/mock/server';

/** The default port (stripe-mock's, so it is rarely taken by anything else). */
export const DEFAULT_MOCK_PORT = 12111;

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError('expected a port, 0–65535.');
  return port;
}

function parsePositive(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new InvalidArgumentError('expected a number > 0.');
  return number;
}

function parseSeed(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number)) throw new InvalidArgumentError('expected a whole number.');
  return number;
}

/** `+15005550001 rejected, 0100 appointment booked, …`: the spec's test numbers, the first in full. */
function describeTestNumbers(): string {
  return Object.entries(TEST_NUMBERS)
    .map(([number, scenario], i) => `${i === 0 ? number : number.slice(-4)} ${scenario.replaceAll('_', ' ')}`)
    .join(', ');
}

/** `kaicalls mock` */
export function addMock(program: Command): void {
  const command = program
    .command('mock')
    .description(
      'Start the KaiCalls mock server: every endpoint, stateful, with the voice loop on a real-time clock ' +
        `(optionally sped up) and signed webhook deliveries. Test numbers select call outcomes: ${describeTestNumbers()}.`,
    )
    .option('--port <port>', 'Port to listen on (0 picks a free one)', parsePort, DEFAULT_MOCK_PORT)
    .option('--host <host>', 'Interface to bind', '127.0.0.1')
    .option('--speed <factor>', 'Run the clock this many times faster than real time', parsePositive, 1)
    .option('--seed <n>', 'Seed of the random outcome model and fixtures', parseSeed, 1)
    .option('--state-file <path>', 'Keep the state in this file across restarts');
  examples(command, [
    'kaicalls mock',
    'kaicalls mock --port 0 --speed 20',
    'kaicalls mock --state-file .kaicalls-mock.json',
  ]);
  command.action(
    action(async (ctx, cmd) => {
      const opts = cmd.opts<{
        port: number;
        host: string;
        speed: number;
        seed: number;
        stateFile?: string;
      }>();
      const { startMockServer } = (await import(MOCK_SERVER)) as MockServerModule;
      let server: MockServer;
      try {
        server = await startMockServer({
          port: opts.port,
          host: opts.host,
          speed: opts.speed,
          seed: opts.seed,
          ...(opts.stateFile ? { stateFile: opts.stateFile } : {}),
        });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
          throw new CliError(`Port ${opts.port} is already in use.`, {
            exitCode: ExitCode.usage,
            hint: 'Pick another with --port (or --port 0 for any free port).',
          });
        throw error;
      }
      const s = ctx.output.style;
      const baseUrl = server.baseUrl;
      const lines =
        ctx.output.mode === 'json'
          ? [JSON.stringify({ url: server.url, base_url: baseUrl, api_key: server.testKey })]
          : [
              `${s.green('✔')} KaiCalls mock server listening on ${s.bold(server.url)}`,
              `  Test API key: ${server.testKey}  (scope *; works only against this mock)`,
              `  Clock: ×${opts.speed} real time · seed ${opts.seed} · state ${opts.stateFile ?? 'in memory'}`,
              '',
              'Point the SDK and the CLI at it:',
              `  export KAICALLS_BASE_URL=${baseUrl} KAICALLS_API_KEY=${server.testKey}`,
              `  kaicalls calls create --agent-id <agt_…> --to +15005550100 --wait`,
              '',
              `Press ${s.bold('Ctrl+C')} to stop.`,
            ];
      ctx.output.write(`${lines.join('\n')}\n`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.close();
      process.stderr.write('Mock server stopped.\n');
      return ExitCode.ok;
    }),
  );
}
