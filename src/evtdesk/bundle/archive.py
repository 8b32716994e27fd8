"""Reading an untrusted ZIP archive in memory, never extracting it.

Each way a hostile or damaged archive can mislead a reader is refused with its own
reason: names are allow-listed and checked for path tricks, duplicates are refused,
sizes are enforced while reading (the header's claim is not trusted), and a member that
expands far beyond its compressed size is treated as a zip bomb.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Collection

MAX_MEMBER = 64 * 1024 * 1024
MAX_TOTAL = 128 * 1024 * 1024
MAX_RATIO = 200
_CHUNK = 1024 * 1024


class BundleError(Exception):
    """The archive is refused; the message says why in plain words."""


def _check_name(name: str, allowed: Collection[str]) -> None:
    if "\0" in name or "\\" in name or name.startswith("/") or ".." in name.split("/") or (len(name) > 1 and name[1] == ":"):
        raise BundleError(f"the archive holds a member with a path trick in its name ({name!r})")
    if name not in allowed:
        raise BundleError(f"the archive holds an unexpected member {name!r}")


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> bytes:
    limit = min(MAX_MEMBER, budget)
    if info.file_size > limit:
        raise BundleError(f"the member {info.filename} is too large ({info.file_size} bytes)")
    if info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
        raise BundleError(f"the member {info.filename} is over-compressed (a zip bomb?)")
    out = bytearray()
    with archive.open(info) as member:
        while chunk := member.read(_CHUNK):
            out += chunk
            if len(out) > limit:
                raise BundleError(f"the member {info.filename} is larger than it claims")
            if info.compress_size and len(out) / info.compress_size > MAX_RATIO:
                raise BundleError(f"the member {info.filename} is over-compressed (a zip bomb?)")
    return bytes(out)


def read_archive(data: bytes, allowed: Collection[str]) -> dict[str, bytes]:
    """The members of the ZIP in `data`, every one of `allowed` and nothing else."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError) as error:
        raise BundleError(f"the archive is truncated or damaged ({error})") from None
    names = [info.filename for info in infos]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise BundleError(f"the archive holds the member {duplicates[0]!r} more than once")
    for name in names:
        _check_name(name, allowed)
    missing = sorted(set(allowed) - set(names))
    if missing:
        raise BundleError(f"the archive is missing {', '.join(missing)}")
    members, total = {}, 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise BundleError(f"the member {info.filename} is encrypted")
        try:
            members[info.filename] = _read_member(archive, info, MAX_TOTAL - total)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
            raise BundleError(f"the member {info.filename} is damaged ({error})") from None
        except NotImplementedError:
            raise BundleError(f"the member {info.filename} uses an unsupported compression") from None
        total += len(members[info.filename])
    return members
