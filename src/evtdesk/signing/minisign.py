"""Ed25519 signatures in minisign's formats, so a supervisor without EVTDesk can check a
bundle with `minisign -Vm manifest.json -P <key>`.

Public key: base64("Ed" + key id (8) + key (32)). Signature file (the pre-hashed `ED`
form): an untrusted comment line, base64("ED" + key id + Ed25519(BLAKE2b-512(message))),
a trusted comment line, and base64(Ed25519(signature + trusted comment)).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from evtdesk.identity import Identity

_UNTRUSTED = "untrusted comment: "
_TRUSTED = "trusted comment: "


class KeyFormatError(ValueError):
    """Text that is not a minisign public key."""


class SignatureError(ValueError):
    """A signature that does not verify; the message says why in plain words."""


@dataclass(frozen=True)
class PublicKey:
    public: bytes
    key_id: bytes


def public_of(identity: Identity) -> PublicKey:
    return PublicKey(identity.public, identity.key_id)


def public_key_line(key: PublicKey) -> str:
    return base64.b64encode(b"Ed" + key.key_id + key.public).decode("ascii")


def public_key_text(key: PublicKey, comment: str = "") -> str:
    comment = comment or f"minisign public key {key.key_id[::-1].hex().upper()}"
    return f"{_UNTRUSTED}{comment}\n{public_key_line(key)}\n"


def parse_public_key(text: str) -> PublicKey:
    """Accepts a .pub file's two lines or the bare key line."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if lines and lines[0].startswith(_UNTRUSTED):
        lines = lines[1:]
    if len(lines) != 1:
        raise KeyFormatError("expected one line of base64 (or a minisign .pub file)")
    try:
        raw = base64.b64decode(lines[0], validate=True)
    except (binascii.Error, ValueError):
        raise KeyFormatError("the key is not valid base64") from None
    if len(raw) != 42 or raw[:2] != b"Ed":
        raise KeyFormatError("the key is not an Ed25519 minisign key")
    return PublicKey(raw[10:], raw[2:10])


def _private(identity: Identity) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(identity.seed)


def sign(message: bytes, identity: Identity, trusted_comment: str, untrusted_comment: str = "signature from EVTDesk") -> str:
    if "\n" in trusted_comment or "\n" in untrusted_comment:
        raise ValueError("comments are single lines")
    key = _private(identity)
    signature = key.sign(hashlib.blake2b(message, digest_size=64).digest())
    global_signature = key.sign(signature + trusted_comment.encode("utf-8"))
    return (f"{_UNTRUSTED}{untrusted_comment}\n"
            f"{base64.b64encode(b'ED' + identity.key_id + signature).decode()}\n"
            f"{_TRUSTED}{trusted_comment}\n"
            f"{base64.b64encode(global_signature).decode()}\n")


def verify(message: bytes, signature_text: str, key: PublicKey) -> str:
    """Return the trusted comment, or raise SignatureError saying what is wrong."""
    lines = signature_text.splitlines()
    if len(lines) < 4 or not lines[0].startswith(_UNTRUSTED) or not lines[2].startswith(_TRUSTED):
        raise SignatureError("the signature file is malformed or truncated")
    try:
        blob = base64.b64decode(lines[1], validate=True)
        global_signature = base64.b64decode(lines[3], validate=True)
    except (binascii.Error, ValueError):
        raise SignatureError("the signature file is malformed or truncated") from None
    if len(blob) != 74 or blob[:2] not in (b"ED", b"Ed") or len(global_signature) != 64:
        raise SignatureError("the signature file is malformed or truncated")
    algorithm, key_id, signature = blob[:2], blob[2:10], blob[10:]
    if key_id != key.key_id:
        raise SignatureError(f"signed by a different key (key id {key_id[::-1].hex().upper()}, "
                             f"expected {key.key_id[::-1].hex().upper()})")
    public = Ed25519PublicKey.from_public_bytes(key.public)
    signed = hashlib.blake2b(message, digest_size=64).digest() if algorithm == b"ED" else message
    try:
        public.verify(signature, signed)
    except InvalidSignature:
        raise SignatureError("the signature does not match the signed file") from None
    trusted_comment = lines[2][len(_TRUSTED):]
    try:
        public.verify(global_signature, signature + trusted_comment.encode("utf-8"))
    except InvalidSignature:
        raise SignatureError("the trusted comment of the signature was altered") from None
    return trusted_comment
