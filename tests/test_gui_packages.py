"""The package screens with real widgets: keys, export wizard, intake with per-check results, receipt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from tests.guisupport import chinese_ui, open_window, settle
from tests.pkiworld import World

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module", autouse=True)
def _chinese_ui(qapp: QApplication) -> Iterator[None]:
    yield from chinese_ui(qapp)


def test_provincial_keys_page_shows_certificate_and_root_fingerprint(qtbot, world: World) -> None:
    window = open_window(qtbot, world.province("P14").home)
    page = window.open_page("KeysPage")
    settle(qtbot, window)
    from desktop.services import pki

    root_fp = next(r.fingerprint for r in pki.registry(world.ministry) if r.purpose == "root")
    assert page.root.text() == root_fp
    assert "有效期至" in page.own.text()
    assert page.request_button.isVisible()
    assert not page.init_button.isVisible()
    window.close()


def test_export_wizard_then_intake_then_receipt(qtbot, world: World, tmp_path: Path, monkeypatch) -> None:
    world.fill("P14", 6)
    province = open_window(qtbot, world.province("P14").home)
    packages = province.open_page("PackagesPage")
    settle(qtbot, province)
    assert packages.revisions.rowCount() == 0

    from views.export_wizard import ExportWizard

    wizard = ExportWizard(province.backend, province.runner, province)
    qtbot.addWidget(wizard)
    wizard.show()
    settle(qtbot, province)
    check = wizard.check_page
    assert "第 1 版报送包：6 条名单" in check.summary.text()
    assert not check.isComplete()  # warnings (typical cases, Annex 4) must be confirmed
    check.confirm.setChecked(True)
    assert check.isComplete()
    wizard.next()
    signer = wizard.signer_page
    signer.name.setText("王建华")
    signer.title_edit.setText("局长")
    signer.folder.setText(str(tmp_path))
    assert signer.isComplete()
    with qtbot.waitSignal(wizard.accepted, timeout=30_000):
        wizard.accept()
    written = wizard.result.path
    assert written == tmp_path / f"P14_{wizard.check_page.period.currentText()}_r1.p7m"
    assert written.exists()
    packages.refresh()
    settle(qtbot, province)
    assert packages.revisions.rowCount() == 1

    ministry = open_window(qtbot, world.ministry.home)
    intake = ministry.open_page("IntakePage")
    settle(qtbot, ministry)
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    intake.receive([written])
    qtbot.waitUntil(lambda: getattr(intake, "last_results", None) is not None, timeout=30_000)
    settle(qtbot, ministry)
    assert [r.status for r in intake.last_results] == ["imported"]
    assert "已接收" in intake.last_box.text()
    assert intake.revisions.rowCount() == 1
    intake.revision_view.selectRow(0)
    settle(qtbot, ministry)
    checks = [intake.checks.item(i).text() for i in range(intake.checks.count())]
    assert len(checks) == 8
    assert all(text.startswith("✔") for text in checks)
    assert intake.items.rowCount() == 6

    receipt = intake.last_results[0].receipt
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(receipt), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    packages._receipt()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert "已接收 6 条" in shown[0]
    settle(qtbot, province)
    packages.revision_view.selectRow(0)
    settle(qtbot, province)
    assert packages.items.rowCount() == 6
    assert {packages.items.row_object(r).outcome for r in range(6)} == {"已接收"}
    province.close()
    ministry.close()


def test_intake_of_a_tampered_file_shows_the_failed_check(
    qtbot, world: World, tmp_path: Path, monkeypatch
) -> None:
    world.fill("P14", 2)
    exported = world.export("P14")
    bad = tmp_path / "P14_bad.p7m"
    bad.write_bytes(exported.path.read_bytes()[: len(exported.path.read_bytes()) // 2])
    ministry = open_window(qtbot, world.ministry.home)
    intake = ministry.open_page("IntakePage")
    settle(qtbot, ministry)
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    intake.receive([bad])
    qtbot.waitUntil(lambda: getattr(intake, "last_results", None) is not None, timeout=30_000)
    result = intake.last_results[0]
    assert result.status == "refused"
    assert "拒收" in intake.last_box.text()
    assert intake.last_box.icon() == QMessageBox.Icon.Warning
    assert intake.revisions.rowCount() == 0
    ministry.close()


def test_registry_page_lists_the_units_certificates(qtbot, world: World) -> None:
    ministry = open_window(qtbot, world.ministry.home)
    page = ministry.open_page("RegistryPage")
    settle(qtbot, ministry)
    units = {page.model.row_object(r).unit_code for r in range(page.model.rowCount())}
    assert {"HQ-BGT", "P14", "C14"} <= units
    assert ministry.nav.count() == 12  # ministry edition
    ministry.close()


def test_send_by_email_from_the_packages_page(qtbot, world: World, smtp_sink, monkeypatch) -> None:
    from views.pages import packages as packages_module

    world.fill("P14", 2)
    exported = world.export("P14")
    window = open_window(qtbot, world.province("P14").home)
    page = window.open_page("PackagesPage")
    settle(qtbot, window)

    def filled(dialog: packages_module.SendDialog) -> int:
        dialog.host.setText(smtp_sink.host)
        dialog.port.setValue(smtp_sink.port)
        dialog.sender.setText("jinaqj@example.cn")
        dialog.recipient.setText("xinxi@mem.example.cn")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(exported.path), ""))
    monkeypatch.setattr(packages_module.SendDialog, "exec", filled)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    page._send()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert "已发送" in shown[0]
    assert len(smtp_sink.messages) == 1
    settle(qtbot, window)
    assert page.revisions.row_object(0).status == "已发送"
    window.close()


def test_dashboard_shows_checks_last_package_and_returned_items(qtbot, world: World) -> None:
    import datetime as dt

    from sqlalchemy import select

    from desktop.services.package_intake import import_package
    from desktop.services.receipts import import_receipt
    from models.listing import ListingItem

    world.fill("P14", 3)
    with world.province("P14").uow() as uow:
        decided = sorted(i.decision_date for i in uow.session.scalars(select(ListingItem)))
    exported = world.export("P14")
    # The ministry judges on a day before the newest decision date: that item is quarantined.
    judged_on = decided[-1] - dt.timedelta(days=1)
    result = import_package(world.ministry, exported.path.read_bytes(), exported.path.name, today=judged_on)
    assert len(result.quarantined) >= 1
    assert result.receipt is not None
    import_receipt(world.province("P14"), result.receipt)

    window = open_window(qtbot, world.province("P14").home)
    page = window.overview
    assert page.check.isVisible()
    assert "提醒须确认" in page.check_text.text()
    assert "第 1 版" in page.last_text.text()
    assert "回执已导入" in page.last_text.text()
    assert page.returned.isVisible()
    assert "晚于今天" in page.returned_text.text()
    counts = {
        page.counts_layout.itemAt(r, page.counts_layout.ItemRole.LabelRole).widget().text() for r in range(3)
    }
    assert "附件1 名单条目：" in counts
    window.close()
