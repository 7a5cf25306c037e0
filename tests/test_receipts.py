"""Receipts (SPEC §2): the ministry's signed statement of what it received and decided, imported by
the province, which then shows each item's status; forged, misdirected or damaged receipts are
refused; OpenSSL verifies them against the root."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from asn1crypto import cms as asn1_cms
from asn1crypto import core as asn1_core
from cryptography.hazmat.primitives import serialization
from sqlalchemy import func, select, text

from desktop.services import pki as pki_service
from desktop.services.feedback import receipt_name
from desktop.services.package_export import ExportResult
from desktop.services.package_intake import IntakeResult, import_package
from desktop.services.receipts import ReceiptRefused, import_receipt
from exporters import pki, receipt
from exporters.cms import IntlSuite
from models.enums import CertPurpose, ItemState, PackageStatus
from models.listing import ListingItem
from models.packages import PackageRevision, Receipt
from models.workflow import Transition
from tests.pkiworld import World
from tests.test_package_security import module_world, shared_keyring

SUITE = IntlSuite()


def send(world: World, code: str, **kwargs: Any) -> tuple[ExportResult, IntakeResult]:
    exported = world.export(code)
    result = import_package(world.ministry, exported.path.read_bytes(), exported.path.name, **kwargs)
    assert result.status == "imported", result.message
    assert result.receipt is not None
    return exported, result


def states(world: World, code: str) -> dict[str, ItemState]:
    with world.province(code).uow() as uow:
        return {i.uid: i.state for i in uow.session.scalars(select(ListingItem))}


def province_state(world: World, code: str) -> dict[str, Any]:
    with world.province(code).uow() as uow:
        rows = {
            t: uow.session.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one()
            for t in ("receipt", "transition", "package_item")
        }
    return {"rows": rows, "states": states(world, code)}


def content_of(path: Path) -> dict[str, Any]:
    return receipt.parse(SUITE.read_signed(path.read_bytes()).payload)


def flip(data: bytes, index: int) -> bytes:
    out = bytearray(data)
    out[index] ^= 0x01
    return bytes(out)


@dataclasses.dataclass
class Receipted:
    """A module-wide world where P14 and C14 have sent a package each and hold their receipts;
    the tests using it only try receipts that must be refused (nothing changes)."""

    world: World
    secrets: dict[tuple[str, str], str]
    p14: Path
    c14: Path


@pytest.fixture(scope="module")
def shared_receipts(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Receipted]:
    with module_world(tmp_path_factory.mktemp("receipts")) as (world, secrets):
        world.fill("P14", 2)
        _p14, p14 = send(world, "P14")
        _c14, c14 = send(world, "C14")
        assert p14.receipt is not None
        assert c14.receipt is not None
        yield Receipted(world, secrets, p14.receipt, c14.receipt)


@pytest.fixture
def receipted(shared_receipts: Receipted) -> Iterator[Receipted]:
    with shared_keyring(shared_receipts.secrets):
        yield shared_receipts


def test_province_imports_the_receipt_and_items_show_their_status(world: World) -> None:
    world.fill("P14", 3)
    exported, result = send(world, "P14")
    assert result.receipt == world.ministry.home / "receipts" / receipt_name("P14", result.period, 1)
    assert result.receipt.name == f"P14_{result.period}_r1.receipt.p7s"
    content = content_of(result.receipt)
    assert content["package_sha256"] == exported.sha256
    assert content["unit_code"] == "P14"
    assert set(states(world, "P14")) == {i["uid"] for i in content["items"]}
    assert set(states(world, "P14").values()) == {ItemState.SIGNED}

    imported = import_receipt(world.province("P14"), result.receipt)
    assert imported.status == "imported"
    assert (imported.unit_code, imported.period, imported.revision) == ("P14", result.period, 1)
    assert imported.outcomes == {"已接收": 3}
    assert imported.returned == []
    assert set(states(world, "P14").values()) == {ItemState.RECEIVED}
    with world.province("P14").uow() as uow:
        rev = uow.session.scalar(
            select(PackageRevision).where(PackageRevision.file_sha256 == exported.sha256)
        )
        assert rev is not None
        assert rev.status is PackageStatus.RECEIVED
        assert rev.received_at == result.received_at
        assert uow.session.scalar(select(func.count()).select_from(Receipt)) == 1
        moved = list(uow.session.scalars(select(Transition).where(Transition.actor == "总局回执")))
    assert len(moved) == 3
    assert {t.to_state for t in moved} == {ItemState.RECEIVED.value}


def test_quarantined_items_come_back_returned_with_their_reasons(world: World) -> None:
    world.fill("P14", 4)
    with world.province("P14").uow() as uow:
        dates = {i.uid: (i.decision_date, i.subject.name) for i in uow.session.scalars(select(ListingItem))}
    judged_on = max(d for d, _ in dates.values()) - dt.timedelta(days=1)
    late = {uid for uid, (d, _) in dates.items() if d > judged_on}
    _exported, result = send(world, "P14", today=judged_on)
    assert {q.uid for q in result.quarantined} == late
    assert result.imported == len(dates) - len(late)

    imported = import_receipt(world.province("P14"), result.receipt)  # type: ignore[arg-type]
    assert imported.outcomes.get("已隔离") == len(late)
    assert {name for name, _ in imported.returned} == {dates[uid][1] for uid in late}
    assert all("晚于今天" in reason for _, reason in imported.returned)
    after = states(world, "P14")
    assert {uid for uid, s in after.items() if s is ItemState.RETURNED} == late
    assert {uid for uid, s in after.items() if s is ItemState.RECEIVED} == set(dates) - late


def test_importing_the_same_receipt_twice_is_a_duplicate(world: World) -> None:
    world.fill("P14", 2)
    _exported, result = send(world, "P14")
    assert result.receipt is not None
    assert import_receipt(world.province("P14"), result.receipt).status == "imported"
    before = province_state(world, "P14")
    again = import_receipt(world.province("P14"), result.receipt)
    assert again.status == "duplicate"
    assert province_state(world, "P14") == before


def test_receipt_signed_by_a_province_key_is_refused(receipted: Receipted, tmp_path: Path) -> None:
    world = receipted.world
    content = content_of(receipted.p14)
    key, cert = pki_service.signing_key(world.province("P14"))  # chains to the root, but is not the ministry
    forged = tmp_path / receipted.p14.name
    forged.write_bytes(receipt.build(content, cert, key, "intl-2026"))
    before = province_state(world, "P14")
    with pytest.raises(ReceiptRefused, match="不是总局签名证书"):
        import_receipt(world.province("P14"), forged)
    assert province_state(world, "P14") == before


def test_receipt_for_another_unit_is_refused(receipted: Receipted) -> None:
    world = receipted.world
    assert content_of(receipted.c14)["unit_code"] == "C14"
    before = province_state(world, "P14")
    with pytest.raises(ReceiptRefused, match="不是本单位"):
        import_receipt(world.province("P14"), receipted.c14)
    assert province_state(world, "P14") == before


def test_receipt_for_a_package_this_province_never_sent_is_refused(
    receipted: Receipted, tmp_path: Path
) -> None:
    world = receipted.world
    content = {**content_of(receipted.p14), "package_sha256": "ab" * 32}
    key, cert = pki_service.signing_key(world.ministry)
    other = tmp_path / "other.receipt.p7s"
    other.write_bytes(receipt.build(content, cert, key, "intl-2026"))
    before = province_state(world, "P14")
    with pytest.raises(ReceiptRefused, match="不是本机发出的"):
        import_receipt(world.province("P14"), other)
    assert province_state(world, "P14") == before


def _in_content(data: bytes) -> int:
    payload = SUITE.read_signed(data).payload
    return data.find(payload) + len(payload) // 2


def _in_signature(data: bytes) -> int:
    signature = asn1_cms.ContentInfo.load(data)["content"]["signer_infos"][0]["signature"].native
    return data.find(signature) + len(signature) - 1


def _in_certificate_key_algorithm(data: bytes) -> int:
    der = SUITE.read_signed(data).signer.public_bytes(serialization.Encoding.DER)
    return data.find(der) + der.find(bytes.fromhex("06072a8648ce3d0201")) + 8


def _in_certificate_subject(data: bytes) -> int:
    signer = SUITE.read_signed(data).signer
    der = signer.public_bytes(serialization.Encoding.DER)
    return data.find(der) + der.find(asn1_core.UTF8String(pki.common_name(signer)).dump())


def _in_certificate_version(data: bytes) -> int:
    der = SUITE.read_signed(data).signer.public_bytes(serialization.Encoding.DER)
    return data.find(der) + der.find(bytes.fromhex("a003020102")) + 4


@pytest.mark.parametrize(
    "where",
    [
        _in_content,
        _in_signature,
        _in_certificate_key_algorithm,
        _in_certificate_subject,
        _in_certificate_version,
    ],
    ids=["content", "signature", "certificate-key-algorithm", "certificate-subject", "certificate-version"],
)
def test_receipt_with_a_flipped_byte_is_refused(
    receipted: Receipted, tmp_path: Path, where: Callable[[bytes], int]
) -> None:
    world = receipted.world
    data = receipted.p14.read_bytes()
    damaged = tmp_path / receipted.p14.name
    damaged.write_bytes(flip(data, where(data)))
    before = province_state(world, "P14")
    with pytest.raises(ReceiptRefused, match="未通过验证"):
        import_receipt(world.province("P14"), damaged)
    assert province_state(world, "P14") == before


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_openssl_verifies_the_receipt_against_the_root(world: World, tmp_path: Path) -> None:
    world.fill("P14", 2)
    _exported, result = send(world, "P14")
    assert result.receipt is not None
    shutil.copy(result.receipt, tmp_path / "R")
    shutil.copy(world.ministry.home / "pki" / "root.pem", tmp_path / "root.pem")
    command = "openssl cms -verify -binary -inform DER -in R -CAfile root.pem -purpose smimesign -out r.json"
    done = subprocess.run(command.split(), cwd=tmp_path, capture_output=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr.decode()
    body = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert body == content_of(result.receipt)
    assert body["unit_code"] == "P14"

    (tmp_path / "R").write_bytes(flip(result.receipt.read_bytes(), _in_content(result.receipt.read_bytes())))
    damaged = subprocess.run(command.split(), cwd=tmp_path, capture_output=True, timeout=60, check=False)
    assert damaged.returncode != 0


def test_after_rotating_the_receipt_key_the_province_needs_the_new_certificate(world: World) -> None:
    """Receipts signed before the rotation still import; one signed by the new certificate is
    refused until the province has installed a bundle carrying it (a new certificate request)."""
    world.fill("P14", 2)
    _r1, first = send(world, "P14")
    new_fp = pki_service.rotate_ministry_key(world.ministry, CertPurpose.MINISTRY_SIGNING)
    _r2, second = send(world, "P14")
    assert first.receipt is not None
    assert second.receipt is not None
    assert pki.fingerprint(SUITE.read_signed(second.receipt.read_bytes()).signer) == new_fp

    # Verified against the old certificate and recorded; r2 exists, so r1's outcomes no longer apply.
    assert import_receipt(world.province("P14"), first.receipt).status == "superseded"
    with pytest.raises(ReceiptRefused, match="不是总局签名证书"):
        import_receipt(world.province("P14"), second.receipt)

    province = world.province("P14")
    request = pki_service.create_request(province, world.root / "P14-again.csr")
    pki_service.issue_certificate(world.ministry, request, "P14", world.root / "P14-again.pem")
    pki_service.install_bundle(province, world.root / "P14-again.pem")
    assert new_fp in {pki.fingerprint(c) for c in pki_service.trust(province).ministry_signing}
    assert import_receipt(province, second.receipt).status == "imported"


def test_an_older_receipt_arriving_late_does_not_overwrite_newer_outcomes(world: World) -> None:
    """Receipts may arrive out of order (e-mail): after r2's receipt, r1's must not put back the
    outcomes of the superseded revision (an item r2 had returned becomes "received" again)."""
    world.fill("P14", 3)
    with world.province("P14").uow() as uow:
        dates = {i.uid: i.decision_date for i in uow.session.scalars(select(ListingItem))}
    judged_on = max(dates.values()) - dt.timedelta(days=1)
    returned = {uid for uid, d in dates.items() if d > judged_on}
    _r1, first = send(world, "P14")
    _r2, second = send(world, "P14", today=judged_on)
    assert {q.uid for q in second.quarantined} == returned
    assert first.receipt is not None
    assert second.receipt is not None

    assert import_receipt(world.province("P14"), second.receipt).status == "imported"
    newer = states(world, "P14")
    assert {uid for uid, s in newer.items() if s is ItemState.RETURNED} == returned
    with contextlib.suppress(ReceiptRefused):  # refusing it, or recording it only, are both fine
        import_receipt(world.province("P14"), first.receipt)
    assert states(world, "P14") == newer
    with world.province("P14").uow() as uow:
        revisions = {r.revision: r.status for r in uow.session.scalars(select(PackageRevision))}
    assert revisions[1] is PackageStatus.SUPERSEDED


def test_trust_bundle_after_rotations_lets_provinces_follow(world: World) -> None:
    """After the ministry rotates both its certificates, a trust bundle (no unit certificate)
    brings every unit up to date: receipts by the new key verify, packages go to the new key."""
    world.fill("P14", 2)
    new_sign = pki_service.rotate_ministry_key(world.ministry, CertPurpose.MINISTRY_SIGNING)
    new_enc = pki_service.rotate_ministry_key(world.ministry, CertPurpose.MINISTRY_ENCRYPTION)
    bundle = pki_service.write_trust_bundle(world.ministry, world.root / "trust.pem")
    province = world.province("P14")
    done = pki_service.install_bundle(province, bundle)
    assert done.unit_fingerprint == ""
    assert pki.fingerprint(pki_service.trust(province).ministry_encryption) == new_enc
    assert new_sign in {pki.fingerprint(c) for c in pki_service.trust(province).ministry_signing}
    _exported, result = send(world, "P14")
    assert result.status == "imported"
    assert result.inspection.manifest is not None
    assert result.inspection.manifest["recipient"] == new_enc
    assert result.receipt is not None
    assert import_receipt(province, result.receipt).status == "imported"


def test_an_imported_receipt_is_archived_unchanged_in_the_data_folder(world: World) -> None:
    world.fill("P14", 1)
    _exported, result = send(world, "P14")
    assert result.receipt is not None
    province = world.province("P14")
    assert import_receipt(province, result.receipt).status == "imported"
    archived = list((province.home / "archive" / "receipts").iterdir())
    assert len(archived) == 1
    assert archived[0].read_bytes() == result.receipt.read_bytes()


def test_a_published_outcome_sets_the_term_and_feeds_the_annex3_worklist(
    world: World, tmp_path: Path
) -> None:
    """The ministry's receipt says "published on …": the province records the term (Order 11: 36
    months from the decision) and the removal due date, and the item appears in the worklist when due."""
    from desktop.services.removals import worklist

    world.fill("P14", 2)
    _exported, intake = send(world, "P14")
    content = content_of(intake.receipt)
    first, second = content["items"][0], content["items"][1]
    first.update(outcome="published", published_on="2026-11-05")
    second.update(outcome="published", published_on="2026-11-05", expires_on="2026-12-31")
    key, cert = pki_service.signing_key(world.ministry)
    path = tmp_path / intake.receipt.name
    path.write_bytes(receipt.build(content, cert, key, "intl-2026"))
    imported = import_receipt(world.province("P14"), path)
    assert imported.outcomes == {"已公布": 2}
    with world.province("P14").uow() as uow:
        items = {i.uid: i for i in uow.session.scalars(select(ListingItem))}
        one, two = items[first["uid"]], items[second["uid"]]
        assert one.state is ItemState.PUBLISHED
        assert one.published_on == dt.date(2026, 11, 5)
        assert one.expires_on == one.decision_date.replace(year=one.decision_date.year + 3)
        assert two.expires_on == dt.date(2026, 12, 31)
        assert two.removal_due_on == dt.date(2026, 12, 17)  # 10 working days before 12-31
    due = worklist(world.province("P14"), dt.date(2026, 12, 1), horizon_days=30)
    assert [r.listing_id for r in due] == [two.id]
