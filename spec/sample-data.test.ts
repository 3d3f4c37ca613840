// Sample data (the spec's examples, the mock's fixtures and generated values, the CLI's event fixtures, the
// examples, the benchmarks' bodies, the docs) describes KaiCalls alone: it names no third-party voice or
// telephony vendor, which a customer would read as an integration or a dependency that is not there.
// It scans every file git tracks (so node_modules, dist and the built docs site, all ignored, are out).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const VENDORS = /\b(vapi|retell|twilio|bland\.ai|synthflow|elevenlabs|deepgram|vonage|plivo)\b|conv-vapi/i;
const SCANNED = /\.(ts|mts|cts|js|mjs|cjs|md|yaml|yml|json)$/;
/** This file (it holds the list) and lockfiles (third-party package names and hashes). */
const SKIPPED = new Set(['spec/sample-data.test.ts', 'pnpm-lock.yaml', 'package-lock.json']);

/** The tracked source and doc files, as paths from the root. */
function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
    .split('\0')
    .filter((file) => SCANNED.test(file) && !SKIPPED.has(file) && !file.split('/').includes('node_modules'));
}

/** `path:line: text` for every line of `text` that names a vendor. */
function vendorLines(path: string, text: string): string[] {
  return text
    .split('\n')
    .map((line, i) => [line, i] as const)
    .filter(([line]) => VENDORS.test(line))
    .map(([line, i]) => `${path}:${i + 1}: ${line.trim().slice(0, 120)}`);
}

describe('sample data', () => {
  it('no tracked source, example, benchmark or doc names a third-party vendor', () => {
    const files = trackedFiles();
    // The scan must reach every area, or a broken listing would pass vacuously.
    for (const area of ['spec/', 'packages/sdk/bench/', 'packages/mock/src/', 'examples/', 'docs/'])
      expect(files.some((file) => file.startsWith(area))).toBe(true);
    const offenders = files.flatMap((file) => {
      let text: string;
      try {
        text = readFileSync(join(root, file), 'utf8');
      } catch {
        return []; // listed by git but deleted in the work tree
      }
      return vendorLines(file, text);
    });
    expect(offenders).toEqual([]);
  });

  it('would catch the old benchmark body', () => {
    expect(vendorLines('bench.mjs', "  conversation_id: 'conv-vapi-xyz789',")).toHaveLength(1);
  });
});
