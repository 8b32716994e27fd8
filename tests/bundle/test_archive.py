"""Hostile archives are read in memory and refused, each for its own plain-words reason."""

from __future__ import annotations

import io
import os
import struct
import warnings
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evtdesk.bundle.archive import BundleError, read_archive

ALLOWED = ("a.txt", "b.txt")


def make_zip(entries: list[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicates we make on purpose
        with zipfile.ZipFile(buffer, "w", method) as archive:
            for name, data in entries:
                archive.writestr(name, data)
    return buffer.getvalue()


GOOD = [("a.txt", b"alpha " * 100), ("b.txt", b"beta")]


def refusal(data: bytes, **limits: int) -> str:
    with pytest.raises(BundleError) as caught:
        read_archive(data, ALLOWED, **limits)
    return str(caught.value)


def test_a_good_archive_is_read_in_full() -> None:
    assert read_archive(make_zip(GOOD), ALLOWED) == dict(GOOD)


def test_not_a_zip_and_a_truncated_zip_are_told_apart() -> None:
    assert "not a ZIP archive" in refusal(b"%PDF-1.7\n")
    assert "truncated or damaged" in refusal(make_zip(GOOD)[:-30])


def test_bytes_appended_after_the_end_are_refused() -> None:
    assert (
        refusal(make_zip(GOOD) + b"junk tail")
        == "the archive has 9 bytes after its end (data appended to the ZIP)"
    )


@pytest.mark.parametrize("junk", [b"#!/bin/sh\nrm -rf ~\n", b"PK\x03\x04 hidden in front"])
def test_bytes_prepended_before_the_first_member_are_refused(junk: bytes) -> None:
    text = refusal(junk + make_zip(GOOD))
    assert (
        text == f"the archive has {len(junk)} bytes before its first member (data hidden in "
        "front of the "
        "ZIP)"
    )


def test_a_zip_comment_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in GOOD:
            archive.writestr(name, data)
        archive.comment = b"trust me"
    assert (
        refusal(buffer.getvalue())
        == "the archive carries a comment (8 bytes), which a bundle never has"
    )


def test_bytes_hidden_between_members_are_refused() -> None:
    """Offsets fixed up, so a ZIP reader sees a perfectly good archive with a gap in it."""
    data = bytearray(make_zip(GOOD, zipfile.ZIP_STORED))
    second = data.index(b"PK\x03\x04", 4)
    junk = b"unsigned extra text"
    data[second:second] = junk
    central = data.index(b"PK\x01\x02")
    central_b = data.index(b"PK\x01\x02", central + 4)
    offset = struct.unpack_from("<I", data, central_b + 42)[0]
    struct.pack_into("<I", data, central_b + 42, offset + len(junk))
    end = data.rindex(b"PK\x05\x06")
    struct.pack_into("<I", data, end + 16, struct.unpack_from("<I", data, end + 16)[0] + len(junk))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        assert archive.read("b.txt") == b"beta", "the gap is invisible to a ZIP reader"
    assert refusal(bytes(data)) == f"the archive has {len(junk)} bytes hidden between its members"


def test_a_duplicate_name() -> None:
    assert "'a.txt' more than once" in refusal(make_zip([*GOOD, ("a.txt", b"evil")]))


@pytest.mark.parametrize(
    "name", ["../a.txt", "x/../../a.txt", "/etc/passwd", "a\\b.txt", "C:a.txt"]
)
def test_path_tricks(name: str) -> None:
    assert "path trick" in refusal(make_zip([*GOOD, (name, b"x")]))


def test_a_nul_in_a_name_is_a_path_trick_even_though_zipfile_hides_it() -> None:
    data = make_zip([("a.txtXevil", b"x"), ("b.txt", b"beta")]).replace(
        b"a.txtXevil", b"a.txt\0evil"
    )
    assert "path trick" in refusal(data)


def test_an_unexpected_and_a_missing_member() -> None:
    assert "unexpected member 'c.txt'" in refusal(make_zip([*GOOD, ("c.txt", b"x")]))
    assert "missing b.txt" in refusal(make_zip(GOOD[:1]))


def test_a_member_over_the_size_limit() -> None:
    data = make_zip([("a.txt", os.urandom(5000)), ("b.txt", b"beta")])
    assert "a.txt is too large" in refusal(data, max_member=4096)
    assert "too large" in refusal(data, max_total=4096)


def test_a_header_that_understates_the_size_is_not_believed() -> None:
    """The central directory claims 4 bytes; reading stops there and the checksum fails."""
    data = bytearray(make_zip([("a.txt", b"alpha " * 100), ("b.txt", b"beta")], zipfile.ZIP_STORED))
    central = data.index(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 24, 4)  # uncompressed size of a.txt
    text = refusal(bytes(data))
    assert "a.txt" in text and ("CRC" in text or "damaged" in text)


def test_a_zip_bomb() -> None:
    assert "over-compressed" in refusal(
        make_zip([("a.txt", b"\0" * (8 * 1024 * 1024)), ("b.txt", b"beta")])
    )


def test_an_encrypted_member() -> None:
    data = bytearray(make_zip(GOOD, zipfile.ZIP_STORED))
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.index(signature)
        data[at + offset] |= 0x01
    assert "a.txt is encrypted" in refusal(bytes(data))


def test_a_crc_error() -> None:
    data = bytearray(make_zip(GOOD, zipfile.ZIP_STORED))
    at = data.index(b"alpha")
    data[at] ^= 0x20
    assert "a.txt is corrupt (its CRC checksum does not match)" in refusal(bytes(data))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600), st.integers(min_value=0, max_value=400))
def test_any_damage_is_a_bundle_error_never_a_crash(noise: bytes, at: int) -> None:
    good = make_zip(GOOD)
    damaged = good[:at] + noise + good[at + len(noise) :]
    try:
        members = read_archive(damaged, ALLOWED)
    except BundleError:
        return
    assert set(members) == set(ALLOWED)
