// The conformance suite (./conformance.ts) over real HTTP against the built server: every status and header
// it can answer, HEAD and CORS included. (In its own file: msw's setupServer would intercept these requests.)
import { describeConformance, overHttp } from './conformance.js';

describeConformance('over HTTP (the built server)', overHttp);
