import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default defineConfig({
  entry: { bin: 'src/bin.ts' },
  format: ['esm'],
  clean: true,
  target: 'node20',
  platform: 'node',
  // Every command module becomes its own chunk, loaded with import() only when that command runs.
  splitting: true,
  sourcemap: false,
  // The private contract package is bundled, so nothing published depends on it.
  noExternal: ['@kaicalls/contract'],
  define: { __CLI_VERSION__: JSON.stringify(version) },
});
