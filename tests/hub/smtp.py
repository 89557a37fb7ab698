"""A real SMTP server (aiosmtpd) on a free local port, for tests that check the e-mail sent."""
from __future__ import annotations

import email
import socket
import threading
import time
from email.policy import default

from aiosmtpd.controller import Controller


class Inbox:
    def __init__(self):
        self.messages = []
        self._lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        msg = email.message_from_bytes(envelope.content, policy=default)
        with self._lock:
            self.messages.append({"to": list(envelope.rcpt_tos), "subject": str(msg["Subject"]),
                                  "body": msg.get_content() if not msg.is_multipart() else msg.get_body().get_content()})
        return "250 OK"

    def to(self, address):
        with self._lock:
            return [m for m in self.messages if address in m["to"]]

    def wait_for(self, address, count, timeout=10.0):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if len(self.to(address)) >= count:
                return self.to(address)
            time.sleep(0.05)
        return self.to(address)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start():
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    return controller, inbox
