// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { APIPromise } from '../../core/api-promise.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource } from '../../core/resource.js';
import type { Query, RequestOptions } from '../../core/types.js';
import type { SmsMessage } from '../models.js';

/** The query parameters of `kai.smsMessages.list`, camelCase: its filters, and `limit` and `cursor` for paging. */
export type SmsMessageListParams = Query<'listSmsMessages'>;

/**
 * Evidence of the text messages sent and received.
 * @example
 * for await (const message of kai.smsMessages.list()) console.log(message.id, message.status);
 */
export class SmsMessages extends APIResource {
  /**
   * List SMS messages.
   *
   * Returns text messages sent and received, most recent first.
   *
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   * @example
   * for await (const item of kai.smsMessages.list({ callId: 'call_8fK2pQ7vN3' })) console.log(item.id);
   */
  list(params?: SmsMessageListParams, options?: RequestOptions): PagePromise<SmsMessage> { return this._transport.list('listSmsMessages', [], params, options); }

  /**
   * Get an SMS message.
   *
   * Returns one text message with its delivery status.
   * @example
   * const item = await kai.smsMessages.get('sms_4Ht7cV2nPq');
   */
  get(smsId: string, options?: RequestOptions): APIPromise<SmsMessage> { return this._transport.request('getSmsMessage', [smsId], undefined, options); }
}
