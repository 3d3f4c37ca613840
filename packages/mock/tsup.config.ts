import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', server: 'src/server.ts', bin: 'src/bin.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', server: 'src/server.ts' } },
  clean: true,
  target: 'node20',
  platform: 'node',
  splitting: true,
  sourcemap: false,
});
