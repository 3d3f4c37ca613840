import type { Command } from 'commander';
import type { CommandSpec } from './command-spec.js';
import { Context } from './context.js';
import { printError, toCliError } from './report.js';

/** A command's work: returns its exit code (0 when omitted). */
export type Handler = (ctx: Context, command: Command) => Promise<unknown>;

/**
 * Wraps a command's handler: builds its context, reports any failure as one line with an exit code.
 *
 * @example
 * program.command('logout').action(action(async (ctx) => { ... }));
 */
export function action(handler: Handler, spec?: CommandSpec) {
  return async (...args: unknown[]): Promise<void> => {
    const command = args[args.length - 1] as Command;
    const ctx = new Context(command.optsWithGlobals());
    try {
      const code = await handler(ctx, command);
      process.exitCode = typeof code === 'number' ? code : 0;
    } catch (error) {
      const failure = await toCliError(error, ctx, spec);
      printError(failure, ctx.errStyle, Boolean(ctx.options.debug));
      process.exitCode = failure.exitCode;
    }
  };
}

/** Adds an "Examples:" section to a command's help. */
export function examples(command: Command, lines: readonly string[]): Command {
  if (lines.length > 0)
    command.addHelpText('after', `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`);
  return command;
}
