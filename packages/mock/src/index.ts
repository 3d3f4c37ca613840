export type { Clock } from './core/clock.js';
export type { ChaosOptions, MockContext, MockEvent, MockOptions } from './core/context.js';
export type { Schemas, State } from './core/state.js';
export { TEST_API_KEY } from './http/auth.js';
export { SCENARIO_HEADER, SCENARIOS, type Scenario } from './http/chaos.js';
export { LIMITS } from './http/rate-limit.js';
export { createMock, DEFAULT_BASE_URL, type Mock } from './mock.js';
