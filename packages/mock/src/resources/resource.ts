// How a resource plugs into the mock: resolvers for its operations (by operationId), and optional
// fixtures seeded into a fresh state.

import type { OperationId } from '@kaicalls/contract/operations';
import type { MockContext } from '../core/context.js';
import type { Resolver } from '../http/pipeline.js';

export interface Resource {
  operations: Partial<Record<OperationId, Resolver>>;
  /** Seeds fixtures. Resources seed in the order of `resources` in ./index.ts. */
  seed?(ctx: MockContext): void;
  /** Wires the resource's engine to the context (timers, event listeners), once per mock. */
  start?(ctx: MockContext): void;
}

export function defineResource(resource: Resource): Resource {
  return resource;
}
