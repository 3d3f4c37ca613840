// Benchmark: what a request costs as the mock's state grows. For 1k, 10k and 100k stored calls (1M with
// SCALE_TIERS=1k,10k,100k,1m), each tier in its own process: the state is filled by the real engine on the
// virtual clock (calls placed an hour apart in batches over 30 days, every timeline played to its end, a
// webhook subscription receiving `call.failed`, a few inbound calls), then every request kind is answered
// in-process through the whole pipeline (routing, auth, validation, the resolver, the JSON body: what the
// server runs per request, without the socket). Reported: p50/p99 per kind and tier, the slowest single
// request (what it blocks the event loop for), heap per stored call, and the ratio largest tier ÷ 1k.
//
//   pnpm --filter @kaicalls/mock bench:scale
//   SCALE_TIERS=1k,10k,100k,1m pnpm --filter @kaicalls/mock bench:scale   # the 1M tier: minutes, ~8 GB
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TEST_API_KEY } from '../src/http/auth.js';
import { createRouter } from '../src/http/router.js';
import { buildMock } from '../src/mock.js';

const TIERS: Record<string, number> = { '1k': 1_000, '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };
const HOURS = 30 * 24;

interface Kind {
  name: string;
  path: string;
  method?: 'GET' | 'POST';
  body?: unknown;
}

interface Sample {
  tier: string;
  calls: number;
  fillMs: number;
  bytesPerCall: number;
  kinds: Record<string, { p50: number; p99: number; max: number; n: number }>;
}

function heap() {
  (globalThis as { gc?: () => void }).gc?.();
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

/** A cursor as the API hands it out for the record `{k, id}` (../src/http/pagination.ts). */
const cursor = (k: string | number, id: string) =>
  btoa(JSON.stringify({ k, id })).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

const middle = <T>(items: T[]) => items[Math.floor(items.length / 2)]!;

async function measure(tier: string): Promise<Sample> {
  const n = TIERS[tier]!;
  const { mock, runtime } = buildMock({ rateLimit: false });
  await mock.ready;
  const router = createRouter(mock.routes);
  const request = async (method: string, path: string, body?: unknown) => {
    const match = router.match(method, path.split('?')[0]!)!;
    const text = body === undefined ? undefined : JSON.stringify(body);
    const reply = await match.route.respond(
      {
        method,
        url: `http://localhost${path}`,
        headers: {
          get: (name: string) =>
            name === 'authorization'
              ? `Bearer ${TEST_API_KEY}`
              : name === 'content-type' && text
                ? 'application/json'
                : null,
        },
        arrayBuffer: async () => new TextEncoder().encode(text ?? '').buffer as ArrayBuffer,
      },
      match.params,
    );
    if (reply.status >= 300) throw new Error(`${method} ${path}: ${reply.status} ${reply.body}`);
    return JSON.parse(reply.body);
  };

  const ctx = runtime();
  const agent = [...ctx.state.agents.values()].find((a) => a.name === 'Kai')!;
  const webhook = await request('POST', '/v1/webhooks', {
    url: 'https://hooks.example.com/kaicalls',
    events: ['call.failed'],
  });
  const leadPhones = [...ctx.state.leads.values()].filter((l) => l.business_id === agent.business_id);
  const before = heap();
  const t0 = performance.now();
  let placed = 0;
  for (let hour = 0; hour < HOURS; hour++) {
    const batch = Math.round(((hour + 1) * n) / HOURS) - placed;
    const now = mock.clock.now();
    for (let i = 0; i < batch; i++) {
      const k = placed + i;
      // Mostly one number per call, some the leads' (so calls carry lead_id), some inbound.
      if (k % 97 === 0) {
        mock.simulateInboundCall({ from: `+1737${String(3_000_000 + (k % 50_000))}`, answered: k % 2 === 0 });
        continue;
      }
      const contact =
        k % 10 === 0 ? leadPhones[k % leadPhones.length]!.phone : `+1512${String(2_000_000 + (k % 400_000))}`;
      ctx.engine.place({ agent, contact }, { at: now + Math.floor(i / 10) });
    }
    placed += batch;
    await mock.clock.advance(3_600_000);
  }
  const fillMs = performance.now() - t0;
  // A few calls live while everything else is over: the in-progress filter must find them at once.
  for (let i = 0; i < 10; i++) ctx.engine.place({ agent, contact: '+15005550100' });
  await mock.clock.advance(12_000);
  const bytesPerCall = (heap() - before) / n;

  const calls = [...ctx.state.calls.values()].sort((a, b) =>
    a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id < b.id ? -1 : 1,
  );
  const live = calls.filter((c) => c.status === 'in-progress');
  if (live.length === 0) throw new Error('no call in progress');
  const completed = calls.filter((c) => c.status === 'completed');
  const events = [...ctx.state.events.values()];
  const completedEvents = events.filter((e) => e.type === 'call.completed');
  const deliveries = [...ctx.state.deliveries.values()];
  const appointments = [...ctx.state.appointments.values()].sort((a, b) =>
    a.start_time < b.start_time ? -1 : a.start_time > b.start_time ? 1 : a.id < b.id ? -1 : 1,
  );
  const jobs = [...ctx.state.jobs.values()].sort((a, b) =>
    a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id < b.id ? -1 : 1,
  );
  const mid = middle(calls);
  const midCompleted = middle(completed);
  const midEvent = middle(events);
  const midCompletedEvent = middle(completedEvents);
  const midDelivery = middle(deliveries);
  const midAppointment = middle(appointments);
  const midJob = middle(jobs);
  const day = 86_400_000;
  const after = new Date(mock.clock.now() - 20 * day).toISOString();
  const beforeIso = new Date(mock.clock.now() - 10 * day).toISOString();
  const c = (k: string | number, id: string) => `cursor=${cursor(k, id)}`;

  const kinds: Kind[] = [
    { name: 'calls: first page', path: '/v1/calls' },
    { name: 'calls: middle page', path: `/v1/calls?${c(mid.created_at, mid.id)}` },
    { name: 'calls?status=in-progress', path: '/v1/calls?status=in-progress' },
    {
      name: 'calls?status=completed, middle',
      path: `/v1/calls?status=completed&${c(midCompleted.created_at, midCompleted.id)}`,
    },
    { name: 'calls?agent_id', path: `/v1/calls?agent_id=${agent.id}` },
    { name: 'calls?lead_id', path: `/v1/calls?lead_id=${leadPhones[0]!.id}` },
    { name: 'calls?direction=inbound', path: '/v1/calls?direction=inbound' },
    {
      name: 'calls?created_after&before',
      path: `/v1/calls?created_after=${after}&created_before=${beforeIso}`,
    },
    { name: 'call timeline (events of a call)', path: `/v1/calls/${mid.id}/events` },
    { name: 'events: first page', path: '/v1/events' },
    { name: 'events: middle page', path: `/v1/events?${c(midEvent.created_at, midEvent.id)}` },
    {
      name: 'events?type=call.completed, middle',
      path: `/v1/events?type=call.completed&${c(midCompletedEvent.created_at, midCompletedEvent.id)}`,
    },
    {
      name: 'events?created_after&before',
      path: `/v1/events?created_after=${after}&created_before=${beforeIso}`,
    },
    { name: 'deliveries: first page', path: '/v1/event-deliveries' },
    {
      name: 'deliveries: middle page',
      path: `/v1/event-deliveries?${c(midDelivery.created_at, midDelivery.id)}`,
    },
    {
      name: 'deliveries?webhook_id&status',
      path: `/v1/event-deliveries?webhook_id=${webhook.id}&status=succeeded`,
    },
    { name: 'appointments: first page', path: '/v1/appointments' },
    {
      name: 'appointments: middle page',
      path: `/v1/appointments?${c(midAppointment.start_time, midAppointment.id)}`,
    },
    { name: 'appointments?status=scheduled', path: '/v1/appointments?status=scheduled' },
    { name: 'jobs: middle page', path: `/v1/jobs?${c(midJob.created_at, midJob.id)}` },
    { name: 'jobs?call_id', path: `/v1/jobs?call_id=${mid.id}` },
    { name: 'sms messages', path: '/v1/sms-messages' },
    { name: 'attempts?call_id', path: `/v1/attempts?call_id=${mid.id}` },
    { name: 'recordings', path: '/v1/recordings' },
    { name: 'conversations', path: '/v1/conversations' },
    { name: 'analytics (30 days)', path: '/v1/analytics' },
    { name: 'get a call', path: `/v1/calls/${mid.id}` },
    { name: 'get an event', path: `/v1/events/${midEvent.id}` },
    {
      name: 'create a call',
      path: '/v1/calls',
      method: 'POST',
      body: { agent_id: agent.id, to: '+15125550199' },
    },
  ];

  const results: Sample['kinds'] = {};
  for (const kind of kinds) {
    const method = kind.method ?? 'GET';
    for (let i = 0; i < 5; i++) await request(method, kind.path, kind.body);
    const durations: number[] = [];
    const start = performance.now();
    // 300 samples, or as many as fit in 3 s (at least 20).
    while (durations.length < 300 && (durations.length < 20 || performance.now() - start < 3_000)) {
      const t = performance.now();
      await request(method, kind.path, kind.body);
      durations.push(performance.now() - t);
    }
    durations.sort((a, b) => a - b);
    results[kind.name] = {
      p50: durations[Math.floor(durations.length / 2)]!,
      p99: durations[Math.min(durations.length - 1, Math.floor(durations.length * 0.99))]!,
      max: durations[durations.length - 1]!,
      n: durations.length,
    };
  }
  return { tier, calls: n, fillMs, bytesPerCall, kinds: results };
}

if (process.argv[2] === '--child') {
  process.stdout.write(JSON.stringify(await measure(process.argv[3]!)));
} else {
  const tiers = (process.env.SCALE_TIERS ?? '1k,10k,100k').split(',').map((t) => t.trim().toLowerCase());
  const self = fileURLToPath(import.meta.url);
  const samples: Sample[] = [];
  for (const tier of tiers) {
    if (!(tier in TIERS))
      throw new Error(`SCALE_TIERS: unknown tier ${tier}; use ${Object.keys(TIERS).join(', ')}`);
    const out = execFileSync(
      process.execPath,
      [...process.execArgv, '--expose-gc', '--max-old-space-size=12288', self, '--child', tier],
      { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    samples.push(JSON.parse(out));
    process.stderr.write(`tier ${tier}: filled in ${Math.round(samples.at(-1)!.fillMs / 1000)} s\n`);
  }
  const first = samples[0]!;
  const last = samples[samples.length - 1]!;
  const ms = (v: number) => (v < 1 ? v.toFixed(3) : v < 10 ? v.toFixed(2) : v.toFixed(1));
  console.log(`Node ${process.version}; in-process through the pipeline; p50 / p99 in ms`);
  console.log(
    `heap per stored call: ${samples.map((s) => `${s.tier} ${(s.bytesPerCall / 1024).toFixed(2)} KB`).join(', ')}\n`,
  );
  console.log(
    `| request | ${samples.map((s) => s.tier).join(' | ')} | ${last.tier} ÷ ${first.tier} (p50) | < 3× |`,
  );
  console.log(`| --- | ${samples.map(() => '---').join(' | ')} | --- | --- |`);
  let worst = { name: '', max: 0 };
  for (const name of Object.keys(first.kinds)) {
    const cells = samples.map((s) => `${ms(s.kinds[name]!.p50)} / ${ms(s.kinds[name]!.p99)}`);
    const ratio = last.kinds[name]!.p50 / first.kinds[name]!.p50;
    console.log(
      `| ${name} | ${cells.join(' | ')} | ${ratio.toFixed(2)}× | ${ratio < 3 ? 'met' : 'NOT met'} |`,
    );
  }
  for (const s of samples.filter((x) => x.calls === 100_000))
    for (const [name, k] of Object.entries(s.kinds)) if (k.max > worst.max) worst = { name, max: k.max };
  if (worst.name)
    console.log(
      `\nslowest single request at 100k calls: ${ms(worst.max)} ms (${worst.name}); target ≤ 50 ms`,
    );
}
