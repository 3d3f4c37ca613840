// biome-ignore-all lint/performance/useDomNodeTextContent: these are Playwright locators' innerText(), not the DOM property
// Opens the built documentation site (docs/site, from `pnpm run docs`) in Debian's headless Chromium and checks
// that each kind of page renders with its content: the landing page, a TypeDoc class page, the Redoc HTTP
// reference and a guide. The site is served over HTTP from 127.0.0.1, as a static host would serve it.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium.js';

const root = join(import.meta.dirname, '..', '..');
const site = join(root, 'docs', 'site');
const hasChromium = existsSync(CHROMIUM);
const missingChromium = `${CHROMIUM} is missing. Install Debian's Chromium: apt-get install -y chromium`;
if (!hasChromium && !process.env.CI)
  console.warn(`docs site test skipped: ${missingChromium} (CI installs it).`);

// CI must not pass by skipping: there the browser check is required.
it.runIf(!hasChromium && process.env.CI)('Chromium is installed (required in CI)', () => {
  throw new Error(
    `The documentation site cannot be checked: ${missingChromium} (in .ci/run, before pnpm check).`,
  );
});

const spec = parse(readFileSync(join(root, 'spec', 'openapi.yaml'), 'utf8'));
const createCall = spec.paths['/v1/calls'].post;

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.yaml': 'text/yaml',
};

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    let file = join(dir, path);
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    if (path.endsWith('/')) file = join(file, 'index.html');
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe.skipIf(!hasChromium)('the documentation site in Chromium', { timeout: 60_000 }, () => {
  let server: Server;
  let base: string;
  let context: BrowserContext;
  let userDataDir: string;
  const failures: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(site, 'index.html')) || process.env.DOCS_REBUILD === '1') {
      await promisify(execFile)(process.execPath, [join(root, 'docs', 'build.mjs')], {
        cwd: root,
        maxBuffer: 1 << 26,
      });
    }
    server = await serve(site);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    userDataDir = mkdtempSync(join(tmpdir(), 'kaicalls-docs-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    // Anything a page asks of the outside world (a CDN, web fonts) is refused: the site must stand alone.
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    server?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (error) => failures.push(`${path}: ${error.message}`));
    page.on('response', (response) => {
      if (response.url().startsWith(base) && response.status() >= 400) {
        failures.push(`${path}: ${response.status()} for ${response.url()}`);
      }
    });
    const response = await page.goto(`${base}/${path}`, { waitUntil: 'load' });
    expect(response?.status(), path).toBe(200);
    return page;
  }

  it('the landing page links the guides and both references, and every link resolves', async () => {
    const page = await open('index.html');
    await expect(page.title()).resolves.toBe('KaiCalls developer documentation');
    const links = await page
      .locator('main a')
      .evaluateAll((as) =>
        as.map((a) => ({ text: a.textContent?.trim() ?? '', href: (a as HTMLAnchorElement).href })),
      );
    const texts = links.map((l) => l.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Getting started',
        'Webhooks and verification',
        'Testing with the mock',
        'CLI reference',
        'TypeScript API reference',
        'kaicalls',
        'kaicalls/webhooks',
        '@kaicalls/mock',
        '@kaicalls/mock/server',
        'HTTP API reference',
      ]),
    );
    for (const link of links) {
      const status = (await page.request.get(link.href)).status();
      expect(status, `${link.text} → ${link.href}`).toBe(200);
    }
    await page.close();
  });

  it('a TypeDoc class page (KaiCalls) renders its doc comment, example and members', async () => {
    const page = await open('index.html');
    await page.getByRole('link', { name: 'kaicalls', exact: true }).click();
    const content = page.locator('.col-content');
    await content
      .locator('a', { hasText: /^KaiCalls$/ })
      .first()
      .click();
    await expect(page.locator('.tsd-page-title h1').innerText()).resolves.toMatch(/Class KaiCalls/);
    await expect(content.innerText()).resolves.toContain('one property per resource');
    await expect(content.locator('pre code').first().innerText()).resolves.toContain('new KaiCalls(');
    // Members, and the sidebar navigation TypeDoc builds with JavaScript.
    await expect(content.innerText()).resolves.toMatch(/\bcalls\b[\s\S]*\bwebhooks\b/);
    await page.locator('.tsd-navigation a:visible').first().waitFor();
    // The header leads to the HTTP reference, outside TypeDoc's output.
    await page.locator('a:visible', { hasText: 'HTTP API reference' }).first().click();
    await page.waitForURL(/\/http\/index\.html/);
    await page.close();
  });

  it('the HTTP reference (Redoc) renders the spec and navigates to an operation', async () => {
    const page = await open('http/index.html');
    const intro = await page.locator('body').innerText();
    expect(intro).toContain(spec.info.title);
    // The test numbers table of the spec's introduction is part of the reference.
    expect(intro).toContain('+15005550100');
    // Open the operation from the sidebar, as a reader would: its tag, then its summary.
    const tag = spec.tags.find((t: { name: string }) => t.name === createCall.tags[0]);
    await page
      .getByText(tag['x-displayName'] ?? tag.name, { exact: true })
      .first()
      .click();
    await page
      .getByRole('link', { name: new RegExp(`^${createCall.summary}`) })
      .first()
      .click();
    const heading = page.locator('h2', { hasText: createCall.summary }).first();
    await heading.waitFor();
    // Redoc scrolled the operation into view.
    await expect
      .poll(() => heading.evaluate((h) => h.getBoundingClientRect().top))
      .toBeLessThan(await page.evaluate(() => window.innerHeight));
    expect(page.url()).toContain(`#/${createCall.tags[0]}/${createCall.operationId.toLowerCase()}`);
    const body = await page.locator('body').innerText();
    expect(body).toMatch(/POST\s*\/v1\/calls/);
    const scope = createCall.security[0].bearerAuth[0];
    expect(body).toContain(scope);
    if (process.env.DOCS_SCREENSHOTS)
      await page.screenshot({ path: join(process.env.DOCS_SCREENSHOTS, 'http.png') });
    await page.close();
  });

  it('a guide renders as a page with its headings and code', async () => {
    const page = await open('index.html');
    await page.getByRole('link', { name: 'Webhooks and verification' }).click();
    const content = page.locator('.col-content');
    await expect(content.locator('h1').first().innerText()).resolves.toBe('Webhooks and verification');
    await expect(content.locator('h2').allInnerTexts()).resolves.toEqual(
      expect.arrayContaining(['Express: use express.raw', 'Next.js']),
    );
    await expect(content.locator('pre code').allInnerTexts()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining("express.raw({ type: 'application/json' })")]),
    );
    // The guide's link to spec/openapi.yaml opens the rendered HTTP reference on the site.
    await content.locator('a', { hasText: 'spec/openapi.yaml' }).first().click();
    await page.waitForURL(/\/http\/index\.html$/);
    await expect(page.locator('body').innerText()).resolves.toContain(spec.info.title);
    await page.close();
  });

  it('no page threw or requested a missing file', () => {
    expect(failures).toEqual([]);
  });
});
