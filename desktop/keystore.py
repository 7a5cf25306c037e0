"""Private keys of this installation: encrypted PKCS#12 files in ``<home>/keys``.

Each file is protected by a random 32-byte passphrase kept in the OS keyring (never on disk).
Where no keyring exists, the files are protected by the user's own passphrase instead (prompt,
``--passphrase-file`` or ``$CREDITLEDGER_PASSPHRASE_FILE``), which is never stored.

Backup writes every key file re-encrypted under a backup passphrase the user chooses; restore reads
it back. Losing both the keys and the backup means: a province can no longer sign (the ministry
must issue a new certificate), and the ministry can no longer open packages encrypted to its
encryption certificate — which is why the GUI and CLI say so before they create keys.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
import zipfile
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509

from desktop.secrets import SERVICE, PassphraseSource, SecretUnavailable, keyring_usable
from exporters import pki
from exporters.atomic import atomic_path, atomic_write_bytes
from exporters.pki import PrivateKey

LOST_KEY_WARNING = (
    "私钥只保存在本机。如果本机损坏且没有备份：省级版将无法再签发报送包，须向总局重新申请证书；"
    "总局版将无法再打开已发给本机加密证书的报送包。请立即备份密钥，并把备份和备份口令分开妥善保管。"
)
BACKUP_FORMAT = "creditledger-key-backup/1"
_KEY_NAME = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")


@dataclass(frozen=True)
class StoredKey:
    name: str
    key: PrivateKey
    cert: x509.Certificate | None
    chain: tuple[x509.Certificate, ...]


class KeyStore:
    def __init__(self, home: Path, install_id: str, passphrase: PassphraseSource | None) -> None:
        self.folder = home / "keys"
        self.install_id = install_id
        self._user_passphrase = passphrase
        self._unlocked: dict[bytes, StoredKey] = {}  # by SHA-256 of the key file; see load()

    def path(self, name: str) -> Path:
        return self.folder / f"{name}.p12"

    def exists(self, name: str) -> bool:
        return self.path(name).exists()

    def names(self) -> list[str]:
        return sorted(p.stem for p in self.folder.glob("*.p12")) if self.folder.exists() else []

    # -- passphrases -----------------------------------------------------------------------------

    def _account(self, name: str) -> str:
        return f"{self.install_id}:key:{name}"

    def _passphrase(self, name: str, *, create: bool) -> str:
        if keyring_usable():
            import keyring

            stored = keyring.get_password(SERVICE, self._account(name))
            if stored is None and create:
                stored = base64.urlsafe_b64encode(secrets.token_bytes(32)).decode("ascii")
                keyring.set_password(SERVICE, self._account(name), stored)
            if stored is None:
                raise SecretUnavailable(f"系统密钥环中没有密钥文件“{name}”的口令；请从密钥备份恢复。")
            return stored
        secret = self._user_passphrase() if self._user_passphrase else None
        if not secret:
            raise SecretUnavailable(
                "本机没有可用的系统密钥环，需要口令才能使用私钥：请在提示框中输入口令，"
                "或用 --passphrase-file 指定口令文件（也可设置环境变量 CREDITLEDGER_PASSPHRASE_FILE）。"
            )
        return secret

    # -- keys --------------------------------------------------------------------------------------

    def save(
        self,
        name: str,
        key: PrivateKey,
        cert: x509.Certificate | None,
        chain: list[x509.Certificate] | None = None,
    ) -> Path:
        data = pki.pkcs12_bytes(name, key, cert, chain or [], self._passphrase(name, create=True))
        atomic_write_bytes(self.path(name), data)
        return self.path(name)

    def load(self, name: str) -> StoredKey:
        """The unlocked key. Unlocking (PKCS#12 decryption, RSA key check: ~0.1 s) happens once per
        session (this store belongs to one AppContext) for a given file content; a changed file is
        read and unlocked again."""
        path = self.path(name)
        if not path.exists():
            raise SecretUnavailable(f"本机没有私钥文件 {path.name}。")
        data = path.read_bytes()
        digest = hashlib.sha256(data).digest()
        cached = self._unlocked.get(digest)
        if cached is not None and cached.name == name:
            return cached
        key, cert, chain = pki.read_pkcs12(data, self._passphrase(name, create=False))
        stored = self._unlocked[digest] = StoredKey(name, key, cert, tuple(chain))
        return stored

    def retire(self, name: str, suffix: str) -> None:
        """Keep an old key file under a new name (rotation): old packages stay readable."""
        stored = self.load(name)
        self.save(f"{name}-{suffix}", stored.key, stored.cert, list(stored.chain))
        self.path(name).unlink()

    # -- backup --------------------------------------------------------------------------------------

    def backup(self, target: Path, backup_passphrase: str) -> list[str]:
        if len(backup_passphrase) < 8:
            raise SecretUnavailable("备份口令至少需要8个字符。")
        names = self.names()
        with atomic_path(target) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(
                "backup.json", json.dumps({"format": BACKUP_FORMAT, "keys": names}, ensure_ascii=False)
            )
            for name in names:
                stored = self.load(name)
                archive.writestr(
                    f"{name}.p12",
                    pki.pkcs12_bytes(name, stored.key, stored.cert, list(stored.chain), backup_passphrase),
                )
        return names

    def restore(self, source: Path, backup_passphrase: str) -> list[str]:
        try:
            with zipfile.ZipFile(source) as archive:
                meta = json.loads(archive.read("backup.json"))
                if meta.get("format") != BACKUP_FORMAT:
                    raise SecretUnavailable(f"{source.name} 不是诚信台账的密钥备份文件。")
                restored = []
                for name in meta["keys"]:
                    if not isinstance(name, str) or not _KEY_NAME.fullmatch(name):
                        raise SecretUnavailable(f"{source.name} 中有不合法的密钥名“{name}”，已拒绝恢复。")
                    key, cert, chain = pki.read_pkcs12(archive.read(f"{name}.p12"), backup_passphrase)
                    self.save(name, key, cert, chain)
                    restored.append(name)
        except (zipfile.BadZipFile, KeyError, ValueError) as exc:
            raise SecretUnavailable(f"{source.name} 不是有效的密钥备份文件：{exc}") from exc
        return restored
