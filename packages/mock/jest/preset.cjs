// A Jest preset for apps that test with @kaicalls/mock in CommonJS (ts-jest, babel-jest): msw and some of
// its dependencies ship ES modules only (rettime, until-async; all of msw 3), which Jest's CommonJS
// runtime cannot require (Jest 30.5, Node 20 to 24). This preset lets Jest transform the ES modules in node_modules
// to CommonJS (transform.cjs beside this file) and leaves every CommonJS file as it is.
// Usage: `preset: '@kaicalls/mock'` in jest.config.js, or spread `require('@kaicalls/mock/jest-preset')`.
module.exports = {
  testEnvironment: 'node',
  transform: { '/node_modules/.+\\.m?js$': require.resolve('./transform.cjs') },
  // Jest skips node_modules by default; the transform decides per file instead (it is cheap for CommonJS).
  transformIgnorePatterns: [],
};
