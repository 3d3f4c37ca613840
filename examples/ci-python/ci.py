#!/usr/bin/env python3
"""A CI job in Python against the KaiCalls mock server, with nothing but the standard library.

It starts the server, places calls to the magic test numbers, moves the mock's clock past their end,
reads their outcomes, and verifies every webhook it receives as Standard Webhooks says (HMAC-SHA256 of
"{webhook-id}.{webhook-timestamp}.{body}", a timestamp within 5 minutes of this machine's clock).

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

    def types_of(self, call_id):
        with self.lock:
            return [e["type"] for e in self.events if call_id in (e["data"].get("id"), e["data"].get("call_id"))]


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

        # Webhook attempts run on their own (and concurrently) after the advance: wait for the hang-up and the
        # terminal event of every call. They may arrive in any order; `created_at` orders them.
        def arrived():
            return all({"call.ended", EXPECTED[to][2]} <= set(receiver.types_of(call_id)) for to, call_id in calls.items())

        deadline = time.time() + 20
        while time.time() < deadline and not arrived():
            time.sleep(0.1)
        for to, call_id in calls.items():
            types = receiver.types_of(call_id)
            print(f"{call_id} webhooks: {' '.join(types)}")
            if EXPECTED[to][2] not in types or "call.ended" not in types:
                failures.append(f"{call_id}: no {EXPECTED[to][2]} or call.ended webhook")
        completed = [e for e in receiver.events if e["type"] == "call.completed"]
        if any(not e["data"]["summary"] or not e["data"]["outcome"] for e in completed):
            failures.append("a call.completed event lacks its summary or outcome")
        print(f"verified {len(receiver.events)} webhooks, rejected {len(receiver.rejected)}")
        failures.extend(f"rejected webhook: {reason}" for reason in receiver.rejected)

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
