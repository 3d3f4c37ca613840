// The runtime-neutral half of Standard Webhooks verification: reading the inputs, checking the timestamp
// and parsing the payload. The HMAC itself lives in node.ts (node:crypto) and web.ts (WebCrypto).
// https://www.standardwebhooks.com
import { camelize } from '../core/casing.js';
import { type WebhookHeaderName, WebhookVerificationError } from './errors.js';
import type { VerifyOptions, WebhookBody, WebhookEvent, WebhookHeaders, WebhookSecret } from './types.js';

/** A delivery whose inputs are well formed and recent enough; only the signatures remain to be checked. */
export interface Delivery {
  /** `{webhook-id}.{webhook-timestamp}.`, the part of the signed content before the body. */
  prefix: string;
  /** The base64 part of every `v1,` entry of `webhook-signature`. */
  signatures: string[];
  body: string | Uint8Array;
  secrets: readonly string[];
}

const DEFAULT_TOLERANCE_SECONDS = 300;
// Framework-neutral: verify cannot know where its body came from. The helpers (express.ts, fastify.ts,
// request.ts) replace this with the fix in their framework's terms.
const RAW_BODY = 'pass the raw body bytes exactly as received, before any JSON parsing';
const SECRET = "pass your webhook's whsec_… signing secret";

export function readDelivery(
  rawBody: WebhookBody,
  headers: WebhookHeaders,
  secret: WebhookSecret,
  options: VerifyOptions | undefined,
): Delivery {
  const { tolerance = DEFAULT_TOLERANCE_SECONDS, now } = options ?? {};
  checkOptions(tolerance, now);
  const secrets = secretList(secret);
  const body = rawBytes(rawBody);
  const id = header(headers, 'webhook-id');
  const timestamp = header(headers, 'webhook-timestamp');
  const signature = header(headers, 'webhook-signature');
  if (!/^\d+$/.test(timestamp)) {
    throw new WebhookVerificationError(
      'invalid_header',
      'webhook-timestamp is not Unix seconds',
      'webhook-timestamp',
    );
  }
  try {
    checkTimestamp(Number(timestamp), tolerance, now);
  } catch (error) {
    // A malformed secret is the problem to report first: with it, no timestamp would ever verify.
    for (const key of secrets) secretBytes(key);
    throw error;
  }
  const signatures: string[] = [];
  for (const entry of signature.split(' ')) {
    // A signature header sent twice and joined by Fetch's Headers reads "v1,a, v1,b".
    if (entry.startsWith('v1,')) signatures.push(entry.slice(3, entry.endsWith(',') ? -1 : undefined));
  }
  return { prefix: `${id}.${timestamp}.`, signatures, body, secrets };
}

function rawBytes(body: WebhookBody): string | Uint8Array {
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  // isView and toString, unlike instanceof, also recognise bytes made in another realm (vm, iframe).
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  if (Object.prototype.toString.call(body) === '[object ArrayBuffer]')
    return new Uint8Array(body as ArrayBuffer);
  throw new WebhookVerificationError(
    'invalid_body',
    `the body ${body == null ? 'is empty' : 'was already parsed, so the signed bytes are lost'}: ${RAW_BODY}`,
  );
}

function header(headers: WebhookHeaders, name: WebhookHeaderName): string {
  let value: string | readonly string[] | null | undefined;
  if (typeof headers?.get === 'function') value = (headers as { get(name: string): string | null }).get(name);
  else {
    const record = (headers ?? {}) as Record<string, string | readonly string[] | undefined>;
    value = record[name];
    if (value === undefined) {
      for (const key in record) if (key.toLowerCase() === name) value = record[key];
    }
  }
  if (typeof value !== 'string') value = value?.join(' ');
  if (!value) {
    throw new WebhookVerificationError(
      'missing_header',
      `the ${name} header is missing: pass the request's headers as received (and let proxies forward them)`,
      name,
    );
  }
  return value;
}

/**
 * Refuses options that would switch the replay check off without saying so: a `tolerance` that is NaN
 * (every comparison with it is false), negative or infinite, and a `now` that is not a time (a string, an
 * invalid Date: NaN again). The messages say what was passed.
 */
function checkOptions(tolerance: unknown, now: unknown): void {
  if (!(Number.isFinite(tolerance) && (tolerance as number) >= 0)) {
    throw new WebhookVerificationError(
      'invalid_tolerance',
      `tolerance must be a finite number of seconds, 0 or more, not ${shown(tolerance)}: NaN or Infinity would accept replays`,
    );
  }
  if (now !== undefined && !Number.isFinite(now instanceof Date ? now.getTime() : now)) {
    throw new WebhookVerificationError(
      'invalid_now',
      `now must be a Date or milliseconds since the epoch, not ${shown(now)}`,
    );
  }
}

/** What an option was: `NaN`, `"300"`, `an invalid Date`, `an object`. */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  if (typeof value === 'number') return String(value);
  return value instanceof Date ? 'an invalid Date' : `a value of type ${typeof value}`;
}

function checkTimestamp(timestamp: number, tolerance: number, now: Date | number | undefined) {
  const age = Math.floor(Number(now ?? Date.now()) / 1000) - timestamp;
  if (Math.abs(age) > tolerance) {
    throw new WebhookVerificationError(
      age > 0 ? 'timestamp_too_old' : 'timestamp_too_new',
      `the delivery is dated ${Math.abs(age)} s ${age > 0 ? 'ago' : 'ahead'}, over the ${tolerance} s tolerance: a replay, or your clock is off (sync it with NTP)`,
    );
  }
}

/** Standard Webhooks secrets are 24 to 64 bytes; shorter ones are guessable, longer ones a mistake. */
const SECRET_BYTES = { min: 24, max: 64 };

/**
 * The secrets to try, as `whsec_…` strings: one secret or several (rotation), each a `whsec_…` string or
 * its raw bytes. Raw bytes are checked here; strings when first decoded (`secretBytes`, cached per secret).
 */
export function secretList(secret: unknown): readonly string[] {
  const list = typeof secret === 'string' || ArrayBuffer.isView(secret) ? [secret] : secret;
  if (!Array.isArray(list) || list.length === 0)
    throw invalidSecret(list == null || Array.isArray(list) ? 'no secret given' : `a ${typeof list} given`);
  return list.map((one: unknown) => {
    if (!ArrayBuffer.isView(one)) return one as string;
    const bytes = new Uint8Array(one.buffer, one.byteOffset, one.byteLength);
    return `whsec_${toBase64(checkSecretLength(bytes, `${bytes.length} raw bytes`))}`;
  });
}

/**
 * Decodes a `whsec_…` secret. The prefix is required: a string without it is refused, so that a password,
 * an environment variable holding the wrong value or a truncated paste is not taken for a key. (The raw
 * bytes of a secret are accepted as bytes; `secretList` turns them into `whsec_…` first.)
 */
export function secretBytes(secret: unknown): Uint8Array<ArrayBuffer> {
  let problem = secret === undefined || secret === '' ? 'no secret given' : `a ${typeof secret} given`;
  if (typeof secret === 'string' && secret) {
    if (secret.startsWith('kc_')) problem = 'that is an API key, not a webhook secret';
    else if (!secret.startsWith('whsec_')) {
      problem = `a string of ${secret.length} characters that does not start with whsec_ (put whsec_ before a bare base64 secret)`;
    } else {
      let bytes: Uint8Array<ArrayBuffer> | undefined;
      try {
        bytes = fromBase64(secret.slice('whsec_'.length));
      } catch {}
      if (bytes) return checkSecretLength(bytes, `whsec_ + base64 of ${bytes.length} bytes`);
      problem = `a whsec_ string whose ${secret.length - 6} characters after the prefix are not base64`;
    }
  }
  throw invalidSecret(problem);
}

function invalidSecret(problem: string): WebhookVerificationError {
  return new WebhookVerificationError('invalid_secret', `${problem}: ${SECRET} (from webhooks.create)`);
}

function checkSecretLength<T extends Uint8Array>(bytes: T, what: string): T {
  if (bytes.length >= SECRET_BYTES.min && bytes.length <= SECRET_BYTES.max) return bytes;
  throw invalidSecret(
    `the secret is ${what}, and a signing secret has ${SECRET_BYTES.min} to ${SECRET_BYTES.max}`,
  );
}

export function noMatch(): never {
  throw new WebhookVerificationError(
    'invalid_signature',
    `no signature matches: ${SECRET} (both while it rotates) and ${RAW_BODY}`,
  );
}

const decoder = new TextDecoder();

/** Parses a verified body into the camelCase event. */
export function parseEvent(body: string | Uint8Array): WebhookEvent {
  try {
    return camelize(JSON.parse(typeof body === 'string' ? body : decoder.decode(body)));
  } catch (error) {
    throw new WebhookVerificationError(
      'invalid_payload',
      `the body is signed but is not JSON (${(error as Error).message})`,
    );
  }
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

export function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}
