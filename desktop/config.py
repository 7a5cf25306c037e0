"""The data folder and its small ``config.json`` (edition, unit, database URL).

The config file is read on the start path before any heavy import, so the main window can be
shown at once; everything else lives in the database.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

CONFIG_NAME = "config.json"
DB_NAME = "creditledger.db"


def resolve_home(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--home``, else ``$CREDITLEDGER_HOME``, else the per-user application data folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get("CREDITLEDGER_HOME")
    if env:
        return Path(env).expanduser().resolve()
    from platformdirs import user_data_dir

    return Path(user_data_dir("CreditLedger", appauthor=False, roaming=True))


class AppConfig:
    """The contents of config.json (a plain class: this module is on the start path)."""

    FIELDS = ("edition", "unit_code", "db_url", "language", "install_id", "format_version")

    def __init__(
        self,
        edition: str,
        unit_code: str,
        db_url: str = "",
        language: str = "zh_CN",
        install_id: str = "",
        format_version: int = 1,
    ) -> None:
        self.edition = edition
        self.unit_code = unit_code
        self.db_url = db_url
        self.language = language
        self.install_id = install_id or os.urandom(16).hex()
        self.format_version = format_version

    def as_dict(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in self.FIELDS}

    def database_url(self, home: Path) -> str:
        return self.db_url or f"sqlite:///{home / DB_NAME}"


def load_config(home: Path) -> AppConfig | None:
    path = home / CONFIG_NAME
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return AppConfig(**{k: v for k, v in data.items() if k in AppConfig.FIELDS})


def set_language(home: Path, language: str) -> None:
    """Remember the UI language (``zh_CN`` or ``en``); it applies from the next start."""
    config = load_config(home)
    if config is None:
        raise FileNotFoundError(home / CONFIG_NAME)
    config.language = language
    save_config(home, config)


def save_config(home: Path, config: AppConfig) -> None:
    from exporters.atomic import atomic_write_text

    home.mkdir(parents=True, exist_ok=True)
    atomic_write_text(home / CONFIG_NAME, json.dumps(config.as_dict(), ensure_ascii=False, indent=2) + "\n")
