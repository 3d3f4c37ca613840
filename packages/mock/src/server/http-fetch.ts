// Webhook deliveries from the server go out as real HTTP POSTs through node:http/https directly: a test
// process that runs the server next to msw's setupServer must not have its deliveries intercepted.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * A `fetch` for webhook deliveries over node:http(s), outside any msw interception.
 * @example createMock({ webhooks: { fetch: httpFetch } })
 */
export async function httpFetch(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const body = Buffer.from(await request.arrayBuffer());
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  headers['content-length'] = String(body.length);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<Response>((resolve, reject) => {
    const outgoing = send(url, { method: request.method, headers, signal: request.signal }, (incoming) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const finish = () => {
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(incoming.headers)) {
          if (value === undefined) continue;
          for (const v of Array.isArray(value) ? value : [value]) responseHeaders.append(name, v);
        }
        const status = incoming.statusCode ?? 502;
        // Fetch refuses a body on 204/304 and statuses outside 200–599.
        const bodyless = status === 204 || status === 304 || status < 200 || status > 599;
        resolve(
          new Response(bodyless ? null : Buffer.concat(chunks), {
            status: status < 200 || status > 599 ? 502 : status,
            headers: responseHeaders,
          }),
        );
      };
      incoming.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        // Only an excerpt of the answer is recorded: an endless body must not hold the delivery.
        if (size >= MAX_RESPONSE_BYTES) {
          incoming.destroy();
          finish();
        }
      });
      incoming.on('error', reject);
      incoming.on('end', finish);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}
