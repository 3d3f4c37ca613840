// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { APIPromise } from '../../core/api-promise.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource } from '../../core/resource.js';
import type { Query, RequestOptions } from '../../core/types.js';
import type { Conversation } from '../models.js';

/** The query parameters of `kai.conversations.list`, camelCase: its filters, and `limit` and `cursor` for paging. */
export type ConversationListParams = Query<'listConversations'>;

/**
 * Evidence of message threads with a contact.
 * @example
 * for await (const conversation of kai.conversations.list()) console.log(conversation.id);
 */
export class Conversations extends APIResource {
  /**
   * List conversations.
   *
   * Returns message threads with contacts, most recently active first.
   *
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   * @example
   * for await (const item of kai.conversations.list({ callId: 'call_8fK2pQ7vN3' })) console.log(item.id);
   */
  list(params?: ConversationListParams, options?: RequestOptions): PagePromise<Conversation> { return this._transport.list('listConversations', [], params, options); }

  /**
   * Get a conversation.
   *
   * Returns one conversation with its messages.
   * @example
   * const item = await kai.conversations.get('conv_8Nf3kL6wZm');
   */
  get(conversationId: string, options?: RequestOptions): APIPromise<Conversation> { return this._transport.request('getConversation', [conversationId], undefined, options); }
}
