import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { name, version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default defineConfig({
  // The same constant tsup replaces in the build, so tests see the real User-Agent.
  define: { __KAICALLS_VERSION__: JSON.stringify(version) },
  test: { name },
});
