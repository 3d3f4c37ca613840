// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

/** Properties whose values are free-form maps: their keys are kept exactly as sent, in both directions. */
export const freeFormKeys: ReadonlySet<string> = new Set(["metadata","variables"]);
