// Jest 30 in CommonJS with ts-jest and the @kaicalls/mock preset, which lets Jest load msw's ES-module-only
// dependencies (it transforms them to CommonJS). The TypeScript options are the classic ts-jest set-up.
/** @type {import('jest').Config} */
module.exports = {
  preset: '@kaicalls/mock',
  testMatch: ['<rootDir>/*.jest.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        tsconfig: {
          module: 'commonjs',
          moduleResolution: 'node10',
          esModuleInterop: true,
          strict: true,
          exactOptionalPropertyTypes: true,
          isolatedModules: true,
          skipLibCheck: true,
          types: ['jest'],
        },
      },
    ],
  },
};
