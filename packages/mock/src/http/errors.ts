// The one error envelope of the API, for every error the mock answers.
import type { Schemas } from '../core/state.js';

export type ErrorCode = Schemas['ErrorCode'];

const STATUS: Record<ErrorCode, number> = {
  invalid_request: 400,
  unauthorized: 401,
  upgrade_required: 402,
  forbidden: 403,
  ip_restricted: 403,
  not_found: 404,
  conflict: 409,
  idempotency_conflict: 409,
  resource_locked: 409,
  idempotency_in_progress: 409,
  limit_reached: 422,
  rate_limited: 429,
  internal_error: 500,
  call_failed: 500,
};

/** Thrown by a resolver or the pipeline; answered as `{ error: { code, message, param, request_id } }`. */
export class MockError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly param?: string,
    readonly headers: Record<string, string> = {},
    status?: number,
  ) {
    super(message);
    this.status = status ?? STATUS[code];
  }
}

export function notFound(what: string, id: string, param: string): MockError {
  return new MockError('not_found', `No ${what} with id ${id}.`, param);
}

export function errorBody(error: MockError, requestId: string): Schemas['ErrorEnvelope'] {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.param === undefined ? {} : { param: error.param }),
      request_id: requestId,
    },
  };
}
