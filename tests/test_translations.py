"""The English translation: complete, faithful to placeholders and accelerators, and really loaded.

The UI is written in Chinese (``self.tr("…")``); English comes from
resources/translations/creditledger_en.ts. These tests fail when someone adds or changes a string
without translating it (see docs/TRANSLATION.md for the workflow).
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QMenu

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "translations" / "creditledger_en.ts"
QT_BIN = Path(sys.executable).parent
LRELEASE = QT_BIN / "pyside6-lrelease"
LUPDATE = QT_BIN / "pyside6-lupdate"
PLACEHOLDER = re.compile(r"%\d+")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    unfinished: bool
    location: str

    def __str__(self) -> str:
        return f"{self.location} [{self.context}] {self.source!r}"


def read_ts(path: Path) -> list[Message]:
    messages: list[Message] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{name}: message without <translation>"
            where = message.find("location")
            location = "?" if where is None else f"{where.get('filename')}:{where.get('line')}"
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source", ""),
                    translation=translation.text or "",
                    unfinished=translation.get("type") in {"unfinished", "vanished", "obsolete"},
                    location=location,
                )
            )
    return messages


def view_sources() -> list[Path]:
    return sorted(p for p in (ROOT / "views").rglob("*.py") if "__pycache__" not in p.parts)


def untranslated(messages: list[Message]) -> list[str]:
    return [str(m) for m in messages if m.unfinished or not m.translation.strip()]


def compile_ts(ts: Path, qm: Path) -> str:
    result = subprocess.run(
        [str(LRELEASE), str(ts), "-qm", str(qm)], capture_output=True, text=True, check=True
    )
    return result.stdout + result.stderr


@pytest.fixture(scope="module")
def messages() -> list[Message]:
    return read_ts(TS_FILE)


@pytest.fixture
def english(qapp: QApplication, tmp_path: Path) -> Iterator[QTranslator]:
    """The compiled English translation, installed for one test and removed afterwards."""
    qm = tmp_path / "creditledger_en.qm"
    compile_ts(TS_FILE, qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert qapp.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_the_translation_source_exists(messages: list[Message]) -> None:
    assert LRELEASE.is_file(), LRELEASE
    assert len(messages) > 100


def test_every_message_is_translated(messages: list[Message]) -> None:
    assert untranslated(messages) == []


def test_lrelease_compiles_everything(tmp_path: Path, messages: list[Message]) -> None:
    qm = tmp_path / "creditledger_en.qm"
    output = compile_ts(TS_FILE, qm)
    assert qm.stat().st_size > 0
    assert f"Generated {len(messages)} translation(s) ({len(messages)} finished and 0 unfinished)" in output
    assert "untranslated" not in output, output


def test_placeholders_and_accelerators_are_kept(messages: list[Message]) -> None:
    problems = []
    for m in messages:
        if sorted(PLACEHOLDER.findall(m.source)) != sorted(PLACEHOLDER.findall(m.translation)):
            problems.append(f"{m}: placeholders differ in {m.translation!r}")
        if ("&" in m.source) != ("&" in m.translation):
            problems.append(f"{m}: accelerator '&' differs in {m.translation!r}")
        if m.source.endswith("…") != m.translation.endswith("…"):
            problems.append(f"{m}: ellipsis differs in {m.translation!r}")
    assert problems == []


def test_sources_contain_no_formatting_leftovers(messages: list[Message]) -> None:
    """An f-string or str.format inside tr() is extracted with its braces and never matches at run time."""
    assert [str(m) for m in messages if re.search(r"\{[^}]*\}", m.source)] == []


def test_lupdate_finds_no_new_strings(tmp_path: Path, messages: list[Message]) -> None:
    """Fails whenever a string is added to or changed in views/ without translating it."""
    copy = tmp_path / TS_FILE.name
    shutil.copyfile(TS_FILE, copy)
    subprocess.run(
        [
            str(LUPDATE),
            "-silent",
            "-no-obsolete",
            "-source-language",
            "zh_CN",
            "-target-language",
            "en_US",
            *map(str, view_sources()),
            "-ts",
            str(copy),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    current = read_ts(copy)
    assert untranslated(current) == [], "run installer/tools/update_translations.sh and translate these"
    assert {(m.context, m.source) for m in current} == {(m.context, m.source) for m in messages}, (
        "the .ts is out of date: run installer/tools/update_translations.sh"
    )


def _tr_on_other_objects() -> list[str]:
    """``obj.tr(…)`` with obj not ``self``: lupdate files it under the variable's name ("box",
    "parent"), while at run time PySide looks it up under obj's class, so it is never translated."""
    found = []
    for path in view_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
                and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "self")
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_tr_is_only_called_on_self() -> None:
    assert _tr_on_other_objects() == []


class _FakeBackend:
    """Just enough backend for constructing the main window; nothing is opened."""

    def __init__(self, home: Path) -> None:
        self.home = home

    def is_initialized(self) -> bool:
        return False

    def close(self) -> None:
        pass


PROVINCIAL_NAVIGATION = [
    "Overview",
    "Annex 1 list",
    "Annex 3 removals",
    "Annex 4 liaisons",
    "Red list and typical cases",
    "Packages",
    "Certificates and keys",
    "Reporting units",
    "Working calendar",
]
MINISTRY_NAVIGATION = [
    "Overview",
    "Annex 1 list",
    "Receive packages",
    "Department review",
    "Review and publication",
    "Ledger",
    "Removals and objections",
    "Weekly accidents",
    "Unit certificates",
    "Certificates and keys",
    "Reporting units",
    "Working calendar",
]


def _menu_texts(menu: QMenu) -> list[str]:
    """The menu's entries as shown; a separator is "---", a submenu "title >"."""
    texts = []
    for action in menu.actions():
        if action.isSeparator():
            texts.append("---")
        elif action.menu() is not None:
            texts.append(f"{action.text()} >")
        else:
            texts.append(action.text())
    return texts


def _duplicate_accelerators(menu: QMenu) -> list[str]:
    """Accelerator letters used twice within ``menu`` or any of its submenus."""
    seen: dict[str, str] = {}
    duplicates = []
    for action in menu.actions():
        match = re.search(r"&([^&])", action.text().replace("&&", ""))
        if match:
            key = match.group(1).lower()
            if key in seen:
                duplicates.append(f"{menu.title()}: {seen[key]!r} and {action.text()!r}")
            seen[key] = action.text()
        if action.menu() is not None:
            duplicates += _duplicate_accelerators(action.menu())
    return duplicates


def _navigation(window: Any) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


@pytest.mark.gui
def test_main_window_speaks_english(qtbot, english: QTranslator, tmp_path: Path) -> None:
    from views.main_window import MainWindow

    window = MainWindow(_FakeBackend(tmp_path))  # type: ignore[arg-type]
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&View", "&Help"]
    file_menu, view_menu, help_menu = (action.menu() for action in window.menuBar().actions())
    assert _menu_texts(file_menu) == [
        "&Import Annex 1 workbook…",
        "Download Annex 1 import &template…",
        "---",
        "Initial setup &wizard…",
        "---",
        "E&xit",
    ]
    assert _menu_texts(help_menu) == ["Operator &guide (Chinese)", "&About CreditLedger"]
    for menu in (file_menu, view_menu, help_menu):
        assert _duplicate_accelerators(menu) == []

    # Not initialised yet: the provincial edition's pages, in the navigation and the View menu.
    assert _navigation(window) == PROVINCIAL_NAVIGATION
    assert _menu_texts(view_menu) == [*PROVINCIAL_NAVIGATION, "---", "Interface &language >"]
    language = view_menu.actions()[-1].menu()
    assert _menu_texts(language) == ["中文（简体）", "English"]
    assert [window.page(row).title for row in range(window.nav.count())] == PROVINCIAL_NAVIGATION

    window._set_edition("ministry")
    assert _navigation(window) == MINISTRY_NAVIGATION
    assert _menu_texts(view_menu) == [*MINISTRY_NAVIGATION, "---", "Interface &language >"]
    assert [window.page(row).title for row in range(window.nav.count())] == MINISTRY_NAVIGATION
    assert _duplicate_accelerators(view_menu) == []

    assert window.windowTitle() == "CreditLedger"
    assert window.overview.heading.text() == "Opening the database…"
