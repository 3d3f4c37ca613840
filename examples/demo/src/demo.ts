// The offline demo: everything a first integration does, against the mock, in a few seconds.
//   1. start the mock API (a real HTTP server, its clock sped up) and an Express webhook endpoint
//   2. subscribe the endpoint to every event
//   3. place a call to a magic number that always books an appointment and texts a confirmation
//   4. watch the call's timeline live while the signed webhooks arrive and are verified
//   5. read back the summary, the appointment and every delivery from the API
import { startMockServer } from '@kaicalls/mock/server';
import { type Appointment, type Call, type CallTimelineEvent, type Delivery, KaiCalls } from 'kaicalls';
import type { WebhookEvent } from 'kaicalls/webhooks';
import { describe, duration, maskSecret, offset, type Paint, painter, when } from './format.js';
import { startReceiver } from './receiver.js';

/** Answered, a conversation, completed; an appointment is booked and a confirmation SMS delivered. */
export const BOOKS_AN_APPOINTMENT = '+15005550100';

export interface DemoOptions {
  /** How much faster than real time the mock's clock runs (default 10: a one-minute call takes six seconds). */
  speed?: number;
  /** Where lines go (default stdout). */
  write?: (line: string) => void;
  paint?: Paint;
}

export interface DemoResult {
  call: Call;
  timeline: CallTimelineEvent[];
  webhooks: WebhookEvent[];
  appointment: Appointment;
  deliveries: Delivery[];
}

/** Runs the demo from start to finish and closes everything it started, whatever happens. */
export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const speed = options.speed ?? 10;
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const paint = options.paint ?? painter();
  const step = (n: number, title: string, detail: string) =>
    write(`${paint('bold', `${n}. ${title.padEnd(14)}`)}${detail}`);

  write(
    paint('bold', `KaiCalls offline demo: the mock API at ${speed}× speed; nothing leaves this machine.\n`),
  );

  const server = await startMockServer({ port: 0, host: '127.0.0.1', speed });
  const receiver = await startReceiver({
    // The mock signs each delivery at the wall-clock time, whatever its own (sped-up) clock says: verify()
    // needs no options, as against the real API.
    onEvent: (event) =>
      write(
        `${paint('green', 'webhook')}  ${event.type.padEnd(19)} ${paint('dim', `${event.id}, signature verified`)}`,
      ),
    onRejected: (reason) => write(`${paint('red', 'webhook')}  rejected: ${reason}`),
  });

  try {
    const kai = new KaiCalls({ apiKey: server.testKey, baseUrl: server.baseUrl });
    step(1, 'Mock API', `${server.baseUrl}  ${paint('dim', `(test key ${maskSecret(server.testKey)})`)}`);
    step(2, 'Webhooks', `${receiver.url}  ${paint('dim', '(Express 5, express.raw + verify)')}`);

    const hook = await kai.webhooks.create({ url: receiver.url, events: ['*'], description: 'Offline demo' });
    receiver.setSecret(hook.secret);
    step(3, 'Subscribed', `${hook.id} to every event, signed with ${maskSecret(hook.secret)}`);

    const { data: agents } = await kai.agents.list({ limit: 1 });
    const agent = agents[0];
    if (!agent) throw new Error('The mock has no agent to call with; was it started with its fixtures?');
    const call = await kai.calls.create({
      agentId: agent.id,
      to: BOOKS_AN_APPOINTMENT,
      name: 'Jordan Lee',
      context: 'Asked for a quote on a kitchen remodel; wants an on-site visit this week.',
    });
    step(4, 'Calling', `${call.to} (${call.name}) with agent ${agent.name}: ${call.id}`);
    write(
      paint(
        'dim',
        "   Timeline lines (+offset) come from the call's stream, kai.calls.stream(id), as they happen;",
      ),
    );
    write(paint('dim', '   webhook lines from the Express handler, each verified with the SDK.\n'));

    // The timeline, live: the stream hands over each event once, in order, the moment the call's engine
    // writes it (the webhook of the same moment is a separate request, a moment behind), and ends after the
    // call's last event (the confirmation SMS) with the final call.
    const timeline: CallTimelineEvent[] = [];
    const stream = kai.calls.stream(call.id);
    for await (const event of stream) {
      timeline.push(event);
      write(
        `${paint('cyan', offset(event.offsetMs))}  ${event.type.padEnd(19)} ${paint('dim', describe(event))}`,
      );
    }
    const { call: ended } = await stream.result();

    // The last webhook may still be on its way: wait for it before reading the deliveries.
    await receiver.waitFor(['sms.delivered', 'sms.failed'], 30_000);

    const booked = timeline.find((event) => event.type === 'appointment.booked');
    if (!booked?.data.appointmentId) throw new Error(`Call ${call.id} booked no appointment.`);
    const appointment = await kai.appointments.get(booked.data.appointmentId);
    const deliveries = await settledDeliveries(kai, hook.id, receiver.events.length);

    write('');
    step(5, 'Summary', ended.summary ?? '—');
    write(
      `   ${ended.status}, ${ended.outcome ?? 'no outcome'}, ${ended.sentiment ?? 'no'} sentiment, ${duration(ended.duration)}`,
    );
    step(6, 'Appointment', `${appointment.title}, ${when(appointment.startTime, appointment.endTime)}`);
    write(`   ${appointment.status}, booked by ${appointment.callId}  ${paint('dim', appointment.id)}`);
    step(7, 'Deliveries', `${deliveries.length} to ${hook.id}, from GET /v1/event-deliveries`);
    for (const delivery of deliveries) {
      const last = delivery.attempts.at(-1);
      const attempts = `${delivery.attempts.length} attempt${delivery.attempts.length === 1 ? '' : 's'}`;
      const status =
        delivery.status === 'succeeded' ? paint('green', delivery.status) : paint('red', delivery.status);
      write(
        `   ${delivery.eventType.padEnd(19)} ${status}  ${attempts}, HTTP ${last?.statusCode ?? '—'} in ${last?.latencyMs ?? '—'} ms`,
      );
    }
    if (receiver.rejected.length > 0)
      throw new Error(`${receiver.rejected.length} webhooks failed verification.`);
    return { call: ended, timeline, webhooks: [...receiver.events], appointment, deliveries };
  } finally {
    await receiver.close();
    await server.close();
  }
}

/**
 * Every delivery to the subscription, oldest first, once each has its final status. The mock records an
 * attempt when the endpoint's answer comes back, a moment after the handler has run.
 */
async function settledDeliveries(kai: KaiCalls, webhookId: string, expected: number): Promise<Delivery[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const deliveries: Delivery[] = [];
    for await (const delivery of kai.deliveries.list({ webhookId, limit: 100 })) deliveries.push(delivery);
    const settled = deliveries.every((d) => d.status === 'succeeded' || d.status === 'failed');
    if ((settled && deliveries.length >= expected) || Date.now() > deadline) {
      // The API lists the most recent first; the story reads better oldest first.
      return deliveries.reverse();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
