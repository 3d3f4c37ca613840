// Bundles the page into dist/ with esbuild, beside msw's service worker script (what `npx msw init dist`
// copies). Usage: node build.mjs, then serve dist/ on localhost (a service worker needs a secure origin).
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

/** Builds the page into `outdir` (default dist/) and returns the folder. */
export async function buildPage(outdir = join(here, 'dist')) {
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: [join(here, 'src', 'main.ts')],
    outfile: join(outdir, 'main.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'error',
  });
  copyFileSync(join(here, 'index.html'), join(outdir, 'index.html'));
  const msw = dirname(createRequire(import.meta.url).resolve('msw/package.json'));
  copyFileSync(join(msw, 'lib', 'mockServiceWorker.js'), join(outdir, 'mockServiceWorker.js'));
  return outdir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(`built ${await buildPage()}`);
