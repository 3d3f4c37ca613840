/**
 * The spec's schemas on the wire (snake_case), as openapi-typescript writes them: what the mock stores and
 * answers. (The SDK's types are their camelCase views.)
 * @example
 * type WireCall = components['schemas']['Call']; // { ended_at: string | null, ... }
 */
/**
 * Every path of the spec with its operations, on the wire (snake_case), as openapi-typescript writes them;
 * for typing your own HTTP client in tests (openapi-fetch takes it as is).
 * @example
 * type ListCallsQuery = paths['/v1/calls']['get']['parameters']['query'];
 */
/**
 * Every webhook event of the spec, on the wire (snake_case), as openapi-typescript writes them.
 * @example
 * type WireCompleted = webhooks['call.completed']['post']['requestBody']['content']['application/json'];
 */
export type { components, paths, webhooks } from '@kaicalls/contract/openapi';
export { type Clock, MAX_ADVANCE_MS } from './core/clock.js';
export type { ChaosOptions, Fixtures, MockContext, MockEvent, MockOptions } from './core/context.js';
export type { Schemas, State, WebhookAttempt } from './core/state.js';
export type { InboundCallOptions } from './engine/inbound.js';
export { MAGIC_NUMBERS, REJECTED_NUMBER } from './engine/outcomes.js';
export { TEST_API_KEY } from './http/auth.js';
export { SCENARIO_HEADER, SCENARIOS, type Scenario } from './http/chaos.js';
export type { RequestFilter, RequestRecord } from './http/journal.js';
export { LIMITS } from './http/rate-limit.js';
export { DEFAULT_BASE_URL, type Mock } from './mock.js';

import type { MockOptions } from './core/context.js';
import { createHandlers } from './http/handlers.js';
import { createMock as createMockWith, type Mock } from './mock.js';

/**
 * Creates a stateful mock of the KaiCalls API, with msw handlers for `setupServer` or a browser worker.
 * @example
 * const mock = createMock();
 * const server = setupServer(...mock.handlers);
 * server.listen();
 * const kai = new KaiCalls({ apiKey: mock.testKey });
 */
export function createMock(options: MockOptions = {}): Mock {
  return createMockWith(options, createHandlers);
}
export { RETRY_DELAYS_MS, TEST_WEBHOOK_SECRET } from './webhooks/delivery.js';
