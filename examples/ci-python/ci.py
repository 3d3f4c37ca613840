#!/usr/bin/env python3
"""A CI job in Python against the KaiCalls mock server, with nothing but the standard library.

It starts the server, places calls to the magic test numbers, moves the mock's clock past their end,
reads their outcomes, and verifies every webhook it receives as Standard Webhooks says (HMAC-SHA256 of
"{webhook-id}.{webhook-timestamp}.{body}", a timestamp within 5 minutes of this machine's clock). The
deliveries it expects come from the API (GET /v1/event-deliveries, GET /v1/events): each must arrive verified
exactly once. A tampered body and a wrong secret must be refused.

    python3 ci.py [--speed 20]

KAICALLS_MOCK is the command that starts the server (default: "npx kaicalls-mock", from @kaicalls/mock).
Exit code 0 when everything behaved as expected, 1 otherwise.
"""
import argparse
import base64
import hashlib
import hmac
import json
import os
import re
import shlex
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TOLERANCE_SECONDS = 5 * 60


def verify_webhook(secret, headers, body):
    """Returns the event if the delivery is authentic and fresh; raises ValueError otherwise."""
    msg_id = headers.get("webhook-id")
    timestamp = headers.get("webhook-timestamp")
    signatures = headers.get("webhook-signature")
    if not (msg_id and timestamp and signatures):
        raise ValueError("missing Standard Webhooks headers")
    if abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        raise ValueError(f"timestamp {timestamp} is more than 5 minutes from this machine's clock")
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = f"{msg_id}.{timestamp}.".encode() + body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    for signature in signatures.split(" "):
        version, _, value = signature.partition(",")
        if version == "v1" and hmac.compare_digest(value, expected):
            return json.loads(body)
    raise ValueError("no signature matches")


class Receiver:
    """A local webhook endpoint: verifies each delivery on arrival and keeps the outcome."""

    def __init__(self, secret):
        self.secret = secret
        self.events = []
        self.raw = []  # (headers, body) of each verified delivery, as received
        self.rejected = []
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                headers = {name.lower(): value for name, value in self.headers.items()}
                try:
                    event = verify_webhook(receiver.secret, headers, body)
                    with receiver.lock:
                        receiver.events.append(event)
                        receiver.raw.append((headers, body))
                    self.send_response(204)
                except ValueError as error:
                    with receiver.lock:
                        receiver.rejected.append(str(error))
                    self.send_response(400)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.http.server_address[1]}/webhooks"
        threading.Thread(target=self.http.serve_forever, daemon=True).start()

    def arrivals(self):
        """How many times each event id arrived, verified."""
        with self.lock:
            counts = {}
            for event in self.events:
                counts[event["id"]] = counts.get(event["id"], 0) + 1
            return counts


def start_server(speed):
    command = shlex.split(os.environ.get("KAICALLS_MOCK", "npx kaicalls-mock"))
    server = subprocess.Popen(
        command + ["--port", "0", "--speed", str(speed), "--quiet"],
        stdout=subprocess.PIPE,
        text=True,
    )
    # The server prints "Ready at <url> (pid <n>)" once it answers.
    for line in server.stdout:
        ready = re.match(r"Ready at (\S+) ", line)
        if ready:
            threading.Thread(target=server.stdout.read, daemon=True).start()
            return server, ready.group(1)
    raise SystemExit(f"the mock server exited with {server.wait()} before it was ready")


def client(base_url, api_key=None):
    def call(method, path, body=None):
        headers = {"content-type": "application/json"}
        if api_key:
            headers["authorization"] = f"Bearer {api_key}"
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(base_url + path, data=data, headers=headers, method=method)
        with urllib.request.urlopen(request) as response:
            return json.loads(response.read())

    return call


def every(api, path):
    """Every item of a list operation, following `next_cursor` page by page."""
    items, cursor = [], None
    while True:
        separator = "&" if "?" in path else "?"
        page = api("GET", path + separator + "limit=100" + (f"&cursor={urllib.parse.quote(cursor)}" if cursor else ""))
        items.extend(page["data"])
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return items


def post_status(url, headers, body):
    """POSTs a delivery as the mock would and returns the HTTP status the receiver answered."""
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def rejects(secret, headers, body):
    """The reason verify_webhook gives for refusing a delivery, or None if it accepts it."""
    try:
        verify_webhook(secret, headers, body)
        return None
    except ValueError as error:
        return str(error)


EXPECTED = {
    "+15005550100": ("completed", "appointment_booked", "call.completed"),
    "+15005550101": ("no-answer", "no_answer", "call.failed"),
    "+15005550104": ("voicemail", "voicemail_left", "call.completed"),
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speed", type=float, default=1)
    args = parser.parse_args()

    server, base_url = start_server(args.speed)
    failures = []
    try:
        control = client(base_url)
        health = control("GET", "/_mock/health")
        api = client(base_url, health["test_key"])
        receiver = Receiver(health["webhook_secret"])
        print(f"mock ready at {base_url}, agent {health['agent_id']}")

        calls = {}
        for to in EXPECTED:
            call = api("POST", "/v1/calls", {"agent_id": health["agent_id"], "to": to, "webhook_url": receiver.url})
            calls[to] = call["id"]
            print(f"placed {call['id']} to {to}: {call['status']}")

        # Ten minutes of mock time at once: every timeline step falls due, in order.
        control("POST", "/_mock/clock/advance", {"ms": 600_000})

        for to, call_id in calls.items():
            status, outcome, terminal = EXPECTED[to]
            call = api("GET", f"/v1/calls/{call_id}")
            print(f"{call_id}: {call['status']}, outcome {call['outcome']}")
            if (call["status"], call["outcome"]) != (status, outcome):
                failures.append(f"{call_id}: expected {status}/{outcome}, got {call['status']}/{call['outcome']}")

        # What the calls should have delivered, from the API rather than a hand list: every delivery the mock
        # made to this receiver's URL (GET /v1/event-deliveries), and every event of these calls in the durable
        # log (GET /v1/events) must be among them. Both exist once the advance returns; the attempts run on
        # their own (and concurrently) after it, so the script then waits for each to arrive.
        ours = set(calls.values())
        def call_of(event):
            return next((v for v in (event["data"].get("id"), event["data"].get("call_id")) if v in ours), None)

        logged = {e["id"]: (e["type"], call_of(e)) for e in every(api, "/v1/events") if call_of(e)}
        deliveries = [d for d in every(api, "/v1/event-deliveries") if d["url"] == receiver.url]
        expected = {d["event_id"]: d["event_type"] for d in deliveries}
        missing_delivery = sorted(set(logged) - set(expected))
        if missing_delivery:
            failures.append(f"events of these calls with no delivery to their webhook_url: {missing_delivery}")
        if len(deliveries) != len(expected):
            failures.append(f"{len(deliveries)} deliveries for {len(expected)} events: an event was delivered twice")
        for to, call_id in calls.items():
            types = [t for e, (t, c) in logged.items() if c == call_id and e in expected]
            print(f"{call_id} expects: {' '.join(sorted(types))}")
            if EXPECTED[to][2] not in types or "call.ended" not in types:
                failures.append(f"{call_id}: the API lists no {EXPECTED[to][2]} or call.ended delivery: {types}")

        deadline = time.time() + 20
        while time.time() < deadline and not set(expected) <= set(receiver.arrivals()):
            time.sleep(0.1)
        time.sleep(0.3)  # long enough for a duplicate, were one sent, to arrive too
        arrivals = receiver.arrivals()
        for event_id, event_type in sorted(expected.items()):
            if arrivals.get(event_id, 0) != 1:
                failures.append(f"{event_type} {event_id} arrived verified {arrivals.get(event_id, 0)} times, expected once")
        unexpected = sorted(set(arrivals) - set(expected))
        if unexpected:
            failures.append(f"deliveries the API does not list: {unexpected}")
        print(f"expected {len(expected)} deliveries ({len(logged)} events of {len(calls)} calls in the log)")
        completed = [e for e in receiver.events if e["type"] == "call.completed"]
        if any(not e["data"]["summary"] or not e["data"]["outcome"] for e in completed):
            failures.append("a call.completed event lacks its summary or outcome")
        print(f"verified {len(receiver.events)} webhooks, each once, rejected {len(receiver.rejected)}")
        failures.extend(f"rejected webhook: {reason}" for reason in receiver.rejected)

        # Negative controls: the verifier must refuse a real delivery with one byte of its body changed, or
        # checked with another secret, and the receiver must answer the tampered one with 400.
        headers, body = receiver.raw[0]
        tampered = body.replace(b'"type"', b'"Type"', 1)
        wrong_secret = "whsec_" + base64.b64encode(b"not-the-mock-s-secret-32-bytes!!").decode()
        reasons = {
            "tampered body": rejects(receiver.secret, headers, tampered),
            "wrong secret": rejects(wrong_secret, headers, body),
        }
        if rejects(receiver.secret, headers, body) is not None:
            failures.append("the genuine delivery no longer verifies: the negative controls prove nothing")
        status = post_status(receiver.url, headers, tampered)
        if status != 400:
            failures.append(f"the receiver answered a tampered delivery with {status}, expected 400")
        for name, reason in reasons.items():
            if reason is None:
                failures.append(f"a delivery with a {name} was accepted")
        print("negative controls: " + ", ".join(f"{name} rejected ({reason})" for name, reason in reasons.items()))
        with receiver.lock:
            receiver.rejected.clear()  # the tampered replay, refused as it should be

        journal = control("GET", "/_mock/requests?operation_id=createCall")["data"]
        if len(journal) != len(EXPECTED):
            failures.append(f"the journal has {len(journal)} createCall requests, expected {len(EXPECTED)}")
    finally:
        server.terminate()
        server.wait(timeout=5)

    for failure in failures:
        print(f"FAIL {failure}", file=sys.stderr)
    print("ok" if not failures else f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
