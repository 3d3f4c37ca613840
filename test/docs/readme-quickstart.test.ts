// The README's quickstarts, run as written against the built mock server (SDK, CLI) and the built mock
// in-process, so that the first code a user copies works: the agent id, the test key, the port.
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** The first fenced block of `lang` under the heading that starts with `### title`. */
function snippet(title: string, lang: string): string {
  const start = readme.indexOf(`### ${title}`);
  const section = readme.slice(start, readme.indexOf('\n## ', start));
  const code = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(section)?.[1];
  if (start < 0 || !code) throw new Error(`no ${lang} block under ### ${title}`);
  return code;
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
      .join('\n')
      .replaceAll('http://127.0.0.1:4010', url)
      .replaceAll(/^kaicalls /gm, `"${process.execPath}" "${root}packages/cli/dist/bin.js" `);
    const { stdout } = await run('bash', ['-euo', 'pipefail', '-c', lines], {
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
