#!/usr/bin/env node
// Derives every generated file from spec/openapi.yaml. `--check` writes nothing and exits 1 when a
// committed file differs from what the spec produces, or when a file in a `generated/` folder is one no
// generator writes any more (CI runs it, so generated code is never stale). Without `--check` such
// orphans are deleted. A folder's README.md is the only hand-written file a `generated/` folder holds.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadSpec } from './generate/spec.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

const spec = await loadSpec(root);
const generatorDir = join(root, 'scripts/generate');
const generators = (await readdir(generatorDir)).filter((f) => f.endsWith('.gen.mjs')).sort();

const stale = [];
const written = new Set();
for (const file of generators) {
  const { generate } = await import(pathToFileURL(join(generatorDir, file)).href);
  const outputs = await generate(spec, root);
  for (const [path, content] of Object.entries(outputs)) {
    const target = join(root, path);
    written.add(target);
    const current = await readFile(target, 'utf8').catch(() => null);
    if (current === content) continue;
    if (check) {
      stale.push(relative(root, target));
      continue;
    }
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
    console.log(`generated ${relative(root, target)}`);
  }
}

// Every folder named `generated` that a generator writes into: a file there that no generator wrote is
// left over from a renamed tag or a removed operation.
// The folder is found in the path below the repository (a checkout under a folder named `generated` must
// not make the whole tree one), and an output outside any such folder is a generator's mistake.
const generatedFolders = new Set(
  [...written].map((target) => {
    const parts = relative(root, target).split(sep);
    const at = parts.lastIndexOf('generated');
    if (at < 0 || parts[0] === '..')
      throw new Error(
        `kaicalls generate: ${relative(root, target)} is not inside a generated/ folder of the repo`,
      );
    return join(root, ...parts.slice(0, at + 1));
  }),
);
for (const folder of generatedFolders) {
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    const target = join(entry.parentPath, entry.name);
    if (!entry.isFile() || entry.name === 'README.md' || written.has(target)) continue;
    if (check) {
      stale.push(`${relative(root, target)} (no generator writes it)`);
      continue;
    }
    await rm(target);
    console.log(`removed ${relative(root, target)}: no generator writes it`);
  }
}

if (stale.length > 0) {
  console.error(
    `kaicalls generate: these files are stale against spec/openapi.yaml:\n  ${stale.join('\n  ')}\nRun \`pnpm generate\` and commit the result.`,
  );
  process.exit(1);
}
if (check) console.log(`kaicalls generate: ${generators.length} generators, everything is current`);
