// Every resource's commands, run as the built binary against the mock server over real HTTP.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startMockServer } from '@kaicalls/mock/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../src/generated/resources.js';
import { cleanEnv, configHome, mockEnv, onTerminal, run, runJson } from './helpers.js';

let server: Awaited<ReturnType<typeof startMockServer>>;
// Canceling needs a call that still rings: at speed 1, +15005550105 rings for 120 s of real time (a loaded CI machine is slow).
let slow: Awaited<ReturnType<typeof startMockServer>>;
let slowEnv: NodeJS.ProcessEnv;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  server = await startMockServer({ port: 0, speed: 50 });
  slow = await startMockServer({ port: 0, speed: 1 });
  slowEnv = mockEnv(slow);
  env = mockEnv(server);
});
afterAll(async () => {
  await server?.close();
  await slow?.close();
});

/** An active agent (another test deactivates the one it creates). */
async function activeAgent(on = env): Promise<string> {
  const agents = await runJson(['agents', 'list', '--is-active'], { env: on });
  return agents.data[0].id;
}

describe.concurrent('every list command', () => {
  const lists = resources.filter((r) => r.actions.includes('list' as never));
  it.each(lists.map((r) => r.name))(
    '%s list --json prints the wire page, and get finds its first item',
    async (name) => {
      const page = await runJson([name, 'list', '--limit', '3'], { env });
      expect(Array.isArray(page.data)).toBe(true);
      expect(typeof page.has_more).toBe('boolean');
      expect(page).toHaveProperty('next_cursor');
      const first = page.data[0];
      if (!first) return;
      // Wire format: snake_case keys, as the HTTP docs show.
      expect(Object.keys(first).some((k) => /[A-Z]/.test(k))).toBe(false);
      const info = resources.find((r) => r.name === name)!;
      if (info.actions.includes('get' as never)) {
        const one = await runJson([name, 'get', first.id], { env });
        expect(one.id).toBe(first.id);
      }
    },
  );
});

describe.concurrent('single operations', () => {
  it('account get-balance and analytics get', async () => {
    const balance = await runJson(['account', 'get-balance'], { env });
    expect(balance).toBeTypeOf('object');
    const analytics = await runJson(['analytics', 'get', '--period', 'week'], { env });
    expect(analytics).toHaveProperty('totals');
  });

  it('agents create, update (flags and --data), list-config-versions, delete', async () => {
    const agent = await runJson(['agents', 'create', '--name', 'CLI test agent', '--voice', 'jennifer'], {
      env,
    });
    expect(agent.id).toMatch(/^agt_/);
    expect(agent.name).toBe('CLI test agent');
    const updated = await runJson(
      ['agents', 'update', agent.id, '--data', '{"name":"From data"}', '--no-is-active'],
      { env },
    );
    expect(updated.name).toBe('From data');
    expect(updated.is_active).toBe(false);
    const versions = await runJson(['agents', 'list-config-versions', agent.id], { env });
    expect(versions.data.length).toBeGreaterThan(0);
    const deleted = await runJson(['agents', 'delete', agent.id], { env });
    expect(deleted).toEqual({ id: agent.id, deleted: true });
    const gone = await run(['agents', 'get', agent.id], { env });
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain('not_found');
  });

  it('calls create with metadata keeps its keys, list-events, cancel', async () => {
    const call = await runJson(
      [
        'calls',
        'create',
        '--agent-id',
        await activeAgent(slowEnv),
        '--to',
        '+15005550105',
        '--metadata',
        '{"crm_ticket":"T-1","campaignSource":"x"}',
      ],
      { env: slowEnv },
    );
    expect(call.metadata).toEqual({ crm_ticket: 'T-1', campaignSource: 'x' });
    const canceled = await runJson(['calls', 'cancel', call.id], { env: slowEnv });
    expect(canceled.status).toBe('canceled');
    const events = await runJson(['calls', 'list-events', call.id], { env: slowEnv });
    expect(events.data.map((e: { type: string }) => e.type)).toContain('call.queued');
  });

  it('keys create (a list flag), get, revoke', async () => {
    const key = await runJson(['keys', 'create', '--name', 'ro', '--scopes', 'calls:read,leads:read'], {
      env,
    });
    expect(key.scopes).toEqual(['calls:read', 'leads:read']);
    expect(key.key).toMatch(/^kc_test_/);
    expect((await runJson(['keys', 'get', key.id], { env })).id).toBe(key.id);
    const revoked = await runJson(['keys', 'revoke', key.id], { env });
    expect(revoked.is_active).toBe(false);
  });

  it('keys create --ip-allowlist: the key works from the allowed address only', async () => {
    const create = (list: string) =>
      run(['keys', 'create', '--scopes', 'agents:read', '--ip-allowlist', list, '--json'], { env });
    const local = JSON.parse((await create('127.0.0.1,::1')).stdout);
    expect(local.ip_allowlist).toEqual(['127.0.0.1', '::1']);
    const asKey = (key: string) => ({ ...env, KAICALLS_API_KEY: key });
    const allowed = await run(['agents', 'list', '--json'], { env: asKey(local.key) });
    expect(allowed.code, allowed.stderr).toBe(0);
    const elsewhere = JSON.parse((await create('203.0.113.0/24')).stdout);
    const refused = await run(['agents', 'list'], { env: asKey(elsewhere.key) });
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('ip_restricted');
    expect(refused.stderr).toContain('IP allowlist that does not include this machine');
    expect(refused.stderr).not.toContain('lacks the');
    const bad = await create('127.0.0.1,office');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('office');
  });

  it('appointments create and update', async () => {
    const appointment = await runJson(
      [
        'appointments',
        'create',
        '--title',
        'Demo',
        '--start-time',
        '2026-03-02T15:00:00Z',
        '--end-time',
        '2026-03-02T15:30:00Z',
      ],
      { env },
    );
    expect(appointment.title).toBe('Demo');
    const updated = await runJson(['appointments', 'update', appointment.id, '--notes', 'Bring documents'], {
      env,
    });
    expect(updated.notes).toBe('Bring documents');
  });

  it('webhooks create, get, update, test, rotate-secret, delete; events replay', async () => {
    const hook = await runJson(
      ['webhooks', 'create', '--url', 'https://example.com/hooks', '--events', 'call.completed'],
      { env },
    );
    expect(hook.secret).toMatch(/^whsec_/);
    expect((await runJson(['webhooks', 'get', hook.id], { env })).id).toBe(hook.id);
    const updated = await runJson(['webhooks', 'update', hook.id, '--description', 'CLI'], { env });
    expect(updated.description).toBe('CLI');
    const delivery = await runJson(['webhooks', 'test', hook.id], { env });
    expect(delivery.id).toMatch(/^dlv_/);
    const rotated = await runJson(['webhooks', 'rotate-secret', hook.id, '--grace-period-seconds', '60'], {
      env,
    });
    expect(rotated.secret).not.toBe(hook.secret);
    const events = await runJson(['events', 'list', '--limit', '1'], { env });
    if (events.data[0]) {
      const replay = await runJson(['events', 'replay', events.data[0].id, '--webhook-id', hook.id], { env });
      expect(replay).toBeTypeOf('object');
    }
    expect((await runJson(['webhooks', 'delete', hook.id], { env })).deleted).toBe(true);
  });

  it('runs validate and preview take a whole body with --data', async () => {
    const body = JSON.stringify({
      name: 'CLI run',
      agent_id: await activeAgent(),
      contacts: [{ to: '+15005550100' }],
    });
    const validation = await runJson(['runs', 'validate', '--data', body], { env });
    expect(validation).toHaveProperty('valid');
    const preview = await runJson(['runs', 'preview', '--data', '-'], { env, input: body });
    expect(preview).toBeTypeOf('object');
  });

  it('--all walks every page; --limit alone prints one page', async () => {
    const one = await runJson(['calls', 'list', '--limit', '2'], { env });
    expect(one.data).toHaveLength(2);
    expect(one.has_more).toBe(true);
    const all = await runJson(['calls', 'list', '--limit', '2', '--all'], { env });
    const big = await runJson(['calls', 'list', '--limit', '100', '--all'], { env });
    expect(all.has_more).toBe(false);
    expect(all.data.map((c: { id: string }) => c.id)).toEqual(big.data.map((c: { id: string }) => c.id));
    expect(all.data.length).toBeGreaterThan(2);
  });
});

describe.concurrent('output modes', () => {
  it('on a terminal: a table with a header and colours; NO_COLOR turns colours off', async () => {
    const table = await onTerminal('calls list --limit 3', env);
    const lines = table
      // biome-ignore lint/suspicious/noControlCharactersInRegex: strips the ANSI colour codes the table prints
      .replace(/\u001b\[[0-9;]*m/g, '')
      .trimEnd()
      .split(/\r?\n/);
    expect(lines[0]).toMatch(/^ID\s+NAME\s+STATUS\s+DIRECTION/);
    expect(lines.slice(1, 4).every((line) => line.startsWith('call_'))).toBe(true);
    expect(table).toContain('\u001b[1mID');
    const plain = await onTerminal('calls list --limit 3', env, { NO_COLOR: '1' });
    expect(plain).not.toContain('\u001b[');
    expect(plain).toMatch(/^ID\s+NAME/);
    const single = await onTerminal(`calls get ${lines[1]!.split(/\s+/)[0]}`, env, { NO_COLOR: '1' });
    expect(single).toMatch(/^id\s{2,}call_/m);
    expect(single).toMatch(/^status\s{2,}\w/m);
  });

  it('piped: tab-separated rows of the table columns, no colours', async () => {
    const { code, stdout } = await run(['calls', 'list', '--limit', '3'], {
      env: { ...env, FORCE_COLOR: undefined },
    });
    expect(code).toBe(0);
    const rows = stdout.trimEnd().split('\n');
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.split('\t')).toHaveLength(7);
    expect(rows[0]).toMatch(/^call_/);
    expect(stdout).not.toContain('\u001b[');
  });

  it('piped single resource: key<TAB>value lines', async () => {
    const page = await runJson(['leads', 'list', '--limit', '1'], { env });
    const { stdout } = await run(['leads', 'get', page.data[0].id], { env });
    expect(stdout).toContain(`id\t${page.data[0].id}\n`);
  });
});

describe.concurrent('errors', () => {
  it('401: one line with the code and request id, a login hint, exit 3, the key masked', async () => {
    const bad = 'kc_test_doesnotexist0000000000001234';
    const { code, stderr, stdout } = await run(['calls', 'list', '--api-key', bad], { env });
    expect(code).toBe(3);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Error: .*\(unauthorized, request req_\w+\)\n/);
    expect(stderr).toContain('kaicalls login');
    expect(stderr).toContain('kc_test_…1234');
    expect(stderr).not.toContain(bad);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('403 names the missing scope, exit 3', async () => {
    const key = await runJson(['keys', 'create', '--name', 'ro', '--scopes', 'calls:read'], { env });
    const { code, stderr } = await run(
      ['calls', 'create', '--agent-id', await activeAgent(), '--to', '+15005550100', '--api-key', key.key],
      { env },
    );
    expect(code).toBe(3);
    expect(stderr).toContain('forbidden');
    expect(stderr).toContain('calls:write');
    expect(stderr).not.toContain(key.key);
  });

  it('404 and 400 name what is wrong, exit 1', async () => {
    const missing = await run(['calls', 'get', 'call_doesnotexist'], { env });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/not_found, request req_/);
    expect(missing.stderr).toContain('kaicalls calls list');
    const rejected = await run(
      ['calls', 'create', '--agent-id', await activeAgent(), '--to', '+15005550001'],
      { env },
    );
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toContain('invalid_request');
    expect(rejected.stderr).toContain('Check --to');
  });

  it('usage errors exit 2: missing required flag, bad enum, bad number, bad JSON, unknown command', async () => {
    const cases = [
      [['calls', 'create', '--to', '+15005550100'], '--agent-id'],
      [['calls', 'list', '--status', 'nope'], 'nope'],
      [['calls', 'list', '--limit', 'ten'], 'expected a number'],
      [['calls', 'create', '--data', '{oops'], 'not valid JSON'],
      [['calls', 'lst'], 'unknown command'],
    ] as const;
    for (const [args, text] of cases) {
      const { code, stderr } = await run([...args], { env });
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toContain(text);
    }
  });

  it('--data @file: an unreadable or invalid file is named, with line and column, never quoted', async () => {
    const dir = configHome();
    const secretWord = 'kc_live_Wm9sdGFuU2VjcmV0S2V5MDA5';
    const cases = [
      // V8's message would quote this one ("Unexpected token 'h', "hello …" is not valid JSON").
      ['bare.json', `hello ${secretWord}`, 'at line 1, column 1: expected a value'],
      [
        'comma.json',
        `{\n  "to": "+15005550100",\n  "context": "${secretWord}"\n  "name": "x"\n}`,
        "at line 4, column 3: expected ',' or '}'",
      ],
    ] as const;
    for (const [name, text, where] of cases) {
      const file = join(dir, name);
      writeFileSync(file, text);
      const { code, stderr } = await run(['calls', 'create', '--data', `@${file}`], { env });
      expect(code, stderr).toBe(2);
      expect(stderr).toContain(`--data file ${file} is not valid JSON ${where}`);
      expect(stderr).not.toContain(secretWord);
      expect(stderr).not.toContain('…');
    }
    const missing = await run(['calls', 'create', '--data', `@${join(dir, 'nope.json')}`], { env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      `Cannot read --data file ${join(dir, 'nope.json')}: there is no such file.`,
    );
    const folder = await run(['calls', 'create', '--data', `@${dir}`], { env });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('it is a directory');
    const stdin = await run(['calls', 'create', '--data', '-'], { env, input: `{"to": ${secretWord}}` });
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toContain(
      '--data from stdin is not valid JSON at line 1, column 8: expected a value',
    );
    expect(stdin.stderr).not.toContain(secretWord);
  });

  it('no key at all: exit 3 with the ways to give one', async () => {
    const { code, stderr } = await run(['calls', 'list'], {
      env: cleanEnv({ XDG_CONFIG_HOME: configHome(), KAICALLS_BASE_URL: server.baseUrl }),
    });
    expect(code).toBe(3);
    expect(stderr).toContain('No API key');
    expect(stderr).toContain('kaicalls login');
  });

  it('unreachable API: exit 4', async () => {
    const { code, stderr } = await run(['calls', 'list', '--base-url', 'http://127.0.0.1:9'], { env });
    expect(code).toBe(4);
    expect(stderr).toContain('Cannot reach');
    // The URL once, and one piece of advice (the CLI's flags, not the SDK's option name).
    expect(stderr.split('http://127.0.0.1:9').length - 1).toBe(1);
    expect(stderr).not.toContain('`baseUrl`');
  });

  it('--debug logs the request with the key masked, adds the stack trace, never the key', async () => {
    const { stderr } = await run(['calls', 'get', 'call_doesnotexist', '--debug'], { env });
    expect(stderr).toContain('[debug] kaicalls: → GET /v1/calls/{call_id}');
    expect(stderr).toContain(`"Authorization":"Bearer kc_test_…${server.testKey.slice(-4)}"`);
    expect(stderr).toMatch(/\n\s+at /);
    expect(stderr).not.toContain(server.testKey);
  });
});
