import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      'spec',
      'packages/*',
      'examples/*',
      '!examples/*.*',
      'test/docs',
      'test/packaging',
      'test/runtimes',
    ],
  },
});
