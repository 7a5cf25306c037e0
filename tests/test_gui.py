"""The real widgets, offscreen: start-up, first-run wizard, pages, spreadsheet import, fonts, Qt strings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWizard

from desktop.backend import AppBackend
from tests.guisupport import chinese_ui, open_window, settle
from views.appearance import UI_FONT_FAMILY
from views.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module", autouse=True)
def _chinese_ui(qapp: QApplication) -> Iterator[None]:
    yield from chinese_ui(qapp)


def test_bundled_font_has_the_rare_name_characters(qapp: QApplication) -> None:
    assert qapp.font().family() == UI_FONT_FAMILY
    metrics = QFontMetrics(QFont(UI_FONT_FAMILY))
    for char in "刘䶮堃喆昇淼犇焱垚珺玥诚信台账":
        assert metrics.inFontUcs4(ord(char)), char


def test_qt_standard_buttons_speak_chinese(qtbot) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = {
        box.button(b).text()
        for b in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel)
    }
    assert texts == {"确定", "取消"}


def test_main_window_shows_the_month(qtbot, provincial_home: Path) -> None:
    window = open_window(qtbot, provincial_home)
    assert "山西省安全生产监督管理局" in window.windowTitle()
    assert window.overview.heading.text() == "山西省安全生产监督管理局 · 省级版"
    due = window.overview.due.text()
    assert dt.date.fromisoformat(due).day == 10
    assert window.nav.count() == 9  # provincial edition
    window.close()


def test_pages_load_their_data(qtbot, provincial_home: Path, tmp_path: Path) -> None:
    from desktop.services.demo import write_demo_workbook
    from desktop.services.demo_data import PROFILES, DemoData

    workbook = tmp_path / "p14.xlsx"
    write_demo_workbook(workbook, DemoData(7), PROFILES["P14"], dt.date.today(), 12)
    window = open_window(qtbot, provincial_home)
    window.import_workbook(str(workbook))
    wizard = window.import_wizard
    qtbot.waitUntil(lambda: wizard.preview_page.preview is not None, timeout=20_000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result_page.result is not None, timeout=20_000)
    assert "导入 12 条名单" in wizard.result_page.summary.text()
    wizard.accept()

    items = window.open_page("ItemsPage")
    settle(qtbot, window)
    assert items.model.rowCount() == 12
    assert items.count.text() == "共 12 条"
    first_name = items.model.row_object(0).subject_name
    items.search.insert(first_name)  # Chinese arrives through the input method, not key events
    qtbot.waitUntil(lambda: items.model.rowCount() == 1, timeout=5_000)

    units = window.open_page("UnitsPage")
    settle(qtbot, window)
    assert units.model.rowCount() >= 32
    units.filter.insert("兵团")
    assert units.proxy.rowCount() == 1
    window.close()


def test_import_with_errors_shows_each_refused_cell(qtbot, provincial_home: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from exporters.annex1_xlsx import write_template

    path = tmp_path / "bad.xlsx"
    write_template(path)
    wb = load_workbook(path)
    wb["附件1"].append(
        [
            1,
            "太原市某某煤业有限公司",
            "91140105MA0XXXXX1A",
            "",
            "煤矿",
            "",
            "",
            "1",
            "否",
            "",
            "x",
            "晋应急罚〔2026〕1号",
            "2026-13-01",
        ]
    )
    wb.save(path)
    window = open_window(qtbot, provincial_home)
    window.import_workbook(str(path))
    preview = window.import_wizard.preview_page
    qtbot.waitUntil(lambda: preview.preview is not None, timeout=20_000)
    (row,) = preview.preview.rows
    assert row.status == "refused"
    assert {"统一社会信用代码", "认定日期"} <= {i.column for i in row.issues if i.severity == "error"}
    assert not preview.isComplete()  # nothing to import
    assert "拒收 1 行" in preview.summary.text()
    window.import_wizard.reject()
    window.close()


def test_first_run_wizard_sets_up_the_folder(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from views import first_run

    home = tmp_path / "fresh"
    window = MainWindow(AppBackend(home))
    qtbot.addWidget(window)
    window.show()

    def drive(wizard: first_run.FirstRunWizard) -> int:
        wizard.show()
        assert wizard.currentPage().title() == "欢迎使用诚信台账"
        wizard.edition_page.provincial.setChecked(True)
        wizard.next()
        combo = wizard.unit_page.unit
        combo.setCurrentIndex(combo.findData("C14"))
        assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        wizard.next()
        assert "山西煤矿安全监察局" in wizard.currentPage().findChildren(type(window.session_label))[0].text()
        return QWizard.DialogCode.Accepted

    monkeypatch.setattr(first_run.FirstRunWizard, "exec", lambda self: drive(self))
    monkeypatch.setattr(first_run.FirstRunWizard, "choice", property(lambda self: ("provincial", "C14")))
    with qtbot.waitSignal(window.ready, timeout=20_000):
        window.start()
    settle(qtbot, window)
    assert (home / "config.json").exists()
    assert "山西煤矿安全监察局" in window.windowTitle()
    window.close()


def test_calendar_page_records_an_override(
    qtbot, provincial_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, provincial_home)
    page = window.open_page("CalendarPage")
    settle(qtbot, window)
    page.year.setValue(2027)
    settle(qtbot, window)
    assert "2027年尚无国务院放假安排数据" in page.status.text()
    assert page.confirm.isVisible()
    page.day.setDate(dt.date(2027, 2, 7))
    page.kind.setCurrentIndex(1)  # 工作日（调休上班）
    page.note.insert("春节调休")
    page.findChildren(type(page.confirm))[1].click()  # 添加或修改
    settle(qtbot, window)
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 1)) == "工作日"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.confirm.click()
    settle(qtbot, window)
    assert "已确认" in page.status.text()
    window.close()


def test_item_table_model_is_a_valid_qt_model(qtmodeltester) -> None:
    from views.table_models import Column, RowTableModel

    model = RowTableModel([Column("名称", lambda r: r[0]), Column("日期", lambda r: r[1])])
    model.set_rows([("甲", dt.date(2026, 1, 2)), ("乙", dt.date(2026, 3, 4))])
    qtmodeltester.check(model)
    assert model.data(model.index(1, 1)) == "2026-03-04"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole) == "甲"


def test_help_menu_opens_the_chinese_operator_guide(qtbot, provincial_home: Path) -> None:
    window = open_window(qtbot, provincial_home)
    window.show_guide()
    browser = window.guide_dialog.browser
    text = browser.toPlainText()
    assert text.startswith("诚信台账 省级版操作指南")
    for section in ("首次使用", "审签并生成报送包", "导入回执", "10日（含）前"):
        assert section in text
    window.guide_dialog.close()
    window.close()


def test_the_ministry_edition_opens_its_own_guide_naming_every_screen(qtbot, tmp_path: Path) -> None:
    from desktop.services.setup import initialize
    from models.enums import Edition

    home = tmp_path / "ministry"
    initialize(home, Edition.MINISTRY, "HQ-BGT")
    window = open_window(qtbot, home)
    window.show_guide()
    text = window.guide_dialog.browser.toPlainText()
    assert text.startswith("诚信台账 总局版操作指南")
    for title, _module, _cls in window.page_specs[1:]:
        assert title in text, title
    for step in ("3个工作日", "报告党组", "发布批次", "批准延期", "签发返回"):
        assert step in text
    window.guide_dialog.close()
    window.close()
