// A state file that is damaged, foreign, newer or in use, met by the built `kaicalls-mock` as a CI job meets
// it: a torn last line or a change cut short is dropped with a warning naming the file and line, and the
// rest is served; garbage inside the file, a newer format or another file is refused with a message naming
// the file (and line) and exit code 1, never a stack trace; a second server on the same file is refused
// while the first runs, and a lock left by a killed server is taken over; 0.1.0's file is read and rewritten.
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../../scripts/ensure-built.js';
import { startMockServer } from '../src/server.js';
import { BIN, type Running, startBinary } from './binary.js';
import { request } from './setup.js';

beforeAll(() => ensureBuilt('packages/mock'), 120_000);

const KEY = 'kc_test_4eC39HqLyjWDarjtT1zdp7dc';
const running: Running[] = [];
const folders: string[] = [];
afterAll(async () => {
  for (const server of running) if (server.child.exitCode === null) await server.stop();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});
const start = async (file: string) => {
  const server = await startBinary(['--port', '0', '--quiet', '--state-file', file]);
  running.push(server);
  return server;
};

/** Runs the binary on `file` expecting it to refuse: its exit code and what it printed. */
function refused(file: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, '--port', '0', '--quiet', '--state-file', file], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

/** A state file holding the seeded state and one appointment; returns its path and the appointment's id. */
async function saved() {
  const folder = mkdtempSync(join(tmpdir(), 'kaicalls-damage-'));
  folders.push(folder);
  const file = join(folder, 'state.jsonl');
  const server = await startMockServer({ stateFile: file });
  const created = await request(server.baseUrl, 'POST', '/v1/appointments', {
    key: server.testKey,
    body: { title: 'Kept', start_time: '2026-03-01T10:00:00Z', end_time: '2026-03-01T11:00:00Z' },
  });
  await server.close();
  return { file, id: created.body.id as string, lines: readFileSync(file, 'utf8').split('\n').length - 1 };
}

const appointment = (server: Running, id: string) =>
  request(server.url, 'GET', `/v1/appointments/${id}`, { key: KEY });
const noStack = (text: string) => expect(text).not.toMatch(/^\s+at /m);

describe('a damaged state file', () => {
  it('drops a torn last line with a warning naming the file and line, and serves the rest', async () => {
    const { file, id, lines } = await saved();
    appendFileSync(file, '{"set":"appointments","id":"apt_Torn000001","value":{"id":"apt_To');
    const server = await start(file);
    expect(server.stderr()).toContain(`${file} ends with an incomplete line ${lines + 1}`);
    expect((await appointment(server, id)).body.title).toBe('Kept');
    const again = await request(server.url, 'POST', '/v1/appointments', {
      key: KEY,
      body: { title: 'After', start_time: '2026-03-02T10:00:00Z', end_time: '2026-03-02T11:00:00Z' },
    });
    await server.stop();
    // The torn bytes were cut off before anything was appended: the next start reads a whole file.
    const next = await start(file);
    expect(next.stderr()).toBe('');
    expect((await appointment(next, again.body.id)).body.title).toBe('After');
    await next.stop();
  });

  it('drops a change cut short before its commit line, saying which lines', async () => {
    const { file, lines } = await saved();
    appendFileSync(file, '{"set":"appointments","id":"apt_Uncommit01","value":{"id":"apt_Uncommit01"}}\n');
    const server = await start(file);
    expect(server.stderr()).toContain(
      `${file} (lines ${lines + 1}–${lines + 1}) was cut short before its commit`,
    );
    expect((await appointment(server, 'apt_Uncommit01')).status).toBe(404);
    await server.stop();
  });

  it('refuses garbage inside the file, naming the file and the line', async () => {
    const { file } = await saved();
    const text = readFileSync(file, 'utf8').split('\n');
    text.splice(3, 0, 'this is not JSON');
    writeFileSync(file, text.join('\n'));
    const { code, stderr } = await refused(file);
    expect(code).toBe(1);
    expect(stderr).toContain(`the state file ${file} is damaged at line 4: it is not valid JSON`);
    expect(stderr).toContain(`head -n 3 ${file}`);
    noStack(stderr);
  });

  it('refuses a file from a newer version, and a file that is not a state file', async () => {
    const { file } = await saved();
    const [header, ...rest] = readFileSync(file, 'utf8').split('\n');
    writeFileSync(file, [header!.replace('"version":2', '"version":3'), ...rest].join('\n'));
    const newer = await refused(file);
    expect(newer.code).toBe(1);
    expect(newer.stderr).toContain(`${file} was written by a newer @kaicalls/mock (format version 3`);
    noStack(newer.stderr);

    writeFileSync(file, '{"agents":[]}\n');
    const foreign = await refused(file);
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toContain(`${file} is not a @kaicalls/mock state file`);
    noStack(foreign.stderr);
    // Refused, and left as it was.
    expect(readFileSync(file, 'utf8')).toBe('{"agents":[]}\n');
  });
});

describe('the lock', () => {
  it('refuses a second server on the same file while the first runs, naming its pid', async () => {
    const { file, id } = await saved();
    const first = await start(file);
    const second = await refused(file);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(
      `the state file ${file} is in use by another mock server (pid ${first.child.pid}; lock ${file}.lock)`,
    );
    noStack(second.stderr);
    await first.stop();
    const third = await start(file);
    expect((await appointment(third, id)).body.title).toBe('Kept');
    await third.stop();
  });

  it('takes over the lock of a server that was killed', async () => {
    const { file, id } = await saved();
    const first = await start(file);
    await first.stop('SIGKILL');
    expect(readFileSync(`${file}.lock`, 'utf8').trim()).toBe(String(first.child.pid));
    const second = await start(file);
    expect((await appointment(second, id)).body.title).toBe('Kept');
    await second.stop();
  });
});

describe("0.1.0's state file", () => {
  it('is read, then rewritten in the current format, readable by its owner only', async () => {
    const { file } = await saved();
    const appointment = {
      id: 'apt_Version1001',
      business_id: 'biz_x',
      lead_id: null,
      call_id: null,
      title: 'From 0.1.0',
      start_time: '2026-03-01T10:00:00.000Z',
      end_time: '2026-03-01T11:00:00.000Z',
      notes: null,
      status: 'scheduled',
      created_at: '2026-02-16T15:00:00.000Z',
    };
    const v1 = {
      format: 'kaicalls-mock-state@1',
      seed: 1,
      now: Date.parse('2026-02-20T15:00:00Z'),
      state: { appointments: { $map: [[appointment.id, appointment]] }, webhookAttempts: [] },
    };
    writeFileSync(file, JSON.stringify(v1), { mode: 0o644 });
    const server = await start(file);
    const read = await request(server.url, 'GET', `/v1/appointments/${appointment.id}`, { key: KEY });
    expect(read.body.title).toBe('From 0.1.0');
    expect(JSON.parse(readFileSync(file, 'utf8').split('\n')[0]!)).toMatchObject({ version: 2, seed: 1 });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    await server.stop();
  });
});
