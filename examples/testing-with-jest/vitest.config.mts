import { projectConfig } from '../../vitest.shared.js';

// src/*.test.ts are Jest's tests, run by testing-with-jest.test.ts as child processes.
export default projectConfig(import.meta.url, { include: ['testing-with-jest.test.ts'] });
