// How a resource plugs into the mock: resolvers for its operations (by operationId), and optional
// fixtures seeded into a fresh runtime. A resource holds no state of its own and wires nothing: what reacts
// to events is wired in ../runtime.ts.
import type { OperationId } from '@kaicalls/contract/operations';
import type { Resolver } from '../http/pipeline.js';
import type { Runtime } from '../runtime.js';

export interface Resource {
  operations: Partial<Record<OperationId, Resolver>>;
  /** Seeds fixtures. Resources seed in the order of `resources` in ./index.ts. */
  seed?(rt: Runtime): void;
}

export function defineResource(resource: Resource): Resource {
  return resource;
}
