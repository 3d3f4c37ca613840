// Jest 30 in ESM (run with NODE_OPTIONS=--experimental-vm-modules): ts-jest emits ES modules and Jest
// loads msw's ES modules as they are, so no preset is needed.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.esm.json', useESM: true }] },
};
