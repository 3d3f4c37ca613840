// What every test project shares: workspace packages resolve to their sources, as openai-node maps
// `openai` to `src/index.ts`, so a test never passes against a stale build. Only the tests of a built
// artefact (test/packaging, the binaries) use dist/, through scripts/ensure-built.ts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(`./packages/${path}`, import.meta.url));
const manifest = (dir: string | URL) => JSON.parse(readFileSync(new URL('package.json', dir), 'utf8'));

/** Vite aliases from each published entry point to its source file (subpaths first, then the roots). */
export const sourceAliases = [
  { find: /^kaicalls\/webhooks$/, replacement: source('sdk/src/webhooks/index.ts') },
  { find: /^kaicalls$/, replacement: source('sdk/src/index.ts') },
  { find: /^@kaicalls\/mock\/server$/, replacement: source('mock/src/server.ts') },
  { find: /^@kaicalls\/mock$/, replacement: source('mock/src/index.ts') },
];

/**
 * The config of the test project in the folder of `configUrl` (pass `import.meta.url`): named after its
 * package, with the sources aliased and the build-time constants tsup would inline.
 */
export function projectConfig(configUrl: string, test: TestProjectInlineConfiguration['test'] = {}) {
  const here = new URL('.', configUrl);
  return defineConfig({
    resolve: { alias: sourceAliases },
    define: {
      __KAICALLS_VERSION__: JSON.stringify(manifest(new URL('./packages/sdk/', import.meta.url)).version),
      __CLI_VERSION__: JSON.stringify(manifest(new URL('./packages/cli/', import.meta.url)).version),
    },
    test: { name: manifest(here).name, ...test },
  });
}
