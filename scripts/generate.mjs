#!/usr/bin/env node
// Derives every generated file from spec/openapi.yaml. `--check` writes nothing and exits 1 when a
// committed file differs from what the spec produces (CI runs it, so generated code is never stale).
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadSpec } from './generate/spec.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

const spec = await loadSpec(root);
const generatorDir = join(root, 'scripts/generate');
const generators = (await readdir(generatorDir)).filter((f) => f.endsWith('.gen.mjs')).sort();

const stale = [];
for (const file of generators) {
  const { generate } = await import(pathToFileURL(join(generatorDir, file)).href);
  const outputs = await generate(spec, root);
  for (const [path, content] of Object.entries(outputs)) {
    const target = join(root, path);
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

if (stale.length > 0) {
  console.error(
    `kaicalls generate: these files are stale against spec/openapi.yaml:\n  ${stale.join('\n  ')}\nRun \`pnpm generate\` and commit the result.`,
  );
  process.exit(1);
}
if (check) console.log(`kaicalls generate: ${generators.length} generators, everything is current`);
