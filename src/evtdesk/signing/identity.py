"""The owner's Ed25519 identity, generated when a logbook is created.

The secret lives only inside the encrypted database (as `SECRET_NAME`); it signs bundle
manifests and attestations in minisign's format (`evtdesk.signing.minisign`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

SECRET_NAME = "ed25519_identity"


@dataclass(frozen=True)
class Identity:
    """An Ed25519 key pair with minisign's 8-byte key id."""

    seed: bytes
    public: bytes
    key_id: bytes

    def to_bytes(self) -> bytes:
        return self.seed + self.public + self.key_id

    @classmethod
    def from_bytes(cls, data: bytes) -> Identity:
        if len(data) != 72:
            raise ValueError("an identity is 72 bytes: seed, public key, key id")
        return cls(data[:32], data[32:64], data[64:])

    def __repr__(self) -> str:  # never show the seed in a log or traceback
        return f"Identity(key_id={self.key_id.hex()})"


def new_identity() -> Identity:
    seed = os.urandom(32)
    public = (
        Ed25519PrivateKey.from_private_bytes(seed)
        .public_key()
        .public_bytes(Encoding.Raw, PublicFormat.Raw)
    )
    return Identity(seed, public, os.urandom(8))


def new_identity_secret() -> bytes:
    return new_identity().to_bytes()
