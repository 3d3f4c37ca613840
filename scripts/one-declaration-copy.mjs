#!/usr/bin/env node
// tsup writes every declaration twice, `.d.ts` for `import` and `.d.cts` for `require`, with the same
// content. This keeps the `.d.cts` files and makes each ESM entry's `.d.ts` re-export its `.d.cts`
// (TypeScript lets an ES module import a CommonJS one, types included), and removes the `.d.ts` copies of
// shared chunks, so each declaration ships once. Usage: node scripts/one-declaration-copy.mjs DIST
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2];
if (!dist || !existsSync(dist)) {
  console.error(
    'one-declaration-copy: give the dist folder to rewrite, e.g. `node scripts/one-declaration-copy.mjs dist`',
  );
  process.exit(2);
}
let kept = 0;
for (const file of readdirSync(dist)) {
  if (!file.endsWith('.d.ts')) continue;
  const base = file.slice(0, -'.d.ts'.length);
  if (!existsSync(join(dist, `${base}.d.cts`))) continue;
  // An entry point has its own JavaScript beside it; a shared chunk of declarations has none.
  if (existsSync(join(dist, `${base}.js`)))
    writeFileSync(join(dist, file), `export * from './${base}.cjs';\n`);
  else rmSync(join(dist, file));
  kept++;
}
if (kept === 0) {
  console.error(`one-declaration-copy: no .d.ts beside a .d.cts in ${dist}; did the build change?`);
  process.exit(1);
}
