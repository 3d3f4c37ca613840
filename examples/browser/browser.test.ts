// The example page in headless Chromium (Debian's, driven by playwright-core): the built SDK and mock
// bundled into a page, first with the mock in the page (msw's setupWorker), then against the mock server.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { type MockServer, startMockServer } from '@kaicalls/mock/server';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium.js';
import { ensureBuilt } from '../../scripts/ensure-built.js';
import { buildPage } from './build.mjs';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };

let dist: string;
let site: Server;
let origin: string;
let browser: Browser;
let mockServer: MockServer;

beforeAll(async () => {
  ensureBuilt('packages/sdk', 'packages/mock');
  dist = await buildPage(mkdtempSync(join(tmpdir(), 'kaicalls-browser-')));
  site = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    // No icon: answered empty, so the browser logs no 404 for it (the test asserts the page logs no error).
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    try {
      const body = readFileSync(join(dist, path === '/' ? 'index.html' : path));
      res.writeHead(200, { 'content-type': TYPES[extname(path) || '.html'] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  [browser, mockServer] = await Promise.all([
    chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS }),
    startMockServer({ port: 0, speed: 1000 }),
  ]);
  // The version the README's compatibility matrix names.
  console.log(`examples/browser: Chromium ${browser.version()}`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await mockServer?.close();
  site?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

async function run(query: string) {
  const page = await browser.newPage();
  // What the page logged as an error: an uncaught exception, or a console error. Chromium logs the page's one
  // deliberate 404 (`kai.calls.get` of a call that does not exist) as "Failed to load resource"; that one is
  // expected and asserted through the result's `notFound`.
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const deliberate404 =
      message.text().includes('status of 404') && message.location().url.includes('/v1/calls/call_');
    if (!deliberate404) errors.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  await page.goto(`${origin}/?${query}`);
  await page.waitForFunction(() => document.getElementById('result')?.textContent !== 'running…', null, {
    timeout: 30_000,
  });
  const result = JSON.parse((await page.textContent('#result'))!);
  await page.close();
  return { result, errors };
}

describe.concurrent('the browser example in Chromium', () => {
  it('with the mock in the page (setupWorker): a call, a 404, and a webhook verified on WebCrypto', async () => {
    const { result, errors } = await run('mode=worker');

    expect(errors).toEqual([]);
    expect(result).toEqual({ ok: true, status: 'completed', notFound: 404, webhook: 'webhook.test' });
  }, 60_000);

  it('against the mock server over HTTP: the server answers the page’s preflight (CORS) and the page works', async () => {
    const preflight = await fetch(`${mockServer.baseUrl}/v1/agents`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');

    const { result, errors } = await run(
      `mode=server&baseUrl=${encodeURIComponent(mockServer.baseUrl)}&apiKey=${mockServer.testKey}`,
    );
    expect(errors).toEqual([]);
    expect(result).toEqual({ ok: true, status: 'completed', notFound: 404, webhook: 'webhook.test' });
  }, 60_000);
});
