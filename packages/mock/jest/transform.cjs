// The Jest transform of @kaicalls/mock's preset: turns an ES module from node_modules into CommonJS with
// TypeScript's transpileModule (TypeScript is already there in a ts-jest set-up), and returns every other
// file unchanged. A file is an ES module when it is .mjs, or .js under a package.json with "type": "module".
const { createHash } = require('node:crypto');
const { existsSync, readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

const packageTypes = new Map();

function packageType(dir) {
  if (packageTypes.has(dir)) return packageTypes.get(dir);
  const manifest = join(dir, 'package.json');
  let type;
  if (existsSync(manifest)) type = JSON.parse(readFileSync(manifest, 'utf8')).type ?? 'commonjs';
  else type = dirname(dir) === dir ? 'commonjs' : packageType(dirname(dir));
  packageTypes.set(dir, type);
  return type;
}

function isModule(filename) {
  if (filename.endsWith('.mjs')) return true;
  return filename.endsWith('.js') && packageType(dirname(filename)) === 'module';
}

let typescript;
function loadTypeScript(rootDir) {
  if (typescript) return typescript;
  try {
    typescript = require(require.resolve('typescript', { paths: [rootDir, __dirname] }));
  } catch {
    throw new Error(
      "@kaicalls/mock/jest-preset: turning msw's ES modules into CommonJS needs TypeScript: `npm install --save-dev typescript`. " +
        '(Or run Jest in ESM mode: NODE_OPTIONS=--experimental-vm-modules, no preset.)',
    );
  }
  return typescript;
}

module.exports = {
  canInstrument: false,
  getCacheKey(source, filename, options) {
    const ts = isModule(filename) ? loadTypeScript(options.config.rootDir).version : 'as-is';
    return createHash('sha256').update(`kaicalls-mock-jest-1\0${ts}\0${filename}\0${source}`).digest('hex');
  },
  process(source, filename, options) {
    if (!isModule(filename)) return { code: source };
    const ts = loadTypeScript(options.config.rootDir);
    // import.meta does not exist in CommonJS: the file's URL is what modules read from it.
    const code = source.replace(
      /\bimport\.meta\.url\b/g,
      "require('node:url').pathToFileURL(__filename).href",
    );
    const { outputText } = ts.transpileModule(code, {
      fileName: filename.replace(/\.mjs$/, '.js'),
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
        allowJs: true,
        sourceMap: false,
      },
      reportDiagnostics: false,
    });
    return { code: outputText };
  },
};
