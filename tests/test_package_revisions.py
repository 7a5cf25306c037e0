"""Revisions and items at intake (SPEC §2): nil returns, corrected packages superseding item by
item, invalid items quarantined while the valid ones import, the archived original."""

from __future__ import annotations

import datetime as dt
import json
import stat
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.services import pki as pki_service
from desktop.services.feedback import receipt_name
from desktop.services.package_intake import CHECKS, import_package
from exporters import pki, receipt
from exporters.cms import IntlSuite
from models.base import utcnow
from models.enums import ItemOutcome, ItemState, PackageStatus
from models.listing import ListingItem
from models.packages import PackageItem, PackageRevision
from models.validation.identifiers import USCC_ALPHABET, uscc_check_char
from models.workflow import Transition
from tests.pkiworld import World
from tests.test_package_security import keys_of, opened, rebuilt, seal

SUITE = IntlSuite()


def ministry_item(world: World, uid: str) -> ListingItem | None:
    with world.ministry.uow() as uow:
        return uow.session.scalar(select(ListingItem).where(ListingItem.uid == uid))


def revision_row(world: World, sha256: str) -> PackageRevision:
    with world.ministry.uow() as uow:
        row = uow.session.scalar(select(PackageRevision).where(PackageRevision.file_sha256 == sha256))
        assert row is not None
        return row


def province_items(world: World, code: str) -> list[ListingItem]:
    with world.province(code).uow() as uow:
        return list(
            uow.session.scalars(
                select(ListingItem).where(ListingItem.reporting_unit_code == code).order_by(ListingItem.id)
            )
        )


def test_nil_return_is_a_valid_package_that_imports_nothing(world: World) -> None:
    exported = world.export("C14")  # C14 has no items this month
    assert exported.nil_return
    keys = keys_of(world)
    _signed, contents = opened(exported.path.read_bytes(), keys.enc)
    assert contents.manifest["nil_return"] is True
    assert contents.manifest["counts"]["listing_items"] == 0
    assert contents.json("data.json")["listing_items"] == []

    result = import_package(world.ministry, exported.path.read_bytes(), exported.path.name)
    assert result.status == "imported", result.message
    assert result.imported == 0
    assert result.quarantined == []
    assert "本月无新增" in result.message
    assert result.on_time is True
    row = revision_row(world, exported.sha256)
    assert row.nil_return is True
    assert row.status is PackageStatus.RECEIVED
    assert result.receipt is not None
    assert result.receipt.exists()


def test_corrected_package_supersedes_item_by_item(world: World) -> None:
    world.fill("P14", 4)
    r1 = world.export("P14")
    items = province_items(world, "P14")
    assert len(items) == 4
    deleted, changed = items[0], items[1]
    with world.province("P14").uow() as uow:
        row = uow.session.get(ListingItem, deleted.id)
        assert row is not None
        row.deleted_at = utcnow()
        row = uow.session.get(ListingItem, changed.id)
        assert row is not None
        row.summary = f"{row.summary}更正补充事故经过"
        uow.commit()
    r2 = world.export("P14")
    assert r2.revision == 2
    keys = keys_of(world)
    _signed, contents = opened(r2.path.read_bytes(), keys.enc)
    assert contents.manifest["supersedes_sha256"] == r1.sha256
    assert contents.manifest["counts"]["listing_items"] == 3

    first = import_package(world.ministry, r1.path.read_bytes(), r1.path.name)
    assert (first.status, first.imported) == ("imported", 4), first.message
    second = import_package(world.ministry, r2.path.read_bytes(), r2.path.name)
    assert second.status == "imported", second.message
    # Only the item whose content changed counts as corrected; the two re-sent unchanged ones stay put.
    assert (second.imported, second.superseded, second.withdrawn) == (0, 1, 1)
    assert second.quarantined == []

    rev1, rev2 = revision_row(world, r1.sha256), revision_row(world, r2.sha256)
    assert rev1.status is PackageStatus.SUPERSEDED
    assert rev2.supersedes_sha256 == r1.sha256
    updated = ministry_item(world, changed.uid)
    assert updated is not None
    assert "更正补充事故经过" in updated.summary
    assert updated.package_revision_id == rev2.id
    assert updated.state is ItemState.RECEIVED
    withdrawn = ministry_item(world, deleted.uid)
    assert withdrawn is not None
    assert withdrawn.state is ItemState.SUPERSEDED
    with world.ministry.uow() as uow:
        session = uow.session
        assert (
            session.scalar(
                select(func.count()).select_from(ListingItem).where(ListingItem.reporting_unit_code == "P14")
            )
            == 4
        )
        transitions = {
            (t.entity_id, t.to_state)
            for t in session.scalars(select(Transition).where(Transition.package_revision_id == rev2.id))
        }
        outcomes = {
            p.item_uid: p.outcome
            for p in session.scalars(select(PackageItem).where(PackageItem.revision_id == rev2.id))
        }
    assert (updated.id, ItemState.RECEIVED.value) in transitions
    assert (withdrawn.id, ItemState.SUPERSEDED.value) in transitions
    assert outcomes == {i.uid: ItemOutcome.ACCEPTED for i in items[1:]}


def test_invalid_item_is_quarantined_while_the_others_import(world: World) -> None:
    world.fill("P14", 3)
    exported = world.export("P14")
    keys = keys_of(world)
    _signed, contents = opened(exported.path.read_bytes(), keys.enc)
    data = contents.json("data.json")
    bad = next(i for i in data["listing_items"] if len(i["subject"]["code"]) == 18)
    code = bad["subject"]["code"]
    wrong = next(c for c in USCC_ALPHABET if c != uscc_check_char(code[:17]))
    bad["subject"]["code"] = code[:17] + wrong
    files = {"data.json": json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")}
    crafted = seal(rebuilt(contents, files=files), keys.units["P14"], keys.recipient)

    result = import_package(world.ministry, crafted, exported.path.name)
    assert result.status == "imported", result.message
    assert result.imported == 2
    assert [q.uid for q in result.quarantined] == [bad["uid"]]
    reasons = "；".join(result.quarantined[0].reasons)
    assert "统一社会信用代码" in reasons
    assert "校验位" in reasons
    assert "隔离 1 条" in result.message
    assert ministry_item(world, bad["uid"]) is None
    for other in data["listing_items"]:
        if other is not bad:
            assert ministry_item(world, other["uid"]) is not None
    with world.ministry.uow() as uow:
        held = uow.session.scalar(select(PackageItem).where(PackageItem.item_uid == bad["uid"]))
        assert held is not None
        assert held.outcome is ItemOutcome.QUARANTINED
        assert "校验位" in held.reason

    assert result.receipt is not None
    content = receipt.parse(SUITE.read_signed(result.receipt.read_bytes()).payload)
    listed = {i["uid"]: i for i in content["items"]}
    assert listed[bad["uid"]]["outcome"] == "quarantined"
    assert "校验位" in listed[bad["uid"]]["reason"]
    assert sum(1 for i in listed.values() if i["outcome"] == "accepted") == 2


def test_package_is_archived_unchanged_with_its_verification(world: World) -> None:
    world.fill("P14", 2)
    exported = world.export("P14")
    data = exported.path.read_bytes()
    received = dt.datetime(2026, 1, 5, 9, 30, tzinfo=dt.UTC)
    result = import_package(world.ministry, data, exported.path.name, received_at=received)
    assert result.status == "imported", result.message

    row = revision_row(world, exported.sha256)
    archived = Path(row.archive_path)
    assert archived.parent == world.ministry.home / "archive" / "packages" / "P14"
    assert archived.name.startswith(f"P14_{result.period}_r1")
    assert archived.suffix == ".p7m"
    assert list(archived.parent.iterdir()) == [archived]
    assert archived.read_bytes() == data
    assert not archived.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    assert row.received_at == received
    assert row.signed_at is not None
    assert row.status is PackageStatus.RECEIVED
    checks = row.verification["checks"]
    assert [c["check"] for c in checks] == [c for c, _ in CHECKS]
    assert all(c["ok"] for c in checks)
    _key, cert = pki_service.signing_key(world.province("P14"))
    assert row.signer_certificate_sha256 == pki.fingerprint(cert)
    assert row.signer_name == "张建国"
    period = result.period
    assert result.receipt == world.ministry.home / "receipts" / receipt_name("P14", period, 1)


def test_another_unit_cannot_overwrite_an_item_by_reusing_its_uid(world: World) -> None:
    """C14's package (validly signed by C14) carries an item with the uid of one of P14's items:
    P14's item must stay as P14 reported it (the item is quarantined, or the package refused)."""
    world.fill("P14", 2)
    world.fill("C14", 2, seed=7)
    p14 = world.export("P14")
    assert import_package(world.ministry, p14.path.read_bytes(), p14.path.name).status == "imported"
    victim_uid = province_items(world, "P14")[0].uid
    before = ministry_item(world, victim_uid)
    assert before is not None

    c14 = world.export("C14")
    keys = keys_of(world)
    _signed, contents = opened(c14.path.read_bytes(), keys.enc)
    data = contents.json("data.json")
    data["listing_items"][0]["uid"] = victim_uid
    data["listing_items"][0]["summary"] = "他单位改写的失信行为简况内容"
    files = {"data.json": json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")}
    crafted = seal(rebuilt(contents, files=files), keys.units["C14"], keys.recipient)
    result = import_package(world.ministry, crafted, c14.path.name)

    after = ministry_item(world, victim_uid)
    assert after is not None
    assert after.reporting_unit_code == "P14"
    assert after.summary == before.summary, "C14 rewrote P14's item"
    assert after.package_revision_id == before.package_revision_id
    assert result.status == "refused" or victim_uid in [q.uid for q in result.quarantined]


def test_export_reports_progress_and_a_cancel_leaves_nothing(world: World) -> None:
    from desktop.services.package_export import ExportRefused, export_package
    from models.deadlines import working_period
    from tests.pkiworld import SIGNER

    world.fill("P14", 120)
    ctx = world.province("P14")
    period = working_period(world.today)
    outbox = world.root / "cancelled"
    seen: list[str] = []

    def cancel_while_collecting(done: int, total: int, message: str) -> bool:
        seen.append(message)
        return message != "正在整理名单…"

    with pytest.raises(ExportRefused, match="已取消"):
        export_package(ctx, period, outbox, SIGNER, accept_warnings=True, progress=cancel_while_collecting)
    assert seen == ["正在检查本期数据…", "正在整理名单…"]
    assert not outbox.exists() or not any(outbox.iterdir())
    with ctx.uow() as uow:
        assert uow.session.scalar(select(func.count(PackageRevision.id))) == 0
        assert set(uow.session.scalars(select(ListingItem.state))) == {ItemState.DRAFT}

    messages: list[str] = []
    result = export_package(
        ctx, period, outbox, SIGNER, accept_warnings=True, progress=lambda d, t, m: messages.append(m) or True
    )
    assert result.path.is_file()
    assert messages[-2:] == ["正在生成附件表格…", "正在签名并加密…"]


def test_correction_of_a_published_item_is_quarantined_and_named_once_in_feedback(
    ministry_month: World,
) -> None:
    from desktop.services import feedback
    from desktop.services.receipts import import_receipt
    from tests.ministryworld import PERIOD, advance

    world = ministry_month
    advance(world, "published")
    items = province_items(world, "P14")
    changed = items[0]
    with world.province("P14").uow() as uow:
        row = uow.session.get(ListingItem, changed.id)
        assert row is not None
        row.summary = f"{row.summary}（更正）"
        uow.commit()
    r2 = world.export("P14", PERIOD)
    result = import_package(world.ministry, r2.path.read_bytes(), r2.path.name)
    assert result.status == "imported", result.message
    assert (result.imported, result.superseded, result.withdrawn) == (0, 0, 0)
    assert [(q.uid, q.reasons) for q in result.quarantined] == [
        (changed.uid, ["该条目当前为“已公布”，本版的更正未予采用；已公布的条目请通过异议或移出程序办理。"])
    ]
    stored = ministry_item(world, changed.uid)
    assert stored is not None
    assert stored.state is ItemState.PUBLISHED
    assert "（更正）" not in stored.summary  # the savepoint trial left nothing behind
    with world.ministry.uow() as uow:
        outcomes = {
            p.item_uid: p.outcome
            for p in uow.session.scalars(
                select(PackageItem).where(PackageItem.revision_id == revision_row(world, r2.sha256).id)
            )
        }
    # The receipt carries the item's outcome as it stands, the refusal in its reason: the unit must
    # not take a refused correction for a return.
    assert outcomes == {i.uid: ItemOutcome.PUBLISHED for i in items}
    assert result.receipt is not None
    on_receipt = import_receipt(world.province("P14"), result.receipt)
    assert on_receipt.status == "imported"
    assert on_receipt.outcomes == {"已公布": 4}
    assert {i.state for i in province_items(world, "P14")} == {ItemState.PUBLISHED}

    issued = feedback.issue_feedback(world.ministry, "P14", PERIOD)
    imported = import_receipt(world.province("P14"), issued.path)
    assert imported.status == "imported"
    assert imported.outcomes == {"已公布": 4}  # one entry per item, the refused correction named in it
