// Terminal injection: text from the API (a call's name, a transcript, an error message, an event) must
// not drive the terminal. Every human output shows control characters escaped; --json keeps them exact.
// Run as the built binary against the mock over real HTTP, piped and on a pseudo-terminal, and against a
// hostile fake API for what the mock never sends (error messages, event types).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startMockServer } from '@kaicalls/mock/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, configHome, fakeApi, mockEnv, onTerminal, run, runJson, startCli } from './helpers.js';

/** Retitles the window (OSC 0), clears the screen, writes the clipboard (OSC 52). */
const HOSTILE = '\u001b]0;PWNED\u0007\u001b[2J\u001b]52;c;aGk=\u0007';
const SHOWN = '\\x1b]0;PWNED\\x07\\x1b[2J\\x1b]52;c;aGk=\\x07';
/** A C1 CSI, a right-to-left override, an isolate, a CRLF line break, a tab and a lone carriage return. */
const LAYOUT = 'Ann\u009b2J \u202eevil\u2066 x\r\ny\tz\rw';

let server: Awaited<ReturnType<typeof startMockServer>>;
let env: NodeJS.ProcessEnv;
let hostileId: string;
let layoutId: string;

/** No raw ESC, BEL or C1 CSI, nor a bidi override: what a terminal would act on. */
function expectInert(text: string): void {
  expect(text).not.toContain('\u0007');
  expect(text).not.toContain('\u001b]');
  expect(text).not.toContain('\u001b[2J');
  expect(text).not.toContain('\u009b');
  expect(text).not.toContain('\u202e');
}

beforeAll(async () => {
  server = await startMockServer({ port: 0, speed: 50 });
  env = mockEnv(server);
  const agent = (await runJson(['agents', 'list', '--is-active'], { env })).data[0].id;
  const create = (name: string) =>
    runJson(['calls', 'create', '--agent-id', agent, '--to', '+15005550102', '--name', name], { env });
  hostileId = (await create(HOSTILE)).id;
  layoutId = (await create(LAYOUT)).id;
});
afterAll(() => server?.close());

describe.concurrent('API text in human output', () => {
  it('calls get, piped (key<TAB>value): the name escaped, no raw ESC or BEL', async () => {
    const { code, stdout } = await run(['calls', 'get', hostileId], { env });
    expect(code).toBe(0);
    expect(stdout).not.toContain('\u001b');
    expect(stdout).not.toContain('\u0007');
    expect(stdout).toContain(`name\t${SHOWN}\n`);
  });

  it('calls get --json keeps the name exact', async () => {
    const { code, stdout } = await run(['calls', 'get', hostileId, '--json'], { env });
    expect(code).toBe(0);
    const call = JSON.parse(stdout);
    expect(call.name).toBe(HOSTILE);
    // The bytes are JSON.stringify's, whatever the name holds.
    expect(stdout).toBe(`${JSON.stringify(call, null, 2)}\n`);
    expect(stdout).toContain('"\\u001b]0;PWNED\\u0007\\u001b[2J\\u001b]52;c;aGk=\\u0007"');
  });

  it('calls get and calls list on a terminal: escaped, with and without colours', async () => {
    const plain = await onTerminal(`calls get ${hostileId}`, env, { NO_COLOR: '1' });
    expect(plain).toMatch(/^id\s{2,}call_/m);
    expect(plain).not.toContain('\u001b');
    expect(plain).not.toContain('\u0007');
    expect(plain).toContain(SHOWN);
    const coloured = await onTerminal(`calls get ${hostileId}`, env);
    expect(coloured).toContain('\u001b[1mid');
    expectInert(coloured);
    expect(coloured).toContain(SHOWN);
    // The terminal is 80 columns wide: the name is cut, after its escapes were made.
    const table = await onTerminal('calls list --limit 100', env);
    expectInert(table);
    expect(table).toContain(`${hostileId}\u001b[39m  \\x1b]0;PWNED`);
  });

  it('line breaks, tabs, C1 and bidi controls break neither a TSV row nor a table row: each is shown as an escape', async () => {
    const tsv = await run(['calls', 'list', '--limit', '100'], { env });
    const row = tsv.stdout.split('\n').find((line) => line.startsWith(`${layoutId}\t`));
    expect(row?.split('\t')).toHaveLength(7);
    expect(row).toContain('Ann\\x9b2J \\u202eevil\\u2066 x\\r\\ny\\tz\\rw\t');
    expectInert(tsv.stdout);
    const table = await onTerminal('calls list --limit 100', env, { NO_COLOR: '1' });
    const line = table.split(/\r?\n/).find((l) => l.startsWith(layoutId));
    // The name column's width depends on the other rows (the concurrent tests create calls): the name is
    // cut somewhere inside its escapes, and every column after it stays in place.
    expect(line).toMatch(/^call_\w+ {2}Ann\\x9b2J \\u\S*… +busy +outbound +Max +\+15005550102 /);
    // The key-value view keeps the line break, continued under the value column; a tab and a lone CR are shown.
    const single = await onTerminal(`calls get ${layoutId}`, env, { NO_COLOR: '1' });
    expect(single).toMatch(/^name {2,}Ann\\x9b2J \\u202eevil\\u2066 x\r?\n {10,}y\\tz\\rw\r?$/m);
    expectInert(single);
  });

  it('calls create --wait: the live progress (piped and on a terminal) shows the transcript and summary escaped', async () => {
    const agent = (await runJson(['agents', 'list', '--is-active'], { env })).data[0].id;
    // The mock speaks first_message as the agent's first turn and quotes context in the summary.
    const body = join(configHome(), 'call.json');
    writeFileSync(
      body,
      JSON.stringify({ agent_id: agent, to: '+15005550100', first_message: HOSTILE, context: HOSTILE }),
    );
    const piped = await run(['calls', 'create', '--data', `@${body}`, '--wait'], { env });
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stdout).toContain(`agent:    ${SHOWN}`);
    expect(piped.stdout).not.toContain('\u001b');
    expect(piped.stdout).not.toContain('\u0007');
    const live = await onTerminal(`calls create --data @${body} --wait`, env);
    expect(live).toContain('\r\u001b[2K');
    expect(live).toContain(SHOWN);
    expectInert(live);
  });
});

describe.concurrent('a hostile API', () => {
  it('an error message, code and scope hint from the API are escaped on stderr', async () => {
    const api = await fakeApi((request) =>
      request.url?.includes('/calls/')
        ? {
            status: 404,
            body: { error: { code: `not_found${HOSTILE}`, message: `No such call ${HOSTILE}` } },
          }
        : {
            status: 403,
            body: { error: { code: 'forbidden', message: 'Missing scope', param: `calls:write${HOSTILE}` } },
          },
    );
    try {
      const environment = cleanEnv({
        KAICALLS_BASE_URL: api.baseUrl,
        KAICALLS_API_KEY: server.testKey,
        XDG_CONFIG_HOME: configHome(),
      });
      for (const args of [
        ['calls', 'get', 'call_12345678'],
        ['calls', 'get', 'call_12345678', '--json'],
      ]) {
        const { code, stderr } = await run(args, { env: environment });
        expect(code).toBe(1);
        expect(stderr).toContain(`No such call ${SHOWN}`);
        expect(stderr).toContain(`not_found${SHOWN}`);
        expectInert(stderr);
      }
      const forbidden = await run(['calls', 'list'], { env: environment });
      expect(forbidden.code).toBe(3);
      expect(forbidden.stderr).toContain(`lacks the calls:write${SHOWN} scope`);
      expectInert(forbidden.stderr);
    } finally {
      await api.close();
    }
  });

  it("listen's event lines escape the event's type and id; --json prints the event exact", async () => {
    const event = {
      id: `evt_${HOSTILE}`,
      type: `call.completed${HOSTILE}`,
      created_at: '2026-02-16T10:00:00Z',
    };
    const listen = async (json: boolean) => {
      // A server without streams (404 on /v1/events/stream), so listen polls: the first poll is history;
      // from the second on, the log holds one new event.
      let polls = 0;
      const api = await fakeApi((request) =>
        request.url?.startsWith('/v1/events/stream')
          ? { status: 404, body: { error: { code: 'not_found', message: 'No such route.' } } }
          : { body: { data: polls++ === 0 ? [] : [event], has_more: false, next_cursor: null } },
      );
      const environment = cleanEnv({
        KAICALLS_BASE_URL: api.baseUrl,
        KAICALLS_API_KEY: server.testKey,
        XDG_CONFIG_HOME: configHome(),
      });
      const listen = startCli(['listen', '--interval', '100', ...(json ? ['--json'] : [])], {
        env: environment,
      });
      try {
        await listen.until(() => listen.output.stdout.includes('evt_'), 'the event line');
      } finally {
        await listen.stop();
        await api.close();
      }
      return listen.output.stdout;
    };
    const human = await listen(false);
    expect(human).toContain(`--> call.completed${SHOWN} [evt_${SHOWN}]`);
    expectInert(human);
    const json = await listen(true);
    expect(json).toBe(`${JSON.stringify(event)}\n`);
  });
});
