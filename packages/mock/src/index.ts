export type { Clock } from './core/clock.js';
export type { ChaosOptions, MockContext, MockEvent, MockOptions } from './core/context.js';
export type { Schemas, State, WebhookAttempt } from './core/state.js';
export { TEST_API_KEY } from './http/auth.js';
export { SCENARIO_HEADER, SCENARIOS, type Scenario } from './http/chaos.js';
export { LIMITS } from './http/rate-limit.js';
export { createMock, DEFAULT_BASE_URL, type Mock } from './mock.js';
export { RETRY_DELAYS_MS, TEST_WEBHOOK_SECRET } from './webhooks/delivery.js';
