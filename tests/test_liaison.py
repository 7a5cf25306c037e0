"""Annex 4: the liaison register — validation, save, recycle bin, export, and the real page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.context import AppContext
from desktop.services.liaison import (
    ContactInvalid,
    delete_contact,
    list_contacts,
    restore_contact,
    save_contact,
)
from desktop.services.package_export import preview
from models.deadlines import working_period
from models.validation.contact import check_email, check_landline, check_mobile
from tests.guisupport import chinese_ui, open_window, settle
from tests.pkiworld import World

GOOD = {
    "category": "liaison",
    "name": "赵丽娟",
    "title": "科员",
    "office_phone": "（0351）4012345",
    "mobile": "139 1234 5678",
    "fax": "0351-4012346",
    "email": "ZhaoLJ@SXAJ.gov.cn",
}


@pytest.mark.parametrize(
    ("value", "expected"),
    [("010-12345678", "010-12345678"), ("0351 1234567", "0351-1234567"), ("03511234567", "0351-1234567"),
     ("020-87654321-808", "020-87654321-808"), ("13912345678", "13912345678")],
)  # fmt: skip
def test_landlines_are_normalised(value: str, expected: str) -> None:
    assert check_landline(value) == (expected, ())


@pytest.mark.parametrize("value", ["12345", "1234-5678", "电话", "010-123"])
def test_bad_landlines_name_the_field(value: str) -> None:
    _normalised, issues = check_landline(value, "传真")
    assert issues
    assert "传真" in issues[0].message


def test_mobile_and_email() -> None:
    assert check_mobile("+86 139-1234-5678") == ("13912345678", ())
    assert check_mobile("1391234567")[1]
    assert check_mobile("23912345678")[1]
    assert check_email("A.B@Example.GOV.cn") == ("a.b@example.gov.cn", ())
    assert check_email("a@b")[1]


def test_save_update_delete_restore(provincial_ctx: AppContext) -> None:
    row = save_contact(provincial_ctx, GOOD)
    assert (row.office_phone, row.mobile, row.email) == ("0351-4012345", "13912345678", "zhaolj@sxaj.gov.cn")
    leader = save_contact(
        provincial_ctx, {**GOOD, "category": "分管负责人", "name": "王建华", "title": "副局长"}
    )
    assert [c.name for c in list_contacts(provincial_ctx)] == ["王建华", "赵丽娟"]  # leaders first
    save_contact(provincial_ctx, {**GOOD, "title": "副主任科员"}, row.id)
    assert list_contacts(provincial_ctx)[1].title == "副主任科员"
    delete_contact(provincial_ctx, leader.id)
    assert [c.name for c in list_contacts(provincial_ctx)] == ["赵丽娟"]
    assert [c.name for c in list_contacts(provincial_ctx, deleted=True)] == ["王建华"]
    restore_contact(provincial_ctx, leader.id)
    assert len(list_contacts(provincial_ctx)) == 2


def test_invalid_contact_is_refused_with_every_problem(provincial_ctx: AppContext) -> None:
    with pytest.raises(ContactInvalid) as raised:
        save_contact(provincial_ctx, {"category": "联络员", "name": "", "mobile": "12345", "email": "x@"})
    fields = {i.field for i in raised.value.issues}
    assert fields == {"姓名", "移动电话", "电子邮箱"}
    with pytest.raises(ContactInvalid, match="至少填写一项"):
        save_contact(provincial_ctx, {"category": "联络员", "name": "李四"})
    assert list_contacts(provincial_ctx) == []


def test_export_carries_the_register_and_stops_warning(world: World) -> None:
    ctx = world.province("P14")
    period = working_period(dt.date.today())
    assert any("附件4" in w for w in preview(ctx, period).warnings)
    save_contact(ctx, GOOD)
    assert not any("附件4" in w for w in preview(ctx, period).warnings)
    result = world.export("P14")
    assert result.counts["liaison_contacts"] == 1


@pytest.fixture(scope="module")
def _chinese(qapp: QApplication) -> Iterator[None]:
    yield from chinese_ui(qapp)


@pytest.mark.gui
@pytest.mark.usefixtures("_chinese")
def test_liaison_page_checks_while_typing_and_saves(qtbot, provincial_home: Path) -> None:
    window = open_window(qtbot, provincial_home)
    page = window.open_page("LiaisonPage")
    settle(qtbot, window)
    assert page.model.rowCount() == 0
    page.name.insert("赵丽娟")
    qtbot.keyClicks(page.mobile, "1391234567")
    assert "移动电话" in page.problems.text()
    qtbot.keyClicks(page.mobile, "8")
    assert page.problems.text() == ""
    qtbot.keyClicks(page.email, "zhao@sxaj.gov.cn")
    page.save()
    settle(qtbot, window)
    assert page.model.rowCount() == 1
    assert page.model.row_object(0).mobile == "13912345678"
    page.view.selectRow(0)
    page.delete()
    settle(qtbot, window)
    assert page.model.rowCount() == 0
    page.recycle.setChecked(True)
    settle(qtbot, window)
    assert page.model.rowCount() == 1
    assert page.restore_button.isVisible()
    window.close()
