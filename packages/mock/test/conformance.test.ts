// The conformance suite (./conformance.ts) in-process, through msw's setupServer.
import { describeConformance, inProcess } from './conformance.js';

describeConformance('in-process (msw)', inProcess);
