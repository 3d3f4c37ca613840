// The runtimes of the compatibility matrix: binaries from the npm registry, pinned in package.json and
// installed by `pnpm install` (optional dependencies: they exist for linux x64 only).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const paths = {
  node22: 'node_modules/node22/bin/node',
  node24: 'node_modules/node24/bin/node',
  bun: 'node_modules/@oven/bun-linux-x64/bin/bun',
  deno: 'node_modules/@deno/linux-x64-glibc/deno',
  workerd: 'node_modules/@cloudflare/workerd-linux-64/bin/workerd',
} as const;

export type Runtime = keyof typeof paths;

/**
 * The path of a runtime's binary. Throws where it is missing: in CI (linux x64) it must be there, so a
 * matrix row can never pass by not running.
 */
export function runtime(name: Runtime): string {
  const path = fileURLToPath(new URL(paths[name], import.meta.url));
  if (!existsSync(path)) {
    throw new Error(
      `${name} is not installed at ${path}: the compatibility matrix needs linux x64 and \`pnpm install\` (test/runtimes/package.json pins it)`,
    );
  }
  return path;
}
