"""Reading an untrusted ZIP archive in memory, never extracting it.

A bundle arrives from someone else (by mail, on a stick), so every way a hostile or
damaged archive can mislead a reader is refused with its own plain-words reason: names are
checked for path tricks and allow-listed, duplicates are refused, sizes are enforced while
reading (the header's claim is not trusted), a member that expands far beyond its
compressed size is treated as a zip bomb, and encrypted or corrupt members are refused.
Nothing is ever written to disk, so no name can escape a folder.

The layout is checked too, because a ZIP reader skips bytes it does not expect: the
first member must start at byte 0, the members must follow one another with nothing in
between, the central directory must follow them and the end record must end the file,
with no comment. So nothing can ride along unsigned in front of, between or after the
members (a second archive, a script, a message for the supervisor).
"""

from __future__ import annotations

import io
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Collection

MAX_MEMBER = 64 * 1024 * 1024
MAX_TOTAL = 128 * 1024 * 1024
MAX_RATIO = 200
_CHUNK = 256 * 1024
_DRIVE = re.compile(r"^[A-Za-z]:")


class BundleError(Exception):
    """The archive is refused; the message says why in plain words."""

    @property
    def reason(self) -> str:
        return str(self)


_LOCAL, _CENTRAL, _END, _DESCRIPTOR = b"PK\x03\x04", b"PK\x01\x02", b"PK\x05\x06", b"PK\x07\x08"
_END_SIZE = 22


def find_end(data: bytes) -> int | None:
    """The offset of the end-of-central-directory record a ZIP reader would use, when it
    is consistent (its central directory starts where it says, ends where the record
    begins, and begins with a central header); None when `data` holds no ZIP."""
    if len(data) >= _END_SIZE and data[-_END_SIZE:-18] == _END and data[-2:] == b"\0\0":
        end = len(data) - _END_SIZE  # no comment: where zipfile looks first
    else:
        end = data.rfind(_END, max(0, len(data) - _END_SIZE - 0xFFFF))
    if end < 0 or end + _END_SIZE > len(data):
        return None
    size, offset = struct.unpack_from("<II", data, end + 12)
    start = end - size
    if start < 0 or start < offset or data[start : start + 4] not in (_CENTRAL, _END):
        return None
    return end


def _check_layout(data: bytes, end: int, infos: list[zipfile.ZipInfo]) -> None:
    """Nothing before, between or after the members, and no comment."""
    (comment,) = struct.unpack_from("<H", data, end + 20)
    size, offset = struct.unpack_from("<II", data, end + 12)
    if end + _END_SIZE + comment > len(data):
        raise BundleError("the archive is truncated or damaged (its end record is cut short)")
    trailing = len(data) - (end + _END_SIZE + comment)
    if trailing:
        raise BundleError(
            f"the archive has {trailing} bytes after its end (data appended to the ZIP)"
        )
    if comment:
        raise BundleError(
            f"the archive carries a comment ({comment} bytes), which a bundle never has"
        )
    leading = end - size - offset
    if leading:
        raise BundleError(
            f"the archive has {leading} bytes before its first member (data hidden in front "
            "of the ZIP)"
        )
    at = 0
    for info in sorted(infos, key=lambda i: i.header_offset):
        if info.header_offset != at:
            hidden = info.header_offset - at
            if at == 0:
                raise BundleError(
                    f"the archive has {hidden} bytes before its first member (data hidden in "
                    "front of the ZIP)"
                )
            raise BundleError(f"the archive has {hidden} bytes hidden between its members")
        if data[at : at + 4] != _LOCAL:
            raise BundleError(f"the member {info.filename} is truncated or damaged")
        name_len, extra_len = struct.unpack_from("<HH", data, at + 26)
        at += 30 + name_len + extra_len + info.compress_size
        if info.flag_bits & 0x08:  # a data descriptor follows, with or without its signature
            at += 16 if data[at : at + 4] == _DESCRIPTOR else 12
    if at != offset:
        hidden = offset - at
        raise BundleError(f"the archive has {hidden} bytes hidden between its members")


def _open(data: bytes) -> tuple[zipfile.ZipFile, list[zipfile.ZipInfo]]:
    end = find_end(data)
    if end is None:
        if not data.startswith(b"PK"):
            raise BundleError("the file is not a ZIP archive")
        raise BundleError(
            "the archive is truncated or damaged (its table of contents cannot be read)"
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except Exception:  # zipfile raises many kinds on a damaged directory; all mean the same
        raise BundleError(
            "the archive is truncated or damaged (its table of contents cannot be read)"
        ) from None
    try:
        _check_layout(data, end, infos)
    except struct.error:
        raise BundleError("the archive is truncated or damaged") from None
    return archive, infos


def _check_name(name: str, allowed: Collection[str]) -> None:
    if (
        "\0" in name
        or "\\" in name
        or name.startswith("/")
        or _DRIVE.match(name)
        or ".." in name.split("/")
    ):
        raise BundleError(f"the archive holds a member with a path trick in its name ({name!r})")
    if name not in allowed:
        raise BundleError(f"the archive holds an unexpected member {name!r}")


def _is_link(info: zipfile.ZipInfo) -> bool:
    """A Unix symbolic link: the member's mode, in the high half of its attributes."""
    return stat.S_ISLNK(info.external_attr >> 16)


def _read_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, max_ratio: int
) -> bytes:
    name = info.filename
    if _is_link(info):
        raise BundleError(f"the member {name} is a symbolic link, which a bundle never holds")
    if info.flag_bits & 0x1:
        raise BundleError(f"the member {name} is encrypted")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise BundleError(f"the member {name} uses an unsupported compression")
    if info.file_size > limit:
        raise BundleError(
            f"the member {name} is too large ({info.file_size} bytes, the limit is {limit})"
        )
    compressed = max(info.compress_size, 1)
    if info.file_size / compressed > max_ratio:
        raise BundleError(f"the member {name} is over-compressed (a zip bomb)")
    out = bytearray()
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                out += chunk
                if len(out) > limit:  # the header lied about the size
                    raise BundleError(f"the member {name} is too large (more than {limit} bytes)")
                if len(out) / compressed > max_ratio:
                    raise BundleError(f"the member {name} is over-compressed (a zip bomb)")
    except zipfile.BadZipFile as error:
        if "CRC" in str(error):
            raise BundleError(
                f"the member {name} is corrupt (its CRC checksum does not match)"
            ) from None
        raise BundleError(f"the member {name} is truncated or damaged") from None
    except BundleError:
        raise
    except NotImplementedError:
        raise BundleError(f"the member {name} uses an unsupported ZIP feature") from None
    except Exception:  # zlib.error, EOFError, struct.error, …: a damaged member
        raise BundleError(f"the member {name} is truncated or damaged") from None
    if zlib.crc32(out) != info.CRC:
        raise BundleError(f"the member {name} is corrupt (its CRC checksum does not match)")
    return bytes(out)


def read_member(data: bytes, name: str, limit: int = MAX_MEMBER) -> bytes:
    """One member, once the layout is checked, without reading the others: a quick look
    (whose key a bundle names) before anything is verified."""
    archive, infos = _open(data)
    info = next((i for i in infos if i.filename == name), None)
    if info is None:
        raise BundleError(f"the archive is missing {name}")
    return _read_member(archive, info, limit, MAX_RATIO)


def member_names(data: bytes) -> list[str]:
    """The names in the archive's table of contents, once its layout is checked; tells
    a bundle's format apart before its members are read."""
    _archive, infos = _open(data)
    return [info.filename for info in infos]


def read_archive(
    data: bytes,
    allowed: Collection[str],
    max_member: int = MAX_MEMBER,
    max_total: int = MAX_TOTAL,
    max_ratio: int = MAX_RATIO,
) -> dict[str, bytes]:
    """The members of the ZIP in `data`: every name in `allowed` and nothing else."""
    archive, infos = _open(data)
    for info in infos:  # zipfile cuts a name at NUL; the original shows the trick
        if "\0" in info.orig_filename:
            raise BundleError(
                f"the archive holds a member with a path trick in its name ({info.orig_filename!r})"
            )
    names = [info.filename for info in infos]
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise BundleError(f"the archive holds the member {name!r} more than once")
        seen.add(name)
    for name in names:
        _check_name(name, allowed)
    missing = sorted(set(allowed) - seen)
    if missing:
        raise BundleError(f"the archive is missing {', '.join(missing)}")
    members: dict[str, bytes] = {}
    total = 0
    for info in infos:
        limit = min(max_member, max_total - total)
        members[info.filename] = _read_member(archive, info, limit, max_ratio)
        total += len(members[info.filename])
    return members
