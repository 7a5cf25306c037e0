"""Data files shipped with CreditLedger: reference data, fonts, translations, icons, templates.

Only locating helpers live here, so that `models`, `exporters` and the Qt shell can all find the
files the same way, from a source checkout, an installed wheel or a PyInstaller bundle.
"""

from __future__ import annotations

import sys
from pathlib import Path


def root() -> Path:
    """The folder that holds the resource files."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    """Path of one resource file, e.g. ``path("reference", "criteria.json")``."""
    return root().joinpath(*parts)
