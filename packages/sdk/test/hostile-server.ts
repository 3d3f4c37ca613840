// A node:http server on 127.0.0.1 that answers as a hostile or broken server would, for the tests of what the
// SDK does with such answers. It counts the requests and tracks its sockets, so a test can check that the
// SDK closed the connection instead of leaving it to download forever.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { afterEach } from 'vitest';
import { KaiCalls } from '../src/index.js';
import { TEST_KEY } from './fetch-recorder.js';

export interface Hostile {
  /** The server's origin, `http://127.0.0.1:<port>`. */
  origin: string;
  /** A client on it (`baseUrl` is the origin), with the given options. */
  client(options?: ConstructorParameters<typeof KaiCalls>[0]): KaiCalls;
  /** Every request received, with its body. */
  requests: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[];
  /**
   * The sockets still open that carried a request. (After a connection is closed, undici may open a fresh
   * one for its pool, which carries nothing and closes on its own after its keep-alive timeout, ~4 s.)
   */
  open: Set<Socket>;
  /** The bytes written to sockets that are now closed, and to those still open. */
  bytesWritten(): number;
  /** Resolves once every socket that carried a request is closed, or rejects after `ms` naming how many are left. */
  allClosed(ms?: number): Promise<void>;
}

const servers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((close) => close()));
});

/** Starts a server that answers every request with `handler`; it is closed (sockets too) after the test. */
export async function hostile(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<Hostile> {
  const requests: Hostile['requests'] = [];
  const open = new Set<Socket>();
  let closedBytes = 0;
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    open.add(req.socket);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests.push({
        method: req.method!,
        url: req.url!,
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      });
      handler(req, res);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => {
      sockets.delete(socket);
      open.delete(socket);
      closedBytes += socket.bytesWritten;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const origin = `http://127.0.0.1:${port}`;
  servers.push(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
  return {
    origin,
    client: (options) => new KaiCalls({ apiKey: TEST_KEY, baseUrl: origin, ...options }),
    requests,
    open,
    bytesWritten: () => closedBytes + [...sockets].reduce((sum, socket) => sum + socket.bytesWritten, 0),
    allClosed: (ms = 1_000) =>
      new Promise((resolve, reject) => {
        const started = Date.now();
        const check = setInterval(() => {
          if (open.size === 0) {
            clearInterval(check);
            resolve();
          } else if (Date.now() - started > ms) {
            clearInterval(check);
            reject(new Error(`${open.size} socket(s) still open ${ms} ms later`));
          }
        }, 10);
      }),
  };
}

/** Writes `chunk` every `ms` until the connection closes. */
export function drip(res: ServerResponse, chunk: string | Buffer, ms: number): void {
  const timer = setInterval(() => {
    if (res.destroyed || res.socket?.destroyed) clearInterval(timer);
    else res.write(chunk);
  }, ms);
  res.on('close', () => clearInterval(timer));
}

/** Writes as fast as the connection takes it, until it closes (backpressure respected). */
export function flood(res: ServerResponse, chunk: Buffer): void {
  const pump = () => {
    while (!res.destroyed && res.write(chunk)) {}
  };
  res.on('drain', pump);
  pump();
}
