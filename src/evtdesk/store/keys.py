"""The database key, its two wrappings, and the sidecar file that holds them.

A logbook is encrypted with a random 256-bit key used as SQLCipher's raw key. That key is
never derived from the passphrase directly: it is wrapped (AES-256-GCM) once under a key
derived from the passphrase with Argon2id, and once under a key derived from a recovery
code shown to the user at creation. Changing the passphrase therefore rewrites only the
small sidecar, never the database, and a forgotten passphrase is not a lost logbook.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import secrets
import shutil
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from argon2.exceptions import Argon2Error
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

SIDECAR_SUFFIX = ".keys"
SIDECAR_FORMAT = "evtdesk-keys/1"
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read off paper


class KeyFileError(Exception):
    """The sidecar is missing or not an EVTDesk key file."""


class KeyFileDamaged(KeyFileError):
    """The sidecar is an EVTDesk key file, or was one, but its content is damaged
    (truncated, or its checksum does not match). `detail` says how."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"the key file is damaged ({detail})")
        self.detail = detail


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
    """The database key; WrongSecret if the tag does not check, KeyFileDamaged if the
    wrap's fields cannot even be used (bad base64, impossible KDF cost, wrong lengths)."""
    aad = f"{SIDECAR_FORMAT}|{logbook_id}|{wrap.kind}".encode()
    try:
        kek = derive(secret, _unb64(wrap.salt), wrap.kdf)
        key = AESGCM(kek).decrypt(_unb64(wrap.nonce), _unb64(wrap.ciphertext), aad)
    except InvalidTag:
        raise WrongSecret(wrap.kind) from None
    except (ValueError, binascii.Error, Argon2Error) as error:
        raise KeyFileDamaged(f"unreadable {error.__class__.__name__}") from None
    if len(key) != 32:
        raise KeyFileDamaged("the wrapped key has the wrong length")
    return key


@dataclass(frozen=True)
class KeyFile:
    """The sidecar: logbook id and the wrapped database key. Holds no secret in clear."""

    logbook_id: str
    wraps: tuple[Wrap, ...]
    # Read with a matching checksum (or made here): a failed unwrap then means the
    # secret is wrong, not that the file is damaged.
    checked: bool = field(default=True, compare=False)

    def wrap(self, kind: str) -> Wrap:
        for wrap in self.wraps:
            if wrap.kind == kind:
                return wrap
        raise KeyFileDamaged(f"it has no {kind} entry")

    def with_wrap(self, new: Wrap) -> KeyFile:
        rest = tuple(w for w in self.wraps if w.kind != new.kind)
        return KeyFile(self.logbook_id, (new, *rest), self.checked)

    def to_json(self) -> str:
        body: dict[str, Any] = {
            "format": SIDECAR_FORMAT,
            "logbook_id": self.logbook_id,
            "cipher": "sqlcipher4-raw-key",
            "wraps": [w.to_dict() for w in self.wraps],
        }
        body["checksum"] = checksum(body)
        return json.dumps(body, indent=2, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> KeyFile:
        """Parse a sidecar. A file that is not JSON at all, or JSON that is not ours, is
        KeyFileError; one that looks like ours but is truncated or fails its checksum is
        KeyFileDamaged (files written before the checksum existed are read without it)."""
        try:
            body = json.loads(text)
        except ValueError:
            if not text.strip() or text.lstrip().startswith("{"):
                raise KeyFileDamaged("it is cut short") from None
            raise KeyFileError("the key file is not an EVTDesk key file") from None
        if not isinstance(body, dict) or body.get("format") != SIDECAR_FORMAT:
            raise KeyFileError("the key file is not an EVTDesk key file")
        stored = body.pop("checksum", None)
        if stored is not None and stored != checksum(body):
            raise KeyFileDamaged("its checksum does not match")
        try:
            wraps = tuple(Wrap.from_dict(w) for w in body["wraps"])
            key_file = cls(str(body["logbook_id"]), wraps, checked=stored is not None)
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise KeyFileDamaged(f"unreadable {error.__class__.__name__}") from None
        except KeyFileError as error:
            raise KeyFileDamaged(str(error).removeprefix("the key file ")) from None
        return key_file


def checksum(body: dict[str, Any]) -> str:
    """SHA-256 over the sidecar's canonical JSON without the checksum itself. Not a
    secret MAC: it tells accidental damage (a flipped byte) from a wrong passphrase."""
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


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


def stage_key_file(database: Path, key_file: KeyFile) -> Path:
    """Write `key_file` beside the live one under a temporary name, fsynced, so that
    putting it in place later is a rename that needs no disk space. The caller renames
    it over the sidecar or deletes it."""
    target = sidecar_path(database)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".new", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(key_file.to_json().encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def keep_copy(source: Path, copy: Path) -> None:
    """A second name for `source` (a hard link, or a copy where links are not
    supported, as on FAT USB sticks) so it can be renamed back later."""
    try:
        os.link(source, copy)
    except OSError:
        shutil.copy2(source, copy)
