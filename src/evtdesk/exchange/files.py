"""Reading a file someone else gave us, with a limit that holds.

A bundle, an attestation or an import file arrives from elsewhere. Its size is checked
before it is read, but `stat()` says 0 for a device (`/dev/zero`) and a pipe, which then
read until memory runs out or block forever; so only a regular file is read, and never
more than the limit plus one byte, whatever its size claimed.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class FileRefused(ValueError):
    """The file is not read; the message says why in plain words."""


def _a(what: str) -> str:
    """ "an attestation", "a bundle"."""
    return f"{'an' if what[:1] in 'aeiou' else 'a'} {what}"


def read_limited(path: Path | str, what: str, limit: int) -> bytes:
    """The bytes of the regular file `path`, at most `limit`; FileRefused otherwise.
    `what` names the file in the message ("bundle", "attestation")."""
    path = Path(path)
    try:
        # Non-blocking, so opening a named pipe does not wait for a writer; the type is
        # then read from what was opened, not from the name (which could change between).
        nonblocking = getattr(os, "O_NONBLOCK", 0)  # not on Windows, which has no FIFOs
        descriptor = os.open(path, os.O_RDONLY | nonblocking)
        with os.fdopen(descriptor, "rb") as handle:
            mode = os.fstat(handle.fileno()).st_mode
            if stat.S_ISDIR(mode):
                raise FileRefused(f"{path} is a folder, not {_a(what)}")
            if not stat.S_ISREG(mode):
                raise FileRefused(f"{path} is not a file (a device or a pipe), not {_a(what)}")
            if nonblocking:
                os.set_blocking(handle.fileno(), True)
            data = handle.read(limit + 1)
    except IsADirectoryError:
        raise FileRefused(f"{path} is a folder, not {_a(what)}") from None
    except FileNotFoundError:
        raise FileRefused(f"there is no {what} {path}") from None
    except OSError as error:
        raise FileRefused(f"cannot read the {what} {path}: {error.strerror}") from None
    if len(data) > limit:
        raise FileRefused(
            f"{path} is too large for {_a(what)} (more than {_size(limit)}); it was not read"
        )
    return data


def _size(limit: int) -> str:
    return f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit // 1024} kB"
