import { buildMock } from '/work/wt-scale/packages/mock/src/mock.js';

const N = Number(process.env.N ?? 10000);
function heap() {
  (globalThis as any).gc();
  (globalThis as any).gc();
  return process.memoryUsage().heapUsed;
}
const { mock, runtime } = buildMock({ rateLimit: false });
await mock.ready;
const ctx = runtime();
if (process.env.HOOK) {
  ctx.state.webhooks.set('whk_x', {
    record: {
      id: 'whk_x',
      url: 'https://example.com/h',
      events: ['*'],
      enabled: true,
      business_id: null,
      description: null,
      created_at: ctx.iso(),
      updated_at: ctx.iso(),
    } as any,
    secret: 'whsec_S2FpQ2FsbHMgbW9jayB3ZWJob29rIHNlY3JldCE=',
    previousSecret: null,
    previousExpiresAt: null,
  });
}
const agent = [...ctx.state.agents.values()].find((a) => a.name === 'Kai')!;
const h0 = heap();
const now = mock.clock.now();
for (let i = 0; i < N; i++)
  ctx.engine.place({ agent, contact: `+1512${String(2_000_000 + i)}` }, { at: now + Math.floor(i / 10) });
const h1 = heap();
await mock.clock.advance(24 * 3_600_000);
const h2 = heap();
console.log(
  'live/call',
  ((h1 - h0) / N / 1024).toFixed(2),
  'KB; done/call',
  ((h2 - h0) / N / 1024).toFixed(2),
  'KB',
);
const s = ctx.state as any;
let last = h2;
for (const k of [
  'webhookAttempts',
  'deliveries',
  'events',
  'timelines',
  'jobs',
  'attempts',
  'recordings',
  'smsMessages',
  'conversations',
  'appointments',
  'calls',
]) {
  const size = s[k].size ?? s[k].length;
  if (Array.isArray(s[k])) s[k].length = 0;
  else s[k].clear();
  const h = heap();
  console.log(k, size, ((last - h) / N).toFixed(0), 'B/call');
  last = h;
}
console.log('rest', ((last - h0) / N).toFixed(0));
