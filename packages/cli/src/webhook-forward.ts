// Shared by `listen` and `trigger`: the signing secret local forwards are signed with (one per profile,
// kept in the config so a handler configured once keeps verifying), and a signed POST to a local URL.
import { configPath, updateProfile } from './config.js';
import type { Context } from './context.js';
import { CliError } from './errors.js';
import { ExitCode } from './exit-codes.js';

/** The profile's forwarding secret, created (and saved, mode 0600) on first use. */
export async function forwardingSecret(ctx: Context): Promise<string> {
  const existing = (await ctx.profile()).listen_secret;
  if (existing) return existing;
  const { generateSecret } = await import('kaicalls/webhooks');
  const secret = generateSecret();
  await updateProfile(
    ctx.profileName,
    (profile) => ({ ...profile, listen_secret: secret }),
    configPath(ctx.env),
  );
  return secret;
}

/** What one forward did. */
export interface ForwardResult {
  status: number | null;
  ms: number;
  error?: string;
}

/**
 * Signs a wire event (Standard Webhooks headers) and POSTs it to `url`.
 *
 * @example
 * const result = await forwardEvent('http://localhost:3000/hooks', JSON.stringify(event), event.id, secret);
 */
export async function forwardEvent(
  url: string,
  body: string,
  id: string,
  secret: string,
): Promise<ForwardResult> {
  const { sign } = await import('kaicalls/webhooks');
  const signed = sign(body, secret, { id });
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'kaicalls-cli', ...signed.headers },
      body: signed.body,
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer().catch(() => undefined);
    return { status: response.status, ms: Math.round(performance.now() - started) };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return {
      status: null,
      ms: Math.round(performance.now() - started),
      error: cause?.code ?? (error as Error).message,
    };
  }
}

/** Checks a --forward-to URL. */
export function forwardUrl(value: string): string {
  try {
    const url = new URL(value.includes('://') ? value : `http://${value}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
    return url.href;
  } catch {
    throw new CliError(`--forward-to ${value} is not an http(s) URL.`, {
      exitCode: ExitCode.usage,
      hint: 'e.g. --forward-to http://localhost:3000/webhooks',
    });
  }
}
