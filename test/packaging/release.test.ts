// The release flow in a throwaway clone of the repository: `changeset version` writes the changelogs and
// bumps the three packages together, and `pnpm release` refuses to publish what it must not.
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const packages = {
  kaicalls: 'packages/sdk',
  '@kaicalls/mock': 'packages/mock',
  '@kaicalls/cli': 'packages/cli',
};

let clone: string;
const git = (...args: string[]) => exec('git', args, { cwd: clone });
const manifest = (dir: string) => JSON.parse(readFileSync(join(clone, dir, 'package.json'), 'utf8'));

/** Runs the release script without a token; resolves with its exit code and output. */
async function release(args: string[] = []) {
  const env = { ...process.env, NPM_TOKEN: '' };
  try {
    const { stdout, stderr } = await exec(process.execPath, ['scripts/release.mjs', ...args], {
      cwd: clone,
      env,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

beforeAll(async () => {
  clone = join(mkdtempSync(join(tmpdir(), 'kaicalls-release-')), 'repo');
  await exec('git', ['clone', '--quiet', '--no-hardlinks', root, clone]);
  await git('config', 'user.email', 'release-test@example.com');
  await git('config', 'user.name', 'Release test');
  // The tools come from this checkout; only the sources are the clone's.
  symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'));
  writeFileSync(join(clone, '.git', 'info', 'exclude'), 'node_modules\n');
  // Test the release script as it is in this working tree, committed or not.
  copyFileSync(join(root, 'scripts', 'release.mjs'), join(clone, 'scripts', 'release.mjs'));
  await git('add', 'scripts/release.mjs');
  await git('commit', '--quiet', '--allow-empty', '-m', 'release script under test');
}, 60_000);

afterAll(() => {
  if (clone) rmSync(join(clone, '..'), { recursive: true, force: true });
});

describe.sequential('releasing', () => {
  it('refuses a dirty working tree, naming the files', async () => {
    writeFileSync(join(clone, 'stray.txt'), 'not committed');
    const { code, output } = await release(['--dry-run']);
    rmSync(join(clone, 'stray.txt'));
    expect(code).toBe(1);
    expect(output).toContain('the working tree is not clean');
    expect(output).toContain('stray.txt');
  });

  it('changeset version bumps the three packages and writes their changelogs', async () => {
    const before = Object.fromEntries(
      Object.entries(packages).map(([name, dir]) => [name, manifest(dir).version]),
    );
    // A changeset of our own, so the test holds whether or not the initial ones were already released.
    writeFileSync(
      join(clone, '.changeset', 'release-test.md'),
      "---\n'kaicalls': patch\n'@kaicalls/mock': patch\n'@kaicalls/cli': patch\n---\n\nRelease test entry.\n",
    );
    await exec(join(clone, 'node_modules', '.bin', 'changeset'), ['version'], { cwd: clone });
    for (const [name, dir] of Object.entries(packages)) {
      const { version } = manifest(dir);
      expect(version, name).not.toBe(before[name]);
      const changelog = readFileSync(join(clone, dir, 'CHANGELOG.md'), 'utf8');
      expect(changelog).toContain(`# ${name}`);
      expect(changelog).toContain(`## ${version}`);
      expect(changelog).toContain('Release test entry.');
    }
    // The CLI keeps depending on the workspace copies (pnpm publish turns them into ^version).
    expect(manifest('packages/cli').dependencies.kaicalls).toMatch(/^workspace:/);
    expect(existsSync(join(clone, '.changeset', 'release-test.md'))).toBe(false); // consumed
  });

  it('refuses unapplied changesets, then a missing NPM_TOKEN', async () => {
    await git('checkout', '--quiet', '--', '.');
    await git('clean', '--quiet', '-fd', '--', 'packages', '.changeset');
    writeFileSync(join(clone, '.changeset', 'pending.md'), "---\n'kaicalls': patch\n---\n\nPending.\n");
    await git('add', '.changeset/pending.md');
    await git('commit', '--quiet', '-m', 'pending changeset');
    let result = await release();
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/changeset\(s\) not yet applied .*pending\.md.*pnpm changeset version/s);

    await exec(join(clone, 'node_modules', '.bin', 'changeset'), ['version'], { cwd: clone });
    await git('add', '-A');
    await git('commit', '--quiet', '-m', 'version packages');
    result = await release();
    expect(result.code).toBe(1);
    expect(result.output).toContain('NPM_TOKEN is not set');
    expect(result.output).toContain('--dry-run');
  });

  it('--skip-checks is refused outside a dry run', async () => {
    const { code, output } = await release(['--skip-checks']);
    expect(code).toBe(1);
    expect(output).toContain('--skip-checks is only allowed with --dry-run');
  });
});
