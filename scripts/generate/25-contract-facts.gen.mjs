// The facts of the API that more than one package needs, written once into the private contract package:
// the production base URL (`servers:`), which scenario each test number selects (`x-test-numbers`), when a
// failed webhook delivery is retried (`x-webhook-retry-schedule-seconds`) and the per-key rate limits
// (`x-rate-limit`, at the root and on an operation) and a call's terminal events (`x-terminal`). The mock's engine decides what each scenario does;
// only these facts come from here.
import { BANNER, operations } from './spec.mjs';

export async function generate(spec) {
  const testNumbers = required(spec, 'x-test-numbers');
  const schedule = required(spec, 'x-webhook-retry-schedule-seconds');
  const limits = { default: rateLimit(required(spec, 'x-rate-limit'), 'the document root') };
  for (const op of operations(spec)) {
    const own = spec.paths[op.path][op.method.toLowerCase()]['x-rate-limit'];
    if (own) limits[op.operationId] = rateLimit(own, op.operationId);
  }
  const codes = spec.components.schemas.ErrorCode;
  const retryLater = codes?.['x-retry-later'];
  if (!Array.isArray(retryLater) || retryLater.some((code) => !codes.enum.includes(code)))
    throw new Error('spec/openapi.yaml: ErrorCode needs `x-retry-later`, a list of its own codes');
  // A call's terminal events (`x-terminal` on the webhook): exactly one per call, carrying the final call.
  const terminal = Object.entries(spec.webhooks ?? {})
    .filter(([, item]) => item.post?.['x-terminal'])
    .map(([type]) => type);
  if (terminal.length === 0) throw new Error('spec/openapi.yaml: no webhook is marked `x-terminal`');
  // What `call.completed` guarantees: the fields `CompletedCall` makes required and non-null beyond `Call`.
  const completed = spec.components.schemas.CompletedCall?.allOf?.find((part) => part.required)?.required;
  if (!Array.isArray(completed))
    throw new Error('spec/openapi.yaml: CompletedCall needs an allOf part with its `required` fields');
  const completedFields = completed.filter((field) => field !== 'status');
  const production =
    spec.servers?.find((server) => /production/i.test(server.description ?? '')) ?? spec.servers?.[0];
  if (!production?.url) throw new Error('spec/openapi.yaml has no production entry in `servers:`');
  const source = `${BANNER}
/** The API's production base URL, from \`servers:\`. */
export const PRODUCTION_BASE_URL = ${JSON.stringify(production.url)};

/** The test destination numbers (\`to\`) and the scenario each selects, from \`x-test-numbers\`. */
export const TEST_NUMBERS = ${JSON.stringify(testNumbers, null, 2)} as const;

/** A test number, e.g. \`'+15005550100'\`. */
export type TestNumber = keyof typeof TEST_NUMBERS;
/** The name of a scenario a test number selects, e.g. \`'appointment_booked'\`. */
export type TestNumberScenario = (typeof TEST_NUMBERS)[TestNumber];

/** Seconds from a failed webhook delivery attempt to the next, from \`x-webhook-retry-schedule-seconds\`. */
export const RETRY_SCHEDULE_SECONDS = ${JSON.stringify(schedule)} as const;

/** The 409 error codes that mean "retry later" (a lock, a request still in flight), from \`x-retry-later\`. */
export const RETRY_LATER_CODES: readonly string[] = ${JSON.stringify(retryLater)};

/** A call's terminal event types, one per call, each carrying the final call: from \`x-terminal\`. */
export const TERMINAL_CALL_EVENTS = ${JSON.stringify(terminal)} as const;

/** The fields \`call.completed\` carries set (never null), from the \`CompletedCall\` schema (besides its status). */
export const COMPLETED_CALL_FIELDS = ${JSON.stringify(completedFields)} as const;

/**
 * Per-key rate limits, from \`x-rate-limit\`: \`default\` for every operation without its own, else keyed by
 * operationId. Fixed windows of \`windowSeconds\`.
 */
export const RATE_LIMITS = ${JSON.stringify(limits, null, 2)} as const;
`;
  return { 'packages/contract/src/generated/facts.ts': source };
}

function required(spec, key) {
  if (spec[key] === undefined) throw new Error(`spec/openapi.yaml has no \`${key}\` at its root`);
  return spec[key];
}

function rateLimit(limit, where) {
  const { requests, window_seconds } = limit;
  if (!Number.isInteger(requests) || !Number.isInteger(window_seconds))
    throw new Error(`x-rate-limit of ${where} needs integer \`requests\` and \`window_seconds\``);
  return { requests, windowSeconds: window_seconds };
}
