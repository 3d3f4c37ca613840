// The SDK's types through the `require` condition (node16, CommonJS). @kaicalls/mock is checked from ESM only:
// its types re-export msw's, and msw's CommonJS declarations import the ESM-only `rettime` (TS1479 under
// node16 with skipLibCheck off), which is msw's to fix and invisible with the usual skipLibCheck.
import kaicalls = require('kaicalls');
import webhooks = require('kaicalls/webhooks');

const kai = new kaicalls.KaiCalls({ apiKey: 'kc_test_x' });
export const created: Promise<kaicalls.Call> = kai.calls.create({ agentId: 'agt_x', to: '+15005550100' });
// @ts-expect-error: the agent id is a string.
kai.calls.create({ agentId: 42, to: '+15005550100' });
export const reason: webhooks.WebhookVerificationReason = 'invalid_signature';
export const verified: webhooks.WebhookEvent = webhooks.verify('{}', {}, 'whsec_x');
