// What happens on a call: a test number of the spec (`x-test-numbers`) names a scenario, whose call plan
// picks an outcome exactly; every other number draws a plan from a seeded model weighted towards a
// conversation. The spec owns which number selects which scenario; this file owns what each one does.
// (Not to be confused with the chaos scenarios of ../http/chaos.ts, which fault a single request.)
import { TEST_NUMBERS, type TestNumberScenario } from '@kaicalls/contract/facts';
import type { Random } from '../core/random.js';

/** The shape of a call's timeline. */
export type Path = 'conversation' | 'voicemail' | 'no-answer' | 'busy' | 'failed';
/** What a conversation is about: it decides the words, the outcome and what follows. */
export type Topic = 'appointment' | 'information' | 'callback' | 'not_interested' | 'emergency';
/** The follow-up text after the call: none, delivered, or failed at the carrier. */
export type FollowUp = 'none' | 'delivered' | 'failed';

/** The shape of a call, before its words are written: what `writeScript` plays out. */
export interface CallPlan {
  path: Path;
  topic: Topic;
  followUp: FollowUp;
  /** Milliseconds from `call.ringing` to the answer (or to `no-answer`). */
  ringMs: number;
}

/** The default ring timeout: a call nobody answers ends as no-answer after it. */
export const RING_TIMEOUT_MS = 30_000;

const conversation = (topic: Topic, followUp: FollowUp): CallPlan => ({
  path: 'conversation',
  topic,
  followUp,
  ringMs: 4_000,
});

/**
 * The call plan of each scenario of the spec's test numbers. Typed by the spec's scenario names, so a
 * scenario added to `x-test-numbers` fails the build until the engine says what it does. `rejected` places
 * no call.
 */
const TEST_PLANS: Readonly<Record<Exclude<TestNumberScenario, 'rejected'>, CallPlan>> = {
  appointment_booked: conversation('appointment', 'delivered'),
  no_answer: { path: 'no-answer', topic: 'information', followUp: 'none', ringMs: RING_TIMEOUT_MS },
  busy: { path: 'busy', topic: 'information', followUp: 'none', ringMs: 0 },
  failed: { path: 'failed', topic: 'information', followUp: 'none', ringMs: 0 },
  voicemail: { path: 'voicemail', topic: 'information', followUp: 'none', ringMs: 4_000 },
  long_ring: { path: 'no-answer', topic: 'information', followUp: 'none', ringMs: 120_000 },
  emergency: conversation('emergency', 'none'),
  sms_failed: conversation('information', 'failed'),
};

const testNumbers = Object.entries(TEST_NUMBERS) as ReadonlyArray<[string, TestNumberScenario]>;

/** Rejected at once: 400 invalid_request naming `to`, no call, no event (the spec's `rejected` test number). */
export const REJECTED_NUMBER: string = rejectedNumber();

/** The test numbers that place a call, each with the call plan it selects (the spec's "Test numbers" table). */
export const MAGIC_NUMBERS: Readonly<Record<string, CallPlan>> = Object.fromEntries(
  testNumbers.flatMap(([to, name]) => (name === 'rejected' ? [] : [[to, TEST_PLANS[name]]])),
);

function rejectedNumber(): string {
  const found = testNumbers.find(([, name]) => name === 'rejected');
  if (!found) throw new Error('spec/openapi.yaml `x-test-numbers` names no `rejected` number');
  return found[0];
}

/** Cumulative weights: most calls reach someone, as a healthy outbound list does. */
const PATHS: ReadonlyArray<readonly [number, Path]> = [
  [0.62, 'conversation'],
  [0.74, 'voicemail'],
  [0.87, 'no-answer'],
  [0.94, 'busy'],
  [1, 'failed'],
];
const TOPICS: ReadonlyArray<readonly [number, Topic]> = [
  [0.3, 'appointment'],
  [0.6, 'information'],
  [0.8, 'callback'],
  [0.95, 'not_interested'],
  [1, 'emergency'],
];

const draw = <T>(table: ReadonlyArray<readonly [number, T]>, r: number): T =>
  (table.find(([bound]) => r < bound) ?? table[table.length - 1]!)[1];

/** A plan for any number that is not magic, from the call's own seeded randomness. */
export function randomPlan(random: Random): CallPlan {
  const path = draw(PATHS, random.next());
  const topic = draw(TOPICS, random.next());
  let followUp: FollowUp = 'none';
  if (path === 'conversation' && topic !== 'not_interested' && topic !== 'emergency') {
    // A booking always gets a confirmation text; other conversations often a recap. A few texts bounce.
    const texted = topic === 'appointment' || random.next() < 0.5;
    if (texted) followUp = random.next() < 0.05 ? 'failed' : 'delivered';
  }
  const ringMs = path === 'no-answer' ? RING_TIMEOUT_MS : random.int(25, 90) * 100;
  return { path, topic, followUp, ringMs };
}

/** The plan a destination number selects. */
export function planFor(to: string, random: Random): CallPlan {
  return MAGIC_NUMBERS[to] ?? randomPlan(random);
}
