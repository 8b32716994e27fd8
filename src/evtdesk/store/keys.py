"""The database key, its two wrappings, and the sidecar file that holds them.

A logbook is encrypted with a random 256-bit key used as SQLCipher's raw key. That key is
never derived from the passphrase directly: it is wrapped (AES-256-GCM) once under a key
derived from the passphrase with Argon2id, and once under a key derived from a recovery
code shown to the user at creation. Changing the passphrase therefore rewrites only the
small sidecar, never the database, and a forgotten passphrase is not a lost logbook.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

SIDECAR_SUFFIX = ".keys"
SIDECAR_FORMAT = "evtdesk-keys/1"
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read off paper


class KeyFileError(Exception):
    """The sidecar is missing or not an EVTDesk key file."""


class WrongSecret(Exception):
    """The passphrase or recovery code does not unlock this logbook."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default was calibrated to about half a second on a 2-core
    machine (see benchmarks/bench_kdf.py); tests pass cheaper values explicitly."""

    memory_kib: int = 262_144
    iterations: int = 2
    parallelism: int = 4

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KdfParams:
        return cls(int(data["memory_kib"]), int(data["iterations"]), int(data["parallelism"]))


FAST_TEST_KDF = KdfParams(memory_kib=8, iterations=1, parallelism=1)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def derive(secret: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret.encode("utf-8"),
        salt,
        time_cost=params.iterations,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def new_recovery_code() -> str:
    """A 160-bit code in eight groups of four, for printing and typing back."""
    chars = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(32))
    return "-".join(chars[i : i + 4] for i in range(0, 32, 4))


def normalise_recovery_code(code: str) -> str:
    chars = "".join(c for c in code.upper() if c.isalnum())
    return "-".join(chars[i : i + 4] for i in range(0, len(chars), 4))


@dataclass(frozen=True)
class Wrap:
    """The database key encrypted under one secret (a passphrase or a recovery code)."""

    kind: str  # "passphrase" or "recovery"
    salt: str
    kdf: KdfParams
    nonce: str
    ciphertext: str

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["kdf"] = {"name": "argon2id", **asdict(self.kdf)}
        data["aead"] = "AES-256-GCM"
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Wrap:
        if data.get("aead") != "AES-256-GCM" or data.get("kdf", {}).get("name") != "argon2id":
            raise KeyFileError("the key file uses an unknown key wrapping")
        return cls(
            data["kind"],
            data["salt"],
            KdfParams.from_dict(data["kdf"]),
            data["nonce"],
            data["ciphertext"],
        )


def wrap_key(db_key: bytes, secret: str, kind: str, logbook_id: str, params: KdfParams) -> Wrap:
    salt = os.urandom(16)
    nonce = os.urandom(12)
    kek = derive(secret, salt, params)
    aad = f"{SIDECAR_FORMAT}|{logbook_id}|{kind}".encode()
    ciphertext = AESGCM(kek).encrypt(nonce, db_key, aad)
    return Wrap(kind, _b64(salt), params, _b64(nonce), _b64(ciphertext))


def unwrap_key(wrap: Wrap, secret: str, logbook_id: str) -> bytes:
    kek = derive(secret, _unb64(wrap.salt), wrap.kdf)
    aad = f"{SIDECAR_FORMAT}|{logbook_id}|{wrap.kind}".encode()
    try:
        return AESGCM(kek).decrypt(_unb64(wrap.nonce), _unb64(wrap.ciphertext), aad)
    except InvalidTag:
        raise WrongSecret(wrap.kind) from None


@dataclass(frozen=True)
class KeyFile:
    """The sidecar: logbook id and the wrapped database key. Holds no secret in clear."""

    logbook_id: str
    wraps: tuple[Wrap, ...]

    def wrap(self, kind: str) -> Wrap:
        for wrap in self.wraps:
            if wrap.kind == kind:
                return wrap
        raise KeyFileError(f"the key file has no {kind} entry")

    def with_wrap(self, new: Wrap) -> KeyFile:
        rest = tuple(w for w in self.wraps if w.kind != new.kind)
        return KeyFile(self.logbook_id, (new, *rest))

    def to_json(self) -> str:
        body = {
            "format": SIDECAR_FORMAT,
            "logbook_id": self.logbook_id,
            "cipher": "sqlcipher4-raw-key",
            "wraps": [w.to_dict() for w in self.wraps],
        }
        return json.dumps(body, indent=2, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> KeyFile:
        try:
            body = json.loads(text)
            if body.get("format") != SIDECAR_FORMAT:
                raise KeyFileError("the key file is not an EVTDesk key file")
            return cls(body["logbook_id"], tuple(Wrap.from_dict(w) for w in body["wraps"]))
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise KeyFileError(f"the key file is damaged ({error.__class__.__name__})") from None


def sidecar_path(database: Path) -> Path:
    return database.with_name(database.name + SIDECAR_SUFFIX)


def read_key_file(database: Path) -> KeyFile:
    path = sidecar_path(database)
    try:
        return KeyFile.from_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KeyFileError(f"the key file {path.name} is missing beside the logbook") from None
    except UnicodeDecodeError:
        raise KeyFileError(f"{path.name} is not an EVTDesk key file") from None


def write_atomically(path: Path, data: bytes) -> None:
    """Write via a temp file in the same folder, fsync, then rename over `path`."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_key_file(database: Path, key_file: KeyFile) -> None:
    write_atomically(sidecar_path(database), key_file.to_json().encode("utf-8"))
