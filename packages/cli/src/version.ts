declare const __CLI_VERSION__: string;

/** The CLI's version (from package.json, inlined at build time). */
export const VERSION: string = typeof __CLI_VERSION__ === 'string' ? __CLI_VERSION__ : '0.0.0-dev';
