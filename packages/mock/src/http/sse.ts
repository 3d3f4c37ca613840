// Server-Sent Events: what a stream operation's resolver answers (an `SseBody`), how one message is written
// on the wire, and `pump`, the one loop both transports run (msw's `ReadableStream` in ./handlers.ts,
// node:http in ../server/bridge.ts). The streams themselves (what is sent, when) are ../streams/hub.ts.

/** One SSE event: its name (`event:`), its `id:` when it has one (a resume point), and its JSON data. */
export interface SseMessage {
  event: string;
  /** What a reconnecting client sends back as `Last-Event-ID`; absent for `ready` and `end`. */
  id?: string | undefined;
  data: unknown;
}

/** Where a stream writes; the transport behind it decides what a write, an end and a cut are. */
export interface SseSink {
  send(message: SseMessage): void;
  /** An SSE comment (`: text`), e.g. the heartbeat. */
  comment(text: string): void;
  /** Ends the response cleanly. */
  end(): void;
  /** Drops the connection without a clean end: a chaos cut, or a client too slow to read. */
  cut(): void;
  /** True once the sink was ended, cut, or its client went away: further writes are dropped. */
  readonly closed: boolean;
}

/** The body of a stream answer: it starts sending when a transport opens it, at most once. */
export interface SseBody {
  /** Starts sending into `sink`; returns what stops it (the client went away). */
  open(sink: SseSink): () => void;
}

/** The headers of every stream answer: no caching, and no buffering by proxies that honour it (nginx). */
export const SSE_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
  'x-accel-buffering': 'no',
};

/**
 * How much a client may leave unread before the stream is cut (it resumes with `Last-Event-ID`), so that a
 * stalled reader cannot make the mock buffer without bound.
 */
export const MAX_UNREAD_BYTES = 4 * 1024 * 1024;

/** The wire form of one message. JSON has no raw line breaks, so the data is always one `data:` line. */
export function encode(message: SseMessage): string {
  const id = message.id === undefined ? '' : `id: ${message.id}\n`;
  return `event: ${message.event}\n${id}data: ${JSON.stringify(message.data)}\n\n`;
}

/** What a transport does with a stream's text. */
export interface SseTransport {
  /** Writes; returns false when the client has fallen too far behind (the stream is then cut). */
  write(text: string): boolean;
  end(): void;
  destroy(): void;
}

/**
 * Runs `body` into `transport`. Returns `close`, for when the client goes away: it stops the body. Ending,
 * cutting and closing are each final, whichever comes first, and whether or not `open` has returned yet.
 */
export function pump(body: SseBody, transport: SseTransport): { close(): void } {
  let done = false;
  let stop: (() => void) | undefined;
  const finish = (how: 'end' | 'cut' | 'gone') => {
    if (done) return;
    done = true;
    if (how === 'end') transport.end();
    else if (how === 'cut') transport.destroy();
    stop?.();
  };
  const write = (text: string) => {
    if (!done && !transport.write(text)) finish('cut');
  };
  const sink: SseSink = {
    send: (message) => write(encode(message)),
    comment: (text) => write(`: ${text}\n\n`),
    end: () => finish('end'),
    cut: () => finish('cut'),
    get closed() {
      return done;
    },
  };
  stop = body.open(sink);
  // The body ended (or was cut) while it opened: what it subscribed to is released now.
  if (done) stop();
  return { close: () => finish('gone') };
}

/**
 * A Fetch body for msw. Canceling it (the reader cancels) or aborting `signal` (the request's) stops the
 * stream; a cut makes the reader's next read fail, as a dropped connection does.
 */
export function toReadableStream(body: SseBody, signal?: AbortSignal): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let pumped: { close(): void } | undefined;
  let cut: (() => void) | undefined;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        pumped = pump(body, {
          write(text) {
            controller.enqueue(encoder.encode(text));
            return (controller.desiredSize ?? 0) > -MAX_UNREAD_BYTES;
          },
          end: () => controller.close(),
          destroy() {
            // Erroring a stream drops what it holds unread: the cut waits until the reader has had every
            // event sent before it (the next `pull`, which comes once the queue is empty and a read waits).
            cut = () =>
              controller.error(
                new TypeError('@kaicalls/mock: the stream was cut; reconnect with Last-Event-ID to resume.'),
              );
            if ((controller.desiredSize ?? 0) >= 0) cut();
          },
        });
        // As fetch does: after an abort, the reader's next read fails with the abort's reason.
        const abort = () => {
          pumped?.close();
          try {
            controller.error(signal?.reason);
          } catch {}
        };
        if (signal?.aborted) abort();
        else signal?.addEventListener('abort', abort, { once: true });
      },
      pull() {
        cut?.();
      },
      cancel() {
        pumped?.close();
      },
    },
    // No read-ahead: `pull` means a reader is waiting on an empty queue.
    new ByteLengthQueuingStrategy({ highWaterMark: 0 }),
  );
}
