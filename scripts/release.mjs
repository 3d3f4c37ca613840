#!/usr/bin/env node
// `pnpm release [--dry-run]`: checks, builds and publishes kaicalls, @kaicalls/mock and @kaicalls/cli.
//
// 1. Refuses a dirty working tree (what is published must be a commit) and, unless --dry-run, a missing
//    NPM_TOKEN or changesets not yet applied by `pnpm changeset version`.
// 2. Runs `pnpm check` (generated code, lint, build, typecheck, publint, every test including the packaging
//    test) and `pnpm run docs` (the site must build without a TypeDoc warning).
// 3. Publishes with `changeset publish`, which publishes the versions not yet on the registry and tags them.
//    --dry-run instead shows, per package, whether its version is already on the registry and what its tarball
//    would contain (`pnpm publish --dry-run`), and publishes nothing.
//
// The token reaches npm through a temporary user config that is deleted afterwards; it is never printed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const packages = ['packages/sdk', 'packages/mock', 'packages/cli'];

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const skipChecks = args.includes('--skip-checks');
const unknown = args.filter((arg) => !['--dry-run', '--skip-checks'].includes(arg));
if (unknown.length > 0 || args.includes('--help')) {
  console.error('Usage: pnpm release [--dry-run] [--skip-checks]');
  console.error('  --dry-run      run everything but the publish; show what would be published');
  console.error('  --skip-checks  only with --dry-run: skip `pnpm check` and `pnpm run docs`');
  process.exit(unknown.length > 0 ? 2 : 0);
}

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}

/** Runs a command with inherited output; exits the release if it fails. */
function step(title, command, commandArgs, options = {}) {
  console.log(`\nrelease: ${title}\n$ ${[command, ...commandArgs].join(' ')}`);
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0)
    fail(`${title} failed (exit ${result.status ?? result.signal}); nothing was published.`);
}

function output(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, { cwd: root, encoding: 'utf8', ...options });
  return {
    ok: result.status === 0,
    stdout: result.stdout?.trim() ?? '',
    stderr: result.stderr?.trim() ?? '',
  };
}

// 1. Preconditions.
if (skipChecks && !dryRun)
  fail('--skip-checks is only allowed with --dry-run: a real release always runs the checks.');
const status = output('git', ['status', '--porcelain']);
if (!status.ok) fail(`git status failed: ${status.stderr}`);
if (status.stdout !== '') {
  fail(
    `the working tree is not clean; commit or remove these first, so that what is published is a commit:\n${status.stdout}`,
  );
}
const pending = readdirSync(join(root, '.changeset')).filter(
  (file) => file.endsWith('.md') && file !== 'README.md',
);
if (pending.length > 0) {
  const message = `${pending.length} changeset(s) not yet applied (${pending.join(', ')}): run \`pnpm changeset version\`, review and commit the versions and changelogs, then release.`;
  if (dryRun) console.warn(`release: warning: ${message}`);
  else fail(message);
}
if (!dryRun && !process.env.NPM_TOKEN) {
  fail(
    'NPM_TOKEN is not set: export an npm automation token with publish rights to the kaicalls packages, or use --dry-run.',
  );
}
if (skipChecks && !dryRun)
  fail('--skip-checks is only allowed with --dry-run: a real release always runs the checks.');

// 2. Checks and build.
if (!skipChecks) {
  step('checks (generated code, lint, build, typecheck, publint, tests incl. packaging)', 'pnpm', ['check']);
  step('documentation site (TypeDoc with warnings as errors, Redoc, guides)', 'pnpm', ['run', 'docs']);
} else {
  step('build', 'pnpm', ['build']);
}

// 3. Publish.
if (dryRun) {
  for (const dir of packages) {
    const { name, version } = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    const published = output('npm', ['view', `${name}@${version}`, 'version']);
    const state =
      published.ok && published.stdout === version
        ? 'already on the registry: skipped'
        : 'would be published';
    console.log(`\nrelease: ${name}@${version} ${state}`);
    step(`${name}: what would be published`, 'pnpm', ['publish', '--dry-run', '--no-git-checks'], {
      cwd: join(root, dir),
    });
  }
  console.log('\nrelease: dry run complete; nothing was published.');
} else {
  const config = mkdtempSync(join(tmpdir(), 'kaicalls-release-'));
  const npmrc = join(config, 'npmrc');
  // npm expands ${NPM_TOKEN} itself, so the token is never written to disk.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: npm's own environment variable syntax
  writeFileSync(npmrc, '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n', { mode: 0o600 });
  try {
    step('publish (changeset publish)', 'pnpm', ['changeset', 'publish'], {
      env: { ...process.env, NPM_CONFIG_USERCONFIG: npmrc, npm_config_userconfig: npmrc },
    });
  } finally {
    rmSync(config, { recursive: true, force: true });
  }
  console.log('\nrelease: published. Push the tags changeset created: git push --follow-tags');
}
