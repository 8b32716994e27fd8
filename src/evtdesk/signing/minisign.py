"""Ed25519 signatures in minisign's formats.

Why minisign: a supervisor without EVTDesk can check a bundle with the small, audited
`minisign` tool (`minisign -Vm manifest.json -P <key line>`), so trust in a bundle never
depends on trusting this program.

Public key line: base64("Ed" + key id (8 bytes) + Ed25519 public key (32 bytes)).
Signature file, hashed `ED` form (what we write):

    untrusted comment: <free text, not protected>
    base64("ED" + key id + Ed25519(BLAKE2b-512(message)))
    trusted comment: <text protected by the global signature>
    base64(Ed25519(signature + trusted comment bytes))

The legacy `Ed` form (Ed25519 over the message itself) is accepted when verifying.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from evtdesk.signing.fingerprint import fingerprint
from evtdesk.signing.identity import Identity

_UNTRUSTED = "untrusted comment: "
_TRUSTED = "trusted comment: "
_MALFORMED = "the signature is malformed or truncated"


class KeyFormatError(ValueError):
    """Text that is not a minisign public key; the message says why."""


class SignatureError(ValueError):
    """A signature that does not verify; the message says why in plain words."""


@dataclass(frozen=True)
class PublicKey:
    """An Ed25519 public key (32 bytes) with minisign's 8-byte key id."""

    public: bytes
    key_id: bytes


def key_id_text(key_id: bytes) -> str:
    """The key id as minisign prints it (a little-endian 64-bit number in upper-case hex)."""
    return key_id[::-1].hex().upper()


def public_of(identity: Identity) -> PublicKey:
    return PublicKey(identity.public, identity.key_id)


def public_key_line(key: PublicKey) -> str:
    """The one line a person passes to `minisign -P`."""
    return base64.b64encode(b"Ed" + key.key_id + key.public).decode("ascii")


def public_key_text(key: PublicKey, comment: str | None = None) -> str:
    """Exactly minisign's .pub file: an untrusted comment line and the key line."""
    if comment is None:
        comment = f"minisign public key {key_id_text(key.key_id)}"
    if "\n" in comment or "\r" in comment:
        raise ValueError("a key comment is a single line")
    return f"{_UNTRUSTED}{comment}\n{public_key_line(key)}\n"


def parse_public_key(text: str) -> PublicKey:
    """Accept a .pub file's two lines or the bare key line; refuse anything else clearly."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if lines and lines[0].startswith(_UNTRUSTED):
        lines = lines[1:]
    if not lines:
        raise KeyFormatError("the key is empty")
    if len(lines) != 1:
        raise KeyFormatError("expected one line of base64 (or a minisign .pub file)")
    try:
        raw = base64.b64decode(lines[0].encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        raise KeyFormatError("the key is not valid base64") from None
    if len(raw) != 42:
        raise KeyFormatError(
            f"the key has the wrong length ({len(raw)} bytes, a minisign key has 42)"
        )
    if raw[:2] != b"Ed":
        raise KeyFormatError("the key is not an Ed25519 minisign key")
    return PublicKey(raw[10:], raw[2:10])


FINGERPRINT_LABEL = "Fingerprint:"


def parse_handed_key(text: str) -> PublicKey:
    """A key as a person hands it over: what `evtdesk identity` prints, saved to a file.

    That is minisign's .pub file (which `minisign -p` reads as it is) followed by a
    `Fingerprint:` line. The fingerprint line is optional; when present it must belong to
    the key, so a key file whose lines were mixed up is refused rather than trusted.
    """
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    stated = [line for line in lines if line.startswith(FINGERPRINT_LABEL)]
    key = parse_public_key("\n".join(line for line in lines if line not in stated))
    for line in stated:
        given = "".join(line[len(FINGERPRINT_LABEL) :].split()).upper()
        if given != "".join(fingerprint(key.public).split()).upper():
            raise KeyFormatError("the fingerprint line does not belong to the key above it")
    return key


def sign(
    message: bytes,
    identity: Identity,
    trusted_comment: str,
    untrusted_comment: str = "signature from evtdesk",
) -> str:
    """Sign `message` in the hashed `ED` form, returning the text of a .minisig file."""
    for comment in (trusted_comment, untrusted_comment):
        if "\n" in comment or "\r" in comment:
            raise ValueError("signature comments are single lines")
    key = Ed25519PrivateKey.from_private_bytes(identity.seed)
    signature = key.sign(hashlib.blake2b(message, digest_size=64).digest())
    global_signature = key.sign(signature + trusted_comment.encode("utf-8"))
    return (
        f"{_UNTRUSTED}{untrusted_comment}\n"
        f"{base64.b64encode(b'ED' + identity.key_id + signature).decode('ascii')}\n"
        f"{_TRUSTED}{trusted_comment}\n"
        f"{base64.b64encode(global_signature).decode('ascii')}\n"
    )


def _b64(line: str) -> bytes:
    try:
        return base64.b64decode(line.strip().encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        raise SignatureError(_MALFORMED) from None


def verify(message: bytes, signature_text: str, public_key: PublicKey) -> str:
    """Return the trusted comment, or raise SignatureError saying what is wrong."""
    lines = signature_text.splitlines()
    if len(lines) < 4 or not lines[0].startswith(_UNTRUSTED) or not lines[2].startswith(_TRUSTED):
        raise SignatureError(_MALFORMED)
    blob, global_signature = _b64(lines[1]), _b64(lines[3])
    if len(blob) != 74 or blob[:2] not in (b"ED", b"Ed") or len(global_signature) != 64:
        raise SignatureError(_MALFORMED)
    algorithm, key_id, signature = blob[:2], blob[2:10], blob[10:]
    if key_id != public_key.key_id:
        raise SignatureError(
            f"signed by a different key (key id {key_id_text(key_id)}, "
            f"expected {key_id_text(public_key.key_id)})"
        )
    try:
        public = Ed25519PublicKey.from_public_bytes(public_key.public)
    except ValueError:
        raise SignatureError("the public key is not a valid Ed25519 key") from None
    signed = hashlib.blake2b(message, digest_size=64).digest() if algorithm == b"ED" else message
    try:
        public.verify(signature, signed)
    except InvalidSignature:
        raise SignatureError("the signature does not match the file") from None
    trusted_comment = lines[2][len(_TRUSTED) :]
    try:
        public.verify(global_signature, signature + trusted_comment.encode("utf-8"))
    except InvalidSignature:
        raise SignatureError("the trusted comment was altered") from None
    return trusted_comment
