// Cold import of the built package: the extra wall time of `node -e "require('kaicalls')"` (and of the ESM
// import) over `node -e 0`, median of interleaved runs, as MEASUREMENTS.md measured other SDKs.
// Run: pnpm --filter kaicalls build && node bench/import.mjs
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const cwd = fileURLToPath(new URL('..', import.meta.url)); // the package itself, so 'kaicalls' self-resolves

const contenders = {
  'node -e 0': ['-e', '0'],
  "require('kaicalls')": ['-e', "require('kaicalls')"],
  "require('kaicalls') + new KaiCalls()": [
    '-e',
    "const { KaiCalls } = require('kaicalls'); new KaiCalls({ apiKey: 'kc_test_x' }).calls",
  ],
  'node --input-type=module -e 0': ['--input-type=module', '-e', '0'],
  "import('kaicalls')": ['--input-type=module', '-e', "await import('kaicalls')"],
  "require('kaicalls/webhooks')": ['-e', "require('kaicalls/webhooks')"],
};

// Also timed inside the process (less noisy on a busy machine): the require/import alone.
function inProcess(code, esm) {
  const script = `const t = performance.now(); ${code}; console.log(performance.now() - t)`;
  const args = esm ? ['--input-type=module', '-e', script] : ['-e', script];
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  return Number(result.stdout.trim());
}

function wall(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const times = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
for (let run = 0; run < RUNS; run++) {
  for (const [name, args] of Object.entries(contenders)) times[name].push(wall(args));
}
const inside = { "require('kaicalls')": [], "import('kaicalls')": [] };
for (let run = 0; run < RUNS; run++) {
  inside["require('kaicalls')"].push(inProcess("require('kaicalls')", false));
  inside["import('kaicalls')"].push(inProcess("await import('kaicalls')", true));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(times['node -e 0']);
const esmBase = median(times['node --input-type=module -e 0']);
console.log(`\ncold import, median of ${RUNS} interleaved runs (node ${process.version})`);
console.log('| command | wall ms | over the baseline |\n| --- | --- | --- |');
for (const [name, values] of Object.entries(times)) {
  const ms = median(values);
  // ESM against an ESM process: the module loader's own start-up is not the package's cost.
  const against = name.includes('import') || name.includes('module') ? esmBase : base;
  console.log(`| \`${name}\` | ${ms.toFixed(1)} | +${(ms - against).toFixed(1)} ms |`);
}
console.log('\n| measured inside the process | ms |\n| --- | --- |');
for (const [name, values] of Object.entries(inside))
  console.log(`| \`${name}\` | ${median(values).toFixed(1)} |`);
