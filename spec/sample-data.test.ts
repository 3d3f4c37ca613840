// Sample data (the spec's examples, the mock's fixtures and generated values, the CLI's event fixtures)
// describes KaiCalls alone: it names no third-party voice or telephony vendor, which a customer would
// read as an integration or a dependency that is not there.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const VENDORS = /\b(vapi|retell|twilio|bland\.ai|synthflow|elevenlabs|deepgram|vonage|plivo)\b|conv-vapi/i;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('sample data', () => {
  it.each(['spec', 'packages/sdk/src', 'packages/mock/src', 'packages/cli/src', 'packages/contract/src'])(
    'in %s names no third-party vendor',
    (dir) => {
      const offenders = files(join(root, dir))
        .filter((file) => /\.(ts|yaml|json)$/.test(file) && !file.endsWith('.test.ts'))
        .flatMap((file) =>
          readFileSync(file, 'utf8')
            .split('\n')
            .map((line, i) => [line, i] as const)
            .filter(([line]) => VENDORS.test(line))
            .map(([line, i]) => `${relative(root, file)}:${i + 1}: ${line.trim().slice(0, 120)}`),
        );
      expect(offenders).toEqual([]);
    },
  );
});
