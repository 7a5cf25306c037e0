"""The department review screen (部门审核) with real widgets over a ministry in the middle of its month:
routing, bulk opinions and sign-offs, returns with (and without) a reason, the filters."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.services import review
from desktop.services.demo import write_demo_workbook
from desktop.services.demo_data import PROFILES, DemoData
from desktop.services.xlsx_import import import_annex1
from models.enums import DeptDecision, ItemState
from tests.guisupport import chinese_ui, open_window, settle
from tests.ministryworld import TODAY, advance
from tests.pkiworld import World
from views.pages import review as review_page

pytestmark = pytest.mark.gui

DEPARTMENT, STATE, CLOCK, OPINION, REVIEWER = 3, 4, 5, 6, 7


@pytest.fixture(scope="module", autouse=True)
def _chinese_ui(qapp: QApplication) -> Iterator[None]:
    yield from chinese_ui(qapp)


def open_review(qtbot, world: World) -> tuple[Any, review_page.ReviewPage]:
    window = open_window(qtbot, world.ministry.home)
    page = window.open_page("ReviewPage")
    settle(qtbot, window)
    return window, page


def shown(page: review_page.ReviewPage, column: int) -> list[str]:
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def rows(page: review_page.ReviewPage) -> list[Any]:
    return [page.model.row_object(r) for r in range(page.model.rowCount())]


def select(page: review_page.ReviewPage, wanted: Callable[[Any], bool]) -> list[int]:
    """Select (as with Ctrl+click) the rows ``wanted`` accepts; the first becomes the current row."""
    selection = QItemSelection()
    chosen = [r for r, row in enumerate(rows(page)) if wanted(row)]
    last = page.model.columnCount() - 1
    for r in chosen:
        selection.select(page.model.index(r, 0), page.model.index(r, last))
    selections = page.view.selectionModel()
    selections.setCurrentIndex(page.model.index(chosen[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    selections.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    return [page.model.row_object(r).item_id for r in chosen]


def states(world: World) -> dict[int, str]:
    return {r.item_id: r.state for r in review.queue(world.ministry)}


def test_routing_through_the_page_starts_the_clocks(qtbot, ministry_month: World) -> None:
    window, page = open_review(qtbot, ministry_month)
    assert page.model.rowCount() == 7
    assert set(shown(page, STATE)) == {ItemState.RECEIVED.label}
    assert set(shown(page, DEPARTMENT)) == {"（未分办）"}
    assert not page.opinion_button.isEnabled()  # nothing selected

    page.route_button.click()  # nothing selected: every received item
    settle(qtbot, window)
    queue = {r.item_id: r for r in review.queue(ministry_month.ministry)}
    assert {r.state for r in queue.values()} == {ItemState.DEPT_REVIEW.value}
    assert page.status_line.text().startswith("已分办 7 条")
    assert set(shown(page, STATE)) == {ItemState.DEPT_REVIEW.label}
    for r, row in enumerate(rows(page)):
        expected = queue[row.item_id]
        assert expected.clock is not None
        assert page.model.index(r, DEPARTMENT).data() == expected.department != "（未分办）"
        assert page.model.index(r, CLOCK).data() == expected.clock.text
    assert {row.department_code for row in rows(page) if row.reporting_unit_code == "C14"} <= {
        "HQ-SGDCS",
        "HQ-AQJCS",
    }  # the coal bureau's items go to the coal administration's departments

    select(page, lambda row: True)
    settle(qtbot, window)
    assert page.routing.text().startswith("按规则应分办至")
    assert page.due_on.text() == queue[page.current_id].clock.due_on.isoformat()
    window.close()


def test_bulk_agree_and_sign_off_on_one_province(qtbot, ministry_month: World, monkeypatch) -> None:
    advance(ministry_month, "dept_review")
    window, page = open_review(qtbot, ministry_month)
    p14 = select(page, lambda row: row.reporting_unit_code == "P14")
    assert len(p14) == 4
    assert page.sign_button.isEnabled()

    def opinion(dialog: review_page.OpinionDialog) -> int:
        dialog.decision.setCurrentIndex(dialog.decision.findData(DeptDecision.DISAGREE.value))
        dialog.reviewer.setText("刘审核")
        assert not dialog.ok_button.isEnabled()  # disagreeing needs a reason
        dialog.decision.setCurrentIndex(dialog.decision.findData(DeptDecision.AGREE.value))
        assert dialog.ok_button.isEnabled()
        return QDialog.DialogCode.Accepted

    def signer(dialog: review_page.SignDialog) -> int:
        dialog.name.setText("周建平")
        assert not dialog.ok_button.isEnabled()
        dialog.title_edit.setText("司长")
        assert dialog.ok_button.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(review_page.OpinionDialog, "exec", opinion)
    monkeypatch.setattr(review_page.SignDialog, "exec", signer)
    page.opinion_button.click()
    settle(qtbot, window)
    assert page.status_line.text() == "已为 4 条填写审核意见：同意纳入。"
    assert sorted(page.selected_ids()) == sorted(p14)  # the selection survives the refresh
    page.sign_button.click()
    settle(qtbot, window)
    assert page.status_line.text() == "已审签 4 条，交回办公厅。"

    now = states(ministry_month)
    assert {now[i] for i in p14} == {ItemState.DEPT_SIGNED.value}
    assert {s for i, s in now.items() if i not in p14} == {ItemState.DEPT_REVIEW.value}
    signed = [r for r, row in enumerate(rows(page)) if row.item_id in p14]
    assert {page.model.index(r, STATE).data() for r in signed} == {ItemState.DEPT_SIGNED.label}
    assert {page.model.index(r, CLOCK).data() for r in signed} == {"已办结"}
    assert {page.model.index(r, OPINION).data() for r in signed} == {"同意纳入"}
    assert {page.model.index(r, REVIEWER).data() for r in signed} == {"刘审核"}
    window.close()


def test_return_to_the_province_shows_the_reason_and_pauses_the_clock(
    qtbot, ministry_month: World, monkeypatch
) -> None:
    advance(ministry_month, "dept_review")
    window, page = open_review(qtbot, ministry_month)
    target = next(row.item_id for row in rows(page) if row.reporting_unit_code == "C14")
    reason = "认定依据文号与处罚决定书不一致，请核实后重新报送。"

    def filled(dialog: review_page.ReturnDialog) -> int:
        assert dialog.step.currentData() == "province"
        dialog.reason.setPlainText(reason)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(review_page.ReturnDialog, "exec", filled)
    select(page, lambda row: row.item_id == target)
    page.return_button.click()
    settle(qtbot, window)

    queue = {r.item_id: r for r in review.queue(ministry_month.ministry)}
    assert queue[target].state == ItemState.RETURNED.value
    assert queue[target].last_reason == reason
    assert "回执" in page.status_line.text()
    assert page.current_id == target
    assert page.reason.text() == reason
    assert "暂停" in page.clock_state.text()
    for r, row in enumerate(rows(page)):
        clock = queue[row.item_id].clock
        assert clock is not None
        colour = page.model.index(r, CLOCK).data(Qt.ItemDataRole.ForegroundRole)
        if row.item_id == target:
            assert colour == review_page.PAUSED
        else:
            assert colour == (review_page.OVERDUE if clock.overdue else None)
    window.close()


def test_return_without_a_reason_is_refused_and_changes_nothing(
    qtbot, ministry_month: World, monkeypatch
) -> None:
    advance(ministry_month, "dept_review")
    before = states(ministry_month)
    window, page = open_review(qtbot, ministry_month)
    select(page, lambda row: row.reporting_unit_code == "C14")

    def empty(dialog: review_page.ReturnDialog) -> int:
        dialog.reason.setPlainText("   ")
        assert not dialog.ok_button.isEnabled()
        return QDialog.DialogCode.Accepted  # as if OK had been forced: the service must refuse

    messages: list[str] = []

    def captured(box: QMessageBox) -> int:
        messages.append(box.text())
        return 0

    monkeypatch.setattr(review_page.ReturnDialog, "exec", empty)
    monkeypatch.setattr(QMessageBox, "exec", captured)
    page.return_button.click()
    qtbot.waitUntil(lambda: bool(messages), timeout=30_000)
    settle(qtbot, window)
    assert messages == ["退回必须写明理由，报送单位将在回执中看到。"]
    assert states(ministry_month) == before
    assert page.status_line.text() == ""
    window.close()


def test_filters_narrow_the_rows(qtbot, ministry_month: World) -> None:
    advance(ministry_month, "dept_review")
    window, page = open_review(qtbot, ministry_month)
    assert page.model.rowCount() == 7
    coal = next(
        r.department_code for r in review.queue(ministry_month.ministry) if r.reporting_unit_code == "C14"
    )
    expected = {r.item_id for r in review.queue(ministry_month.ministry, department=coal)}
    assert 0 < len(expected) < 7
    page.department.setCurrentIndex(page.department.findData(coal))
    settle(qtbot, window)
    assert {row.item_id for row in rows(page)} == expected
    assert page.count.text() == f"共 {len(expected)} 条"

    page.state.setCurrentIndex(page.state.findData(ItemState.RECEIVED.value))
    settle(qtbot, window)
    assert page.model.rowCount() == 0
    page.department.setCurrentIndex(0)
    page.state.setCurrentIndex(0)
    page.changed_only.setChecked(True)
    settle(qtbot, window)
    assert page.model.rowCount() == 0  # nothing changed since a review yet
    assert [page.period.itemData(i) for i in range(page.period.count())] == ["", "2026-10"]
    window.close()


def test_an_hq_departments_own_finding_is_signed_and_submitted(
    qtbot, ministry_month: World, monkeypatch
) -> None:
    workbook = ministry_month.root / "hq.xlsx"
    write_demo_workbook(workbook, DemoData(9), PROFILES["P14"], TODAY, 1)
    import_annex1(ministry_month.ministry, workbook, unit_code="HQ-JG3S", today=TODAY)
    window, page = open_review(qtbot, ministry_month)
    page.state.setCurrentIndex(page.state.findData(ItemState.DRAFT.value))
    settle(qtbot, window)
    assert [row.reporting_unit_code for row in rows(page)] == ["HQ-JG3S"]
    (draft,) = select(page, lambda row: True)

    def signer(dialog: review_page.SignDialog) -> int:
        dialog.name.setText("吴司长")
        dialog.title_edit.setText("司长")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(review_page.SignDialog, "exec", signer)
    page.hq_button.click()
    settle(qtbot, window)
    assert page.status_line.text() == "已报送 1 条本司局核实的条目。"
    assert states(ministry_month)[draft] == ItemState.DEPT_SIGNED.value
    assert page.model.rowCount() == 0  # no drafts left
    window.close()
