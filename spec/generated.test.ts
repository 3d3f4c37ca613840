// Every fact derived from the spec has one owner: no generated file of one package repeats what a generated
// file of another holds. A fact that two packages need is generated once, into packages/contract. The files
// are what the generators in scripts/generate write (their own list, so a new output folder is covered), and
// they are compared as normalised text: indentation, comment markers and runs of spaces do not hide a copy,
// and JSON written on one line (a string literal, a `.json` file) is pretty-printed first.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../scripts/generate/spec.mjs';

const root = join(import.meta.dirname, '..');
/** Runs of this many identical lines (normalised, blank lines aside) count as a repeated fact. */
const RUN = 6;

interface Generated {
  pkg: string;
  path: string;
}

/** The spec as JSON, whole and without the SDK's code samples (which the mock leaves out). */
let specJson: { whole: unknown; withoutSamples: unknown };

/**
 * Whether a file is the spec itself, verbatim (the mock ships it: `generated/openapi.{json,yaml}`, and
 * `src/generated/spec.ts` for its validators). The spec owns every fact in it, so such a file is checked to be
 * an exact copy, and to live only in the mock, instead of being compared line by line.
 */
function isSpecCopy(path: string): boolean {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.yaml')) return text.endsWith(readFileSync(join(root, 'spec/openapi.yaml'), 'utf8'));
  if (path.endsWith('.json')) return isDeepStrictEqual(JSON.parse(text), specJson.whole);
  const literal = /JSON\.parse\(("(?:[^"\\\n]|\\.)*")\)/.exec(text)?.[1];
  if (!literal) return false;
  return isDeepStrictEqual(JSON.parse(JSON.parse(literal)), specJson.withoutSamples);
}

/** Every file the generators write, by asking each generator (as `pnpm generate` does). */
async function generatedFiles(): Promise<Generated[]> {
  const spec = await loadSpec(root);
  specJson = {
    whole: JSON.parse(JSON.stringify(spec)),
    withoutSamples: JSON.parse(
      JSON.stringify(spec, (key, value) => (key === 'x-codeSamples' ? undefined : value)),
    ),
  };
  const dir = join(root, 'scripts/generate');
  const paths: string[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.gen.mjs'))
    .sort()) {
    const { generate } = await import(pathToFileURL(join(dir, file)).href);
    paths.push(...Object.keys(await generate(structuredClone(spec), root)));
  }
  return paths.map((path) => ({ pkg: path.split('/')[1]!, path: join(root, path) }));
}

/** JSON written on one line (a whole `.json` file, or a string literal holding JSON), as indented lines. */
function expandJson(text: string, path: string): string {
  const pretty = (value: unknown) => JSON.stringify(value, null, 2);
  if (path.endsWith('.json')) return pretty(JSON.parse(text));
  return text.replace(/"(?:[^"\\\n]|\\.){200,}"/g, (literal) => {
    try {
      const inner = JSON.parse(literal) as string;
      return /^[[{]/.test(inner) ? pretty(JSON.parse(inner)) : literal;
    } catch {
      return literal;
    }
  });
}

/**
 * The code lines of a file, normalised: no indentation, runs of spaces collapsed, and no comments. Comments
 * are the spec's prose and examples rendered as documentation beside each declaration (the contract's
 * types and the SDK's models both document `Call`); they are not facts a package owns.
 */
export function codeLines(text: string): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = [];
  let inComment = false;
  text.split('\n').forEach((raw, index) => {
    let line = raw.trim();
    if (inComment) {
      const end = line.indexOf('*/');
      if (end === -1) return;
      inComment = false;
      line = line.slice(end + 2).trim();
    }
    if (line.startsWith('/*')) {
      const end = line.indexOf('*/');
      if (end === -1) {
        inComment = true;
        return;
      }
      line = line.slice(end + 2).trim();
    }
    if (line.startsWith('//')) return;
    out.push({ text: line.replace(/\s+/g, ' '), line: index + 1 });
  });
  return out;
}

/** Each window of RUN consecutive meaningful lines, keyed by its text. Brackets and banners are not facts. */
function windows(path: string): Map<string, number> {
  const lines = codeLines(expandJson(readFileSync(path, 'utf8'), path)).filter(({ text }) => text.length > 3);
  const out = new Map<string, number>();
  for (let i = 0; i + RUN <= lines.length; i++) {
    const key = lines
      .slice(i, i + RUN)
      .map((l) => l.text)
      .join('\n');
    if (!out.has(key)) out.set(key, lines[i]!.line);
  }
  return out;
}

/** The places where a file of one package repeats RUN or more lines of a file of another. */
function repeatsAcrossPackages(list: Generated[]): string[] {
  const seen = new Map<string, { pkg: string; path: string; line: number }>();
  const found = new Set<string>();
  for (const file of list) {
    for (const [key, line] of windows(file.path)) {
      const first = seen.get(key);
      if (!first) seen.set(key, { ...file, line });
      else if (first.pkg !== file.pkg)
        found.add(`${relative(root, file.path)}:${line} repeats ${relative(root, first.path)}:${first.line}`);
    }
  }
  return [...found];
}

let list: Generated[];
beforeAll(async () => {
  list = await generatedFiles();
}, 60_000);

describe('generated files', () => {
  it('are every file the generators write, in every output folder (packages/mock/generated too)', () => {
    const rel = list.map((f) => relative(root, f.path));
    expect(rel).toEqual(
      expect.arrayContaining([
        'packages/contract/src/generated/openapi.ts',
        'packages/contract/src/generated/operations.ts',
        'packages/contract/src/generated/facts.ts',
        'packages/mock/generated/openapi.json',
        'packages/mock/generated/openapi.yaml',
      ]),
    );
    expect(new Set(list.map((f) => f.pkg))).toEqual(new Set(['cli', 'contract', 'mock', 'sdk']));
  });

  it('every file in the packages that says it is generated is written by a generator (no orphan left behind)', () => {
    const written = new Set(list.map((f) => f.path));
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory())
          return ['node_modules', 'dist', '.turbo'].includes(entry.name) ? [] : walk(path);
        return /\.(ts|js|mjs|cjs|json|ya?ml)$/.test(entry.name) ? [path] : [];
      });
    const banner = /^(\/\/|#) This file is generated from spec\/openapi\.yaml/;
    const orphans = walk(join(root, 'packages'))
      .filter((path) => !written.has(path) && banner.test(readFileSync(path, 'utf8').slice(0, 200)))
      .map((path) => relative(root, path));
    expect(orphans).toEqual([]);
  });

  it('holds the spec verbatim only in the mock, which ships it', () => {
    const copies = list.filter((f) => isSpecCopy(f.path)).map((f) => relative(root, f.path));
    expect(copies.sort()).toEqual([
      'packages/mock/generated/openapi.json',
      'packages/mock/generated/openapi.yaml',
      'packages/mock/src/generated/spec.ts',
    ]);
  });

  it('no generated file of one package repeats six or more lines of another package’s', () => {
    expect(repeatsAcrossPackages(list.filter((f) => !isSpecCopy(f.path)))).toEqual([]);
  });

  it('the check sees through indentation and one-line JSON (so a reformatted copy cannot hide)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaicalls-generated-'));
    try {
      const facts = readFileSync(join(root, 'packages/contract/src/generated/facts.ts'), 'utf8');
      const reindented = join(dir, 'reindented.ts');
      writeFileSync(
        reindented,
        facts.replace(/^ +/gm, (spaces) => `\t${spaces}  `),
      );
      const commands = join(root, 'packages/cli/src/generated/commands/calls.json');
      const oneLine = join(dir, 'one-line.ts');
      writeFileSync(
        oneLine,
        `export const table = JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(commands, 'utf8'))))});\n`,
      );
      expect(
        repeatsAcrossPackages([
          { pkg: 'contract', path: join(root, 'packages/contract/src/generated/facts.ts') },
          { pkg: 'sdk', path: reindented },
        ]).length,
      ).toBeGreaterThan(0);
      expect(
        repeatsAcrossPackages([
          { pkg: 'cli', path: commands },
          { pkg: 'sdk', path: oneLine },
        ]).length,
      ).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the check finds a generated file copied into another package (so it cannot pass by accident)', () => {
    const contract = join(root, 'packages/contract/src/generated/facts.ts');
    const repeats = repeatsAcrossPackages([
      { pkg: 'contract', path: contract },
      { pkg: 'mock', path: contract },
    ]);
    expect(repeats.length).toBeGreaterThan(0);
    expect(repeats[0]).toMatch(/^packages\/contract\/src\/generated\/facts\.ts:\d+ repeats /);
  });
});
