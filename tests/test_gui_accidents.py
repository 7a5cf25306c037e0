"""The weekly accident screen (事故周报, 附件2) with real widgets over the General Office's database:
entering with the live grade, correcting the grade, importing a week, routing, reassigning,
verifying, signing and returning, the overdue tab, linking a listing item and the export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.services import accidents as svc
from desktop.services.xlsx_import import import_annex1
from tests.guisupport import chinese_ui, open_window, settle
from tests.pkiworld import World
from tests.test_accidents import row, write_annex2
from tests.test_import_xlsx import item_row, write_annex1
from views.pages.accidents import (
    AccidentForm,
    AccidentsPage,
    GradeDialog,
    LinkDialog,
    ReassignDialog,
    SignDialog,
    VerifyDialog,
)

pytestmark = pytest.mark.gui

TODAY = dt.date.today()
YESTERDAY = TODAY - dt.timedelta(days=1)
GRADE, DEPARTMENT, STATUS, LINKED, DUE = 6, 7, 8, 9, 10  # AccidentsPage columns


@pytest.fixture(scope="module", autouse=True)
def _chinese_ui(qapp: QApplication) -> Iterator[None]:
    yield from chinese_ui(qapp)


@pytest.fixture
def refusals(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the message boxes show_failure would have shown modally."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    return shown


def cell(page: AccidentsPage, row_number: int, column: int, model=None) -> str:  # type: ignore[no-untyped-def]
    model = model or page.model
    return str(model.data(model.index(row_number, column)))


def answering(
    page: AccidentsPage, monkeypatch: pytest.MonkeyPatch, fill: Callable[[QDialog], bool]
) -> list[QDialog]:
    """Replace the page's modal dialogs by ``fill`` (which sets the widgets and says OK or Cancel)."""
    asked: list[QDialog] = []

    def ask(dialog: QDialog) -> object:
        asked.append(dialog)
        return dialog.answer() if fill(dialog) else None  # type: ignore[attr-defined]

    monkeypatch.setattr(page, "ask", ask)
    return asked


def open_page(qtbot, world: World) -> tuple[object, AccidentsPage]:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, world.ministry.home)
    page = window.open_page("AccidentsPage")
    settle(qtbot, window)
    assert isinstance(page, AccidentsPage)
    return window, page


def test_enter_an_accident_with_its_computed_grade_then_correct_the_grade(
    qtbot, world: World, monkeypatch: pytest.MonkeyPatch, refusals: list[str]
) -> None:
    window, page = open_page(qtbot, world)
    monday = svc.week_of(TODAY)
    assert page.monday == monday
    assert page.due_label.text() == f"返回期限：{svc.return_due(world.ministry, monday).isoformat()}"
    assert page.model.rowCount() == 0
    assert not page.route_button.isEnabled()

    grades: list[str] = []

    def fill(form: QDialog) -> bool:
        assert isinstance(form, AccidentForm)
        if len(asked) == 3:  # the form opened again after the refusal, with what was typed
            return False
        assert not form.ok_button.isEnabled()  # required fields are empty
        form.date.setDate(QDate(YESTERDAY.year, YESTERDAY.month, YESTERDAY.day))
        form.time.setTime(QTime(14, 30))
        form.region.setText("140105")
        form.place.setText("井下2号采区")
        form.unit.setText("太原市鑫源1号煤业有限公司")
        form.industry.setCurrentIndex(form.industry.findText("煤矿"))
        form.category.setCurrentIndex(form.category.findData("15"))
        form.summary.setPlainText("井下发生瓦斯爆炸。")
        grades.append(form.computed.text())
        form.loss.setText("450")
        form.deaths.setValue(2)
        grades.append(form.computed.text())
        form.missing.setValue(1)  # 下落不明 counts as deaths (493号, reference data)
        grades.append(form.computed.text())
        form.loss.setText("5000")
        grades.append(form.computed.text())
        form.loss.setText("450")
        assert form.ok_button.isEnabled()
        return True

    asked = answering(page, monkeypatch, fill)
    qtbot.mouseClick(page.enter_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert grades == ["一般事故（损失未知，可能更高）", "一般事故", "较大事故", "重大事故"]
    [stored] = svc.week_list(world.ministry, monday)
    assert (stored.unit_name, stored.occurred_text) == ("太原市鑫源1号煤业有限公司", f"{YESTERDAY} 14:30")
    assert (stored.deaths, stored.missing, stored.grade, stored.status) == (
        2,
        1,
        "relatively_large",
        "entered",
    )
    assert page.model.rowCount() == 1
    assert cell(page, 0, GRADE) == "较大事故"
    assert cell(page, 0, STATUS) == "已录入"
    assert page.route_button.isEnabled()
    assert refusals == []

    # The same accident again: the service refuses it and the form comes back with the typing.
    qtbot.mouseClick(page.enter_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert len(refusals) == 1
    assert "该事故已录入" in refusals[0]
    assert len(asked) == 3
    again = asked[2]
    assert isinstance(again, AccidentForm)
    assert (again.unit.text(), again.time.time(), again.loss.text()) == (
        "太原市鑫源1号煤业有限公司",
        QTime(14, 30),
        "450",
    )
    assert again.industry.currentText() == "煤矿"
    assert len(svc.week_list(world.ministry, monday)) == 1

    # Grade correction: OK needs a reason ...
    page.view.selectRow(0)
    assert page.grade_button.isEnabled()
    dialog = GradeDialog(page, page.selected()[0])
    qtbot.addWidget(dialog)
    dialog.grade.setCurrentIndex(dialog.grade.findText("重大事故"))
    assert not dialog.ok_button.isEnabled()
    dialog.reason.setPlainText("续报：另有7人下落不明")
    assert dialog.ok_button.isEnabled()

    # ... and without one the service's refusal is shown and nothing changes.
    def no_reason(dialog: QDialog) -> bool:
        assert isinstance(dialog, GradeDialog)
        dialog.grade.setCurrentIndex(dialog.grade.findText("重大事故"))
        return True

    answering(page, monkeypatch, no_reason)
    qtbot.mouseClick(page.grade_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert refusals[-1] == "调整事故等级必须填写理由。"
    unchanged = svc.accident(world.ministry, stored.id)
    assert (unchanged.effective_grade, unchanged.overridden) == ("relatively_large", False)

    def with_reason(dialog: QDialog) -> bool:
        assert isinstance(dialog, GradeDialog)
        dialog.grade.setCurrentIndex(dialog.grade.findText("重大事故"))
        dialog.reason.setPlainText("续报：另有7人下落不明")
        return True

    answering(page, monkeypatch, with_reason)
    page.view.selectRow(0)
    qtbot.mouseClick(page.grade_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    corrected = svc.accident(world.ministry, stored.id)
    assert (corrected.grade, corrected.effective_grade, corrected.grade_override_reason) == (
        "relatively_large",
        "serious",
        "续报：另有7人下落不明",
    )
    assert cell(page, 0, GRADE) == "重大事故（更正）"
    tip = page.model.data(page.model.index(0, GRADE), Qt.ItemDataRole.ToolTipRole)
    assert "较大事故" in tip
    assert "续报：另有7人下落不明" in tip
    assert page.view.selectionModel().selectedRows()[0].row() == 0  # the corrected row stays selected

    # Editing keeps the correction unless the form changes it.
    def edit(form: QDialog) -> bool:
        assert isinstance(form, AccidentForm)
        assert form.grade.currentText() == "重大事故"
        assert form.time.time() == QTime(14, 30)
        form.place.setText("井下3号采区")
        return True

    answering(page, monkeypatch, edit)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    edited = svc.accident(world.ministry, stored.id)
    assert (edited.place, edited.effective_grade) == ("井下3号采区", "serious")
    window.close()


def test_import_route_reassign_verify_sign_and_export_a_week(
    qtbot, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, refusals: list[str]
) -> None:
    when = f"{YESTERDAY} 08:30"
    book = write_annex2(
        tmp_path / "本周事故.xlsx",
        [
            row(1, **{"事故发生时间": when}),
            row(2, **{"事故发生时间": when, "所属行业": "危化品", "事故类别": "容器爆炸", "死亡人数": 10}),
            row(3, **{"事故发生时间": when, "死亡人数": -2}),
        ],
    )
    window, page = open_page(qtbot, world)
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    page.import_workbook(book)
    qtbot.waitUntil(lambda: page.last_import is not None, timeout=30_000)
    settle(qtbot, window)
    result = page.last_import
    assert (result.imported, result.duplicates, result.refused_rows) == (2, 0, 1)
    assert result.report is not None
    assert result.report.exists()
    assert str(result.report) in page.last_box.text()
    assert "拒收 1 行" in page.last_box.text()
    assert "死亡人数" in page.last_box.detailedText()
    monday = svc.week_of(TODAY)
    assert page.monday == monday
    assert page.model.rowCount() == 2
    assert [cell(page, n, GRADE) for n in range(2)] == ["较大事故", "重大事故"]
    assert {cell(page, n, STATUS) for n in range(2)} == {"已录入"}

    # 分送司局: every entered accident of the week to its industry's department.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.route_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    listed = {r.unit_name: r for r in svc.week_list(world.ministry, monday)}
    coal, chemical = listed["太原市鑫源1号煤业有限公司"], listed["太原市鑫源2号煤业有限公司"]
    assert (coal.status, coal.department_code) == ("routed", "HQ-AQJCS")
    assert (chemical.status, chemical.department_code) == ("routed", "HQ-JG3S")
    assert page.notice.text().startswith("已分送 2 起")
    assert [cell(page, n, DEPARTMENT) for n in range(2)] == ["煤监局监察司", "监管三司"]
    assert not page.route_button.isEnabled()

    # 改送: the coal accident to the accident investigation department, with a reason.
    page.view.selectRow(0)
    assert page.reassign_button.isEnabled()

    def reassign(dialog: QDialog) -> bool:
        assert isinstance(dialog, ReassignDialog)
        assert not dialog.ok_button.isEnabled()
        dialog.department.setCurrentIndex(dialog.department.findData("HQ-SGDCS"))
        dialog.reason.setPlainText("涉及瞒报，由事故调查司核实")
        return True

    answering(page, monkeypatch, reassign)
    qtbot.mouseClick(page.reassign_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert svc.accident(world.ministry, coal.id).department_code == "HQ-SGDCS"
    assert cell(page, 0, DEPARTMENT) == "煤监局事故调查司"

    # 签发返回 needs verified accidents; 核实 both at once.
    page.view.selectAll()
    assert page.verify_button.isEnabled()
    assert not page.sign_button.isEnabled()

    def verify(dialog: QDialog) -> bool:
        assert isinstance(dialog, VerifyDialog)
        assert not dialog.ok_button.isEnabled()
        dialog.reviewer.setText("李明")
        dialog.note.setPlainText("已会同山西省应急管理厅核实")
        return True

    answering(page, monkeypatch, verify)
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    verified = svc.week_list(world.ministry, monday)
    assert [(r.status, r.reviewer, r.verification_note) for r in verified] == [
        ("verified", "李明", "已会同山西省应急管理厅核实")
    ] * 2
    assert {cell(page, n, STATUS) for n in range(2)} == {"已核实"}
    assert len(page.selected()) == 2  # the verified accidents stay selected
    assert page.sign_button.isEnabled()

    def sign(dialog: QDialog) -> bool:
        assert isinstance(dialog, SignDialog)
        assert dialog.title_edit.text() == "司长"
        dialog.name.setText("王强")
        return True

    answering(page, monkeypatch, sign)
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    returned = svc.week_list(world.ministry, monday)
    assert [(r.status, r.signer_name, r.signer_title, r.signed_on) for r in returned] == [
        ("returned", "王强", "司长", TODAY)
    ] * 2
    for n, accident in enumerate(returned):
        assert cell(page, n, STATUS) == "已反馈办公厅"
        assert cell(page, n, DUE).endswith("按时" if accident.on_time else "逾期返回")
    assert page.overdue_model.rowCount() == 0
    assert refusals == []

    # 导出本周表格: the Annex 2 layout with department, status and verification.
    target = tmp_path / "导出" / "事故周报.xlsx"
    target.parent.mkdir()
    page.export_to(target)
    settle(qtbot, window)
    assert page.notice.text() == f"已导出 {monday.isoformat()} 周事故 2 起：{target}"
    ws = load_workbook(target)["附件2"]
    headers = [c.value for c in ws[1]]
    rows = [dict(zip(headers, (c.value for c in line), strict=True)) for line in ws.iter_rows(min_row=2)]
    assert [(r["事故发生单位"], r["状态"], r["核实人"], r["司局审签人"]) for r in rows] == [
        ("太原市鑫源1号煤业有限公司", "已反馈办公厅", "李明", "王强"),
        ("太原市鑫源2号煤业有限公司", "已反馈办公厅", "李明", "王强"),
    ]
    assert [r["审核司局"] for r in rows] == [
        "国家煤矿安全监察局事故调查司",
        "国家安全监管总局安全监督管理三司",
    ]
    window.close()


def test_overdue_tab_previous_week_and_linking_a_listing_item(
    qtbot, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    last_monday = svc.week_of(TODAY) - dt.timedelta(days=7)
    ctx = world.ministry
    late = svc.enter_accident(
        ctx, row(1, **{"事故发生时间": f"{last_monday - dt.timedelta(days=1)} 09:00"}), last_monday
    )
    svc.route_week(ctx, last_monday, last_monday)
    workbook = write_annex1(tmp_path / "司局发现.xlsx", [item_row(1, **{"失信行为类别": "1"})])
    assert import_annex1(ctx, workbook, unit_code="HQ-AQJCS", today=TODAY).imported == 1

    window, page = open_page(qtbot, world)
    assert page.model.rowCount() == 0
    assert page.tabs.tabText(1) == "超期未返回（1）"
    assert cell(page, 0, DUE, page.overdue_model).endswith("超期")

    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert page.monday == last_monday
    assert page.week.date() == QDate(last_monday.year, last_monday.month, last_monday.day)
    assert page.tabs.tabText(0) == f"{last_monday.isoformat()} 周事故"
    assert page.model.rowCount() == 1
    assert cell(page, 0, STATUS) == "已印送司局"

    page.tabs.setCurrentIndex(1)
    page.overdue_view.selectRow(0)
    assert page.link_button.isEnabled()
    assert page.verify_button.isEnabled()
    assert f"#{late.id} " in page.detail.text()

    def link(dialog: QDialog) -> bool:
        assert isinstance(dialog, LinkDialog)
        assert dialog.model.rowCount() == 1
        assert not dialog.ok_button.isEnabled()
        dialog.search.setText("没有这个单位")
        assert dialog.model.rowCount() == 0
        dialog.search.setText("鑫源1号")
        dialog.view.selectRow(0)
        assert dialog.ok_button.isEnabled()
        return True

    answering(page, monkeypatch, link)
    qtbot.mouseClick(page.link_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert svc.accident(ctx, late.id).linked_items == 1
    assert cell(page, 0, LINKED, page.overdue_model) == "1"
    assert cell(page, 0, LINKED) == "1"
    assert "已关联名单条目" in page.notice.text()

    qtbot.mouseClick(page.this_week_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert page.monday == svc.week_of(TODAY)
    assert page.tabs.tabText(0) == "本周事故"
    window.close()
