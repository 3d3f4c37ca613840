// The quickstarts of every README (the root's, each package's) and of docs/getting-started.md, run as
// written against the built mock server (SDK, CLI) and the built mock in-process, so that the first code a
// user copies works: the agent id, the test number, the test key, the port.
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../scripts/ensure-built.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(`${root}README.md`, 'utf8');
const run = promisify(execFile);
/** TypeScript snippets run as users run them: a module file, with tsx, beside an app's node_modules. */
const tsx = `${root}examples/quickstart/node_modules/.bin/tsx`;
function runTs(code: string, app: string, env = process.env) {
  const dir = `${root}examples/${app}/node_modules/.readme`;
  mkdirSync(dir, { recursive: true });
  const file = `${dir}/snippet-${process.pid}.mts`;
  writeFileSync(file, code);
  return run(tsx, [file], { env, timeout: 60_000 }).finally(() => rmSync(file, { force: true }));
}

/**
 * The first fenced block of `lang` in `file` under the heading that starts with `heading` (`### SDK`, `##
 * Quickstart`; '' for the text before the first `## `), up to the next heading of its level or above.
 */
function block(file: string, heading: string, lang: string): string {
  const text = file === 'README.md' ? readme : readFileSync(`${root}${file}`, 'utf8');
  const lines = text.split('\n');
  const first = heading === '' ? 0 : lines.findIndex((line) => line.startsWith(heading));
  const level = heading === '' ? 2 : heading.split(' ')[0]!.length;
  let code: string[] | undefined;
  for (let i = first + 1, fence = false; first >= 0 && i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('```')) {
      if (fence && code) return `${code.join('\n')}\n`;
      fence = !fence;
      if (fence && line === `\`\`\`${lang}`) code = [];
    } else if (fence) code?.push(line);
    else if (new RegExp(`^#{1,${level}} `).test(line)) break;
  }
  throw new Error(`no ${lang} block under ${heading || 'the title'} in ${file}`);
}

/** The root README's block under `### title`. */
const snippet = (title: string, lang: string) => block('README.md', `### ${title}`, lang);

/** Shell lines as a user types them, with `kaicalls` the built binary and the mock on the test's port. */
function shell(lines: string): string {
  return lines
    .replaceAll('http://127.0.0.1:4010', url)
    .replaceAll(/^kaicalls /gm, `"${process.execPath}" "${root}packages/cli/dist/bin.js" `);
}

let url = '';
let stop: () => void = () => {};
beforeAll(async () => {
  ensureBuilt('packages/cli');
  // As the CLI quickstart starts it (`kaicalls mock --speed 20`), on a free port.
  const child = spawn(
    process.execPath,
    [`${root}packages/cli/dist/bin.js`, 'mock', '--speed', '20', '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  stop = () => child.kill('SIGTERM');
  let out = '';
  url = await new Promise<string>((resolve) =>
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const ready = /^Ready at (\S+)/m.exec(out);
      if (ready) resolve(ready[1]!);
    }),
  );
}, 180_000);
afterAll(() => stop());

const env = () => ({
  ...process.env,
  KAICALLS_BASE_URL: url,
  KAICALLS_API_KEY: 'kc_test_4eC39HqLyjWDarjtT1zdp7dc',
});

describe('README quickstarts', () => {
  it('SDK: creates a call with the documented agent, waits for it and mints a key', async () => {
    const { stdout } = await runTs(snippet('SDK', 'ts'), 'quickstart', env());
    expect(stdout).toMatch(/^completed appointment_booked \S/m);
    expect(stdout).toContain('call.ended');
  }, 60_000);

  it('CLI: the commands run against the mock as written (the server it starts, on its port)', async () => {
    const lines = snippet('CLI', 'sh')
      .split('\n')
      // Started above; `listen` and `trigger` need your own app on :3000.
      .filter((line) => !/^kaicalls (mock|listen|trigger)\b/.test(line))
      .join('\n');
    const { stdout } = await run('bash', ['-euo', 'pipefail', '-c', shell(lines)], {
      env: process.env,
      timeout: 60_000,
    });
    expect(stdout).toContain('agt_CakxSMohvL');
  }, 60_000);

  it('Mock: the in-process example prints the outcome it promises', async () => {
    const { stdout } = await runTs(snippet('Mock', 'ts'), 'testing-with-vitest');
    expect(stdout.trim()).toBe('no-answer');
  }, 60_000);
});

describe('package READMEs and the getting-started guide', () => {
  it('packages/sdk/README.md Quickstart: the call books an appointment, its events print, a key is minted', async () => {
    const { stdout } = await runTs(
      block('packages/sdk/README.md', '## Quickstart', 'ts'),
      'quickstart',
      env(),
    );
    expect(stdout).toContain('call.ended');
    expect(stdout).toMatch(/^completed appointment_booked \S/m);
    expect(stdout).toMatch(/^kc_test_\w+$/m);
  }, 60_000);

  it('packages/cli/README.md: log in with the test key, then the call as written (exit 0: booked)', async () => {
    const lines = block('packages/cli/README.md', '', 'sh')
      .split('\n')
      // Installing is what the test has done already (the built binary).
      .filter((line) => !/^npm install\b/.test(line))
      .join('\n');
    const config = mkdtempSync(join(tmpdir(), 'kaicalls-readme-'));
    try {
      const child = spawn('bash', ['-euo', 'pipefail', '-c', shell(lines)], {
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          XDG_CONFIG_HOME: config,
          KAICALLS_BASE_URL: url,
        },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (c) => {
        out += c;
      });
      child.stderr.on('data', (c) => {
        out += c;
      });
      // `kaicalls login` reads the key from stdin when it is piped, as the README's next section says.
      child.stdin.end('kc_test_4eC39HqLyjWDarjtT1zdp7dc\n');
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code, out).toBe(0);
      expect(out).toContain('Saved kc_test_…p7dc');
      expect(out).toMatch(/completed/);
      expect(out).toContain('appointment');
    } finally {
      rmSync(config, { recursive: true, force: true });
    }
  }, 60_000);

  it('packages/mock/README.md In-process: prints the status, the outcome and what was recorded', async () => {
    const { stdout } = await runTs(
      block('packages/mock/README.md', '## In-process, with msw', 'ts'),
      'testing-with-vitest',
    );
    expect(stdout.trim().split('\n')).toEqual([
      'in-progress',
      'appointment_booked',
      expect.stringMatching(/^[1-9]\d* scheduled appointments$/),
      expect.stringMatching(/^[1-9]\d* webhook requests recorded$/),
    ]);
  }, 60_000);

  it('docs/getting-started.md: the call against the mock server prints its events and its outcome', async () => {
    const { stdout } = await runTs(
      block('docs/getting-started.md', '## Place a call against the mock', 'ts'),
      'quickstart',
      env(),
    );
    expect(stdout).toContain('call.ended');
    expect(stdout).toMatch(/^completed appointment_booked \S/m);
  }, 60_000);
});
