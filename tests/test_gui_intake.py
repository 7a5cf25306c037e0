"""The ministry's intake screen beyond the packages: the timeliness grid with an extension granted
through the page, and the feedback still to be signed, issued through the page."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.services import feedback, ledger
from tests.guisupport import chinese_ui, open_window, settle
from tests.ministryworld import PERIOD, advance
from tests.pkiworld import World

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module", autouse=True)
def _chinese_ui(qapp: QApplication) -> Iterator[None]:
    yield from chinese_ui(qapp)


def _column(page, period: str) -> int:
    year, month = period.split("-")
    title = f"{year}年{int(month)}月"
    columns = [page.grid.headerData(c, Qt.Orientation.Horizontal) for c in range(page.grid.columnCount())]
    return columns.index(title)


def _row(page, short_name: str) -> int:
    rows = [page.grid.headerData(r, Qt.Orientation.Vertical) for r in range(page.grid.rowCount())]
    return rows.index(short_name)


def test_timeliness_grid_and_an_extension(qtbot, ministry_month: World) -> None:
    window = open_window(qtbot, ministry_month.ministry.home)
    page = window.open_page("IntakePage")
    settle(qtbot, window)
    assert page.revisions.rowCount() == 3
    page.months.setValue(24)
    page.tabs.setCurrentIndex(1)
    settle(qtbot, window)
    column = _column(page, PERIOD)
    text = {
        unit: page.grid.data(page.grid.index(_row(page, name), column))
        for unit, name in (("P14", "山西"), ("C14", "山西煤监局"), ("P32", "江苏"))
    }
    assert text == {"P14": "按时", "C14": "迟报3天", "P32": "无新增（按时）"}
    assert page.grid.rowCount() == len(page.grid.grid.units) > 40
    beijing = page.grid.data(page.grid.index(_row(page, "北京"), column))
    assert beijing == "未报送"
    assert "迟报" in page.grid_summary.text() or "未报送" in page.grid_summary.text()

    # Grant 北京 an extension through the dialog: OK stays disabled until approver and reason exist.
    page.grid_view.setCurrentIndex(page.grid.index(_row(page, "北京"), column))
    page._extend()
    dialog = page.extension_dialog
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.granted_by.setText("办公厅负责同志")
    assert not ok.isEnabled()
    dialog.reason.setText("系统故障，经电话请示同意")
    assert ok.isEnabled()
    dialog.accept()
    settle(qtbot, window)
    cell = page.grid.data(page.grid.index(_row(page, "北京"), column))
    assert "延期至11月15日（办公厅负责同志批准）" in cell
    stored = ledger.timeliness(ministry_month.ministry, [PERIOD]).cell("P11", PERIOD)
    assert stored.extension_granted_by == "办公厅负责同志"
    window.close()


def test_pending_feedback_is_signed_through_the_page(qtbot, ministry_month: World, monkeypatch) -> None:
    advance(ministry_month, "published")
    before = {(p.unit_code, p.period) for p in feedback.pending(ministry_month.ministry)}
    assert before == {("P14", PERIOD), ("C14", PERIOD)}
    window = open_window(qtbot, ministry_month.ministry.home)
    page = window.open_page("IntakePage")
    page.tabs.setCurrentIndex(2)
    settle(qtbot, window)
    assert page.pending.rowCount() == 2
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    page.issue(selected_only=False)
    qtbot.waitUntil(lambda: getattr(page, "last_issued", None) is not None, timeout=30_000)
    settle(qtbot, window)
    assert {(r.unit_code, r.period) for r in page.last_issued} == before
    for issued in page.last_issued:
        assert issued.path.is_file()
        assert issued.path.name.endswith(".feedback-1.p7s")
        assert issued.counts == {"已公布": 4 if issued.unit_code == "P14" else 3}
    assert "已签发 2 份反馈" in page.last_box.text()
    assert page.pending.rowCount() == 0
    assert feedback.pending(ministry_month.ministry) == []
    window.close()
