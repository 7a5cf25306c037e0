"""The ministry's removals and objections screen with real widgets: an objection registered,
verified and decided; a province's Annex 3 case reviewed, approved and removed in a batch; the
expiring worklist; early removal (信用修复) refused, approved and revoked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from desktop.context import AppContext
from desktop.services import feedback, meetings, objections, removal_chain
from desktop.services.package_export import export_package
from desktop.services.package_intake import import_package
from desktop.services.receipts import import_receipt
from desktop.services.removals import save_review, worklist
from models import reference
from models.deadlines import early_removal_from, working_period
from models.enums import ItemState, ObjectionDecision
from models.listing import ListingItem
from tests.guisupport import chinese_ui, open_window, settle
from tests.ministryworld import PERIOD, advance
from tests.pkiworld import SIGNER, World
from views.main_window import MainWindow
from views.pages.ministry_removals import MinistryRemovalsPage

pytestmark = pytest.mark.gui

OBJECTIONS_TAB, CASES_TAB, EXPIRING_TAB, REPAIRS_TAB = 3, 0, 1, 2


@pytest.fixture(scope="module", autouse=True)
def _chinese_ui(qapp: QApplication) -> Iterator[None]:
    yield from chinese_ui(qapp)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the message boxes the page opened (none of them blocks)."""
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: texts.append(box.text()) or 0)
    return texts


def published(ctx: AppContext) -> list[ListingItem]:
    with ctx.uow() as uow:
        items = list(
            uow.session.scalars(
                select(ListingItem).where(ListingItem.state == ItemState.PUBLISHED).order_by(ListingItem.id)
            )
        )
        for item in items:
            _ = item.subject.name  # loaded while the session is open
        return items


def item(ctx: AppContext, item_id: int) -> ListingItem:
    with ctx.uow() as uow:
        found = uow.session.get(ListingItem, item_id)
        assert found is not None
        return found


def annex3_case(world: World) -> ListingItem:
    """The province reviews its item whose term ends first and reports it in a package (Annex 3)."""
    ministry = world.ministry
    for unit in ("P14", "C14"):
        issued = feedback.issue_feedback(ministry, unit, PERIOD)
        assert import_receipt(world.province(unit), issued.path).status == "imported"
    target = min(published(ministry), key=lambda i: i.expires_on or dt.date.max)
    assert target.expires_on is not None
    later = target.expires_on - dt.timedelta(days=25)
    province = world.province(target.reporting_unit_code)
    listed = {r.subject_name: r for r in worklist(province, today=later)}
    save_review(
        province,
        listed[target.subject.name].listing_id,
        {"subject_status": "deregistered", "opinion": "agree", "opinion_reason": "已注销，期内未再失信。"},
        today=later,
    )
    package = export_package(
        province, working_period(later), world.root / "outbox", SIGNER, accept_warnings=True, today=later
    )
    received = dt.datetime.combine(later, dt.time(10), dt.timezone(dt.timedelta(hours=8)))
    result = import_package(
        ministry, package.path.read_bytes(), package.path.name, received_at=received, today=later
    )
    assert result.removal_cases == 1, result.message
    return target


def answer(qtbot, window: MainWindow, fill: Callable[[Any], bool]) -> Callable[[Any], bool]:
    """A stand-in for ``page.ask``: lets pending searches arrive, fills the real dialog, OK or Cancel."""

    def ask(dialog: Any) -> bool:
        settle(qtbot, window)
        return fill(dialog)

    return ask


def open_page(qtbot, world: World, tab: int) -> tuple[MainWindow, MinistryRemovalsPage]:
    window = open_window(qtbot, world.ministry.home)
    page = window.open_page("MinistryRemovalsPage")
    page.tabs.setCurrentIndex(tab)
    settle(qtbot, window)
    return window, page


def cell(model: Any, row: int, title: str) -> str:
    horizontal = Qt.Orientation.Horizontal
    column = next(c for c in range(model.columnCount()) if model.headerData(c, horizontal) == title)
    return model.data(model.index(row, column))


def test_objection_registered_verified_then_corrected_or_dismissed(
    qtbot, ministry_month: World, monkeypatch: pytest.MonkeyPatch, shown: list[str]
) -> None:
    world, ministry = ministry_month, ministry_month.ministry
    advance(world, "published")
    disputed, other = published(ministry)[1:3]
    window, page = open_page(qtbot, world, OBJECTIONS_TAB)
    assert page.objections.rowCount() == 0
    assert not page.verify_button.isEnabled()
    assert not page.decide_button.isEnabled()

    def register(target: ListingItem, by: str, content: str) -> Callable[[Any], bool]:
        def fill(dialog: Any) -> bool:
            assert dialog.chooser.model.rowCount() == len(published(ministry))
            assert not dialog.ok_button.isEnabled()
            dialog.chooser.text.setText(target.subject.code)
            dialog.chooser.find()
            settle(qtbot, window)
            assert dialog.chooser.model.rowCount() == 1
            assert dialog.chooser.chosen().item_id == target.id
            dialog.raised_by.setText(by)
            assert not dialog.ok_button.isEnabled()  # the content is required
            dialog.content.setPlainText(content)
            assert dialog.ok_button.isEnabled()
            return True

        return fill

    monkeypatch.setattr(
        page, "ask", answer(qtbot, window, register(disputed, "某某公司", "简况中事故死亡人数有误。"))
    )
    page.register_button.click()
    settle(qtbot, window)
    assert item(ministry, disputed.id).state is ItemState.OBJECTION_RAISED
    (row,) = objections.objections(ministry)
    assert (row.item_id, row.raised_by, row.channel, row.status) == (
        disputed.id,
        "某某公司",
        "书面",
        "registered",
    )
    assert page.objections.rowCount() == 1
    assert cell(page.objections, 0, "单位名称") == disputed.subject.name
    assert cell(page.objections, 0, "状态") == "已登记"
    assert cell(page.objections, 0, "核查期限") == row.due_on.isoformat()
    assert "异议核查中" in page.notice.text()

    page.objection_view.selectRow(0)
    assert page.verify_button.isEnabled()
    assert page.objection_detail.text().splitlines()[1:] == [
        "异议内容（书面）：简况中事故死亡人数有误。",
        "核查情况：尚未核查",
        "处理：尚未决定",
    ]

    def verify(dialog: Any) -> bool:
        assert not dialog.ok_button.isEnabled()
        dialog.text.setPlainText("已函请山西省应急管理厅核实。")
        return dialog.ok_button.isEnabled()

    monkeypatch.setattr(page, "ask", answer(qtbot, window, verify))
    page.verify_button.click()
    settle(qtbot, window)
    (row,) = objections.objections(ministry)
    assert (row.status, row.verification_note) == ("verifying", "已函请山西省应急管理厅核实。")
    assert cell(page.objections, 0, "状态") == "核查中"

    # Without a reason the decision cannot be confirmed; the user cancels and nothing changes.
    def no_reason(dialog: Any) -> bool:
        dialog.decided_by.setText("办公厅")
        assert not dialog.ok_button.isEnabled()
        return False

    page.objection_view.selectRow(0)
    monkeypatch.setattr(page, "ask", answer(qtbot, window, no_reason))
    page.decide_button.click()
    settle(qtbot, window)
    assert objections.objections(ministry)[0].status == "verifying"

    def decide(decision: ObjectionDecision, summary: str) -> Callable[[Any], bool]:
        def fill(dialog: Any) -> bool:
            dialog.decision.setCurrentIndex(dialog.decision.findData(decision.value))
            assert dialog.correction_box.isEnabled() is (decision is ObjectionDecision.CORRECTED)
            dialog.decided_by.setText("办公厅")
            dialog.reason.setPlainText("经核实，死亡人数应为3人。")
            dialog.corrections["summary"].setPlainText(summary)
            return dialog.ok_button.isEnabled()

        return fill

    # Upheld with a correction but nothing corrected: the service's refusal, in Chinese; nothing changes.
    page.objection_view.selectRow(0)
    monkeypatch.setattr(page, "ask", answer(qtbot, window, decide(ObjectionDecision.CORRECTED, "")))
    page.decide_button.click()
    settle(qtbot, window)
    assert shown == ["异议成立、更正信息时，须填写更正后的内容。"]
    assert objections.objections(ministry)[0].status == "verifying"
    assert item(ministry, disputed.id).state is ItemState.OBJECTION_RAISED

    corrected = "某公司发生较大事故，造成3人死亡。"
    page.objection_view.selectRow(0)
    monkeypatch.setattr(page, "ask", answer(qtbot, window, decide(ObjectionDecision.CORRECTED, corrected)))
    page.decide_button.click()
    settle(qtbot, window)
    after = item(ministry, disputed.id)
    assert (after.state, after.summary) == (ItemState.PUBLISHED, corrected)
    (row,) = objections.objections(ministry)
    assert (row.status, row.decision_label, row.reason) == (
        "decided",
        "异议成立，更正信息",
        "经核实，死亡人数应为3人。",
    )
    assert cell(page.objections, 0, "决定") == "异议成立，更正信息"
    assert cell(page.objections, 0, "理由") == "经核实，死亡人数应为3人。"
    page.objection_view.selectRow(0)
    assert page.objection_detail.text().splitlines()[2:] == [
        "核查情况：已函请山西省应急管理厅核实。",
        "处理：异议成立，更正信息：经核实，死亡人数应为3人。",
    ]

    # A second objection, dismissed: the item goes back to the list unchanged.
    summary = item(ministry, other.id).summary
    monkeypatch.setattr(page, "ask", answer(qtbot, window, register(other, "张某", "认定依据文号有误。")))
    page.register_button.click()
    settle(qtbot, window)
    assert item(ministry, other.id).state is ItemState.OBJECTION_RAISED
    page.open_only.setChecked(True)
    settle(qtbot, window)
    assert page.objections.rowCount() == 1
    page.objection_view.selectRow(0)
    assert page.verify_button.isEnabled()
    assert page.decide_button.isEnabled()  # a decision may follow without a separate verification step
    monkeypatch.setattr(page, "ask", answer(qtbot, window, decide(ObjectionDecision.DISMISSED, "不应写入")))
    page.decide_button.click()
    settle(qtbot, window)
    after = item(ministry, other.id)
    assert (after.state, after.summary) == (ItemState.PUBLISHED, summary)
    assert [r.decision_label for r in objections.objections(ministry)] == ["异议不成立", "异议成立，更正信息"]
    assert page.objections.rowCount() == 0  # only the open ones are shown
    assert shown == ["异议成立、更正信息时，须填写更正后的内容。"]
    window.close()


def test_annex3_case_reviewed_approved_and_removed_in_a_batch(
    qtbot, ministry_month: World, monkeypatch: pytest.MonkeyPatch, shown: list[str]
) -> None:
    world, ministry = ministry_month, ministry_month.ministry
    advance(world, "published")
    target = annex3_case(world)
    department = reference.unit(target.department_code).short_name
    window, page = open_page(qtbot, world, CASES_TAB)
    assert page.cases.rowCount() == 1
    assert cell(page.cases, 0, "单位名称") == target.subject.name
    assert cell(page.cases, 0, "状态") == "待司局审核"
    assert cell(page.cases, 0, "省级审核意见") == "同意移出（注销）：已注销，期内未再失信。"
    assert page.case_detail.text() == "选择一条或多条移出审核事项后办理。"
    assert cell(page.cases, 0, "承办司局") == department
    buttons = (page.review_button, page.approve_button, page.remove_button)
    assert [b.isEnabled() for b in buttons] == [False, False, False]
    page.case_view.selectAll()
    assert [b.isEnabled() for b in buttons] == [True, False, False]
    assert page.case_detail.text().endswith(f"司局审核意见（{department}）：尚未审核")

    def review(dialog: Any) -> bool:
        assert dialog.heading.text() == target.subject.name
        dialog.person.setText("刘审核")
        assert not dialog.ok_button.isEnabled()  # the opinion is required
        dialog.text.setPlainText("同意移出。")
        return dialog.ok_button.isEnabled()

    monkeypatch.setattr(page, "ask", answer(qtbot, window, review))
    page.review_button.click()
    settle(qtbot, window)
    (case,) = removal_chain.cases(ministry)
    assert (case.status, case.dept_opinion) == ("dept_reviewed", "同意移出。")
    assert cell(page.cases, 0, "状态") == "司局已审核，待分管领导审定"
    assert cell(page.cases, 0, "意见") == "同意移出。"

    page.case_status.setCurrentIndex(page.case_status.findData("received"))
    settle(qtbot, window)
    assert page.cases.rowCount() == 0
    page.case_status.setCurrentIndex(page.case_status.findData("dept_reviewed"))
    settle(qtbot, window)
    assert page.cases.rowCount() == 1

    def approve(dialog: Any) -> bool:
        dialog.person.setText("王副局长")
        dialog.choice.setCurrentIndex(1)  # 不同意移出 needs a reason
        assert not dialog.ok_button.isEnabled()
        dialog.choice.setCurrentIndex(0)
        return dialog.ok_button.isEnabled()

    page.case_view.selectRow(0)
    assert [b.isEnabled() for b in buttons] == [False, True, False]
    monkeypatch.setattr(page, "ask", answer(qtbot, window, approve))
    page.approve_button.click()
    settle(qtbot, window)
    (case,) = removal_chain.cases(ministry)
    assert (case.status, case.approved_by) == ("approved", "王副局长")
    assert page.cases.rowCount() == 0  # the filter still shows 司局已审核 only
    page.case_status.setCurrentIndex(0)
    settle(qtbot, window)

    batch_title = "2027年第11批移出名单"

    def remove(dialog: Any) -> bool:
        assert not dialog.ok_button.isEnabled()  # the batch title is required
        dialog.removed_on.setDate(QDate(target.expires_on))
        dialog.batch_title.setText(batch_title)
        return dialog.ok_button.isEnabled()

    page.case_view.selectRow(0)
    assert [b.isEnabled() for b in buttons] == [False, False, True]
    monkeypatch.setattr(page, "ask", answer(qtbot, window, remove))
    page.remove_button.click()
    settle(qtbot, window)
    assert item(ministry, target.id).state is ItemState.REMOVED
    (case,) = removal_chain.cases(ministry)
    assert (case.status, case.removed_on) == ("removed", target.expires_on)
    removal_batches = [b for b in meetings.batches(ministry) if b.list_type == "removal"]
    assert [(b.title, b.published_on) for b in removal_batches] == [(batch_title, target.expires_on)]
    assert cell(page.cases, 0, "状态") == "已移出"
    assert batch_title in page.notice.text()
    assert shown == []
    window.close()


def test_expiring_worklist_and_credit_repair(
    qtbot, ministry_month: World, monkeypatch: pytest.MonkeyPatch, shown: list[str]
) -> None:
    world, ministry = ministry_month, ministry_month.ministry
    advance(world, "published")
    with_case = annex3_case(world)
    today = dt.date.today()
    late, repaired = [i for i in published(ministry) if i.rule_pack == "MEM2023-11"][:2]
    with ministry.uow() as uow:  # a term ending in five days, and no Annex 3 from the province yet
        row = uow.session.get(ListingItem, late.id)
        assert row is not None
        row.expires_on, row.removal_due_on = today + dt.timedelta(days=5), today - dt.timedelta(days=3)
        uow.commit()

    window, page = open_page(qtbot, world, EXPIRING_TAB)
    page.within.setValue(30)
    settle(qtbot, window)
    assert page.expiring.rowCount() == 1
    assert cell(page.expiring, 0, "单位名称") == late.subject.name
    assert cell(page.expiring, 0, "距期满") == "5 天"
    assert cell(page.expiring, 0, "移出审核结果") == "未收到移出审核结果"
    assert cell(page.expiring, 0, "督办") == "逾期未报，请督促"
    assert page.expiring_summary.text() == "共 1 条；已收到移出审核结果 0 条；逾期未报 1 条。"
    page.within.setValue(400)
    settle(qtbot, window)
    assert [page.expiring.row_object(r).item_id for r in range(2)] == [late.id, with_case.id]
    assert cell(page.expiring, 1, "移出审核结果") == "待司局审核"
    assert cell(page.expiring, 1, "督办") == ""
    assert page.expiring_summary.text() == "共 2 条；已收到移出审核结果 1 条；逾期未报 1 条。"

    page.tabs.setCurrentIndex(REPAIRS_TAB)
    pack = reference.rule_pack(repaired.rule_pack)
    assert repaired.published_on is not None
    eligible = early_removal_from(pack, repaired.decision_date, repaired.published_on)
    assert eligible is not None

    def apply(target: ListingItem, applied_on: dt.date) -> Callable[[Any], bool]:
        def fill(dialog: Any) -> bool:
            dialog.chooser.text.setText(target.subject.name)
            dialog.chooser.find()
            settle(qtbot, window)
            assert dialog.chooser.chosen().item_id == target.id
            assert not dialog.ok_button.isEnabled()
            dialog.applied_on.setDate(QDate(applied_on))
            dialog.reason.setPlainText("已完成整改并作出信用承诺。")
            return dialog.ok_button.isEnabled()

        return fill

    # 49号 has no early removal; under 11号 not before twelve months: the services' refusals.
    for target, applied_on in ((with_case, today), (repaired, eligible - dt.timedelta(days=1))):
        monkeypatch.setattr(page, "ask", answer(qtbot, window, apply(target, applied_on)))
        page.apply_button.click()
        settle(qtbot, window)
    assert shown == [
        "安监总办〔2017〕49号没有提前移出（信用修复）的规定，只能期满移出。",
        f"按应急管理部令第11号，列入满12个月（{eligible:%Y-%m-%d}）后方可申请提前移出。",
    ]
    assert removal_chain.repairs(ministry) == []
    assert page.repairs.rowCount() == 0

    monkeypatch.setattr(page, "ask", answer(qtbot, window, apply(repaired, eligible)))
    page.apply_button.click()
    settle(qtbot, window)
    (repair,) = removal_chain.repairs(ministry)
    assert (repair.item_id, repair.status, repair.applied_on) == (repaired.id, "applied", eligible)
    assert cell(page.repairs, 0, "状态") == "已申请"
    assert not page.decide_repair_button.isEnabled()

    def decide(dialog: Any) -> bool:
        dialog.person.setText("办公厅")
        assert not dialog.ok_button.isEnabled()  # a reason is required
        dialog.text.setPlainText("整改到位，符合信用修复条件。")
        return dialog.ok_button.isEnabled()

    page.repair_view.selectRow(0)
    assert page.decide_repair_button.isEnabled()
    assert not page.revoke_button.isEnabled()
    monkeypatch.setattr(page, "ask", answer(qtbot, window, decide))
    page.decide_repair_button.click()
    settle(qtbot, window)
    assert item(ministry, repaired.id).state is ItemState.EARLY_REMOVED
    assert removal_chain.repairs(ministry)[0].status == "approved"
    assert cell(page.repairs, 0, "状态") == "准予修复"

    def revoke(dialog: Any) -> bool:
        assert not dialog.ok_button.isEnabled()
        dialog.text.setPlainText("以虚假整改材料骗取信用修复。")
        return dialog.ok_button.isEnabled()

    page.repair_view.selectRow(0)
    assert page.revoke_button.isEnabled()
    monkeypatch.setattr(page, "ask", answer(qtbot, window, revoke))
    page.revoke_button.click()
    settle(qtbot, window)
    assert item(ministry, repaired.id).state is ItemState.PUBLISHED
    (repair,) = removal_chain.repairs(ministry)
    assert (repair.status, repair.revoke_reason) == ("revoked", "以虚假整改材料骗取信用修复。")
    assert "以虚假整改材料骗取信用修复。" in cell(page.repairs, 0, "理由")
    page.repair_view.selectRow(0)
    assert page.repair_detail.text().splitlines()[-1] == "撤销理由：以虚假整改材料骗取信用修复。"
    assert len(shown) == 2
    window.close()
