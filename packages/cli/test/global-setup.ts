// The tests run the built binary; build it first when `pnpm build` has not (e.g. `vitest run` alone).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  if (!existsSync(`${root}/dist/bin.js`)) execFileSync('pnpm', ['build'], { cwd: root, stdio: 'inherit' });
}
