// Operations as help texts and messages name them, from the spec's operation table (never a path by hand).
import { type OperationId, operations } from '@kaicalls/contract/operations';

const byId = new Map(operations.map((op) => [op.operationId, op]));

/** `GET /v1/events/stream` for `'streamEvents'`. */
export function endpoint(id: OperationId): string {
  const op = byId.get(id)!;
  return `${op.method} ${op.path}`;
}

/** The scopes a key needs for the operation, e.g. `events:read`. */
export function scopesOf(id: OperationId): string {
  return byId.get(id)!.scopes.join(', ');
}
