import type { APIPromise } from '../core/api-promise.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import type { Query, RequestOptions } from '../core/types.js';
import type { Conversation } from '../generated/models.js';

/** The query parameters of `kai.conversations.list`, camelCase: its filters, and `limit` and `cursor` for paging. */
export type ConversationListParams = Query<'listConversations'>;

/**
 * Evidence of message threads with a contact.
 * @example
 * for await (const conversation of kai.conversations.list()) console.log(conversation.id);
 */
export class Conversations extends APIResource {
  /**
   * Lists conversations, by call or lead.
   * @example
   * for await (const item of kai.conversations.list({ callId: 'call_8fK2pQ7vN3' })) console.log(item.id);
   */
  list(params?: ConversationListParams, options?: RequestOptions): PagePromise<Conversation> {
    return this._transport.list('listConversations', [], params, options);
  }

  /**
   * Gets one of the conversations.
   * @example
   * const item = await kai.conversations.get('conv_8Nf3kL6wZm');
   */
  get(conversationId: string, options?: RequestOptions): APIPromise<Conversation> {
    return this._transport.request('getConversation', [conversationId], undefined, options);
  }
}
