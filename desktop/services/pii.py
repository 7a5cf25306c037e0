"""Protection of personal ID numbers: encrypted at rest, masked for display, keyed digest for matching."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from models.validation import mask_id_number

_FORMAT = b"\x01"


def _subkey(data_key: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"creditledger/" + purpose).derive(
        data_key
    )


@dataclass(frozen=True)
class ProtectedId:
    cipher: bytes
    masked: str
    digest: str


class PiiCipher:
    def __init__(self, data_key: bytes) -> None:
        self._aead = AESGCM(_subkey(data_key, b"pii-encryption"))
        self._mac_key = _subkey(data_key, b"pii-digest")

    def protect(self, id_number: str) -> ProtectedId:
        nonce = secrets.token_bytes(12)
        cipher = _FORMAT + nonce + self._aead.encrypt(nonce, id_number.encode("utf-8"), _FORMAT)
        return ProtectedId(cipher, mask_id_number(id_number), self.digest(id_number))

    def digest(self, id_number: str) -> str:
        return hmac.new(self._mac_key, id_number.encode("utf-8"), hashlib.sha256).hexdigest()

    def seal(self, data: bytes, purpose: bytes) -> bytes:
        """Encrypt other personal data at rest (e.g. an autosaved form that may hold ID numbers)."""
        nonce = secrets.token_bytes(12)
        return _FORMAT + nonce + self._aead.encrypt(nonce, data, _FORMAT + purpose)

    def unseal(self, sealed: bytes, purpose: bytes) -> bytes:
        if sealed[:1] != _FORMAT:
            raise ValueError("unknown sealed format")
        return self._aead.decrypt(sealed[1:13], sealed[13:], _FORMAT + purpose)

    def reveal(self, cipher: bytes) -> str:
        if cipher[:1] != _FORMAT:
            raise ValueError("unknown ID cipher format")
        return self._aead.decrypt(cipher[1:13], cipher[13:], _FORMAT).decode("utf-8")
