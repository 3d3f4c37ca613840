// The conformance suites (./conformance.ts, ./conformance-cases.ts) over real HTTP against the built server:
// every status and header it can answer, HEAD, CORS and routing included. The second runs with a configured
// CORS origin, so every answer there must carry it with `Vary: Origin`. (In its own file: msw's setupServer
// would intercept these requests.)

import { describeConformance, ORIGIN, overHttp } from './conformance.js';
import { describeStatusCases } from './conformance-cases.js';

describeConformance('over HTTP (the built server)', overHttp);
describeStatusCases('over HTTP (the built server, --cors-origin)', () => overHttp({ corsOrigin: ORIGIN }));
