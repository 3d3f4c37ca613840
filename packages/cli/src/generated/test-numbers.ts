// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

/** Each test destination number and the scenario it selects (spec `x-test-numbers`). */
export const testNumbers: Readonly<Record<string, string>> = {
  "+15005550001": "rejected",
  "+15005550100": "appointment_booked",
  "+15005550101": "no_answer",
  "+15005550102": "busy",
  "+15005550103": "failed",
  "+15005550104": "voicemail",
  "+15005550105": "long_ring",
  "+15005550106": "emergency",
  "+15005550107": "sms_failed"
};
