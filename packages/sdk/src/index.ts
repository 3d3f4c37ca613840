export type { components, paths, webhooks } from './generated/openapi.js';
