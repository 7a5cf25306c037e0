"""Shared fixtures. Tests never touch the user's machine: homes, keyring and Qt are isolated."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.pgserver", "tests.pkiworld", "tests.mailserver", "tests.ministryworld"]


class MemoryKeyring(KeyringBackend):
    """An in-process keyring (priority -1 so keyring never auto-selects it outside tests)."""

    priority = -1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[MemoryKeyring]:
    """Every test gets a memory keyring and no inherited CreditLedger environment."""
    for name in ("CREDITLEDGER_HOME", "CREDITLEDGER_PASSPHRASE_FILE", "CREDITLEDGER_USER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CREDITLEDGER_USER", "tester")
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def provincial_home(tmp_path: Path) -> Path:
    """An initialised provincial data folder (山西省, P14) on SQLite."""
    from desktop.services.setup import initialize
    from models.enums import Edition

    home = tmp_path / "p14"
    initialize(home, Edition.PROVINCIAL, "P14")
    return home


@pytest.fixture
def provincial_ctx(provincial_home: Path) -> Iterator[object]:
    from desktop.context import open_context

    ctx = open_context(provincial_home)
    yield ctx
    ctx.close()
