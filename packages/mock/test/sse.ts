// Test helper: reads a Server-Sent Events response as a client would (the WHATWG parsing rules: fields,
// comments, CR/LF/CRLF line ends, events split across chunks), message by message.

export interface Message {
  event: string;
  id: string | undefined;
  data: any;
}

export interface Read {
  /** Events in the order they arrived (`data` parsed as JSON). */
  messages: Message[];
  /** Comment lines (`: heartbeat`), without the colon. */
  comments: string[];
  /** How the read ended: the server ended the stream, the connection dropped, or `until` stopped it. */
  ended: 'end' | 'cut' | 'stopped';
}

/**
 * Reads `response`'s events until the stream ends, drops, or `until(messages)` holds (then the reader is
 * canceled, as a client that has what it wants does).
 */
export async function readEvents(
  response: Response,
  until?: (messages: Message[]) => boolean,
  onMessage?: (message: Message) => void,
): Promise<Read> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const read: Read = { messages: [], comments: [], ended: 'end' };
  let buffer = '';
  let fields: { event?: string; id?: string; data: string[] } = { data: [] };
  const line = (text: string) => {
    if (text === '') {
      if (fields.data.length > 0) {
        const message = {
          event: fields.event ?? 'message',
          id: fields.id,
          data: JSON.parse(fields.data.join('\n')),
        };
        read.messages.push(message);
        onMessage?.(message);
      }
      fields = { data: [] };
      return;
    }
    if (text.startsWith(':')) return void read.comments.push(text.slice(1).trim());
    const colon = text.indexOf(':');
    const name = colon < 0 ? text : text.slice(0, colon);
    const value = colon < 0 ? '' : text.slice(colon + 1).replace(/^ /, '');
    if (name === 'data') fields.data.push(value);
    else if (name === 'event') fields.event = value;
    else if (name === 'id') fields.id = value;
  };
  try {
    for (;;) {
      if (until?.(read.messages)) {
        read.ended = 'stopped';
        await reader.cancel();
        return read;
      }
      const { done, value } = await reader.read();
      if (done) break;
      buffer += value;
      const lines = buffer.split(/\r\n|\r|\n/);
      buffer = lines.pop()!;
      for (const text of lines) line(text);
    }
  } catch {
    read.ended = 'cut';
  }
  return read;
}

/** The `id`s of the events that have one (timeline sequences, event ids), in order. */
export const ids = (read: Read) => read.messages.flatMap((m) => (m.id === undefined ? [] : [m.id]));
