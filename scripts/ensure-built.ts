// Builds a workspace package when its dist/ is missing or older than anything it is built from. Only the
// tests of a built artefact (the packaging test, the binaries) need dist/; they call this first, so they
// never pass against a stale build.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// What each package's build reads: its own sources and config, and those of the workspace packages it
// bundles or runs against.
const inputs: Record<string, string[]> = {
  'packages/contract': ['packages/contract/src'],
  'packages/sdk': [
    'packages/sdk/src',
    'packages/sdk/tsup.config.ts',
    'packages/sdk/package.json',
    'scripts/one-declaration-copy.mjs',
    'tsconfig.base.json',
  ],
  'packages/mock': [
    'packages/mock/src',
    'packages/mock/tsup.config.ts',
    'packages/mock/package.json',
    'scripts/one-declaration-copy.mjs',
  ],
  'packages/cli': ['packages/cli/src', 'packages/cli/tsup.config.ts', 'packages/cli/package.json'],
};
const bundles: Record<string, string[]> = {
  'packages/sdk': ['packages/contract'],
  'packages/mock': ['packages/contract'],
  'packages/cli': ['packages/contract', 'packages/sdk', 'packages/mock'],
};

function newest(path: string, pick: (a: number, b: number) => number): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let best = pick === Math.max ? 0 : Number.POSITIVE_INFINITY;
  for (const entry of readdirSync(path)) best = pick(best, newest(join(path, entry), pick));
  return best;
}

/** Whether `dir` (e.g. `packages/sdk`) has a dist/ at least as new as every input of its build. */
export function isBuilt(dir: string): boolean {
  const dist = join(root, dir, 'dist');
  if (!existsSync(dist) || readdirSync(dist).length === 0) return false;
  const built = newest(dist, Math.min);
  const sources = [dir, ...(bundles[dir] ?? [])].flatMap((d) => inputs[d] ?? []);
  return sources.every(
    (source) => !existsSync(join(root, source)) || newest(join(root, source), Math.max) <= built,
  );
}

/** Builds each of `dirs` (and what it runs against) whose dist/ is missing or stale, in dependency order. */
export function ensureBuilt(...dirs: string[]): void {
  const order = ['packages/sdk', 'packages/mock', 'packages/cli'];
  const wanted = new Set(dirs.flatMap((dir) => [dir, ...(bundles[dir] ?? [])]));
  for (const dir of order) {
    if (!wanted.has(dir) || isBuilt(dir)) continue;
    execFileSync('pnpm', ['build'], { cwd: join(root, dir), stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
