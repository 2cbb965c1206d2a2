"""A minimal IMAP4rev1 server on 127.0.0.1 for the bounce-mailbox tests.

It speaks what imap-tools uses: CAPABILITY, LOGIN, SELECT, UID SEARCH (ALL, SEEN, UNSEEN),
UID FETCH of whole messages, UID STORE of flags, UID MOVE, EXPUNGE, NOOP and LOGOUT, over plain TCP.
Mailboxes live in memory: ``server.folders["INBOX"]`` is a list of :class:`StoredMessage`.
"""

from __future__ import annotations

import re
import socketserver
import threading
from dataclasses import dataclass, field

from masthead.mailing.tests.support import free_port

CAPABILITIES = "IMAP4rev1 MOVE UIDPLUS"


@dataclass
class StoredMessage:
    uid: int
    raw: bytes
    flags: set[str] = field(default_factory=set)


def _uid_set(spec: str, highest: int) -> set[int]:
    wanted: set[int] = set()
    for part in spec.split(","):
        start, _, end = part.partition(":")
        low = highest if start == "*" else int(start)
        high = low if not end else highest if end == "*" else int(end)
        wanted.update(range(min(low, high), max(low, high) + 1))
    return wanted


class _Session(socketserver.StreamRequestHandler):
    server: _Server

    def send(self, line: str | bytes) -> None:
        self.wfile.write(line if isinstance(line, bytes) else line.encode() + b"\r\n")

    def handle(self) -> None:
        self.selected: str | None = None
        self.send(f"* OK [CAPABILITY {CAPABILITIES}] test server ready")
        while line := self.rfile.readline():
            text = line.decode().rstrip("\r\n")
            tag, _, rest = text.partition(" ")
            command, _, args = rest.partition(" ")
            command = command.upper()
            if command == "UID":
                command, _, args = args.partition(" ")
                command = "UID " + command.upper()
            handler = getattr(self, "do_" + command.replace(" ", "_"), None)
            if handler is None:
                self.send(f"{tag} BAD unknown command {command}")
                continue
            with self.server.lock:
                if handler(tag, args) == "logout":
                    return

    def do_CAPABILITY(self, tag: str, args: str) -> None:
        self.send(f"* CAPABILITY {CAPABILITIES}")
        self.send(f"{tag} OK CAPABILITY completed")

    def do_NOOP(self, tag: str, args: str) -> None:
        self.send(f"{tag} OK NOOP completed")

    def do_LOGIN(self, tag: str, args: str) -> None:
        user, password = [part.strip('"') for part in re.findall(r'"[^"]*"|\S+', args)[:2]]
        if (user, password) != (self.server.user, self.server.password):
            self.send(f"{tag} NO [AUTHENTICATIONFAILED] wrong user name or password")
            return
        self.send(f"{tag} OK LOGIN completed")

    def do_SELECT(self, tag: str, args: str) -> None:
        name = args.strip().strip('"')
        if name not in self.server.folders:
            self.send(f"{tag} NO no such mailbox")
            return
        self.selected = name
        messages = self.server.folders[name]
        self.send(f"* {len(messages)} EXISTS")
        self.send("* 0 RECENT")
        self.send(r"* FLAGS (\Seen \Deleted \Flagged)")
        self.send("* OK [UIDVALIDITY 1] UIDs valid")
        self.send(f"{tag} OK [READ-WRITE] SELECT completed")

    def _messages(self) -> list[StoredMessage]:
        return self.server.folders[self.selected or "INBOX"]

    def do_UID_SEARCH(self, tag: str, args: str) -> None:
        criteria = (
            args.upper().replace("CHARSET US-ASCII", "").replace("(", " ").replace(")", " ").split()
        )
        found = [
            m.uid
            for m in self._messages()
            if ("UNSEEN" not in criteria or "\\Seen" not in m.flags)
            and ("SEEN" not in criteria or "\\Seen" in m.flags)
        ]
        self.send("* SEARCH" + "".join(f" {uid}" for uid in found))
        self.send(f"{tag} OK SEARCH completed")

    def _selected_by_uid(self, spec: str) -> list[tuple[int, StoredMessage]]:
        messages = self._messages()
        highest = max((m.uid for m in messages), default=0)
        wanted = _uid_set(spec, highest)
        return [(n, m) for n, m in enumerate(messages, start=1) if m.uid in wanted]

    def _flags(self, message: StoredMessage) -> str:
        return " ".join(sorted(message.flags))

    def do_UID_FETCH(self, tag: str, args: str) -> None:
        spec, _, items = args.partition(" ")
        for number, message in self._selected_by_uid(spec):
            if "BODY[]" in items.upper() and "PEEK" not in items.upper():
                message.flags.add("\\Seen")
            head = (
                f"* {number} FETCH (UID {message.uid} FLAGS ({self._flags(message)}) "
                f"RFC822.SIZE {len(message.raw)} BODY[] {{{len(message.raw)}}}\r\n"
            )
            self.send(head.encode() + message.raw + b")\r\n")
        self.send(f"{tag} OK FETCH completed")

    def do_UID_STORE(self, tag: str, args: str) -> None:
        spec, mode, flags = args.split(" ", 2)
        names = set(flags.strip("()").split())
        for number, message in self._selected_by_uid(spec):
            if mode.upper().startswith("+"):
                message.flags |= names
            else:
                message.flags -= names
            self.send(f"* {number} FETCH (UID {message.uid} FLAGS ({self._flags(message)}))")
        self.send(f"{tag} OK STORE completed")

    def do_UID_MOVE(self, tag: str, args: str) -> None:
        spec, _, target = args.partition(" ")
        target = target.strip().strip('"')
        chosen = self._selected_by_uid(spec)
        destination = self.server.folders.setdefault(target, [])
        for number, message in sorted(chosen, key=lambda pair: -pair[0]):
            self._messages().remove(message)
            destination.append(message)
            self.send(f"* {number} EXPUNGE")
        self.send(f"{tag} OK MOVE completed")

    def do_EXPUNGE(self, tag: str, args: str) -> None:
        messages = self._messages()
        for number in range(len(messages), 0, -1):
            if "\\Deleted" in messages[number - 1].flags:
                del messages[number - 1]
                self.send(f"* {number} EXPUNGE")
        self.send(f"{tag} OK EXPUNGE completed")

    def do_LOGOUT(self, tag: str, args: str) -> str:
        self.send("* BYE logging out")
        self.send(f"{tag} OK LOGOUT completed")
        return "logout"


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, port: int, user: str, password: str) -> None:
        super().__init__(("127.0.0.1", port), _Session)
        self.user, self.password = user, password
        self.folders: dict[str, list[StoredMessage]] = {"INBOX": []}
        self.lock = threading.Lock()
        self.next_uid = 1


class IMAPServer:
    """``with IMAPServer("bounces", "secret") as imap: imap.deliver(raw)``."""

    def __init__(self, user: str, password: str) -> None:
        self.port = free_port()
        self.server = _Server(self.port, user, password)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def folders(self) -> dict[str, list[StoredMessage]]:
        return self.server.folders

    def deliver(self, raw: bytes, folder: str = "INBOX") -> None:
        with self.server.lock:
            self.folders.setdefault(folder, []).append(StoredMessage(self.server.next_uid, raw))
            self.server.next_uid += 1

    def __enter__(self) -> IMAPServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
