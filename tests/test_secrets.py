"""Where the data key lives: the OS keyring, or a passphrase-wrapped file when there is none."""

from __future__ import annotations

import base64
import json
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from desktop import secrets
from desktop.secrets import SecretUnavailable, data_key, passphrase_from_file
from tests.conftest import MemoryKeyring


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text("正确的口令 correct horse\n", encoding="utf-8")
    return path


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    """The in-memory keyring conftest's autouse fixture installed for this test."""
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring)
    return backend


def test_memory_keyring_key_is_created_once_and_stable(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    assert secrets.keyring_usable() is True
    first = data_key(tmp_path, "install-1", None)
    second = data_key(tmp_path, "install-1", None)
    assert len(first) == 32
    assert first == second
    assert list(memory_keyring.store) == [("CreditLedger", "install-1:data-key")]
    assert base64.b64decode(memory_keyring.store[("CreditLedger", "install-1:data-key")]) == first
    # Another installation gets another key; nothing is written to the data folder.
    assert data_key(tmp_path, "install-2", None) != first
    assert not (tmp_path / "keys").exists()


@pytest.mark.usefixtures("no_keyring")
def test_no_keyring_and_no_passphrase_is_refused_in_chinese(tmp_path: Path) -> None:
    assert secrets.keyring_usable() is False
    with pytest.raises(SecretUnavailable, match="没有可用的系统密钥环") as info:
        data_key(tmp_path, "install-1", None)
    assert "--passphrase-file" in str(info.value)
    assert not (tmp_path / "keys").exists()
    # An empty passphrase file counts as no passphrase.
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(SecretUnavailable):
        data_key(tmp_path, "install-1", passphrase_from_file(empty))


@pytest.mark.usefixtures("no_keyring")
def test_passphrase_wraps_the_key_in_a_private_file(tmp_path: Path, passphrase_file: Path) -> None:
    key = data_key(tmp_path, "install-1", passphrase_from_file(passphrase_file))
    wrapped = tmp_path / "keys" / "data-key.json"
    assert len(key) == 32
    assert wrapped.is_file()
    assert stat.S_IMODE(wrapped.stat().st_mode) == 0o600
    raw = wrapped.read_bytes()
    assert key not in raw
    assert base64.b64encode(key) not in raw
    assert key.hex().encode() not in raw
    assert b"correct horse" not in raw
    blob = json.loads(raw)
    assert blob["format"] == "creditledger-wrapped-key/1"
    assert blob["kdf"] == "scrypt"
    # The same passphrase unwraps the same key, from a fresh read of the file.
    assert data_key(tmp_path, "install-1", passphrase_from_file(passphrase_file)) == key
    assert data_key(tmp_path, "install-1", lambda: "正确的口令 correct horse") == key
    assert wrapped.read_bytes() == raw  # unwrapping does not rewrite the file


@pytest.mark.usefixtures("no_keyring")
def test_wrong_passphrase_is_refused(tmp_path: Path, passphrase_file: Path) -> None:
    data_key(tmp_path, "install-1", passphrase_from_file(passphrase_file))
    with pytest.raises(SecretUnavailable, match="口令不正确"):
        data_key(tmp_path, "install-1", lambda: "错误的口令")


def test_unreadable_passphrase_file_is_refused(tmp_path: Path) -> None:
    read = passphrase_from_file(tmp_path / "missing.txt")
    with pytest.raises(SecretUnavailable, match="无法读取口令文件"):
        read()


@pytest.mark.usefixtures("no_keyring")
def test_context_uses_the_passphrase_from_the_environment(
    provincial_home: Path, passphrase_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.context import open_context

    monkeypatch.setenv("CREDITLEDGER_PASSPHRASE_FILE", str(passphrase_file))
    ctx = open_context(provincial_home)
    try:
        protected = ctx.pii().protect("110101199003070011")
        assert ctx.pii().reveal(protected.cipher) == "110101199003070011"
    finally:
        ctx.close()
    assert (provincial_home / "keys" / "data-key.json").is_file()
