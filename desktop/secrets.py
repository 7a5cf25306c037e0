"""Where the installation's data key lives: the OS keyring, or a passphrase-wrapped file.

The data key (32 random bytes) protects personal ID numbers at rest. With a usable OS keyring
(Windows Credential Manager, macOS Keychain, Secret Service) the key is kept there and never
touches the disk. Without one, the key is stored in ``<home>/keys/data-key.json`` wrapped with
a key derived from a passphrase (scrypt + AES-256-GCM); the passphrase comes from the user
(GUI prompt, ``--passphrase-file``, or ``$CREDITLEDGER_PASSPHRASE_FILE``) and is never stored.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from exporters.atomic import atomic_write_text
from models.errors import UserError

SERVICE = "CreditLedger"
PassphraseSource = Callable[[], str | None]
_SCRYPT = {"n": 2**15, "r": 8, "p": 1}


class SecretUnavailable(UserError):
    """The data key cannot be reached; the message tells the user what to do (Chinese)."""


def keyring_usable() -> bool:
    import keyring
    from keyring.backends import fail, null

    backend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring | null.Keyring)


def passphrase_from_file(path: str | os.PathLike[str]) -> PassphraseSource:
    def read() -> str:
        try:
            return Path(path).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise SecretUnavailable(f"无法读取口令文件 {path}：{exc.strerror}") from exc

    return read


def passphrase_from_environment() -> PassphraseSource | None:
    path = os.environ.get("CREDITLEDGER_PASSPHRASE_FILE")
    return passphrase_from_file(path) if path else None


def data_key(home: Path, install_id: str, passphrase: PassphraseSource | None) -> bytes:
    if keyring_usable():
        return _key_from_keyring(install_id)
    return _key_from_wrapped_file(home / "keys" / "data-key.json", passphrase)


def _key_from_keyring(install_id: str) -> bytes:
    import keyring
    from keyring.errors import KeyringError

    account = f"{install_id}:data-key"
    try:
        stored = keyring.get_password(SERVICE, account)
        if stored is None:
            stored = base64.b64encode(secrets.token_bytes(32)).decode("ascii")
            keyring.set_password(SERVICE, account, stored)
    except KeyringError as exc:
        raise SecretUnavailable(f"系统密钥环无法使用：{exc}") from exc
    return base64.b64decode(stored)


def _derive(passphrase: str, salt: bytes, params: dict[str, int]) -> bytes:
    return Scrypt(salt=salt, length=32, n=params["n"], r=params["r"], p=params["p"]).derive(
        passphrase.encode("utf-8")
    )


def _key_from_wrapped_file(path: Path, passphrase: PassphraseSource | None) -> bytes:
    secret = passphrase() if passphrase else None
    if not secret:
        raise SecretUnavailable(
            "本机没有可用的系统密钥环，需要口令才能使用数据密钥：请在提示框中输入口令，"
            "或用 --passphrase-file 指定口令文件（也可设置环境变量 CREDITLEDGER_PASSPHRASE_FILE）。"
        )
    if path.exists():
        blob = json.loads(path.read_text(encoding="utf-8"))
        params = {k: int(blob[k]) for k in ("n", "r", "p")}
        wrapping = _derive(secret, base64.b64decode(blob["salt"]), params)
        try:
            return AESGCM(wrapping).decrypt(
                base64.b64decode(blob["nonce"]),
                base64.b64decode(blob["ciphertext"]),
                b"creditledger-data-key",
            )
        except InvalidTag as exc:
            raise SecretUnavailable(f"口令不正确，无法解开数据密钥（{path}）。") from exc
    key, salt, nonce = secrets.token_bytes(32), secrets.token_bytes(16), secrets.token_bytes(12)
    wrapping = _derive(secret, salt, _SCRYPT)
    blob = {
        "format": "creditledger-wrapped-key/1",
        "kdf": "scrypt",
        **_SCRYPT,
        "salt": base64.b64encode(salt).decode(),
        "nonce": base64.b64encode(nonce).decode(),
        "ciphertext": base64.b64encode(
            AESGCM(wrapping).encrypt(nonce, key, b"creditledger-data-key")
        ).decode(),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, json.dumps(blob, indent=2) + "\n")
    return key
