"""The ministry's 台账 screen with real widgets: search, credit archive, duplicates, follow-up
reminders, monthly statistics and the exports (ledger, masked public list, bulletin)."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog
from sqlalchemy import select

from desktop.services import ledger
from models.listing import ListingItem
from tests.guisupport import chinese_ui, open_window, settle
from tests.ministryworld import PERIOD, advance
from tests.pkiworld import World
from views.pages.ledger import RemindDialog

pytestmark = pytest.mark.gui

# An 18-character resident ID number (region, birth date, sequence, check character).
FULL_ID = re.compile(
    r"(?<![0-9A-Z])\d{6}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Z])"
)


@pytest.fixture(scope="module", autouse=True)
def _chinese_ui(qapp: QApplication) -> Iterator[None]:
    yield from chinese_ui(qapp)


def ledger_page(qtbot, world: World):
    window = open_window(qtbot, world.ministry.home)
    page = window.open_page("LedgerPage")
    settle(qtbot, window)
    return window, page


def shown_entries(page) -> list:
    return [page.model.row_object(r) for r in range(page.model.rowCount())]


def searched(qtbot, window, page) -> None:
    """Wait for the debounced search to fire and its result to arrive."""
    qtbot.waitUntil(lambda: not page._debounce.isActive(), timeout=5_000)
    settle(qtbot, window)


def test_search_by_name_fragment_uscc_and_filters(qtbot, ministry_month: World) -> None:
    advance(ministry_month, "published")
    everything = ledger.query(ministry_month.ministry)
    assert everything.total == 7
    window, page = ledger_page(qtbot, ministry_month)
    assert page.model.rowCount() == 7
    assert page.summary.text().startswith("共 7 条，用时 ")
    assert page.summary.text().endswith(" 毫秒")
    assert page.page_label.text() == "第 1–7 条"
    assert not page.next_button.isEnabled()
    assert not page.previous_button.isEnabled()

    # A fragment from the middle of one name, typed (debounced): only the matching entities remain.
    target = everything.items[3]
    fragment = target.subject_name[3:7]
    expected = {e.item_id for e in everything.items if fragment in e.subject_name}
    assert 0 < len(expected) < 7
    page.search_box.setText(fragment)
    assert page._debounce.isActive()  # no query per keystroke: the timer fires once
    searched(qtbot, window, page)
    assert {e.item_id for e in shown_entries(page)} == expected
    assert page.summary.text().startswith(f"共 {len(expected)} 条")

    # The USCC, confirmed with Enter: exactly that entity.
    page.search_box.setText(target.subject_code)
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    assert not page._debounce.isActive()
    settle(qtbot, window)
    assert [e.subject_code for e in shown_entries(page)] == [target.subject_code]
    assert page.summary.text().startswith("共 1 条")
    row = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert target.subject_name in row
    assert "已公布" in row
    assert "2026-11-16" in row

    # Filters: reporting unit, then state.
    page.search_box.clear()
    searched(qtbot, window, page)
    page.unit.setCurrentIndex(page.unit.findData("C14"))
    settle(qtbot, window)
    assert page.model.rowCount() == 3
    assert {e.reporting_unit_code for e in shown_entries(page)} == {"C14"}
    page.state.setCurrentIndex(page.state.findData("removed"))
    settle(qtbot, window)
    assert page.model.rowCount() == 0
    assert page.summary.text().startswith("共 0 条")
    page.state.setCurrentIndex(page.state.findData("published"))
    settle(qtbot, window)
    assert page.model.rowCount() == 3
    window.close()


def test_paging_through_the_results(qtbot, ministry_month: World, monkeypatch) -> None:
    from views.pages import ledger as ledger_module

    monkeypatch.setattr(ledger_module, "PAGE_SIZE", 3)
    window, page = ledger_page(qtbot, ministry_month)
    seen: list[int] = []
    for label in ("第 1–3 条", "第 4–6 条", "第 7–7 条"):
        assert page.page_label.text() == label
        assert page.summary.text().startswith("共 7 条")
        seen += [e.item_id for e in shown_entries(page)]
        if page.next_button.isEnabled():
            qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
            settle(qtbot, window)
    assert not page.next_button.isEnabled()
    assert sorted(seen) == sorted(e.item_id for e in ledger.query(ministry_month.ministry).items)
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert page.page_label.text() == "第 4–6 条"
    assert [e.item_id for e in shown_entries(page)] == seen[3:6]
    window.close()


def test_archive_dialog_shows_listing_provenance_and_review_steps(qtbot, ministry_month: World) -> None:
    advance(ministry_month, "published")
    window, page = ledger_page(qtbot, ministry_month)
    row = next(r for r, e in enumerate(shown_entries(page)) if e.reporting_unit_code == "P14")
    entry = page.model.row_object(row)
    rect = page.view.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.archive_button.isEnabled()
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.archive_dialog is not None, timeout=30_000)
    dialog = page.archive_dialog
    assert dialog.isVisible()
    assert dialog.heading.text() == entry.subject_name
    assert entry.subject_name in dialog.windowTitle()
    assert len(dialog.panels) == 1
    panel = dialog.panels[0]
    assert panel.provenance.text().startswith(f"P14_{PERIOD}_r1.p7m（第1版")
    reviews = panel.reviews.text()
    assert "刘审核：同意纳入" in reviews
    assert "司长周建平审签" in reviews
    assert "2026年第10次局长办公会议：同意公布" in reviews
    steps = [
        [panel.history.index(r, c).data() for c in range(panel.history.columnCount())]
        for r in range(panel.history.rowCount())
    ]
    assert steps[0][1] == "已接收"
    assert steps[0][3].startswith(f"接收第1版报送包（报送包 P14_{PERIOD}_r1.p7m（第1版")
    assert "司局审核中 → 司局已审签" in [s[1] for s in steps]
    assert steps[-1][1] == "会议已审定，待公布 → 已公布"
    assert any("司长周建平审签" in s[3] for s in steps)
    assert not dialog.follow_up.isVisibleTo(dialog)  # no objections, removals or repairs yet
    dialog.reject()
    qtbot.waitUntil(lambda: page.archive_dialog is None, timeout=5_000)
    window.close()


def test_duplicates_tab_groups_one_entity_reported_by_two_units(qtbot, ministry_month: World) -> None:
    with ministry_month.ministry.uow() as uow:
        items = list(uow.session.scalars(select(ListingItem).order_by(ListingItem.id)))
        p14 = next(i for i in items if i.reporting_unit_code == "P14")
        c14 = next(i for i in items if i.reporting_unit_code == "C14")
        c14.subject_id = p14.subject_id  # the coal bureau reported the same enterprise
        code = p14.subject.code
        uow.commit()
    window, page = ledger_page(qtbot, ministry_month)
    assert any(e.duplicate for e in shown_entries(page))
    page.tabs.setCurrentIndex(1)
    settle(qtbot, window)
    tree = page.duplicates
    assert tree.topLevelItemCount() == 1
    group = tree.topLevelItem(0)
    assert group.text(0) == "同一统一社会信用代码：山西、山西煤监局均有报送"
    assert group.text(1) == code
    assert sorted(group.child(i).text(2) for i in range(group.childCount())) == ["山西", "山西煤监局"]
    assert page.duplicates_count.text() == "共 1 组重复报送"
    window.close()


def test_overdue_department_reviews_and_a_reminder_sent_from_the_page(
    qtbot, ministry_month: World, monkeypatch
) -> None:
    advance(ministry_month, "dept_review")  # routed 2026-11-16: 3 working days, long past by now
    late = [r for r in ledger.overdue(ministry_month.ministry) if r.topic == "dept_review"]
    assert len(late) == 7
    window, page = ledger_page(qtbot, ministry_month)
    page.tabs.setCurrentIndex(2)
    settle(qtbot, window)
    page.overdue_topic.setCurrentIndex(page.overdue_topic.findData("dept_review"))
    rows = [page.overdue.row_object(r) for r in range(page.overdue.rowCount())]
    assert {r.entity_id for r in rows} == {r.entity_id for r in late}
    assert page.overdue_count.text() == "超期事项 7 件"
    first = [page.overdue.index(0, c).data() for c in range(page.overdue.columnCount())]
    assert first[0] == "司局审核超期"
    assert first[4] == f"{rows[0].days_overdue} 个工作日"
    assert rows[0].days_overdue > 0
    assert first[5] == "0 次"
    assert first[6] == ""

    # Filter by the responsible department.
    department = rows[0].unit_code
    page.overdue_unit.setCurrentIndex(page.overdue_unit.findData(department))
    settle(qtbot, window)
    rows = [page.overdue.row_object(r) for r in range(page.overdue.rowCount())]
    expected = [
        r for r in ledger.overdue(ministry_month.ministry, unit=department) if r.topic == "dept_review"
    ]
    assert page.overdue_topic.currentData() == "dept_review"
    assert 0 < len(rows) == len(expected) < 7
    assert {r.unit_code for r in rows} == {department}

    # The message dialog: OK only with a message.
    dialog = RemindDialog("规划科技司：司局审核超期", "请尽快办理：司局审核超期", page)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    dialog.note.setPlainText("  ")
    assert not ok.isEnabled()
    dialog.note.setPlainText("请于今日完成审核")
    assert ok.isEnabled()
    dialog.deleteLater()

    # 发送督办提醒… on the first row, with the message the user typed.
    page.overdue_view.selectRow(0)
    assert page.remind_button.isEnabled()
    target = page.selected_overdue()
    asked: list[str] = []
    monkeypatch.setattr(page, "ask_reminder", lambda row: asked.append(row.subject) or "请于今日完成审核")
    qtbot.mouseClick(page.remind_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert asked == [target.subject]
    (sent,) = ledger.reminders(ministry_month.ministry)
    assert (sent.unit_code, sent.topic, sent.entity_id) == (department, "dept_review", target.entity_id)
    assert sent.note == "请于今日完成审核"
    again = {r.entity_id: r for r in ledger.overdue(ministry_month.ministry) if r.topic == "dept_review"}
    assert again[target.entity_id].reminders == 1
    assert sum(r.reminders for r in again.values()) == 1

    # The list shows it: the row's count and last reminder, and the log below.
    row = next(
        r for r in range(page.overdue.rowCount()) if page.overdue.row_object(r).entity_id == target.entity_id
    )
    assert page.overdue.index(row, 5).data() == "1 次"
    assert page.overdue.index(row, 6).data().endswith(" 请于今日完成审核")
    assert page.reminders.rowCount() == 1
    assert page.reminders.index(0, 4).data() == "请于今日完成审核"
    assert page.reminders.index(0, 2).data() == "司局审核超期"
    window.close()


def test_monthly_statistics_tab(qtbot, ministry_month: World) -> None:
    advance(ministry_month, "published")
    window, page = ledger_page(qtbot, ministry_month)
    page.tabs.setCurrentIndex(3)
    settle(qtbot, window)
    assert page.stats_period.currentData() in page.periods
    page.stats_period.setCurrentIndex(page.stats_period.findData(PERIOD))
    settle(qtbot, window)
    figures = {
        page.figures.row_object(r)[0]: page.figures.row_object(r)[1] for r in range(page.figures.rowCount())
    }
    stats = ledger.monthly_stats(ministry_month.ministry, PERIOD)
    assert figures["已报送单位"] == stats.received == 3
    assert figures["迟报"] == 1  # C14 on 13 November
    assert figures["其中无新增"] == 1  # P32
    assert figures["接收名单条目"] == 7
    assert figures["已公布"] == 7
    departments = {page.departments.row_object(r).code for r in range(page.departments.rowCount())}
    assert departments == {d.code for d in stats.departments}
    assert sum(page.departments.row_object(r).routed for r in range(page.departments.rowCount())) == 7
    window.close()


def test_exports_write_the_ledger_the_masked_public_list_and_the_bulletin(
    qtbot, ministry_month: World, tmp_path: Path, monkeypatch
) -> None:
    advance(ministry_month, "published")
    window, page = ledger_page(qtbot, ministry_month)
    names = {e.subject_name for e in ledger.query(ministry_month.ministry).items}
    chosen: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(chosen[-1]), ""))

    def export(button, target: Path) -> Path:
        chosen.append(target)
        page.last_export = None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.last_export is not None, timeout=60_000)
        settle(qtbot, window)
        return page.last_export[0]

    # The internal ledger (the suffix is added when the user leaves it out).
    written = export(page.ledger_button, tmp_path / "台账")
    assert written == tmp_path / "台账.xlsx"
    sheet = load_workbook(written).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("序号", "单位名称", "统一社会信用代码")
    assert {r[1] for r in rows[1:]} == names
    assert page.last_message is not None
    assert page.last_message.text() == f"已导出台账 7 条：{written}"

    # The public list: the published entities, ID numbers masked.
    written = export(page.public_button, tmp_path / "公示名单.xlsx")
    rows = list(load_workbook(written).active.iter_rows(values_only=True))
    assert len(rows) == 8
    assert {r[1] for r in rows[1:]} == names
    assert "已导出公示名单 7 条" in page.last_message.text()
    cells = [str(value) for row in rows for value in row if value is not None]
    persons = [c for c in cells if "法定代表人" in c]
    assert len(persons) == 7
    assert all("********" in c for c in persons)
    assert not [c for c in cells if FULL_ID.search(c)]
    source_ids = {
        match.group()
        for book in ministry_month.root.glob("*.xlsx")
        for ws in load_workbook(book)
        for line in ws.iter_rows(values_only=True)
        for value in line
        if isinstance(value, str)
        for match in FULL_ID.finditer(value)
    }
    assert len(source_ids) >= 7  # the provinces' workbooks held the full numbers …
    assert not [i for i in source_ids if any(i in c for c in cells)]  # … the public list does not

    # The monthly bulletin for the period chosen in the toolbar.
    page.bulletin_period.setCurrentIndex(page.bulletin_period.findData(PERIOD))
    written = export(page.bulletin_button, tmp_path / "通报.pdf")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(written.read_bytes())).pages)
    assert "安全生产失信行为联合惩戒工作情况通报" in text
    assert "2026年10月" in text
    assert "山西省" in text
    assert page.last_message.text() == f"已生成 {PERIOD} 月度通报：{written}"
    window.close()
