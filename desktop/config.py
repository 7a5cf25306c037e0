"""The data folder and its small ``config.json`` (edition, unit, database URL).

The config file is read on the start path before any heavy import, so the main window can be
shown at once; everything else lives in the database.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
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


@dataclass
class AppConfig:
    edition: str
    unit_code: str
    db_url: str = ""
    language: str = "zh_CN"
    install_id: str = field(default_factory=lambda: os.urandom(16).hex())
    format_version: int = 1

    def database_url(self, home: Path) -> str:
        return self.db_url or f"sqlite:///{home / DB_NAME}"


def load_config(home: Path) -> AppConfig | None:
    path = home / CONFIG_NAME
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    known = set(AppConfig.__dataclass_fields__)
    return AppConfig(**{k: v for k, v in data.items() if k in known})


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
    atomic_write_text(home / CONFIG_NAME, json.dumps(asdict(config), ensure_ascii=False, indent=2) + "\n")
