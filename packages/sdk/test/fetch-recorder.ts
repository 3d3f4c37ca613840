// Tests inject `fetch` (as openapi-fetch's own tests do) so each one sees exactly the requests it caused.
import { KaiCalls } from '../src/index.js';

export const TEST_KEY = 'kc_test_4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c';
export const BASE_URL = 'https://api.test/api';

type Handler = (request: Request, attempt: number) => Response | Promise<Response>;

/** A fetch that records every request (as a `Request`) and answers with `handler`. */
export function recorder(handler: Handler) {
  const requests: Request[] = [];
  const bodies: unknown[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    requests.push(request);
    const text = request.body ? await request.clone().text() : '';
    bodies.push(text ? JSON.parse(text) : undefined);
    return handler(request, requests.length);
  };
  return { fetch, requests, bodies };
}

/** A client over a recorder, with quick retries unless the test says otherwise. */
export function client(handler: Handler, options: ConstructorParameters<typeof KaiCalls>[0] = {}) {
  const recorded = recorder(handler);
  const kai = new KaiCalls({ apiKey: TEST_KEY, baseUrl: BASE_URL, fetch: recorded.fetch, ...options });
  return { kai, ...recorded };
}

/** A JSON response as the API sends it, with a request id. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'x-request-id': `req_${status}abc`, ...headers },
  });
}

/** The API's error envelope. */
export function apiError(
  status: number,
  code: string,
  message: string,
  extra: Record<string, string> = {},
  headers: Record<string, string> = {},
) {
  return json({ error: { code, message, request_id: `req_${status}abc`, ...extra } }, status, headers);
}

/** A wire (snake_case) call, as the spec's example has it. */
export function wireCall(overrides: Record<string, unknown> = {}) {
  return {
    id: 'call_8fK2pQ7vN3',
    conversation_id: 'conv_7hm3qr9twz',
    status: 'queued',
    direction: 'outbound',
    agent_id: 'agt_4Vd9kQ2mXp',
    agent_name: 'Kai',
    business_id: 'biz_7Tn3wR8cLs',
    lead_id: null,
    run_id: null,
    to: '+15125559876',
    from: '+15125551234',
    name: 'John Smith',
    context: null,
    first_message: null,
    webhook_url: null,
    max_duration: 600,
    metadata: { crm_ticket: 'T-4821' },
    variables: { lead_score: 82 },
    duration: null,
    transcript: null,
    summary: null,
    recording_url: null,
    sentiment: null,
    quality_dimensions: null,
    outcome: null,
    ended_reason: null,
    created_at: '2026-02-15T14:30:00Z',
    started_at: null,
    answered_at: null,
    ended_at: null,
    ...overrides,
  };
}
