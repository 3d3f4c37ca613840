// Every fact derived from the spec has one owner: no generated file of one package repeats what a generated
// file of another holds. A fact that two packages need is generated once, into packages/contract.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
/** Runs of this many identical lines (ignoring indentation and blank lines) count as a repeated fact. */
const RUN = 6;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function generatedFiles(): Array<{ pkg: string; path: string }> {
  return readdirSync(join(root, 'packages')).flatMap((pkg) => {
    const dir = join(root, 'packages', pkg, 'src', 'generated');
    try {
      return files(dir).map((path) => ({ pkg, path }));
    } catch {
      return [];
    }
  });
}

/** Each window of RUN consecutive meaningful lines, keyed by its text. Brackets and banners are not facts. */
function windows(path: string): Map<string, number> {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .map((line, index) => ({ text: line.trim(), line: index + 1 }))
    .filter(({ text }) => text.length > 3 && !text.startsWith('// This file is generated'));
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
function repeatsAcrossPackages(list: Array<{ pkg: string; path: string }>): string[] {
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

describe('generated files', () => {
  it('live in the packages that use them, and packages/contract holds the shared ones', () => {
    const list = generatedFiles();
    expect(list.filter((f) => f.pkg === 'contract').map((f) => relative(root, f.path))).toEqual(
      expect.arrayContaining([
        'packages/contract/src/generated/openapi.ts',
        'packages/contract/src/generated/operations.ts',
        'packages/contract/src/generated/facts.ts',
      ]),
    );
    expect(new Set(list.map((f) => f.pkg))).toEqual(new Set(['cli', 'contract', 'mock', 'sdk']));
  });

  it('no generated file of one package repeats six or more lines of another package’s', () => {
    expect(repeatsAcrossPackages(generatedFiles())).toEqual([]);
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
