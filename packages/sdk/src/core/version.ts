// Replaced at build time with the version in package.json (tsup.config.ts; in tests, vitest.shared.ts).
declare const __KAICALLS_VERSION__: string;

/** The version of this package, as sent in the User-Agent. */
export const VERSION: string = typeof __KAICALLS_VERSION__ === 'string' ? __KAICALLS_VERSION__ : '0.0.0-dev';
