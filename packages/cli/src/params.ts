// From flags to the SDK's params: `--data` (JSON, @file or - for stdin) is the base body, each flag
// overrides one property, required properties are checked, and wire names become the SDK's camelCase.
import { readFile } from 'node:fs/promises';
import { InvalidArgumentError } from 'commander';
import type { CommandSpec, FlagSpec } from './command-spec.js';
import { usageError } from './errors.js';
import { findJsonError } from './json-error.js';

/** Reads all of stdin as bytes. */
export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** What `--data`-style input said, and where it came from (for messages: `--data file body.json`). */
export interface Input {
  text: string;
  source: string;
}

const UNREADABLE: Record<string, string> = {
  ENOENT: 'there is no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
};

/** Reads `--data`-style input: `-` is stdin, `@path` a file, anything else the text itself. */
export async function readInput(value: string, flag: string): Promise<Input> {
  if (value === '-') return { text: (await readStdin()).toString('utf8'), source: `${flag} from stdin` };
  if (value.startsWith('@')) {
    const path = value.slice(1);
    try {
      return { text: await readFile(path, 'utf8'), source: `${flag} file ${path}` };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      throw usageError(
        `Cannot read ${flag} file ${path}: ${UNREADABLE[code] ?? code}.`,
        `Give the path of a readable JSON file after @ (relative to ${process.cwd()}), or the JSON itself.`,
      );
    }
  }
  return { text: value, source: flag };
}

/**
 * Parses JSON given to a flag. When it is invalid, says where (line, column) and what is wrong there,
 * and quotes nothing of it: a file may hold secrets.
 */
export function parseJson(input: Input, hint?: string): unknown {
  try {
    return JSON.parse(input.text);
  } catch {
    const place = findJsonError(input.text);
    const where = place ? ` at line ${place.line}, column ${place.column}: ${place.problem}` : '';
    throw usageError(`${input.source} is not valid JSON${where}.`, hint);
  }
}

/** Commander parser of a number flag: integers must be whole. */
export function numberParser(option: FlagSpec) {
  return (value: string): number => {
    const number = Number(value);
    if (value.trim() === '' || !Number.isFinite(number))
      throw new InvalidArgumentError(`expected a number, got "${value}".`);
    if (option.type === 'integer' && !Number.isInteger(number))
      throw new InvalidArgumentError(`expected a whole number, got "${value}".`);
    return number;
  };
}

/** Commander parser of a list flag: comma-separated and/or repeated, each item checked against the enum. */
export function listParser(option: FlagSpec) {
  return (value: string, previous: unknown[] | undefined): unknown[] => {
    const items = value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean)
      .map((item) => {
        if (option.items === 'integer' || option.items === 'number') return numberParser(option)(item);
        return item;
      });
    for (const item of items) {
      if (option.choices && !option.choices.includes(item as string))
        throw new InvalidArgumentError(`"${item}" is not one of: ${option.choices.join(', ')}.`);
    }
    return [...(previous ?? []), ...items];
  };
}

/** The commander attribute name of a flag (`agent-id` → `agentId`). */
export function attributeName(flag: string): string {
  return flag.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/**
 * Builds the wire params of an operation from its flags and `--data`, and checks the required ones.
 *
 * @example
 * const wire = await buildParams(spec, { to: '+15005550100', agentId: 'agt_1' });
 */
export async function buildParams(
  spec: CommandSpec,
  opts: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  let params: Record<string, unknown> = {};
  if (typeof opts.data === 'string') {
    const data = parseJson(
      await readInput(opts.data, '--data'),
      `Give the request body as JSON, e.g. ${spec.examples.find((e) => e.includes('--data'))?.replace(/^.*--data /, '') ?? "'{}'"}`,
    );
    if (data === null || typeof data !== 'object' || Array.isArray(data))
      throw usageError('--data must be a JSON object (the request body, snake_case as in the API docs).');
    params = { ...(data as Record<string, unknown>) };
  }
  for (const option of spec.options) {
    const value = opts[attributeName(option.flag)];
    if (value === undefined) continue;
    if (option.type === 'json' && typeof value === 'string') {
      params[option.wire] = parseJson(await readInput(value, `--${option.flag}`));
    } else {
      params[option.wire] = value;
    }
  }
  const missing = spec.options.filter((o) => o.required && params[o.wire] === undefined);
  if (missing.length > 0) {
    throw usageError(
      `Missing required ${missing.length === 1 ? 'flag' : 'flags'}: ${missing.map((o) => `--${o.flag}`).join(', ')}${spec.body ? ' (or give them in --data)' : ''}.`,
      `See \`kaicalls ${spec.resource} ${spec.name} --help\`.`,
    );
  }
  return params;
}
