// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { APIPromise } from '../../core/api-promise.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource } from '../../core/resource.js';
import type { Query, RequestOptions } from '../../core/types.js';
import type { Recording } from '../models.js';

/** The query parameters of `kai.recordings.list`, camelCase: its filters, and `limit` and `cursor` for paging. */
export type RecordingListParams = Query<'listRecordings'>;

/**
 * Call recordings.
 * @example
 * for await (const recording of kai.recordings.list()) console.log(recording.id);
 */
export class Recordings extends APIResource {
  /**
   * List recordings.
   *
   * Returns call recordings, most recent first.
   *
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   * @example
   * for await (const item of kai.recordings.list({ callId: 'call_8fK2pQ7vN3' })) console.log(item.id);
   */
  list(params?: RecordingListParams, options?: RequestOptions): PagePromise<Recording> { return this._transport.list('listRecordings', [], params, options); }

  /**
   * Get a recording.
   *
   * Returns one recording with its URL, duration and size.
   * @example
   * const item = await kai.recordings.get('rec_6Bt2nH9cFx');
   */
  get(recordingId: string, options?: RequestOptions): APIPromise<Recording> { return this._transport.request('getRecording', [recordingId], undefined, options); }
}
