// @kaicalls/mock and @kaicalls/mock/server through the `require` condition (node16, CommonJS): a Jest set-up
// written in CommonJS TypeScript gets the same precise types as an ES module.
import mockPackage = require('@kaicalls/mock');
import mockServer = require('@kaicalls/mock/server');

export const mock: mockPackage.Mock = mockPackage.createMock({ seed: 3 });
export const handlers: number = mock.handlers.length;
export const key: string = mockPackage.TEST_API_KEY;
export const server: Promise<mockServer.MockServer> = mockServer.startMockServer({ port: 0 });
// @ts-expect-error: the seed is a number (the types are precise, not `any`).
mockPackage.createMock({ seed: 'three' });
// @ts-expect-error: the port is a number.
mockServer.startMockServer({ port: '0' });
