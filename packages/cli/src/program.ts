// The root command. Resources come from the generated index (names and descriptions only); a resource's
// full command table and every tool command are imported only when the invocation names them, so
// `kaicalls --help` and `kaicalls calls get …` never load what they do not use.
import { Command, CommanderError, Option } from 'commander';
import type { ResourceExtras } from './commands/resource.js';
import { ExitCode } from './exit-codes.js';
import { loadCommands, type ResourceName, resources } from './generated/resources.js';
import { VERSION } from './version.js';

interface Tool {
  summary: string;
  load(): Promise<(program: Command) => void>;
}

/** The commands that are not API operations. */
const tools: Record<string, Tool> = {
  login: {
    summary: 'Save an API key to a profile (read from stdin, or a prompt that does not echo)',
    load: () => import('./commands/auth.js').then((m) => m.addLogin),
  },
  logout: {
    summary: "Remove a profile's saved API key",
    load: () => import('./commands/auth.js').then((m) => m.addLogout),
  },
  mock: {
    summary: 'Start the KaiCalls mock server locally (every endpoint, the voice loop, signed webhooks)',
    load: () => import('./commands/mock.js').then((m) => m.addMock),
  },
  listen: {
    summary: 'Forward your events, signed, to a local URL as they happen',
    load: () => import('./commands/listen.js').then((m) => m.addListen),
  },
  trigger: {
    summary: 'Send a realistic signed sample of any event type to a local URL',
    load: () => import('./commands/trigger.js').then((m) => m.addTrigger),
  },
  completion: {
    summary: 'Print a shell completion script (bash, zsh or fish)',
    load: () => import('./commands/completion.js').then((m) => m.addCompletion),
  },
};

const extras: Partial<Record<ResourceName, () => Promise<ResourceExtras>>> = {
  calls: () => import('./commands/calls.js').then((m) => m.callsExtras),
  webhooks: () => import('./commands/webhooks.js').then((m) => m.webhooksExtras),
};

const VALUE_OPTIONS = new Set(['--profile', '--api-key', '--base-url']);

/** The first word of the command line that is not an option (the command group it names). */
export function firstOperand(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') return args[i + 1];
    if (VALUE_OPTIONS.has(arg)) i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

function resourceNamed(name: string | undefined) {
  return resources.find((r) => r.name === name || r.tag === name);
}

/** Adds one resource group with its full command table. */
export async function addResource(program: Command, name: ResourceName): Promise<void> {
  const info = resources.find((r) => r.name === name)!;
  const [{ addResourceCommands }, specs, extra] = await Promise.all([
    import('./commands/resource.js'),
    loadCommands[name](),
    extras[name]?.(),
  ]);
  const group = program
    .command(info.name)
    .description(`${info.title}: ${info.description}`)
    .helpGroup('Resources:');
  if (info.tag !== info.name) group.alias(info.tag);
  addResourceCommands(group, specs, extra);
}

/** Builds the program for an invocation, loading only what `argv` needs. */
export async function buildProgram(argv: readonly string[], loadAll = false): Promise<Command> {
  const program = new Command('kaicalls')
    .description(
      'The KaiCalls CLI: every API operation, live call progress, a local mock server and webhook tooling.',
    )
    .version(VERSION, '-v, --version', 'Print the version')
    .addOption(
      new Option('--profile <name>', 'Config profile to use (default: $KAICALLS_PROFILE, else "default")'),
    )
    .addOption(new Option('--api-key <key>', 'API key (overrides KAICALLS_API_KEY and the profile)'))
    .addOption(new Option('--base-url <url>', 'API base URL (overrides KAICALLS_BASE_URL and the profile)'))
    .option('--json', 'Print JSON as on the wire (snake_case), for scripts')
    .option('--verbose', 'Say what happens behind the output: stream reconnections, a fallback to polling')
    .option('--debug', 'Log requests (keys masked) and show stack traces')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .addHelpText(
      'after',
      `
Examples:
  $ kaicalls login
  $ kaicalls calls create --agent-id agt_4Vd9kQ2mXp --to +15005550100 --wait
  $ kaicalls calls list --status completed --json
  $ kaicalls mock
  $ kaicalls listen --forward-to http://localhost:3000/webhooks

Credentials: --api-key, else KAICALLS_API_KEY, else the profile saved by \`kaicalls login\`.
Run \`kaicalls <command> --help\` for a command's flags and examples.`,
    );
  program.configureHelp({ sortSubcommands: false, showGlobalOptions: true });

  const target = firstOperand(argv.slice(2));
  const everything = loadAll || target === 'completion';
  for (const info of resources) {
    if (everything || resourceNamed(target) === info) await addResource(program, info.name);
    else program.command(info.name).description(`${info.title}: ${info.description}`).helpGroup('Resources:');
  }
  for (const [name, tool] of Object.entries(tools)) {
    if (everything || target === name) (await tool.load())(program);
    else program.command(name).description(tool.summary).helpGroup('Tools:');
  }
  for (const command of program.commands) command.helpGroup(command.helpGroup() || 'Tools:');
  return program;
}

/**
 * Runs the CLI.
 *
 * @example
 * await main(['node', 'kaicalls', 'calls', 'list', '--json']);
 */
export async function main(argv: readonly string[]): Promise<void> {
  const program = await buildProgram(argv);
  try {
    await program.parseAsync(argv as string[]);
  } catch (error) {
    if (error instanceof CommanderError) {
      const quiet = ['commander.helpDisplayed', 'commander.help', 'commander.version'];
      process.exitCode = quiet.includes(error.code) ? ExitCode.ok : ExitCode.usage;
      return;
    }
    throw error;
  }
}
