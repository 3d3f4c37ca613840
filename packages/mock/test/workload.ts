// One workload that writes every collection of the mock's state through real requests: webhooks (one of
// them failing), a secret rotation, an agent's and a subscription's update, a revoked key, an appointment
// booked and confirmed, a call to every test number's path and a canceled one, a run paused and resumed.
// The collections test and the state-file test both run it and compare what followed it with the state.
import type { request } from './setup.js';

type Api = (method: string, path: string, init?: Parameters<typeof request>[3]) => ReturnType<typeof request>;

export interface WorkloadOptions {
  agentId: string;
  leadId: string;
  /** The subscriptions' URLs: the second one's receiver answers 500. */
  hooks: { ok: string; failing: string };
  /** When the appointment starts (it lasts 30 minutes), after the mock's clock. */
  appointmentStart: string;
  /** Prefixes the idempotency keys of the appointment and the run. */
  keyPrefix: string;
  /** Moves the mock's clock on, between the run's creation and its pause. */
  advance(ms: number): Promise<unknown>;
}

/** Runs the workload; returns what it created that the tests look at again. */
export async function writeEveryCollection(api: Api, options: WorkloadOptions) {
  const { agentId, leadId } = options;
  const ok = await api('POST', '/v1/webhooks', { body: { url: options.hooks.ok } });
  const failing = await api('POST', '/v1/webhooks', { body: { url: options.hooks.failing } });
  if (ok.status !== 201 || failing.status !== 201)
    throw new Error(`webhooks: ${ok.status}, ${failing.status}`);
  await api('POST', `/v1/webhooks/${ok.body.id}/rotate-secret`, { body: {} });
  await api('PATCH', `/v1/webhooks/${failing.body.id}`, { body: { description: 'always 500' } });
  await api('PATCH', `/v1/agents/${agentId}`, { body: { first_message: 'Hello again from the test.' } });
  const key = await api('POST', '/v1/keys', { body: { name: 'CI', scopes: ['calls:read'] } });
  await api('DELETE', `/v1/keys/${key.body.id}`);
  const start = Date.parse(options.appointmentStart);
  const appointment = await api('POST', '/v1/appointments', {
    body: {
      title: 'Demo',
      start_time: new Date(start).toISOString(),
      end_time: new Date(start + 30 * 60_000).toISOString(),
      lead_id: leadId,
    },
    headers: { 'idempotency-key': `${options.keyPrefix}-appointment` },
  });
  await api('PATCH', `/v1/appointments/${appointment.body.id}`, { body: { status: 'confirmed' } });
  // Every test number's path: booked, no answer, busy, failed, voicemail, emergency, a failed text.
  for (const to of ['+15005550100', '+15005550101', '+15005550102', '+15005550103', '+15005550104']) {
    await api('POST', '/v1/calls', { body: { agent_id: agentId, to, lead_id: leadId } });
  }
  for (const to of ['+15005550106', '+15005550107', '+15125550142']) {
    await api('POST', '/v1/calls', { body: { agent_id: agentId, to } });
  }
  const canceled = await api('POST', '/v1/calls', { body: { agent_id: agentId, to: '+15005550105' } });
  await api('POST', `/v1/calls/${canceled.body.id}/cancel`);
  const run = await api('POST', '/v1/communication-runs', {
    body: {
      name: 'Outreach',
      agent_id: agentId,
      max_concurrent_calls: 1,
      contacts: [{ to: '+15005550100' }, { to: '+15005550101' }, { to: '+15005550104' }],
    },
    headers: { 'idempotency-key': `${options.keyPrefix}-run` },
  });
  if (run.status !== 201) throw new Error(`run: ${run.status} ${JSON.stringify(run.body)}`);
  await options.advance(60_000);
  await api('POST', `/v1/communication-runs/${run.body.id}/pause`);
  await api('POST', `/v1/communication-runs/${run.body.id}/resume`);
  return { failing: failing.body.id as string, key: key.body.id as string, run: run.body.id as string };
}
