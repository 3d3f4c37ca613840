#!/usr/bin/env node
// tsup writes every declaration twice, `.d.ts` for `import` and `.d.cts` for `require`, with the same
// content. This keeps the `.d.cts` of each declaration that can serve both: one that imports no package
// (Node's built-ins aside), only other such declarations (TypeScript lets an ES module import a CommonJS one, types included). An
// entry's `.d.ts` then re-exports its `.d.cts`, a shared chunk's `.d.ts` goes, and the `.d.ts` files kept
// import the chunk's `.cjs`. A declaration that imports a package (the mock's `msw`) keeps both copies: the
// package must resolve in the consumer's own format (msw ships different declarations for each), so that
// `setupServer(...mock.handlers)` type-checks. Usage: node scripts/one-declaration-copy.mjs DIST
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2];
if (!dist || !existsSync(dist)) {
  console.error(
    'one-declaration-copy: give the dist folder to rewrite, e.g. `node scripts/one-declaration-copy.mjs dist`',
  );
  process.exit(2);
}
// The modules a declaration file imports; comments (JSDoc examples import packages too) do not count.
const specifiers = (source) =>
  [
    ...source
      .replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '')
      .matchAll(/\bfrom\s+'([^']+)'|\bimport\s*\(?\s*'([^']+)'/g),
  ].map((m) => m[1] ?? m[2]);
// Node's built-in modules resolve to the same declarations (@types/node) from either format.
const neutral = (specifier, shared) =>
  specifier.startsWith('node:') ||
  (specifier.startsWith('./') && shared.has(specifier.slice(2).replace(/\.cjs$/, '')));
const pairs = readdirSync(dist)
  .filter((file) => file.endsWith('.d.ts') && existsSync(join(dist, `${file.slice(0, -5)}.d.cts`)))
  .map((file) => file.slice(0, -'.d.ts'.length));
const imports = new Map(
  pairs.map((base) => [base, specifiers(readFileSync(join(dist, `${base}.d.cts`), 'utf8'))]),
);
// Shared: imports only relative declarations that are shared themselves (a fixed point over the imports).
const shared = new Set(pairs);
for (let changed = true; changed; ) {
  changed = false;
  for (const base of shared) {
    const ok = imports.get(base).every((specifier) => neutral(specifier, shared));
    if (!ok) {
      shared.delete(base);
      changed = true;
    }
  }
}
if (shared.size === 0) {
  console.error(`one-declaration-copy: no .d.ts in ${dist} can share its .d.cts; did the build change?`);
  process.exit(1);
}
for (const file of readdirSync(dist).filter((name) => name.endsWith('.d.ts'))) {
  const base = file.slice(0, -'.d.ts'.length);
  const path = join(dist, file);
  if (shared.has(base)) {
    // An entry point has its own JavaScript beside it; a shared chunk of declarations has none.
    if (existsSync(join(dist, `${base}.js`))) writeFileSync(path, `export * from './${base}.cjs';\n`);
    else rmSync(path);
    continue;
  }
  // Kept in both formats: its imports of a declaration kept once now name the `.cjs`.
  const source = readFileSync(path, 'utf8');
  const rewritten = source.replace(/(\b(?:from|import)\s+'\.\/)([^']+)\.js'/g, (whole, start, name) =>
    shared.has(name) ? `${start}${name}.cjs'` : whole,
  );
  if (rewritten !== source) writeFileSync(path, rewritten);
}
