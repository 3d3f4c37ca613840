// The SDK's parameter and result types, derived from the generated camelCase `operations`
// (@kaicalls/contract/api): nothing here names a field, so nothing can drift from spec/openapi.yaml.
import type { operations as OperationTypes } from '@kaicalls/contract/api';
import type { routes } from '../generated/routes.js';

/** The id of an operation of the spec (`createCall`, `listCalls`, ...). */
export type OperationId = keyof typeof routes;

type JsonContent<T, Type extends string = 'application/json'> = T extends {
  content: { [K in Type]: infer Body };
}
  ? Body
  : never;
type SuccessStatus = 200 | 201 | 202 | 204;
type Success<Responses> = Responses[Extract<keyof Responses, SuccessStatus>];

/** The query parameters of an operation, camelCase. */
export type Query<Id extends OperationId> = NonNullable<OperationTypes[Id]['parameters']['query']>;
/** The JSON body of an operation, camelCase. */
export type Body<Id extends OperationId> = JsonContent<NonNullable<OperationTypes[Id]['requestBody']>>;
/** The result of an operation, camelCase. */
export type Result<Id extends OperationId> = JsonContent<Success<OperationTypes[Id]['responses']>>;
/** The path parameters of an operation, by their names in the path (`{ call_id: string }`). */
type PathParams<Id extends OperationId> = NonNullable<OperationTypes[Id]['parameters']['path']>;

/** The `{name}` segments of a path template, in order: `'/v1/a/{x}/b/{y}'` → `['x', 'y']`. */
type PathNames<Path extends string> = Path extends `${string}{${infer Name}}${infer Rest}`
  ? [Name, ...PathNames<Rest>]
  : [];
type ValuesOf<Names extends readonly string[], Values> = {
  [Index in keyof Names]: Names[Index] extends keyof Values ? Values[Names[Index]] : never;
};

/**
 * The path arguments of an operation, positionally and in the order of its path: `[]` for `listCalls`,
 * `[callId: string]` for `getCall`.
 */
export type PathArgs<Id extends OperationId> = ValuesOf<PathNames<(typeof routes)[Id][1]>, PathParams<Id>>;

/**
 * What an operation takes besides its path arguments, camelCase: its JSON body for a POST or PATCH (that
 * may be left out when the spec says it is optional), else its query parameters (optional unless one of
 * them is required), else nothing (`undefined`).
 */
export type Params<Id extends OperationId> = [Body<Id>] extends [never]
  ? [Query<Id>] extends [never]
    ? undefined
    : Query<Id> | (undefined extends OperationTypes[Id]['parameters']['query'] ? undefined : never)
  : Body<Id> | (undefined extends OperationTypes[Id]['requestBody'] ? undefined : never);

/** The ids of the operations that answer with a page (`{ data, has_more, next_cursor }`). */
export type ListOperationId = {
  [Id in OperationId]: Result<Id> extends { data: readonly unknown[]; hasMore: boolean } ? Id : never;
}[OperationId];

/** The item type of a list operation's pages, camelCase. */
export type Item<Id extends OperationId> =
  Result<Id> extends {
    /** A list's items. */
    data: infer Data;
  }
    ? Data extends readonly unknown[]
      ? Data[number]
      : never
    : never;

/** Options every method accepts as its last argument; they override the client's options for one request. */
export interface RequestOptions {
  /** Aborts the request (and its retries) when the signal fires. */
  signal?: AbortSignal | undefined;
  /**
   * Milliseconds the request may take in all, retries and their waits included (default: the client's
   * `timeout`). When it runs out the connection is closed and the request rejects with `APITimeoutError`.
   */
  timeout?: number | undefined;
  /** Retries after the first attempt (default: the client's `maxRetries`). */
  maxRetries?: number | undefined;
  /** The largest response body accepted, in bytes (default: the client's `maxResponseBytes`). */
  maxResponseBytes?: number | undefined;
  /** Extra headers for this request; `null` removes a default header. */
  headers?: Record<string, string | null | undefined> | undefined;
  /** The `Idempotency-Key` of a create (default: a random UUID, the same across the request's retries). */
  idempotencyKey?: string | undefined;
}

/** The ids of the operations that answer with Server-Sent Events (`x-stream` in the spec). */
export type StreamOperationId = {
  [Id in OperationId]: (typeof routes)[Id] extends readonly [
    string,
    string,
    0 | 1,
    {
      /** The field each item's SSE id is (`sequence`, `id`): what a stream marks the operation with. */
      resume: string;
    },
  ]
    ? Id
    : never;
}[OperationId];

type Message<Id extends OperationId> = JsonContent<
  Success<OperationTypes[Id]['responses']>,
  'text/event-stream'
>;
type Ready = { object: 'stream.ready' };
type End = { object: 'stream.end' };

/** The items a stream yields, camelCase: its messages but `ready` and `end` (a timeline event, an event). */
export type StreamItem<Id extends StreamOperationId> = Exclude<Message<Id>, Ready | End>;
/** The data of a stream's `end` event, camelCase (`never` for a stream that does not end). */
export type StreamEndOf<Id extends StreamOperationId> = Extract<Message<Id>, End>;
