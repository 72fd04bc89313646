"""The export's secret salt and the table that numbers pseudonyms consistently across exports."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import InputError
from pipeline.write.atomic import PRIVATE, ensure_dir

SALT_BYTES = 32  # 256 bits: as long as the HMAC-SHA256 key it feeds
MIN_SALT_BYTES = 16  # a shorter salt could be guessed by brute force
PSEUDONYM_SPACE = 10_000  # numbers are printed with 4 digits; past 9999 they grow a digit

# --- pseudonyms ---------------------------------------------------------------------------------------


def salt_fingerprint(salt: bytes) -> str:
    """Return a short public fingerprint of the salt (to tell salts apart), never the salt."""
    return hashlib.sha256(b"casenotes-salt-fingerprint:" + salt).hexdigest()[:16]


@dataclass(frozen=True)
class Salt:
    """The export's secret key; `created` when this run made the file."""

    path: Path
    value: bytes
    created: bool

    @property
    def fingerprint(self) -> str:
        return salt_fingerprint(self.value)


def load_salt(path: Path) -> Salt:
    """Return the salt in `path`, creating it (random, mode 0600) when the file does not exist."""
    if not path.exists():
        ensure_dir(path.parent, PRIVATE)
        value = secrets.token_bytes(SALT_BYTES)
        fd = os.open(
            path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE.file
        )  # never overwrite a salt
        with os.fdopen(fd, "wb") as handle:
            handle.write(value)
        return Salt(path, value, created=True)
    try:
        value = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the salt file ({exc.strerror})", path) from None
    if len(value) < MIN_SALT_BYTES:
        raise InputError(
            f"the salt file holds {len(value)} bytes; at least {MIN_SALT_BYTES} are needed", path
        )
    return Salt(path, value, created=False)


class PseudonymTable:
    """Numbers for pseudonyms: the same key gets the same number in every export with this salt.

    Choice: a key's number starts at HMAC-SHA256(salt, key) mod 10,000; on a
    collision the next free number is taken, and the table (keyed hash ->
    number, never a name) is saved beside the salt so that later exports give
    each key the number it had. Without the table, two names sharing 4 digits
    would be one pseudonym (with 100 people, a ~40% chance). The table is as
    secret as the salt: with both, a guessed name can be checked.
    """

    def __init__(self, salt: Salt, path: Path | None) -> None:
        self._salt = salt.value
        self._fingerprint = salt.fingerprint
        self.path = path
        self._numbers: dict[str, int] = {}
        self._changed = False
        if path is not None and path.exists():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError) as exc:
                raise InputError(f"cannot read the pseudonym table ({exc})", path) from None
            if data.get("salt_fingerprint") != self._fingerprint:
                raise InputError(
                    "the pseudonym table belongs to another salt; use the salt it was made with",
                    path,
                )
            self._numbers = {str(k): int(v) for k, v in data.get("numbers", {}).items()}
        self._used = set(self._numbers.values())

    def number(self, namespace: str, key: str) -> int:
        """Return the number of `key` (a folded name or case number) within `namespace`."""
        digest = hmac.new(self._salt, f"{namespace}:{key}".encode(), hashlib.sha256).hexdigest()
        if digest in self._numbers:
            return self._numbers[digest]
        candidate = int(digest[:12], 16) % PSEUDONYM_SPACE
        while candidate in self._used or candidate == 0:
            candidate += 1
        self._numbers[digest] = candidate
        self._used.add(candidate)
        self._changed = True
        return candidate

    def save(self, write: Callable[[Path, bytes], None]) -> None:
        """Write the table with `write` (an atomic, mode-0600 writer) when numbers were added."""
        if self.path is None or not self._changed:
            return
        data = {
            "salt_fingerprint": self._fingerprint,
            "numbers": dict(sorted(self._numbers.items())),
        }
        write(self.path, json.dumps(data, indent=1).encode())
        self._changed = False
