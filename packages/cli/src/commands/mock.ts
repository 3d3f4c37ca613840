// `kaicalls mock` is `kaicalls-mock`: the arguments go to @kaicalls/mock's own command-line front
// (`runMockServerCli`), so both commands have one implementation: the same flags, defaults, banner,
// readiness line and shutdown. @kaicalls/mock/server is imported only here, when the command runs.
import type { Command } from 'commander';
import { action } from '../action.js';

interface MockServerModule {
  runMockServerCli(argv: readonly string[], options?: { program?: string }): Promise<number>;
}

// Resolved at run time only: `kaicalls --help` and the typecheck never depend on the mock's build.
const MOCK_SERVER: string = '@kaicalls/mock/server';

/** `kaicalls mock` */
export function addMock(program: Command): void {
  program
    .command('mock')
    .description(
      'Start the KaiCalls mock server (the same as `kaicalls-mock`; `kaicalls mock --help` lists its flags)',
    )
    .argument(
      '[flags...]',
      'the flags of kaicalls-mock (--port, --speed, --seed, --start-time, --fixtures, …)',
    )
    // Every flag, --help included, belongs to the mock's own parser.
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    .action(
      action(async (ctx, cmd) => {
        const { runMockServerCli } = (await import(MOCK_SERVER)) as MockServerModule;
        const json = ctx.output.mode === 'json' && !cmd.args.includes('--json') ? ['--json'] : [];
        return runMockServerCli([...cmd.args, ...json], { program: 'kaicalls mock' });
      }),
    );
}
