// The demo is the README's first command, so CI runs it: once in-process to check what it shows against
// the API's own records, and once exactly as `pnpm demo` runs it (tsx, from the sources), faster.
import { describe, expect, it } from 'vitest';
import { runExample } from '../run-example.js';
import { runDemo } from './src/demo.js';

describe('offline demo', () => {
  it('places the call, shows its whole timeline and verified webhooks, and reads back the booking and deliveries', async () => {
    const lines: string[] = [];
    const writtenAt: number[] = [];
    const result = await runDemo({
      speed: 100,
      write: (line) => {
        lines.push(line);
        writtenAt.push(performance.now());
      },
      paint: (_, text) => text,
    });
    const output = lines.join('\n');

    expect(result.call).toMatchObject({
      status: 'completed',
      outcome: 'appointment_booked',
      to: '+15005550100',
    });
    expect(result.call.summary).toBeTruthy();

    // The timeline, in order, each event once, up to the delivered confirmation SMS.
    const types = result.timeline.map((event) => event.type);
    expect(result.timeline.map((event) => event.sequence)).toEqual(types.map((_, i) => i + 1));
    expect(types[0]).toBe('call.queued');
    expect(types.filter((type) => type === 'call.ended')).toHaveLength(1);
    expect(types.slice(-3)).toEqual(['appointment.booked', 'sms.sent', 'sms.delivered']);
    for (const event of result.timeline) {
      expect(output).toContain(`${event.type.padEnd(19)} `);
    }

    // Each timeline event is shown before or with its webhook (the stream is not behind what it describes).
    // A webhook and the timeline event of its moment are written at the same instant of the mock and travel
    // apart, so either line may come first; but when a webhook's line is written, the timeline has shown
    // every event before that moment (a polled timeline is a poll behind: the `call.completed` webhook came
    // before the last turns and the hang-up), and the moment's own line follows within 50 ms if not before.
    const moment: Record<string, string> = { 'call.started': 'call.dialing', 'call.completed': 'call.ended' };
    const timelineLines = lines.flatMap((line, index) => (/^ *\+\d+\.\ds {2}\S/.test(line) ? [index] : []));
    expect(timelineLines).toHaveLength(result.timeline.length);
    const webhookLines = lines.flatMap((line, index) => {
      const type = /^webhook +(\S+) +evt_/.exec(line)?.[1];
      return type ? [{ type, index }] : [];
    });
    expect(webhookLines.length).toBeGreaterThanOrEqual(10);
    for (const { type, index } of webhookLines) {
      const k = types.indexOf((moment[type] ?? type) as (typeof types)[number]);
      expect(k, `${type}: its timeline event`).toBeGreaterThanOrEqual(0);
      if (k > 0)
        expect(timelineLines[k - 1], `${type}: the events before it were shown first`).toBeLessThan(index);
      const behind = writtenAt[timelineLines[k]!]! - writtenAt[index]!;
      expect(behind, `${type}: ms its timeline line came after it`).toBeLessThan(50);
    }

    // Every webhook verified, each event once, and the API's delivery log agrees.
    const webhookTypes = result.webhooks.map((event) => event.type);
    expect(webhookTypes).toEqual(
      expect.arrayContaining([
        'call.queued',
        'call.answered',
        'call.completed',
        'analysis.complete',
        'appointment.booked',
        'sms.delivered',
      ]),
    );
    expect(new Set(result.webhooks.map((event) => event.id)).size).toBe(result.webhooks.length);
    expect(output).not.toContain('rejected');
    expect(result.deliveries.map((delivery) => delivery.eventId).sort()).toEqual(
      result.webhooks.map((event) => event.id).sort(),
    );
    for (const delivery of result.deliveries) {
      expect(delivery).toMatchObject({ status: 'succeeded', attempts: [{ statusCode: 204 }] });
    }

    // The appointment is the one the call booked.
    const booked = result.timeline.find((event) => event.type === 'appointment.booked');
    expect(result.appointment).toMatchObject({ id: booked?.data.appointmentId, callId: result.call.id });
    expect(output).toContain(`6. Appointment   ${result.appointment.title}`);

    // Secrets are shown masked, never whole.
    expect(output).toMatch(/signed with whsec_\S{4}…/);
    expect(output).not.toMatch(/whsec_[A-Za-z0-9+/=]{24,}/);
  }, 60_000);

  it('runs as `pnpm demo` does, exits 0 and leaves nothing running', async () => {
    const started = Date.now();
    const { stdout } = await runExample(import.meta.url, 'main.ts', { env: { KAICALLS_DEMO_SPEED: '100' } });

    expect(stdout).toMatch(/^4\. Calling +\+15005550100 \(Jordan Lee\)/m);
    expect(stdout).toMatch(/^ +\+\d+\.\ds +sms\.delivered/m);
    expect(stdout).toMatch(/^webhook +sms\.delivered +evt_\w+, signature verified$/m);
    expect(stdout).toMatch(/^5\. Summary +\S/m);
    expect(stdout).toMatch(/Done in \d+\.\d s; both servers are closed\.$/m);
    // The process exits by itself: no server, socket or timer is left open.
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);
});
