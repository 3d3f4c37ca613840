// What the server benchmarks share: starting a server process and waiting until it answers, stopping it,
// a plain GET, an autocannon load, and reading a process's memory and CPU from /proc.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');

/** The mock's fixed test key (any server the benchmarks start accepts it or ignores it). */
export const KEY = 'kc_test_4eC39HqLyjWDarjtT1zdp7dc';
export const CONNECTIONS = 32;

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A GET with the test key: its status and body (status 0 when nothing answers yet). */
export function get(port, path) {
  return new Promise((resolve) => {
    const req = request(
      { host: '127.0.0.1', port, path, headers: { authorization: `Bearer ${KEY}` } },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode, body }));
      },
    );
    req.on('error', () => resolve({ status: 0, body: '' }));
    req.end();
  });
}

/**
 * Spawns `cmd args` and polls `path` on `port` until it answers 200: the child, the time that took and the
 * last body.
 */
export async function startServer(name, cmd, args, port, path, { pollMs = 2, limitMs = 60_000 } = {}) {
  const started = performance.now();
  const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  for (;;) {
    const answer = await get(port, path);
    if (answer.status === 200) return { child, port, ms: performance.now() - started, body: answer.body };
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    if (performance.now() - started > limitMs)
      throw new Error(`${name} did not answer within ${limitMs / 1000} s`);
    await sleep(pollMs);
  }
}

/** SIGTERM, and SIGKILL when the process has not exited 3 s later. */
export async function stop(child) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(3000)]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** An autocannon run of `duration` seconds with the test key and `CONNECTIONS` connections. */
export function load({ port, path, method = 'GET', body, duration }) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `http://127.0.0.1:${port}${path}`,
        method,
        connections: CONNECTIONS,
        duration,
        headers: { authorization: `Bearer ${KEY}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body } : {}),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

/** Resident memory of a process, in MB. */
export const rssMb = (pid) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line.split(/\s+/)[1]) / 1024;
};

/** CPU time the process has used (user + system), in ms: what a request costs, whatever else the machine runs. */
export const cpuMs = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
};
