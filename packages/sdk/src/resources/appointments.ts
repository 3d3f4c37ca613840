import type { APIPromise } from '../core/api-promise.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import type { Body, Query, RequestOptions } from '../core/types.js';
import type { Appointment } from '../generated/models.js';

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
   * Lists appointments, optionally by status and time range.
   * @example
   * for await (const apt of kai.appointments.list({ status: 'scheduled', from: '2026-03-01T00:00:00Z' })) console.log(apt.startTime);
   */
  list(params?: AppointmentListParams, options?: RequestOptions): PagePromise<Appointment> {
    return this._transport.list('listAppointments', [], params, options);
  }

  /**
   * Books an appointment (sends an `Idempotency-Key`, so a retry never books twice).
   * @example
   * const apt = await kai.appointments.create({
   *   title: 'Consultation',
   *   startTime: '2026-03-02T14:00:00Z',
   *   endTime: '2026-03-02T14:30:00Z',
   *   leadId: 'lead_5Rb7nM2xKw',
   * });
   */
  create(params: AppointmentCreateParams, options?: RequestOptions): APIPromise<Appointment> {
    return this._transport.request('createAppointment', [], params, options);
  }

  /**
   * Gets an appointment.
   * @example
   * const apt = await kai.appointments.get('apt_3Gh6tY9pVe');
   */
  get(appointmentId: string, options?: RequestOptions): APIPromise<Appointment> {
    return this._transport.request('getAppointment', [appointmentId], undefined, options);
  }

  /**
   * Changes an appointment, e.g. cancels it.
   * @example
   * await kai.appointments.update('apt_3Gh6tY9pVe', { status: 'cancelled' });
   */
  update(
    appointmentId: string,
    params: AppointmentUpdateParams,
    options?: RequestOptions,
  ): APIPromise<Appointment> {
    return this._transport.request('updateAppointment', [appointmentId], params, options);
  }
}
