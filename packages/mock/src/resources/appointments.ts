// Appointments: booked by the agent during a call (the voice loop calls `bookAppointment` in
// ../engine/records.ts) or through the API. Listed soonest first. A cancelled appointment is final; a completed one can only take notes.
import type { Core } from '../core/context.js';
import type { Schemas } from '../core/state.js';
import { bookAppointment } from '../engine/records.js';
import { MockError } from '../http/errors.js';
import type { Scope } from '../http/scope.js';
import { defaultBusiness } from './account.js';
import { find, listPage } from './owners.js';
import { defineResource } from './resource.js';

type Appointment = Schemas['Appointment'];
type Status = Schemas['AppointmentStatus'];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Which status may follow which: `cancelled` is final, `completed` stays completed. */
const TRANSITIONS: Record<Status, readonly Status[]> = {
  scheduled: ['scheduled', 'confirmed', 'completed', 'cancelled'],
  confirmed: ['confirmed', 'scheduled', 'completed', 'cancelled'],
  completed: ['completed'],
  cancelled: [],
};

function getAppointment(ctx: Core, scope: Scope, id: string): Appointment {
  return find(ctx, scope, 'appointments', id, 'appointment_id');
}

/** The business an API-booked appointment belongs to: its lead's, else the key's, else the first. */
function businessOf(ctx: Core, leadId: string | undefined, keyBusiness: string | null = null): string {
  const lead = leadId ? ctx.state.leads.get(leadId) : undefined;
  return lead?.business_id ?? keyBusiness ?? defaultBusiness(ctx).id;
}

function checkTimes(start: string, end: string) {
  if (Date.parse(end) <= Date.parse(start)) {
    throw new MockError(
      'invalid_request',
      `Invalid request body: end_time (${end}) must be after start_time (${start}).`,
      'end_time',
    );
  }
}

/** A date-time query bound, or `fallback` when absent. */
const bound = (value: unknown, fallback: number) =>
  typeof value === 'string' ? Date.parse(value) : fallback;

export const appointments = defineResource({
  seed(ctx) {
    // Fixtures around "now": one past and completed, one later today, one tomorrow (confirmed), one cancelled.
    const leads = [...ctx.state.leads.values()];
    const byName = (name: string) => leads.find((l) => l.name === name);
    const today = ctx.clock.now() - (ctx.clock.now() % DAY);
    const fixtures: Array<[string, string | undefined, number, number, Status, string | null]> = [
      [
        'Consultation with Michael Brown',
        'Michael Brown',
        today - 5 * DAY + 15 * HOUR,
        45,
        'completed',
        'Signed the retainer.',
      ],
      ['Consultation with John Smith', 'John Smith', today + 19 * HOUR, 30, 'scheduled', 'Car accident case'],
      ['Follow-up with David Chen', 'David Chen', today + DAY + 16 * HOUR, 30, 'confirmed', null],
      [
        'Water heater inspection',
        'Linda Nguyen',
        today + 2 * DAY + 14 * HOUR,
        60,
        'scheduled',
        'Leaking tank, garage.',
      ],
      [
        'Consultation with Ashley Anderson',
        'Ashley Anderson',
        today + 3 * DAY + 17 * HOUR,
        30,
        'cancelled',
        null,
      ],
    ];
    for (const [title, name, start, minutes, status, notes] of fixtures) {
      const lead = name ? byName(name) : undefined;
      const appointment = bookAppointment(
        ctx,
        {
          title,
          start_time: ctx.iso(start),
          end_time: ctx.iso(start + minutes * 60_000),
          business_id: businessOf(ctx, lead?.id),
          ...(lead ? { lead_id: lead.id } : {}),
          ...(notes ? { notes } : {}),
        },
        Math.min(start, ctx.clock.now()) - 2 * DAY,
      );
      appointment.status = status;
      ctx.state.appointments.touch(appointment.id);
    }
  },
  operations: {
    listAppointments({ query, scope }, ctx) {
      const from = bound(query.from, -Infinity);
      const to = bound(query.to, Infinity);
      const keep = (a: Appointment) => {
        const start = Date.parse(a.start_time);
        return (
          start >= from &&
          start < to &&
          (query.status === undefined || a.status === query.status) &&
          (query.lead_id === undefined || a.lead_id === query.lead_id)
        );
      };
      const range = {
        where: { status: query.status as Status | undefined, lead_id: query.lead_id as string | undefined },
        // start_time is kept as toISOString writes it, which sorts as time.
        from: Number.isFinite(from) ? new Date(from).toISOString() : undefined,
        to: Number.isFinite(to) ? new Date(to).toISOString() : undefined,
      };
      return { body: listPage(ctx, scope, 'appointments', query, range, { order: 'asc', keep }) };
    },
    createAppointment({ body, scope }, ctx) {
      checkTimes(body.start_time, body.end_time);
      if (body.lead_id) find(ctx, scope, 'leads', body.lead_id, 'lead_id');
      const businessId = businessOf(ctx, body.lead_id, scope.businessId);
      return {
        status: 201,
        body: bookAppointment(ctx, { ...body, business_id: businessId }, ctx.clock.now()),
      };
    },
    getAppointment({ params, scope }, ctx) {
      return { body: getAppointment(ctx, scope, params.appointment_id!) };
    },
    updateAppointment({ params, body, scope }, ctx) {
      const appointment = getAppointment(ctx, scope, params.appointment_id!);
      if (appointment.status === 'cancelled') {
        throw new MockError(
          'conflict',
          `Appointment ${appointment.id} was cancelled; a cancelled appointment cannot change. Book a new one.`,
          'status',
        );
      }
      const next: Status = body.status ?? appointment.status;
      if (!TRANSITIONS[appointment.status].includes(next)) {
        throw new MockError(
          'conflict',
          `Appointment ${appointment.id} is ${appointment.status}; it cannot become ${next}.`,
          'status',
        );
      }
      if (appointment.status === 'completed' && (body.start_time || body.end_time)) {
        throw new MockError(
          'conflict',
          `Appointment ${appointment.id} is completed; it cannot be rescheduled. Book a new one.`,
          body.start_time ? 'start_time' : 'end_time',
        );
      }
      const start = body.start_time ?? appointment.start_time;
      const end = body.end_time ?? appointment.end_time;
      checkTimes(start, end);
      Object.assign(appointment, {
        ...(body.title === undefined ? {} : { title: body.title }),
        ...(body.notes === undefined ? {} : { notes: body.notes }),
        start_time: new Date(start).toISOString(),
        end_time: new Date(end).toISOString(),
        status: next,
        updated_at: ctx.iso(),
      });
      ctx.state.appointments.touch(appointment.id);
      return { body: appointment };
    },
  },
});
