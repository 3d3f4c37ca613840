// The status and header cases (./conformance-cases.ts) in-process, through msw's setupServer. (In its own
// file: a second mock's msw server in ./conformance.test.ts would answer the same URLs.)

import { inProcess } from './conformance.js';
import { describeStatusCases } from './conformance-cases.js';

describeStatusCases('in-process (msw)', inProcess);
