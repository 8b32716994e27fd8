"""One EVTDesk window per user: a second start hands its files to the first and ends.

Double-clicking a bundle while EVTDesk is open must not start a second app: the second
would unlock the same logbook beside the first (two writers on one file) and the bundle
would open far from the supervisor's unlocked logbook. So the first instance listens on a
local socket (QLocalServer: a Unix socket, a named pipe on Windows) and a later start
connects, sends the absolute paths it was given, waits for the first to say it has them,
and quits. Nothing but file paths crosses the socket; never a passphrase.

The name is per user: in `$XDG_RUNTIME_DIR` where there is one (a folder only that user
can enter, so nobody else can take the name first), else a name derived from the user
name, with the socket itself open to its owner only (`UserAccessOption`).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

MAX_MESSAGE = 64 * 1024  # many paths fit; anything bigger is not from EVTDesk
REPLY = b"ok\n"


def server_name() -> str:
    """This user's name for the running EVTDesk."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and sys.platform.startswith("linux") and Path(runtime).is_dir():
        return str(Path(runtime) / "evtdesk.socket")
    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no user name in the environment or passwd
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    return "evtdesk-" + hashlib.sha256(user.encode("utf-8")).hexdigest()[:16]


def encode(files: list[str]) -> bytes:
    return json.dumps({"files": files}).encode("utf-8") + b"\n"


def decode(data: bytes) -> list[str] | None:
    """The paths in a message, or None if it is not one of ours."""
    try:
        message = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    files = message.get("files") if isinstance(message, dict) else None
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        return None
    return files


class SingleInstance(QObject):
    """`hand_over(files)` in a new process before any window; if it returns False, this
    is the first instance: `listen()`, and connect `files_received` to what opens them
    (an empty list means: only bring the window to the front)."""

    files_received = Signal(list)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self.server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytearray] = {}

    # the second instance ------------------------------------------------------------
    def hand_over(self, files: list[str], timeout_ms: int = 3000) -> bool:
        """Send `files` to a running instance; True once it has confirmed them. Blocking,
        which is fine: this process shows nothing until it knows it must."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False  # nobody listens (or a stale socket file): we are the first
        socket.write(encode(files))
        socket.flush()
        reply = b""
        while REPLY not in reply and socket.waitForReadyRead(timeout_ms):
            reply += bytes(socket.readAll().data())
        socket.disconnectFromServer()
        if REPLY not in reply:
            log.warning("the running EVTDesk did not answer; starting another window")
            return False
        return True

    # the first instance -------------------------------------------------------------
    def listen(self) -> bool:
        """Start taking files from later starts; False if that is not possible (the app
        then runs on, only without the hand-over).

        A socket file left behind by a crash is no obstacle: with `UserAccessOption` Qt
        binds in a private folder and renames the socket over the old file (tested).
        """
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("cannot listen on %s: %s", self.name, server.errorString())
            return False
        server.newConnection.connect(self._accept)
        self.server = server
        return True

    def _accept(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))

    def _read(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket)
        if buffer is None:
            return
        buffer += bytes(socket.readAll().data())
        if len(buffer) > MAX_MESSAGE:
            log.warning("ignored an oversized message on %s", self.name)
            socket.abort()
            return
        if not buffer.endswith(b"\n"):
            return  # more to come
        files = decode(bytes(buffer))
        buffer.clear()
        if files is None:
            log.warning("ignored a message that is not from EVTDesk on %s", self.name)
            socket.abort()
            return
        socket.write(REPLY)
        socket.flush()
        self.files_received.emit(files)

    def _drop(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
