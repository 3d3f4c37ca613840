import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', server: 'src/server.ts', bin: 'src/bin.ts' },
  format: ['esm', 'cjs'],
  // The private contract package is bundled, code and declarations (the
  // path mapping lets the declaration bundler inline it), so nothing published depends on it.
  noExternal: ['@kaicalls/contract'],
  dts: {
    // The wire types (`paths`, `components`, `webhooks`: 321 KB) are their own declaration file, which imports
    // nothing, so it ships once (scripts/one-declaration-copy.mjs); the rest imports msw and ships per format.
    entry: {
      index: 'src/index.ts',
      server: 'src/server.ts',
      openapi: '../contract/src/generated/openapi.ts',
    },
    compilerOptions: { paths: { '@kaicalls/contract/*': ['../contract/src/generated/*.ts'] } },
  },
  clean: true,
  target: 'node20',
  platform: 'node',
  splitting: true,
  sourcemap: false,
  // The server reads the spec it ships (generated/openapi.*) relative to its module: `import.meta.url` in CJS too.
  shims: true,
});
