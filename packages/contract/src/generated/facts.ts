// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

/** The API's production base URL, from `servers:`. */
export const PRODUCTION_BASE_URL = "https://kaicalls.com/api";

/** The test destination numbers (`to`) and the scenario each selects, from `x-test-numbers`. */
export const TEST_NUMBERS = {
  "+15005550001": "rejected",
  "+15005550100": "appointment_booked",
  "+15005550101": "no_answer",
  "+15005550102": "busy",
  "+15005550103": "failed",
  "+15005550104": "voicemail",
  "+15005550105": "long_ring",
  "+15005550106": "emergency",
  "+15005550107": "sms_failed"
} as const;

/** A test number, e.g. `'+15005550100'`. */
export type TestNumber = keyof typeof TEST_NUMBERS;
/** The name of a scenario a test number selects, e.g. `'appointment_booked'`. */
export type TestNumberScenario = (typeof TEST_NUMBERS)[TestNumber];

/** Seconds from a failed webhook delivery attempt to the next, from `x-webhook-retry-schedule-seconds`. */
export const RETRY_SCHEDULE_SECONDS = [30,300,1800,7200] as const;

/** The 409 error codes that mean "retry later" (a lock, a request still in flight), from `x-retry-later`. */
export const RETRY_LATER_CODES: readonly string[] = ["resource_locked","idempotency_in_progress"];

/** A call's terminal event types, one per call, each carrying the final call: from `x-terminal`. */
export const TERMINAL_CALL_EVENTS = ["call.completed","call.failed","call.missed"] as const;

/** The fields `call.completed` carries set (never null), from the `CompletedCall` schema (besides its status). */
export const COMPLETED_CALL_FIELDS = ["duration","transcript","summary","recording_url","sentiment","quality_dimensions","outcome","ended_reason","started_at","answered_at","ended_at"] as const;

/**
 * Per-key rate limits, from `x-rate-limit`: `default` for every operation without its own, else keyed by
 * operationId. Fixed windows of `windowSeconds`.
 */
export const RATE_LIMITS = {
  "default": {
    "requests": 300,
    "windowSeconds": 60
  },
  "createCall": {
    "requests": 60,
    "windowSeconds": 60
  }
} as const;
