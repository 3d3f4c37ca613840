import { projectConfig } from '../../vitest.shared.js';

// The CLI's tests run the built binary as a user would; the global setup rebuilds it when it is stale.
export default projectConfig(import.meta.url, {
  globalSetup: ['./test/global-setup.ts'],
  testTimeout: 120_000,
  hookTimeout: 60_000,
});
