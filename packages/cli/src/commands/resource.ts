// Builds `kaicalls <resource> <action>` from the generated command table: positional path parameters,
// one flag per query parameter or body property, --data for whole bodies, --all for every page.
import { type Command, Option } from 'commander';
import { camelize } from 'kaicalls';
import { action, examples } from '../action.js';
import type { CommandSpec, FlagSpec } from '../command-spec.js';
import type { Context } from '../context.js';
import { printList, printObject } from '../output/format.js';
import { buildParams, listParser, numberParser } from '../params.js';

type Method = (...args: unknown[]) => {
  withResponse(): Promise<{ json: unknown; requestId: string | null }>;
};

interface WirePage {
  data: Record<string, unknown>[];
  has_more: boolean;
  next_cursor: string | null;
}

function describe(option: FlagSpec): string {
  const parts = [option.description || option.wire];
  if (option.type === 'json') parts.push('(JSON, @file or -)');
  if (option.type === 'array') parts.push('(comma-separated, or repeat the flag)');
  if (option.format === 'date-time') parts.push('(ISO 8601)');
  if (option.required) parts.push('(required)');
  if (option.default !== undefined)
    parts.push(`(API default: ${Array.isArray(option.default) ? option.default.join(',') : option.default})`);
  return parts.join(' ');
}

function addFlag(command: Command, option: FlagSpec): void {
  const placeholder = option.flag.split('-').pop() ?? 'value';
  if (option.type === 'boolean') {
    command.addOption(new Option(`--${option.flag}`, describe(option)));
    command.addOption(new Option(`--no-${option.flag}`, `Sets ${option.wire} to false.`));
    return;
  }
  const flag = new Option(
    `--${option.flag} <${option.type === 'json' ? 'json' : placeholder}>`,
    describe(option),
  );
  if (option.type === 'integer' || option.type === 'number') flag.argParser(numberParser(option));
  else if (option.type === 'array') {
    flag.argParser(listParser(option));
    if (option.choices) flag.description += ` (choices: ${option.choices.join(', ')})`;
  } else if (option.choices) flag.choices(option.choices.map(String));
  command.addOption(flag);
}

/** Calls the operation's SDK method: path parameters, then params (when it takes them), then options. */
export async function invoke(
  ctx: Context,
  spec: CommandSpec,
  args: readonly string[],
  wire: Record<string, unknown> | undefined,
  requestOptions?: Record<string, unknown>,
): Promise<{ json: unknown; requestId: string | null }> {
  const kai = await ctx.client();
  const resource = (kai as unknown as Record<string, Record<string, Method>>)[spec.tag];
  const method = resource?.[spec.action];
  if (!resource || typeof method !== 'function')
    throw new Error(`This version of the kaicalls SDK has no ${spec.tag}.${spec.action}(); update kaicalls.`);
  const callArgs: unknown[] = [...args];
  if (spec.takesParams) callArgs.push(camelize(wire ?? {}));
  if (requestOptions && Object.keys(requestOptions).length > 0) callArgs.push(requestOptions);
  return method.apply(resource, callArgs).withResponse();
}

async function runList(
  ctx: Context,
  spec: CommandSpec,
  args: string[],
  wire: Record<string, unknown>,
  all: boolean,
) {
  const page: WirePage = { data: [], has_more: false, next_cursor: null };
  let cursor = wire.cursor as string | undefined;
  do {
    const { json } = await invoke(ctx, spec, args, { ...wire, ...(cursor ? { cursor } : {}) });
    const body = json as WirePage;
    page.data.push(...body.data);
    page.has_more = body.has_more;
    page.next_cursor = body.next_cursor;
    cursor = body.next_cursor ?? undefined;
  } while (all && page.has_more && cursor);
  const again = `kaicalls ${spec.resource} ${spec.name} ${args.join(' ')}`.trim();
  printList(
    ctx.output,
    page,
    spec.columns,
    `More results: \`${again} --cursor ${page.next_cursor}\`, or --all for every page.`,
  );
}

/** Extra behaviour for some commands, loaded only when they run. */
export interface ResourceExtras {
  /** Adds flags to a generated command (e.g. `--wait` on `calls create`). */
  extend?(spec: CommandSpec, command: Command): void;
  /** Runs after the operation succeeded; returns an exit code to take over the output. */
  after?(
    ctx: Context,
    spec: CommandSpec,
    json: unknown,
    opts: Record<string, unknown>,
  ): Promise<number | undefined>;
  /** Adds commands that are not operations (`calls wait`, `webhooks verify`). */
  commands?(parent: Command): void;
}

/**
 * Adds one subcommand per operation of a resource to `parent`.
 *
 * @example
 * addResourceCommands(program.command('calls'), await loadCommands.calls());
 */
export function addResourceCommands(
  parent: Command,
  specs: readonly CommandSpec[],
  extras?: ResourceExtras,
): void {
  for (const spec of specs) {
    const command = parent.command(spec.name).summary(spec.summary);
    command.description(
      [
        spec.summary,
        spec.description,
        `Needs scope: ${spec.scopes.join(', ') || 'none'}. API: ${spec.method} ${spec.path}`,
      ]
        .filter(Boolean)
        .join('\n\n'),
    );
    for (const arg of spec.args) command.argument(`<${arg.name}>`, arg.description ?? arg.wire);
    for (const option of spec.options) addFlag(command, option);
    if (spec.body)
      command.option(
        '--data <json>',
        'The whole request body as JSON (snake_case), @file or - for stdin; flags override its properties.',
      );
    if (spec.paginated)
      command.option('--all', 'Fetch every page (with --json: one document with every item).');
    if (spec.idempotency !== 'none')
      command.option(
        '--idempotency-key <key>',
        `Idempotency-Key header${spec.idempotency === 'required' ? ' (the SDK generates one when omitted)' : ''}: replays the first response on retry.`,
      );
    extras?.extend?.(spec, command);
    examples(command, spec.examples);
    command.action(
      action(async (ctx, cmd) => {
        const opts = cmd.opts();
        const args = cmd.processedArgs as string[];
        const wire = await buildParams(spec, opts);
        if (spec.stream) {
          const { runStream } = await import('./stream.js');
          return runStream(ctx, { ...spec, stream: spec.stream }, args, wire);
        }
        if (spec.paginated) {
          await runList(ctx, spec, args, wire, Boolean(opts.all));
          return;
        }
        const requestOptions = opts.idempotencyKey ? { idempotencyKey: opts.idempotencyKey } : undefined;
        const { json } = await invoke(ctx, spec, args, spec.takesParams ? wire : undefined, requestOptions);
        const taken = await extras?.after?.(ctx, spec, json, opts);
        if (taken !== undefined) return taken;
        printObject(ctx.output, json);
        if (
          ctx.output.mode === 'human' &&
          json &&
          typeof json === 'object' &&
          ('key' in json || 'secret' in json)
        )
          process.stderr.write(`${ctx.errStyle.yellow('This secret is shown once: store it now.')}\n`);
      }, spec),
    );
  }
  extras?.commands?.(parent);
}
