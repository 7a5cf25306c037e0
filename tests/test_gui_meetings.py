"""审议与发布 with real widgets: legal review, the party-group report, the director's meeting, a batch
published and its review sheets printed; refusals show the service's Chinese message."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QTableView
from sqlalchemy import select

from desktop.services import meetings
from models.enums import ItemState, LegalDecision, MeetingKind, MeetingOutcome
from models.listing import ListingItem
from tests.guisupport import chinese_ui, open_window, settle
from tests.ministryworld import PERIOD, advance, item_ids
from tests.pkiworld import World
from views.pages.meetings import (
    CloseMeetingDialog,
    DecisionDialog,
    LegalOpinionDialog,
    MeetingDialog,
    MeetingsPage,
    PartyGroupDialog,
    PublishDialog,
    SendToLegalDialog,
)

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module", autouse=True)
def _chinese_ui(qapp: QApplication) -> Iterator[None]:
    yield from chinese_ui(qapp)


def pick(view: QTableView, rows: list[int]) -> None:
    """Select these rows of ``view`` as a Ctrl-click multi-selection would."""
    view.clearSelection()
    model, selection = view.model(), view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(model.index(row, 0), flags)


def answering(page: MeetingsPage, monkeypatch, fill: Callable) -> list:
    """The next dialogs the page opens are filled by ``fill`` and confirmed if OK is enabled."""
    seen: list = []

    def ask(dialog) -> bool:
        seen.append(dialog)
        fill(dialog)
        return dialog.ok_button.isEnabled()

    monkeypatch.setattr(page, "ask", ask)
    return seen


def agenda_column(page: MeetingsPage, attribute: str) -> list[str]:
    return [getattr(page.agenda_model.row_object(r), attribute) for r in range(page.agenda_model.rowCount())]


def click(qtbot, window, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)


def test_legal_review_party_group_meeting_publication_and_review_sheets(
    qtbot, ministry_month: World, tmp_path: Path, monkeypatch
) -> None:
    world, ministry = ministry_month, ministry_month.ministry
    advance(world, "dept_signed")
    assert len(item_ids(ministry, ItemState.DEPT_SIGNED)) == 7
    failures: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: failures.append(box.text()) or 0)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    window = open_window(qtbot, ministry.home)
    page = window.open_page("MeetingsPage")
    assert isinstance(page, MeetingsPage)
    settle(qtbot, window)
    assert page.meetings_model.rowCount() == 0
    assert not page.opinion_button.isEnabled()
    assert not page.decide_button.isEnabled()
    assert not page.publish_button.isEnabled()
    assert not page.print_button.isEnabled()

    # ------------------------------------------------------------ send to 政法司
    answering(page, monkeypatch, lambda d: d.period.setText(PERIOD))
    click(qtbot, window, page.legal_button)
    assert failures == []
    (legal,) = meetings.meetings(ministry)
    assert legal.kind == MeetingKind.LEGAL_REVIEW
    assert legal.items == 7
    assert len(item_ids(ministry, ItemState.LEGAL_REVIEW)) == 7
    assert page.meeting_id == legal.id
    assert page.agenda_model.rowCount() == 7
    assert set(agenda_column(page, "decision_label")) == {"待定"}

    # ------------------------------------------------------------ legal opinions: 5 agree, 1 comment, 1 return
    pick(page.agenda_view, [0, 1, 2, 3, 4])
    assert page.opinion_button.isEnabled()
    assert not page.decide_button.isEnabled()  # not a director's meeting

    def agree(dialog: LegalOpinionDialog) -> None:
        assert not dialog.ok_button.isEnabled()  # the reviewer's name is required
        dialog.reviewer.setText("郑海")

    answering(page, monkeypatch, agree)
    click(qtbot, window, page.opinion_button)
    commented, returned = page.agenda_model.row_object(5), page.agenda_model.row_object(6)
    for row, decision, note in (
        (5, LegalDecision.COMMENT, "建议补充处罚决定书送达情况。"),
        (6, LegalDecision.RETURN, "认定依据适用条款有误。"),
    ):

        def opinion(dialog: LegalOpinionDialog, decision=decision, note=note) -> None:
            dialog.decision.setCurrentIndex(dialog.decision.findData(decision.value))
            dialog.reviewer.setText("郑海")
            assert not dialog.ok_button.isEnabled()  # anything but 同意 needs a note
            assert "须写明意见" in dialog.hint.text()
            dialog.note.setPlainText(note)

        pick(page.agenda_view, [row])
        answering(page, monkeypatch, opinion)
        click(qtbot, window, page.opinion_button)
    assert failures == []
    labels = dict(zip(agenda_column(page, "item_id"), agenda_column(page, "decision_label"), strict=True))
    assert labels[commented.item_id] == "提出修改意见"
    assert labels[returned.item_id] == "退回司局重新审核"
    assert list(labels.values()).count("同意") == 5
    assert set(agenda_column(page, "decided_by")) == {"郑海"}
    assert len(item_ids(ministry, ItemState.MEETING)) == 6
    assert item_ids(ministry, ItemState.DEPT_REVIEW) == [returned.item_id]
    assert meetings.meetings(ministry)[0].closed  # every item has an opinion
    assert not page.opinion_button.isEnabled()

    # ------------------------------------------------------------ report to the party group
    def party(dialog: PartyGroupDialog) -> None:
        dialog.period.setText(PERIOD)
        dialog.minutes.setPlainText("会审情况已向党组报告。")

    answering(page, monkeypatch, party)
    click(qtbot, window, page.party_button)
    assert failures == []
    party_row = meetings.meetings(ministry)[0]
    assert party_row.kind == MeetingKind.PARTY_GROUP
    assert party_row.items == 6
    assert page.meeting_id == party_row.id
    assert set(agenda_column(page, "decision_label")) == {"已报告"}
    assert "会审情况已向党组报告。" in page.minutes.text()

    # ------------------------------------------------------------ the director's meeting
    def director(dialog: MeetingDialog) -> None:
        assert dialog.name.text() == f"{dt.date.today().year}年第1次局长办公会议"
        dialog.name.setText("2026年第10次局长办公会议")
        dialog.held_on.setDate(dt.date(2026, 11, 18))
        dialog.period.setText(PERIOD)

    answering(page, monkeypatch, director)
    click(qtbot, window, page.create_button)
    meeting = meetings.meetings(ministry)[0]
    assert (meeting.kind, meeting.title, meeting.held_on, meeting.items) == (
        MeetingKind.DIRECTOR_MEETING,
        "2026年第10次局长办公会议",
        dt.date(2026, 11, 18),
        6,
    )
    assert page.meeting_id == meeting.id
    assert page.agenda_model.rowCount() == 6
    assert page.close_button.isEnabled()
    assert not page.publish_button.isEnabled()
    assert not page.decide_button.isEnabled()  # nothing selected yet

    # Refused: closing with undecided items shows the service's message and changes nothing.
    answering(page, monkeypatch, lambda d: d.minutes.setPlainText("未议完。"))
    click(qtbot, window, page.close_button)
    assert len(failures) == 1
    assert "还有 6 个议题没有会议决定" in failures[0]
    assert not meetings.meetings(ministry)[0].closed
    assert len(item_ids(ministry, ItemState.MEETING)) == 6

    pick(page.agenda_view, [0, 1, 2, 3, 4])
    answering(page, monkeypatch, lambda d: None)  # 同意公布 is the first choice and needs no note
    click(qtbot, window, page.decide_button)
    rejected = page.agenda_model.row_object(5)

    def reject(dialog: DecisionDialog) -> None:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(MeetingOutcome.REJECT.value))
        assert not dialog.ok_button.isEnabled()
        assert "须写明会议意见" in dialog.hint.text()
        dialog.note.setPlainText("同意司局意见，不予纳入。")

    pick(page.agenda_view, [5])
    answering(page, monkeypatch, reject)
    click(qtbot, window, page.decide_button)
    assert len(failures) == 1
    decided = {r.item_id: (r.decision, r.note) for r in meetings.agenda(ministry, meeting.id)}
    assert decided[rejected.item_id] == ("reject", "同意司局意见，不予纳入。")
    assert [d for d, _n in decided.values()].count("approve") == 5
    assert agenda_column(page, "decision_label").count("同意公布") == 5
    assert "不予纳入" in agenda_column(page, "decision_label")

    closing = answering(page, monkeypatch, lambda d: d.minutes.setPlainText("审议通过5项，不予纳入1项。"))
    click(qtbot, window, page.close_button)
    assert isinstance(closing[0], CloseMeetingDialog)
    assert page.last_counts == {"同意公布": 5, "不予纳入": 1}
    assert "同意公布 5 项" in shown[-1]
    assert "不予纳入 1 项" in shown[-1]
    assert meetings.meetings(ministry)[0].closed
    assert len(item_ids(ministry, ItemState.DECIDED)) == 5
    assert item_ids(ministry, ItemState.REJECTED) == [rejected.item_id]
    assert page.meetings_model.data(page.meetings_model.index(0, 2)) == "已结束"
    assert not page.close_button.isEnabled()
    assert page.publish_button.isEnabled()

    # ------------------------------------------------------------ publication in a batch
    def batch(dialog: PublishDialog) -> None:
        dialog.name.setText("2026年第11批联合惩戒对象名单")
        dialog.published_on.setDate(dt.date(2026, 11, 20))

    publishing = answering(page, monkeypatch, batch)
    click(qtbot, window, page.publish_button)
    assert len(failures) == 1
    assert isinstance(publishing[0], PublishDialog)
    assert "5 个条目" in publishing[0].intro.text()
    assert "起算" in publishing[0].intro.text()
    published = item_ids(ministry, ItemState.PUBLISHED)
    assert len(published) == 5
    (batch_row,) = meetings.batches(ministry)
    assert (batch_row.title, batch_row.items, batch_row.published_on) == (
        "2026年第11批联合惩戒对象名单",
        5,
        dt.date(2026, 11, 20),
    )
    with ministry.uow() as uow:
        items = list(uow.session.scalars(select(ListingItem).where(ListingItem.id.in_(published))))
        assert {(i.published_on, i.publication_batch_id) for i in items} == {
            (dt.date(2026, 11, 20), batch_row.id)
        }
        assert all(i.expires_on is not None and i.expires_on > i.published_on for i in items)
        names = {i.subject.name for i in items}
    assert page.batches_model.rowCount() == 1
    assert page.batches_model.data(page.batches_model.index(0, 0)) == "2026年第11批联合惩戒对象名单"
    assert page.batches_model.data(page.batches_model.index(0, 1)) == "2026-11-20"
    assert page.batches_model.data(page.batches_model.index(0, 2)) == "5"
    assert set(agenda_column(page, "state_label")) == {ItemState.PUBLISHED.label, ItemState.REJECTED.label}

    assert not page.publish_button.isEnabled()  # nothing of this meeting is left to publish

    # ------------------------------------------------------------ review sheets for the batch
    out = tmp_path / "sheets"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    pick(page.agenda_view, [0])
    pick(page.batches_view, [0])
    assert not page.agenda_view.selectionModel().hasSelection()  # the batch selection wins
    click(qtbot, window, page.print_button)
    qtbot.waitUntil(lambda: bool(page.last_export), timeout=60_000)
    assert len(failures) == 1
    per_item = sorted(out.glob(f"审核单-{PERIOD}-*.pdf"))
    assert len(per_item) == 5
    assert (out / "审核单-2026年第11批联合惩戒对象名单.pdf").exists()
    assert sorted(page.last_export) == sorted([*per_item, out / "审核单-2026年第11批联合惩戒对象名单.pdf"])
    seen_names = set()
    for path in per_item:
        text = "".join(p.extract_text() for p in PdfReader(path).pages)
        assert "2026年第10次" in text
        assert "郑海" in text  # the legal reviewer
        assert "同意公布" in text
        seen_names |= {name for name in names if name in text}
    assert seen_names == names
    assert "已生成 5 个审核单 PDF" in shown[-1]
    assert str(out) in shown[-1]

    # ... and for one selected agenda item: its sheet alone, no bound volume.
    single = tmp_path / "single"
    single.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(single))
    pick(page.agenda_view, [agenda_column(page, "item_id").index(rejected.item_id)])
    assert not page.batches_view.selectionModel().hasSelection()
    click(qtbot, window, page.print_button)
    qtbot.waitUntil(lambda: page.last_export[0].parent == single, timeout=60_000)
    (sheet,) = single.iterdir()
    assert page.last_export == [sheet]
    text = "".join(p.extract_text() for p in PdfReader(sheet).pages)
    assert rejected.subject_name in text
    assert "不予纳入" in text
    assert "已生成 1 个审核单 PDF" in shown[-1]
    assert "合订本" not in shown[-1]
    window.close()


def test_sending_to_legal_with_nothing_signed_is_refused(qtbot, ministry_month: World, monkeypatch) -> None:
    ministry = ministry_month.ministry
    failures: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: failures.append(box.text()) or 0)
    window = open_window(qtbot, ministry.home)
    page = window.open_page("MeetingsPage")
    settle(qtbot, window)

    def period(dialog: SendToLegalDialog) -> None:
        dialog.period.setText("2026-1")
        assert not dialog.ok_button.isEnabled()
        dialog.period.setText(PERIOD)

    answering(page, monkeypatch, period)
    click(qtbot, window, page.legal_button)
    assert failures == ["2026年10月没有已经司局审签、待送政法司审核的条目。"]
    assert meetings.meetings(ministry) == []
    assert len(item_ids(ministry, ItemState.RECEIVED)) == 7
    assert page.meetings_model.rowCount() == 0
    window.close()
