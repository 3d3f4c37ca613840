// Jest 30 in CommonJS with ts-jest. The @kaicalls/mock preset lets Jest load msw's ES-module-only
// dependencies (it transforms them to CommonJS); everything else is the usual ts-jest set-up.
/** @type {import('jest').Config} */
module.exports = {
  preset: '@kaicalls/mock',
  roots: ['<rootDir>/src'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] },
};
