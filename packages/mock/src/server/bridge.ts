// node:http in and out of the pipeline: the body is read with a size cap first, so that a huge upload is
// refused without buffering it all. Answers the pipeline does not make (routing, control, a failed read)
// use the API's one error envelope too (../http/errors.ts).
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorBody, type MockError } from '../http/errors.js';
import type { IncomingRequest, Reply } from '../http/pipeline.js';
import { MAX_UNREAD_BYTES, pump } from '../http/sse.js';
import { MAX_BODY_BYTES } from '../http/validation.js';

export class BodyTooLarge extends Error {}

/** The body, or `BodyTooLarge` once it passes the cap (the rest is discarded, not buffered). */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) {
    req.resume();
    return Promise.reject(new BodyTooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      if (!over) chunks.push(chunk);
    });
    req.on('end', () => (over ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks, size))));
    req.on('error', reject);
  });
}

/**
 * The request as the pipeline reads it, straight from node:http: no Fetch `Request`, `Headers` or
 * `AbortSignal` is built unless something asks for it (the signal only matters to injected latency).
 */
export function toIncoming(
  req: IncomingMessage,
  res: ServerResponse,
  url: string,
  body: Buffer | undefined,
): IncomingRequest {
  const headers = req.headers;
  let controller: AbortController | undefined;
  return {
    method: req.method ?? 'GET',
    url,
    // The socket's address, never X-Forwarded-For (any client can send that). '' when the socket is gone:
    // then no IP allowlist holds it, and the in-process fallback header is not read.
    remoteAddress: req.socket.remoteAddress ?? '',
    headers: {
      get(name) {
        const value = headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
    },
    get signal() {
      if (!controller) {
        const created = new AbortController();
        res.once('close', () => created.abort());
        controller = created;
      }
      return controller.signal;
    },
    async arrayBuffer() {
      if (!body) return new ArrayBuffer(0);
      return body.buffer.slice(body.byteOffset, body.byteOffset + body.length) as ArrayBuffer;
    },
  };
}

/** Writes a pipeline reply, with `extra` headers (CORS); for HEAD, its headers without the body. */
export function sendReply(
  res: ServerResponse,
  reply: Reply,
  extra: Record<string, string> = {},
  head = false,
): void {
  res.writeHead(reply.status, {
    ...reply.headers,
    ...extra,
    'content-length': String(Buffer.byteLength(reply.body)),
  });
  res.end(head ? undefined : reply.body);
}

/**
 * Writes a stream answer: its headers at once, then its events as they come. For HEAD, the headers alone
 * (the stream is never opened). The stream stops when the client goes away; a client that leaves more
 * than {@link MAX_UNREAD_BYTES} unread is cut, and resumes with Last-Event-ID.
 */
export function sendStream(
  res: ServerResponse,
  reply: Reply,
  extra: Record<string, string> = {},
  head = false,
): void {
  res.writeHead(reply.status, { ...reply.headers, ...extra });
  if (head || !reply.stream) {
    res.end();
    return;
  }
  res.flushHeaders();
  const pumped = pump(reply.stream, {
    write(text) {
      res.write(text);
      return res.writableLength <= MAX_UNREAD_BYTES;
    },
    end: () => res.end(),
    // What was written goes out first, then the connection closes without the body's last chunk.
    destroy: () => (res.socket ? res.socket.end() : res.destroy()),
  });
  res.once('close', () => pumped.close());
}

/** Writes a JSON body directly (control API, routing errors). */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

/** A request id for answers the pipeline does not make (it draws its own from the seed). */
export const requestId = () => `req_${randomBytes(12).toString('base64url').replace(/[-_]/g, 'x')}`;

/** Writes the error envelope of `error`, with its status, its headers and a request id. */
export function sendError(
  res: ServerResponse,
  error: MockError,
  headers: Record<string, string> = {},
  id = requestId(),
): void {
  sendJson(res, error.status, errorBody(error, id), { ...error.headers, ...headers, 'x-request-id': id });
}
