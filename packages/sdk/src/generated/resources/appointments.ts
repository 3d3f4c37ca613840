// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { APIPromise } from '../../core/api-promise.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource } from '../../core/resource.js';
import type { Body, Query, RequestOptions } from '../../core/types.js';
import type { Appointment } from '../models.js';

/** The query parameters of `kai.appointments.list`, camelCase: its filters, and `limit` and `cursor` for paging. */
export type AppointmentListParams = Query<'listAppointments'>;
/** The body of `kai.appointments.create`, camelCase. */
export type AppointmentCreateParams = Body<'createAppointment'>;
/** The body of `kai.appointments.update`, camelCase. */
export type AppointmentUpdateParams = Body<'updateAppointment'>;

/**
 * Appointments booked by the agent or through the API.
 * @example
 * for await (const appointment of kai.appointments.list()) console.log(appointment.id, appointment.status);
 */
export class Appointments extends APIResource {
  /**
   * List appointments.
   *
   * Returns appointments, soonest first, optionally within a time range.
   *
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   * @example
   * for await (const apt of kai.appointments.list({ status: 'scheduled', from: '2026-03-01T00:00:00Z' })) console.log(apt.startTime);
   */
  list(params?: AppointmentListParams, options?: RequestOptions): PagePromise<Appointment> { return this._transport.list('listAppointments', [], params, options); }

  /**
   * Book an appointment.
   *
   * Books an appointment. `end_time` must be after `start_time`.
   *
   * Sends an `Idempotency-Key` (a random one, or `options.idempotencyKey`) that stays the same across the
   * request's retries, so a retried create takes effect once.
   * @example
   * const apt = await kai.appointments.create({
   *   title: 'Consultation',
   *   startTime: '2026-03-02T14:00:00Z',
   *   endTime: '2026-03-02T14:30:00Z',
   *   leadId: 'lead_5Rb7nM2xKw',
   * });
   */
  create(params: AppointmentCreateParams, options?: RequestOptions): APIPromise<Appointment> { return this._transport.request('createAppointment', [], params, options); }

  /**
   * Get an appointment.
   *
   * Returns an appointment.
   * @example
   * const apt = await kai.appointments.get('apt_3Gh6tY9pVe');
   */
  get(appointmentId: string, options?: RequestOptions): APIPromise<Appointment> { return this._transport.request('getAppointment', [appointmentId], undefined, options); }

  /**
   * Update an appointment.
   *
   * Reschedules, confirms, completes or cancels an appointment (`{"status":"cancelled"}`). A cancelled
   * appointment cannot change again (409 `conflict`).
   * @example
   * await kai.appointments.update('apt_3Gh6tY9pVe', { status: 'cancelled' });
   */
  update(appointmentId: string, params: AppointmentUpdateParams, options?: RequestOptions): APIPromise<Appointment> { return this._transport.request('updateAppointment', [appointmentId], params, options); }
}
