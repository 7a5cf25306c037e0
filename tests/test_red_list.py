"""Red list (six conditions, checked against the dishonesty record) and typical cases (≥ 50 %)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.context import AppContext
from desktop.services import pki
from desktop.services.red_list import (
    CONDITIONS,
    EntryInvalid,
    list_red_list,
    save_red_list,
    save_typical_case,
    typical_ratio,
)
from exporters import package
from exporters.cms import IntlSuite
from models.deadlines import working_period
from models.listing import ListingItem
from models.subjects import Subject
from models.validation import uscc_check_char
from tests.guisupport import chinese_ui, open_window, settle
from tests.pkiworld import World

PERIOD = working_period(dt.date.today())
CODE = "91140105MA0K1" + "2345"
CODE = CODE + uscc_check_char(CODE)


def entry(**changes: object) -> dict[str, object]:
    return {
        "name": "太原市守信示范化工有限公司",
        "code": CODE,
        "standardization_level": "一级",
        "commitment_date": "2026-03-01",
        "conditions": list(CONDITIONS),
        "measures": ["R01", "R03"],
        **changes,
    }


def test_a_unit_meeting_all_six_conditions_is_proposed(provincial_ctx: AppContext) -> None:
    row = save_red_list(provincial_ctx, entry(), PERIOD)
    assert row.subject_code == CODE
    assert row.measures == ("R01", "R03")
    assert [r.subject_name for r in list_red_list(provincial_ctx, PERIOD)] == ["太原市守信示范化工有限公司"]


def test_missing_conditions_and_level_are_refused(provincial_ctx: AppContext) -> None:
    with pytest.raises(EntryInvalid) as raised:
        save_red_list(provincial_ctx, entry(conditions=["RC1", "RC2"], standardization_level="二级"), PERIOD)
    fields = {i.field for i in raised.value.issues}
    assert fields == {"守信条件", "安全生产标准化等级"}
    assert "标准化一级" not in str(raised.value) or "一级" in str(raised.value)
    assert list_red_list(provincial_ctx) == []


def test_a_unit_with_a_recent_listing_cannot_be_on_the_red_list(world: World) -> None:
    world.fill("P14", 2)
    ctx = world.province("P14")
    with ctx.uow() as uow:
        listed_code = uow.session.scalar(select(Subject.code).join(ListingItem))
    with pytest.raises(EntryInvalid, match="近3年内有 1 条失信行为记录"):
        save_red_list(ctx, entry(code=listed_code), PERIOD)


def test_typical_ratio_and_package_sections(world: World) -> None:
    world.fill("P14", 4)
    ctx = world.province("P14")
    before = typical_ratio(ctx, PERIOD)
    save_red_list(ctx, entry(), PERIOD)
    save_typical_case(ctx, {"title": "某煤矿超层越界开采被联合惩戒", "summary": "该矿超层越界开采，被列入严重失信主体名单，并实施限制贷款等联合惩戒措施。"}, PERIOD)  # fmt: skip
    after = typical_ratio(ctx, PERIOD)
    assert after.listed == before.listed + 1
    assert after.typical == before.typical + 1
    with pytest.raises(EntryInvalid, match="至少20字"):
        save_typical_case(ctx, {"title": "太短", "summary": "太短了"}, PERIOD)
    exported = world.export("P14")
    assert exported.counts["red_list"] == 1
    assert exported.counts["typical_cases"] == 1
    key, cert = pki.decryption_keys(world.ministry)[0]
    suite = IntlSuite()
    contents = package.read(suite.read_signed(suite.decrypt(exported.path.read_bytes(), cert, key)).payload)
    data = json.loads(contents.files["data.json"])
    assert data["red_list"][0]["subject_code"] == CODE
    assert data["red_list"][0]["conditions"] == list(CONDITIONS)
    assert data["typical_cases"][0]["title"] == "某煤矿超层越界开采被联合惩戒"


@pytest.fixture(scope="module")
def _chinese(qapp: QApplication) -> Iterator[None]:
    yield from chinese_ui(qapp)


@pytest.mark.gui
@pytest.mark.usefixtures("_chinese")
def test_red_list_page_adds_an_entry_and_shows_the_ratio(qtbot, provincial_home: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window = open_window(qtbot, provincial_home)
    page = window.open_page("RedListPage")
    settle(qtbot, window)
    assert "典型案例 0 件" in page.ratio.text()
    page.name.insert("太原市守信示范化工有限公司")
    page.code.insert(CODE)
    page.add_red()
    settle(qtbot, window)
    assert page.red.rowCount() == 0
    assert shown
    assert "六项条件须全部具备" in shown[0]
    for box in page.condition_boxes.values():
        box.setChecked(True)
    page.add_red()
    settle(qtbot, window)
    assert page.red.rowCount() == 1
    assert "红黑名单 1 条" in page.ratio.text()

    # Delete it, then undo the deletion (Ctrl+Z) from the recycle bin.
    page.red_view.selectRow(0)
    page._delete("red_list", page.red_view, page.red)
    settle(qtbot, window)
    assert page.red.rowCount() == 0
    assert page.undo_button.isVisible()
    page.undo_delete()
    settle(qtbot, window)
    assert page.red.rowCount() == 1
    assert not page.undo_button.isVisible()
    window.close()
