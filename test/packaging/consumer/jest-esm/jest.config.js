// Jest 30 in its ESM mode (NODE_OPTIONS=--experimental-vm-modules) in a "type": "module" project: no transform
// and no preset; Jest loads msw's and the packages' ES modules as they are.
export default { testEnvironment: 'node', testMatch: ['<rootDir>/*.jest.js'], transform: {} };
