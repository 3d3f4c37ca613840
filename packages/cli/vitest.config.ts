import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { name, version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default defineConfig({
  define: { __CLI_VERSION__: JSON.stringify(version) },
  test: { name, globalSetup: ['./test/global-setup.ts'], testTimeout: 120_000, hookTimeout: 60_000 },
});
