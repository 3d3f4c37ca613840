// A communication run calls a list of contacts for you, inside a call window, a few at a time.
// This walks through its life: validate, preview, create (safely retryable), watch, pause and resume.
//
// With KAICALLS_API_KEY set this talks to the real API (and really calls these numbers: change them);
// without it, it starts the mock API on this machine with its clock sped up.
import { randomUUID } from 'node:crypto';
import { startMockServer } from '@kaicalls/mock/server';
import { type CommunicationRun, KaiCalls, type RunCreateParams } from 'kaicalls';

const mock = process.env.KAICALLS_API_KEY
  ? null
  : await startMockServer({
      port: 0,
      speed: Number(process.env.KAICALLS_MOCK_SPEED ?? 60),
      // The mock's clock starts on a Monday at 09:00 in New York, inside the run's call window: from the
      // real time of an evening or a weekend, the run would wait for the window to open.
      startTime: '2026-03-02T14:00:00Z',
    });
const kai = new KaiCalls(mock ? { apiKey: mock.testKey, baseUrl: mock.baseUrl } : {});
const pollMs = mock ? 50 : 5_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const progress = ({ status, progress: p }: CommunicationRun) =>
  `${status.padEnd(9)} ${p.completed} completed, ${p.failed} failed, ${p.inProgress} in progress, ${p.pending} pending`;

try {
  const { data: agents } = await kai.agents.list({ isActive: true, limit: 1 });
  if (!agents[0]) throw new Error('Create an agent first: this account has none.');

  // Test numbers: each picks an outcome. +15005550001 is always refused, so validation catches it.
  const run: RunCreateParams = {
    name: 'Spring maintenance reminders',
    agentId: agents[0].id,
    context: 'Offer a spring tune-up visit at the regular price.',
    contacts: [
      { to: '+15005550100', name: 'Jordan Lee' },
      { to: '+15005550104', name: 'Sam Park' },
      { to: '+15005550001', name: 'Wrong Number' },
      { to: '+15005550101', name: 'Alex Kim' },
      { to: '+15005550107', name: 'Riley Chen' },
      { to: '+15005550106', name: 'Morgan Diaz' },
      { to: '+15005550102', name: 'Casey Wu' },
    ],
    timezone: 'America/New_York',
    callWindow: { start: '09:00', end: '17:00', days: ['mon', 'tue', 'wed', 'thu', 'fri'] },
    maxConcurrentCalls: 2,
  };

  // 1. Validate: no side effects, every problem at once, each with the field it concerns.
  const validation = await kai.runs.validate(run);
  for (const problem of validation.errors) console.log(`invalid   ${problem.field}: ${problem.message}`);
  const refused = new Set(validation.errors.map((problem) => problem.field));
  run.contacts = run.contacts.filter((_, i) => !refused.has(`contacts[${i}].to`));
  const recheck = await kai.runs.validate(run);
  console.log(`validated ${recheck.contactCount} contacts: ${recheck.valid ? 'valid' : 'still invalid'}`);

  // 2. Preview: when the calls would start and what they would cost, still without placing any.
  const preview = await kai.runs.preview(run);
  console.log(
    `preview   first call ${preview.firstCallAt}, about ${preview.estimatedDurationMinutes} min, ~$${(preview.estimatedCostCents / 100).toFixed(2)}`,
  );

  // 3. Create. The idempotency key makes a retry (a timeout, a crashed deploy) return the same run instead
  //    of calling everyone twice; derive it from what makes this run unique in your system.
  const idempotencyKey = `spring-reminders-${randomUUID()}`;
  const created = await kai.runs.create(run, { idempotencyKey });
  const retried = await kai.runs.create(run, { idempotencyKey });
  console.log(`created   ${created.id} (a retry with the same key returned ${retried.id})`);

  // 4. Watch it work, printing progress as it changes.
  let last = '';
  const watch = async (until: (run: CommunicationRun) => boolean) => {
    for (;;) {
      const current = await kai.runs.get(created.id);
      const line = progress(current);
      if (line !== last) console.log(`progress  ${line}`);
      last = line;
      if (until(current)) return current;
      await sleep(pollMs);
    }
  };
  await watch((r) => r.progress.completed + r.progress.failed >= 1);

  // 5. Pause: calls in progress finish, but no new one starts until the run is resumed.
  await kai.runs.pause(created.id);
  const paused = await watch((r) => r.progress.inProgress === 0);
  await sleep(pollMs * 10);
  const stillPaused = await kai.runs.get(created.id);
  console.log(
    `paused    ${stillPaused.progress.pending} still pending (was ${paused.progress.pending}): nothing dialled`,
  );

  await kai.runs.resume(created.id);
  const done = await watch((r) => r.status === 'completed' || r.status === 'canceled');
  console.log(`done      ${done.status} at ${done.completedAt}`);
} finally {
  await mock?.close();
}
