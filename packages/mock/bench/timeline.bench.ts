// Benchmark: the timeline engine drives 100,000 concurrent calls to completion on the virtual clock.
// Targets (issue 11): ≤ 10 s; memory per live call ≤ 3.2 KB, per finished call (with its events, evidence
// and deliveries) ≤ 3 KB. Baseline, measured in the same run: the same engine
// scheduling eagerly (a timer for every step at creation, the naive design) instead of one timer per call.
// Each variant runs in its own child process so that heaps do not mix; figures are medians of 3 runs.
//
//   pnpm --filter @kaicalls/mock bench:timeline
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Engine } from '../src/engine/engine.js';
import { buildMock } from '../src/mock.js';

const CALLS = 100_000;
const RUNS = 3;

interface Sample {
  variant: string;
  createMs: number;
  playMs: number;
  /** CPU time (user + system) of create + play: what the engine costs, whatever else the machine runs. */
  cpuMs: number;
  peakTimers: number;
  liveBytesPerCall: number;
  doneBytesPerCall: number;
  events: number;
  statuses: Record<string, number>;
}

function heap() {
  (globalThis as { gc?: () => void }).gc?.();
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

async function measure(variant: 'lazy' | 'eager'): Promise<Sample> {
  const { mock, runtime } = buildMock({ rateLimit: false });
  await mock.ready;
  const ctx = runtime();
  const engine = variant === 'lazy' ? ctx.engine : new Engine(ctx, { schedule: 'eager' });
  const agent = [...ctx.state.agents.values()].find((a) => a.name === 'Kai')!;
  const callsBefore = ctx.state.calls.size;
  const eventsBefore = ctx.state.events.size;
  const before = heap();
  const cpu0 = process.cpuUsage();
  let t = performance.now();
  // Ten calls a millisecond over the first ten seconds: concurrent, but not all stamped with one instant.
  const now = mock.clock.now();
  for (let i = 0; i < CALLS; i++)
    engine.place({ agent, contact: `+1512${String(2_000_000 + i)}` }, { at: now + Math.floor(i / 10) });
  const createMs = performance.now() - t;
  const cpu1 = process.cpuUsage(cpu0);
  const peakTimers = mock.clock.pending();
  const live = heap();
  const cpu2 = process.cpuUsage();
  t = performance.now();
  // Every call is over within a day of mock time; advance runs every due step in order, synchronously.
  await mock.clock.advance(24 * 3_600_000);
  const playMs = performance.now() - t;
  const cpu3 = process.cpuUsage(cpu2);
  const cpuMs = (cpu1.user + cpu1.system + cpu3.user + cpu3.system) / 1000;
  const done = heap();
  const calls = [...ctx.state.calls.values()].slice(callsBefore);
  if (calls.length !== CALLS || mock.clock.pending() !== 0) throw new Error('not every call completed');
  const statuses: Record<string, number> = {};
  for (const call of calls) statuses[call.status] = (statuses[call.status] ?? 0) + 1;
  return {
    variant,
    createMs,
    playMs,
    cpuMs,
    peakTimers,
    liveBytesPerCall: (live - before) / CALLS,
    doneBytesPerCall: (done - before) / CALLS,
    events: ctx.state.events.size - eventsBefore,
    statuses,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

if (process.argv[2] === '--child') {
  const sample = await measure(process.argv[3] as 'lazy' | 'eager');
  process.stdout.write(JSON.stringify(sample));
} else {
  const self = fileURLToPath(import.meta.url);
  const samples: Record<string, Sample[]> = { lazy: [], eager: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const variant of ['lazy', 'eager'] as const) {
      const out = execFileSync(
        process.execPath,
        [...process.execArgv, '--expose-gc', '--max-old-space-size=4096', self, '--child', variant],
        {
          encoding: 'utf8',
          maxBuffer: 1 << 22,
        },
      );
      samples[variant]!.push(JSON.parse(out));
    }
  }
  const row = (variant: string) => {
    const s = samples[variant]!;
    return {
      total: median(s.map((x) => x.createMs + x.playMs)),
      cpu: median(s.map((x) => x.cpuMs)),
      create: median(s.map((x) => x.createMs)),
      play: median(s.map((x) => x.playMs)),
      timers: median(s.map((x) => x.peakTimers)),
      live: median(s.map((x) => x.liveBytesPerCall)),
      done: median(s.map((x) => x.doneBytesPerCall)),
    };
  };
  const lazy = row('lazy');
  const eager = row('eager');
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
  const ms = (value: number) => `${Math.round(value)} ms`;
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  console.log(
    `${CALLS.toLocaleString('en-US')} concurrent calls, Node ${process.version}, medians of ${RUNS} runs`,
  );
  console.log(
    `outcomes (one run): ${JSON.stringify(samples.lazy![0]!.statuses)}, ${samples.lazy![0]!.events} events\n`,
  );
  console.log(
    '| measure | one timer per call (shipped) | eager: a timer per step (baseline) | shipped / baseline | target |',
  );
  console.log('| --- | --- | --- | --- | --- |');
  console.log(
    `| create + play to completion | ${ms(lazy.total)} | ${ms(eager.total)} | ${ratio(lazy.total, eager.total)} | ≤ 10 s |`,
  );
  console.log(
    `| of which create | ${ms(lazy.create)} | ${ms(eager.create)} | ${ratio(lazy.create, eager.create)} | |`,
  );
  console.log(`| of which play | ${ms(lazy.play)} | ${ms(eager.play)} | ${ratio(lazy.play, eager.play)} | |`);
  console.log(
    `| pending timers while all are live | ${lazy.timers} | ${eager.timers} | ${ratio(lazy.timers, eager.timers)} | |`,
  );
  console.log(
    `| heap per call while live | ${kb(lazy.live)} | ${kb(eager.live)} | ${ratio(lazy.live, eager.live)} | ≤ 3.2 KB |`,
  );
  console.log(
    `| heap per call once complete (all records kept) | ${kb(lazy.done)} | ${kb(eager.done)} | ${ratio(lazy.done, eager.done)} | ≤ 3 KB |`,
  );
}
