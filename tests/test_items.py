"""Annex 1 items typed by hand, the recycle bin, undo snapshots, publication, Annex 3, drafts, preview."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.context import AppContext
from desktop.services import drafts, removals
from desktop.services import items as svc
from desktop.services.overview import list_items
from desktop.services.package_export import preview
from desktop.services.xlsx_import import import_annex1, preview_annex1
from models.enums import ItemState
from models.listing import ListedPerson, ListingItem
from models.removal import RemovalCase
from models.workflow import Transition
from tests.pkiworld import World
from tests.test_import_xlsx import id_number, item_row, person_row, uscc, write_annex1

TODAY = dt.date(2026, 11, 3)


def values(serial: int, **changes: object) -> dict[str, str]:
    row = item_row(serial, **changes)
    row.pop("序号")
    return {k: str(v) for k, v in row.items()}


def person(serial: int, **changes: object) -> dict[str, object]:
    return {
        "id": None,
        "name": "王伟",
        "role": "legal_representative",
        "title": "董事长",
        "id_number": id_number(serial),
    } | changes


def test_bad_uscc_is_refused_with_the_field_named_and_nothing_stored(provincial_ctx: AppContext) -> None:
    bad = values(1, 统一社会信用代码=uscc(1)[:-1] + "0")
    with pytest.raises(svc.ItemInvalid) as refused:
        svc.save_item(provincial_ctx, bad, [], today=TODAY)
    assert any(i.field == "统一社会信用代码" and i.is_error for i in refused.value.issues)
    assert "统一社会信用代码" in str(refused.value)
    assert list_items(provincial_ctx) == []


def test_save_update_persons_keep_masked_id_and_duplicate_basis(provincial_ctx: AppContext) -> None:
    saved = svc.save_item(provincial_ctx, values(1), [person(1)], today=TODAY)
    assert saved.before is None
    form = saved.form
    assert form.state == "draft"
    assert form.editable
    assert form.values["统一社会信用代码"] == uscc(1)
    assert form.values["失信行为类别"] == "S06"
    masked = form.persons[0].id_number
    assert "*" in masked
    assert masked != id_number(1)

    # Editing the summary and leaving the masked ID untouched keeps the stored number.
    kept = {
        "id": form.persons[0].id,
        "name": "王伟",
        "role": "legal_representative",
        "title": "总经理",
        "id_number": masked,
    }
    added = person(2, name="李强", role="safety_deputy", title="副总经理")
    again = svc.save_item(
        provincial_ctx, {**form.values, "失信行为简况": "改正后的简况。"}, [kept, added], form.id, today=TODAY
    )
    assert again.before is not None
    assert again.before.fields["summary"].startswith("未依法")
    with provincial_ctx.uow() as uow:
        people = uow.session.scalars(select(ListedPerson).order_by(ListedPerson.id)).all()
        assert [(p.name, p.title) for p in people] == [("王伟", "总经理"), ("李强", "副总经理")]
        assert provincial_ctx.pii().reveal(people[0].id_cipher) == id_number(1)
        assert provincial_ctx.pii().reveal(people[1].id_cipher) == id_number(2)

    # A person row with a bad ID number names the persons row and field.
    broken = {**added, "id_number": "140105197503080000"}
    with pytest.raises(svc.ItemInvalid) as refused:
        svc.save_item(provincial_ctx, form.values, [kept, broken], form.id, today=TODAY)
    assert any(i.field == "有关人员第2行·身份证号码" for i in refused.value.issues)

    # Same unit, same basis document as another item: refused.
    other = svc.save_item(provincial_ctx, values(2, 统一社会信用代码=uscc(1)), [], today=TODAY).form
    with pytest.raises(svc.ItemInvalid, match="同一认定依据文号"):
        svc.save_item(
            provincial_ctx, {**other.values, "认定依据文号": form.values["认定依据文号"]}, [], other.id
        )


def test_similar_listings_by_code_and_by_normalised_name(provincial_ctx: AppContext) -> None:
    first = svc.save_item(provincial_ctx, values(1), [], today=TODAY).form
    by_code = svc.similar_listings(provincial_ctx, uscc(1), "别的名字")
    assert [(s.item_id, s.same_code) for s in by_code] == [(first.id, True)]
    assert "已由山西省应急管理厅列入" in by_code[0].message or "已由" in by_code[0].message
    by_name = svc.similar_listings(provincial_ctx, uscc(9), " 太原市鑫源1号煤业有限公司 ")
    assert [(s.item_id, s.same_code) for s in by_name] == [(first.id, False)]
    assert svc.similar_listings(provincial_ctx, uscc(1), "", exclude_item_id=first.id) == []


def test_undo_and_redo_of_an_edit_restore_everything(provincial_ctx: AppContext) -> None:
    created = svc.save_item(provincial_ctx, values(1), [person(1)], today=TODAY)
    changed = svc.save_item(
        provincial_ctx,
        {**created.form.values, "单位名称": "改名后的公司", "失信行为类别": "S01、S06"},
        [],
        created.form.id,
        today=TODAY,
    )
    assert changed.form.persons == []
    assert changed.before is not None
    undone = svc.restore_snapshot(provincial_ctx, changed.before)
    assert undone.values == created.form.values
    assert [p.id_number for p in undone.persons] == [p.id_number for p in created.form.persons]
    with provincial_ctx.uow() as uow:
        cipher = uow.session.scalars(select(ListedPerson.id_cipher)).one()
    assert provincial_ctx.pii().reveal(cipher) == id_number(1)
    redone = svc.restore_snapshot(provincial_ctx, changed.after)
    assert redone.values["单位名称"] == "改名后的公司"
    assert redone.values["失信行为类别"] == "S01、S06"


def test_recycle_bin_and_what_the_package_carries(provincial_ctx: AppContext) -> None:
    form = svc.save_item(provincial_ctx, values(1), [], today=TODAY).form
    svc.save_item(provincial_ctx, values(2), [], today=TODAY)
    period = form.period
    assert preview(provincial_ctx, period, TODAY).counts["listing_items"] == 2
    svc.delete_item(provincial_ctx, form.id)
    assert [r.id for r in list_items(provincial_ctx, deleted=True)] == [form.id]
    assert len(list_items(provincial_ctx)) == 1
    assert preview(provincial_ctx, period, TODAY).counts["listing_items"] == 1
    svc.restore_item(provincial_ctx, form.id)
    assert list_items(provincial_ctx, deleted=True) == []
    assert [r.id for r in list_items(provincial_ctx, state="draft")] != []
    assert list_items(provincial_ctx, state="published") == []


def test_publication_by_hand_sets_term_and_removal_due_and_the_worklist(provincial_ctx: AppContext) -> None:
    # Under Order 11 the 36-month term runs from the listing decision (2023-11-20).
    old = values(1, 认定日期="2023-11-20", 认定依据文号="晋应急罚〔2023〕1号")
    form = svc.save_item(provincial_ctx, old, [], today=TODAY).form
    with pytest.raises(Exception, match="早于认定日期"):
        svc.record_publication(provincial_ctx, form.id, dt.date(2023, 11, 1), today=TODAY)
    published = svc.record_publication(provincial_ctx, form.id, dt.date(2023, 12, 1), today=TODAY)
    assert published.state == "published"
    assert not published.editable
    assert published.expires_on == dt.date(2026, 11, 20)
    # 10 working days before 2026-11-20 (Friday): 2026-11-06.
    assert published.removal_due_on == dt.date(2026, 11, 6)
    with pytest.raises(Exception, match="不能再修改"):
        svc.save_item(provincial_ctx, form.values, [], form.id, today=TODAY)
    # Published by hand and never sent: not in this month's package.
    assert preview(provincial_ctx, form.period, TODAY).counts["listing_items"] == 0

    rows = removals.worklist(provincial_ctx, TODAY, horizon_days=30)
    assert [(r.listing_id, r.workdays_left, r.opinion) for r in rows] == [(form.id, 3, "")]
    assert rows[0].urgency == "还剩3个工作日"
    assert removals.worklist(provincial_ctx, dt.date(2026, 9, 1), horizon_days=30) == []

    with pytest.raises(removals.RemovalInvalid) as refused:
        removals.save_review(provincial_ctx, form.id, {"opinion": "agree", "reoffended": True}, today=TODAY)
    fields = {i.field for i in refused.value.issues}
    assert {"意见理由", "再次失信情况", "省级审核处理意见"} <= fields
    row = removals.save_review(
        provincial_ctx,
        form.id,
        {
            "subject_status": "deregistered",
            "opinion": "agree",
            "opinion_reason": "单位已注销，期内未再失信。",
            "applied": True,
            "applied_on": "2026-10-25",
        },
        today=TODAY,
    )
    assert row.case_id is not None
    assert row.opinion_label == "同意移出"
    assert row.subject_status_label == "注销"
    assert preview(provincial_ctx, row.period, TODAY).counts["removal_cases"] == 1
    with provincial_ctx.uow() as uow:
        item = uow.session.get(ListingItem, form.id)
        assert item is not None
        assert item.state is ItemState.REMOVAL_REVIEW
    removals.withdraw_review(provincial_ctx, row.case_id)
    assert removals.worklist(provincial_ctx, TODAY, 30)[0].case_id is None
    with provincial_ctx.uow() as uow:
        assert uow.session.scalars(select(RemovalCase.deleted_at)).one() is not None
        reasons = uow.session.scalars(
            select(Transition.reason).where(Transition.entity_id == form.id).order_by(Transition.id)
        ).all()
    assert reasons[-1] == "撤回移出审核"


def test_draft_is_encrypted_at_rest_and_comes_back(provincial_ctx: AppContext) -> None:
    content = {"item_id": None, "values": values(1), "persons": [person(1)]}
    drafts.save_draft(provincial_ctx, "annex1", content)
    from models.system import Setting

    with provincial_ctx.uow() as uow:
        stored = uow.session.get(Setting, "draft.annex1")
        assert stored is not None
        assert id_number(1) not in str(stored.value)
    loaded = drafts.load_draft(provincial_ctx, "annex1")
    assert loaded is not None
    assert loaded["persons"][0]["id_number"] == id_number(1)
    drafts.discard_draft(provincial_ctx, "annex1")
    assert drafts.load_draft(provincial_ctx, "annex1") is None


def test_preview_marks_each_cell_and_stores_nothing(provincial_ctx: AppContext, tmp_path: Path) -> None:
    svc.save_item(provincial_ctx, values(3), [], today=TODAY)
    book = write_annex1(
        tmp_path / "in.xlsx",
        [
            item_row(1),
            item_row(2, 统一社会信用代码=uscc(2)[:-1] + "0", 认定日期="2026-13-01"),
            item_row(3),
            item_row(4, 信息来源=""),
            item_row(1),
        ],
        [person_row(1), person_row(2)],
    )
    result = preview_annex1(provincial_ctx, book, today=TODAY)
    by_row = {(r.kind, r.row): r for r in result.rows}
    assert by_row[("附件1", 2)].status == "ok"
    bad = by_row[("附件1", 3)]
    assert bad.status == "refused"
    assert {i.column for i in bad.issues} >= {"统一社会信用代码", "认定日期"}
    assert by_row[("附件1", 4)].status == "duplicate"
    assert by_row[("附件1", 5)].status == "warning"
    assert by_row[("附件1", 6)].status == "duplicate"
    assert by_row[("有关人员", 3)].status == "refused"  # its unit's row was refused
    assert bad.values["统一社会信用代码"] == uscc(2)[:-1] + "0"
    assert result.importable == 2
    assert len(list_items(provincial_ctx)) == 1
    imported = import_annex1(provincial_ctx, book, today=TODAY)
    assert imported.imported == 2
    assert imported.duplicates == 2


def test_the_ministry_sees_a_provinces_item_read_only(world: World) -> None:
    world.fill("P14", 3)
    package = world.export("P14")
    from desktop.services.package_intake import import_package

    import_package(world.ministry, package.path.read_bytes(), package.path.name)
    (row, *_rest) = list_items(world.ministry)
    form = svc.item_form(world.ministry, row.id)
    assert not form.editable
    assert not form.publishable
    with pytest.raises(Exception, match="不存在"):
        svc.save_item(world.ministry, form.values, [], row.id)


def test_undo_refuses_a_basis_document_taken_since_and_keeps_a_shared_units_new_name(
    provincial_ctx: AppContext,
) -> None:
    a = svc.save_item(provincial_ctx, values(1), [], today=TODAY).form
    edit = svc.save_item(
        provincial_ctx, {**a.values, "认定依据文号": "晋应急罚〔2026〕900号"}, [], a.id, today=TODAY
    )
    # Another item of the same unit now uses A's old basis document.
    svc.save_item(provincial_ctx, {**a.values}, [], today=TODAY)
    assert edit.before is not None
    with pytest.raises(Exception, match="不能撤销"):
        svc.restore_snapshot(provincial_ctx, edit.before)

    # A second item renames the shared unit; undoing an older edit of the first keeps the new name.
    c = svc.save_item(provincial_ctx, values(5), [], today=TODAY).form
    c_edit = svc.save_item(
        provincial_ctx, {**c.values, "失信行为简况": "补充后的简况。"}, [], c.id, today=TODAY
    )
    svc.save_item(
        provincial_ctx,
        {**values(5, 认定依据文号="晋应急罚〔2026〕901号"), "单位名称": "更名后的鑫源公司"},
        [],
        today=TODAY,
    )
    assert c_edit.before is not None
    undone = svc.restore_snapshot(provincial_ctx, c_edit.before)
    assert undone.values["失信行为简况"].startswith("未依法")
    assert undone.values["单位名称"] == "更名后的鑫源公司"


def test_a_hand_published_draft_of_this_month_is_refused(provincial_ctx: AppContext) -> None:
    form = svc.save_item(provincial_ctx, values(1), [], today=TODAY).form
    with pytest.raises(Exception, match="尚未报送"):
        svc.record_publication(provincial_ctx, form.id, dt.date(2026, 10, 20), today=TODAY)


def test_an_item_sent_before_the_revision_column_existed_is_never_dropped(world: World) -> None:
    """Older data: the item was sent (its 已审签 transition says so) but package_revision_id is
    empty. Published afterwards, it must stay in later revisions of its period."""
    world.fill("P14", 2)
    first = world.export("P14")
    ctx = world.province("P14")
    with ctx.uow() as uow:
        for item in uow.session.scalars(select(ListingItem)):
            item.package_revision_id = None  # as exported by an older version
        uow.commit()
    row = list_items(ctx)[0]
    svc.record_publication(ctx, row.id, world.today, today=world.today)
    with ctx.uow() as uow:
        published = uow.session.get(ListingItem, row.id)
        assert published is not None
        assert published.period == first.path.name.split("_")[1]  # stays in its period
    assert preview(ctx, published.period, world.today).counts["listing_items"] == 2


def test_reimport_adds_persons_to_stored_items_and_search_ignores_bracket_style(
    provincial_ctx: AppContext, tmp_path: Path
) -> None:
    first = write_annex1(tmp_path / "a.xlsx", [item_row(1, 单位名称="太原（山西）鑫源煤业有限公司")])
    import_annex1(provincial_ctx, first, today=TODAY)
    again = write_annex1(
        tmp_path / "b.xlsx", [item_row(1, 单位名称="太原（山西）鑫源煤业有限公司")], [person_row(1)]
    )
    preview_rows = preview_annex1(provincial_ctx, again, today=TODAY).rows
    person = next(r for r in preview_rows if r.kind == "有关人员")
    assert "*" in person.values["身份证号码"]  # masked on screen
    result = import_annex1(provincial_ctx, again, today=TODAY)
    assert (result.imported, result.duplicates, result.persons) == (0, 1, 1)
    assert [r.persons for r in list_items(provincial_ctx, "太原(山西)鑫源")] == [1]


def test_undoing_an_edit_that_was_sent_since_leaves_a_draft(world: World) -> None:
    world.fill("P14", 1)
    world.export("P14")
    ctx = world.province("P14")
    (row,) = list_items(ctx)
    form = svc.item_form(ctx, row.id)
    assert form.state == "signed"
    edit = svc.save_item(ctx, {**form.values, "备注": "第二版更正"}, [], row.id, today=world.today)
    world.export("P14")  # revision 2 carries the correction
    assert edit.before is not None
    undone = svc.restore_snapshot(ctx, edit.before)
    assert undone.values["备注"] == ""
    assert undone.state == "draft"  # differs from what the ministry now holds: send it again
