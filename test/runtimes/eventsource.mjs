// Deno's own EventSource (the WHATWG implementation, nobody here wrote it) reads a call's stream from the
// mock and prints what it received as JSON: every event with its SSE id, in order, and each reconnection it
// made (it resends Last-Event-ID itself). Usage: deno run --allow-net=127.0.0.1 eventsource.mjs URL TYPES
const [url, types] = Deno.args;
const received = [];
let opens = 0;
const source = new EventSource(url);
source.onopen = () => opens++;
for (const type of JSON.parse(types)) {
  source.addEventListener(type, (event) =>
    received.push({ type: event.type, id: event.lastEventId, data: JSON.parse(event.data) }),
  );
}
source.addEventListener('end', (event) => {
  source.close();
  console.log(JSON.stringify({ opens, received, end: JSON.parse(event.data) }));
});
source.onerror = () => {
  if (source.readyState === EventSource.CLOSED) {
    console.error('the EventSource gave up');
    Deno.exit(1);
  }
};
