// Start time of `kaicalls --version` and `kaicalls --help` against `node -e 0`, interleaved in one run
// (medians). Run: pnpm --filter @kaicalls/cli bench   (builds first)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const runs = Number(process.env.RUNS ?? 21);
const cases = [
  ['node -e 0 (baseline)', ['-e', '0']],
  ['commander import alone (context)', ['--input-type=module', '-e', "await import('commander')"]],
  ['kaicalls --version', [bin, '--version']],
  ['kaicalls --help', [bin, '--help']],
  ['kaicalls calls get --help', [bin, 'calls', 'get', '--help']],
];

const samples = cases.map(() => []);
for (let i = 0; i < runs + 2; i++) {
  cases.forEach(([, args], index) => {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, {
      stdio: 'ignore',
      cwd: fileURLToPath(new URL('..', import.meta.url)),
    });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
    if (i >= 2) samples[index].push(ms); // the first two rounds warm the file cache
  });
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const baseline = median(samples[0]);
console.log(`| command | median ms | over node -e 0 | ratio |`);
console.log(`| --- | --- | --- | --- |`);
cases.forEach(([name], index) => {
  const m = median(samples[index]);
  console.log(
    `| ${name} | ${m.toFixed(1)} | +${(m - baseline).toFixed(1)} ms | ${(m / baseline).toFixed(2)}× |`,
  );
});
console.log(
  `\n${runs} runs each, interleaved; Node ${process.version}, ${process.platform} ${process.arch}.`,
);
