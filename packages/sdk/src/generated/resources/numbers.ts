// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { APIPromise } from '../../core/api-promise.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource } from '../../core/resource.js';
import type { Query, RequestOptions } from '../../core/types.js';
import type { PhoneNumber } from '../models.js';

/** The query parameters of `kai.numbers.list`, camelCase: its filters, and `limit` and `cursor` for paging. */
export type NumberListParams = Query<'listNumbers'>;

/**
 * The phone numbers registered to your businesses.
 * @example
 * for await (const number of kai.numbers.list()) console.log(number.id);
 */
export class Numbers extends APIResource {
  /**
   * List phone numbers.
   *
   * Returns the phone numbers registered to your businesses.
   *
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   * @example
   * for await (const number of kai.numbers.list()) console.log(number.phoneNumber);
   */
  list(params?: NumberListParams, options?: RequestOptions): PagePromise<PhoneNumber> { return this._transport.list('listNumbers', [], params, options); }

  /**
   * Get a phone number.
   *
   * Returns a phone number and the agent that answers it.
   * @example
   * const number = await kai.numbers.get('num_2Jx8pF5hQz');
   */
  get(numberId: string, options?: RequestOptions): APIPromise<PhoneNumber> { return this._transport.request('getNumber', [numberId], undefined, options); }
}
