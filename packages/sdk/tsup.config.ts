import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default defineConfig({
  entry: { index: 'src/index.ts', webhooks: 'src/webhooks/index.ts' },
  format: ['esm', 'cjs'],
  // The private contract package is bundled, code and declarations (the
  // path mapping lets the declaration bundler inline it), so nothing published depends on it.
  noExternal: ['@kaicalls/contract'],
  dts: { compilerOptions: { paths: { '@kaicalls/contract/*': ['../contract/src/generated/*.ts'] } } },
  clean: true,
  target: 'node20',
  platform: 'neutral',
  splitting: true,
  treeshake: true,
  // Whitespace only: names and messages stay as written, so stack traces still read; it keeps the
  // install within its 0.5 MB budget (test/packaging) now that streams are in. It drops the
  // `@__PURE__` annotations, which costs an app's bundle about 2.6 kB (size-limit).
  minifyWhitespace: true,
  sourcemap: false,
  define: { __KAICALLS_VERSION__: JSON.stringify(version) },
});
