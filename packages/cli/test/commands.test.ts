// The command table is derived from the spec: every operation has a command with its arguments and flags.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the generators' helpers are plain JavaScript
import { loadSpec, operations } from '../../../scripts/generate/spec.mjs';
import { buildProgram } from '../src/program.js';
import { BIN, run } from './helpers.js';

const root = join(import.meta.dirname, '../../..');
const kebab = (s: string) =>
  s
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/_/g, '-')
    .toLowerCase();

describe('the command tree', async () => {
  const spec = await loadSpec(root);
  const program = await buildProgram(['node', 'kaicalls'], true);
  const ops = operations(spec) as {
    tag: string;
    action: string;
    operationId: string;
    pathParams: string[];
    queryParams: string[];
  }[];

  it('has a `kaicalls <resource> <action>` for every operation of the spec', () => {
    expect(ops.length).toBeGreaterThan(50);
    const missing = ops.filter((op) => {
      const group = program.commands.find((c) => c.name() === kebab(op.tag));
      return !group?.commands.some((c) => c.name() === kebab(op.action));
    });
    expect(missing.map((op) => op.operationId)).toEqual([]);
  });

  it('takes path parameters as arguments and query parameters as flags', () => {
    for (const op of ops) {
      const command = program.commands
        .find((c) => c.name() === kebab(op.tag))!
        .commands.find((c) => c.name() === kebab(op.action))!;
      expect(
        command.registeredArguments.map((a) => a.name()),
        op.operationId,
      ).toEqual(op.pathParams.map(kebab));
      const flags = command.options.map((o) => o.long);
      for (const query of op.queryParams) expect(flags, op.operationId).toContain(`--${kebab(query)}`);
    }
  });

  it('has the extra commands: calls wait, webhooks verify, and the tools', () => {
    const names = (group: string) =>
      program.commands.find((c) => c.name() === group)!.commands.map((c) => c.name());
    expect(names('calls')).toContain('wait');
    expect(names('webhooks')).toContain('verify');
    for (const tool of ['login', 'logout', 'mock', 'listen', 'trigger', 'completion'])
      expect(program.commands.map((c) => c.name())).toContain(tool);
  });

  it('offers the spec enum as choices (calls list --status)', () => {
    const list = program.commands
      .find((c) => c.name() === 'calls')!
      .commands.find((c) => c.name() === 'list')!;
    const status = list.options.find((o) => o.long === '--status')!;
    expect(status.argChoices).toEqual(spec.components.schemas.CallStatus.enum);
  });
});

describe('help output', () => {
  it('`mock --help` lists every test number of the spec', async () => {
    const spec = await loadSpec(root);
    const { code, stdout } = await run(['mock', '--help']);
    expect(code).toBe(0);
    const help = stdout.replace(/\s+/g, ' ');
    for (const [number, scenario] of Object.entries<string>(spec['x-test-numbers'])) {
      expect(help).toContain(`${number.slice(-4)} ${scenario.replaceAll('_', ' ')}`);
    }
  });

  it('stops quietly when the reader has closed the pipe (`kaicalls calls --help | true`)', () => {
    // `true` exits without reading, so every write of the CLI meets a closed pipe.
    const result = spawnSync(
      'bash',
      ['-o', 'pipefail', '-c', `"${process.execPath}" "${BIN}" calls --help | true`],
      {
        encoding: 'utf8',
      },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
