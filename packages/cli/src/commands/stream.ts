// The generated commands of the operations that answer Server-Sent Events (`x-stream`: `calls stream`,
// `events stream`): each item printed as it arrives, a line in words, or with --json one JSON object a line
// (NDJSON, as on the wire). The SDK's stream reconnects with Last-Event-ID, so nothing is lost or repeated.
// A stream that ends by itself (a call's timeline) ends the command with 0 and, with --json, its `end` event
// as the last line; one that does not (the event log) runs until Ctrl+C, its normal end (exit 0, as
// `listen`); Ctrl+C before a call's end is an interruption (130).
import { camelize, type Stream, snakify } from 'kaicalls';
import type { CommandSpec } from '../command-spec.js';
import type { Context } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { printable } from '../output/printable.js';
import type { Style } from '../output/style.js';
import { describeEvent, eventLine, type TimelineEvent, type WireEvent } from '../output/timeline.js';

type StreamMethod = (...args: unknown[]) => Stream<Record<string, unknown>, unknown>;

/** A line for an item of a stream, by the item's schema. */
function line(item: string, value: Record<string, unknown>, s: Style): string {
  if (item === 'CallTimelineEvent') return describeEvent(value as unknown as TimelineEvent, s);
  if (item === 'Event') return eventLine(snakify(value) as unknown as WireEvent, s);
  return printable(JSON.stringify(snakify(value)));
}

/**
 * Runs a stream operation's command until the stream ends or Ctrl+C.
 *
 * @example
 * await runStream(ctx, spec, ['call_8fK2pQ7vN3'], {});
 */
export async function runStream(
  ctx: Context,
  spec: CommandSpec & { stream: NonNullable<CommandSpec['stream']> },
  args: readonly string[],
  wire: Record<string, unknown>,
): Promise<number> {
  const kai = await ctx.client();
  const resource = (kai as unknown as Record<string, Record<string, StreamMethod>>)[spec.tag]!;
  const method = resource[spec.action]!;
  const controller = new AbortController();
  const stop = () => controller.abort(new Error('interrupted'));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const out = ctx.output;
  let opened = false;
  const stream = method.apply(resource, [
    ...args,
    camelize(wire),
    {
      signal: controller.signal,
      onReady: () => {
        ctx.info(`${spec.method} ${spec.path} is ${opened ? 'live again' : 'live'}.`);
        opened = true;
      },
    },
  ]);
  try {
    for await (const item of stream) {
      out.write(
        out.mode === 'json'
          ? `${JSON.stringify(snakify(item))}\n`
          : `${line(spec.stream.item, item, out.style)}\n`,
      );
    }
    if (spec.stream.ends) {
      const end = await stream.result();
      if (out.mode === 'json') out.write(`${JSON.stringify(snakify(end))}\n`);
    }
    return ExitCode.ok;
  } catch (error) {
    if (!controller.signal.aborted) throw error;
    return spec.stream.ends ? ExitCode.interrupted : ExitCode.ok;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}
