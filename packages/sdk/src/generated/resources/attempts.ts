// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { APIPromise } from '../../core/api-promise.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource } from '../../core/resource.js';
import type { Query, RequestOptions } from '../../core/types.js';
import type { Attempt } from '../models.js';

/** The query parameters of `kai.attempts.list`, camelCase: its filters, and `limit` and `cursor` for paging. */
export type AttemptListParams = Query<'listAttempts'>;

/**
 * Evidence of every attempt to reach a number.
 * @example
 * for await (const attempt of kai.attempts.list()) console.log(attempt.id);
 */
export class Attempts extends APIResource {
  /**
   * List dial attempts.
   *
   * Returns every attempt to reach a number, most recent first.
   *
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   * @example
   * for await (const item of kai.attempts.list({ callId: 'call_8fK2pQ7vN3' })) console.log(item.id);
   */
  list(params?: AttemptListParams, options?: RequestOptions): PagePromise<Attempt> { return this._transport.list('listAttempts', [], params, options); }

  /**
   * Get a dial attempt.
   *
   * Returns one dial attempt with its carrier result.
   * @example
   * const item = await kai.attempts.get('att_3Mv7qS8jWb');
   */
  get(attemptId: string, options?: RequestOptions): APIPromise<Attempt> { return this._transport.request('getAttempt', [attemptId], undefined, options); }
}
