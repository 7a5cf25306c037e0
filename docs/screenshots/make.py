"""Regenerate the screenshots in docs/screenshots/ from a fresh demo (offscreen, no display needed).

    .venv/bin/python docs/screenshots/make.py [--scale 1.5]

Each screen is grabbed with QWidget.grab() after its data has loaded.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))


def mid_month(root: Path, demo, period: str) -> None:
    """Bring the ministry into the middle of a month: P14 sends a correction with the new items the
    import wizard added; they are routed, partly reviewed, one returned with a reason."""
    from desktop.context import open_context
    from desktop.secrets import passphrase_from_file
    from desktop.services import review
    from desktop.services.package_export import Signer, export_package
    from desktop.services.package_intake import import_package
    from models.enums import DeptDecision, ItemState

    passphrase = passphrase_from_file(root / "demo-passphrase.txt")
    province = open_context(demo.units[0].home, passphrase=passphrase)
    ministry = open_context(demo.ministry_home, passphrase=passphrase)
    try:
        package = export_package(
            province, period, root / "packages", Signer("王建华", "局长", "主要负责人"), accept_warnings=True
        )
        import_package(ministry, package.path.read_bytes(), package.path.name)
        review.route(ministry)
        rows = review.queue(ministry, states=[ItemState.DEPT_REVIEW])
        agreed = [r.item_id for r in rows[1:6]]
        review.record_opinion(ministry, agreed, DeptDecision.AGREE, "", "刘明")
        review.sign_off(ministry, agreed[:3], "周建平", "司长")
        if rows:
            review.return_to(
                ministry, [rows[0].item_id], "province", "处罚决定书文号与附件不一致，请核实后更正重报。"
            )
    finally:
        province.close()
        ministry.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0, help="device pixel ratio (QT_SCALE_FACTOR)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    suffix = "" if args.scale == 1.0 else f"@{args.scale:g}x"

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.backend import AppBackend
    from desktop.services.demo import build_demo
    from views.appearance import install_font, install_translators
    from views.first_run import FirstRunWizard
    from views.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    install_font(app)
    install_translators(app, "zh_CN")
    root = Path(tempfile.mkdtemp(prefix="creditledger-shots-"))
    demo = build_demo(root / "demo")
    os.environ["CREDITLEDGER_PASSPHRASE_FILE"] = str(root / "demo" / "demo-passphrase.txt")

    def settle(window: MainWindow) -> None:
        for _ in range(200):
            app.processEvents()
            if not window.runner.busy:
                app.processEvents()
                return
            window.runner.wait(20)
        raise RuntimeError("background work did not finish")

    def shoot(widget, name: str) -> None:
        widget.grab().save(str(HERE / f"{name}{suffix}.png"))

    window = MainWindow(AppBackend(demo.units[0].home))
    window.show()
    window.start()
    settle(window)
    for cls, name in [
        ("OverviewPage", "overview"),
        ("ItemsPage", "items"),
        ("RemovalsPage", "removals"),
        ("LiaisonPage", "liaison"),
        ("RedListPage", "red-list"),
        ("PackagesPage", "packages"),
        ("KeysPage", "keys"),
        ("UnitsPage", "units"),
        ("CalendarPage", "calendar"),
    ]:
        page = window.open_page(cls)
        settle(window)
        if cls == "PackagesPage":
            page.revision_view.selectRow(0)
            settle(window)
        if cls == "ItemsPage":
            page.table.selectRow(0)
            settle(window)
        if cls == "RemovalsPage":
            page.view.selectRow(1)
            settle(window)
        shoot(window, f"main-{name}")
        if cls == "ItemsPage":
            # A new item typed with a wrong check character in the USCC: the live check shows it.
            page.new_item()
            editor = page.editor
            editor.name.insert("太原市晋阳建材有限公司")
            editor.code.insert("91140105MA0K1XYZ3Q")
            editor.decision.insert("2026-10-12")
            editor.basis.insert("晋应急罚〔2026〕88号")
            editor.summary.insertPlainText("未按规定对重大危险源进行登记建档。")
            app.processEvents()
            editor.check()
            shoot(window, "main-item-editor")
    window.show_guide()
    app.processEvents()
    shoot(window.guide_dialog, "help-guide")
    window.guide_dialog.close()
    window.open_page("CalendarPage").year.setValue(2027)
    settle(window)
    shoot(window, "main-calendar-2027")

    import datetime as dt

    from desktop.services.demo import write_demo_workbook
    from desktop.services.demo_data import PROFILES, DemoData
    from views.import_wizard import ImportWizard

    november = root / "十一月名单.xlsx"  # a new month's workbook, with the usual mistakes
    write_demo_workbook(november, DemoData(99), PROFILES["P14"], dt.date.today(), 24)
    importer = ImportWizard(window.backend, window.runner, window)
    importer.show()
    importer.file_page.path.setText(str(november))
    app.processEvents()
    shoot(importer, "import-file")
    importer.next()
    settle(window)
    importer.preview_page.items_view.selectRow(0)
    shoot(importer, "import-preview")
    importer.next()
    settle(window)
    app.processEvents()
    shoot(importer, "import-result")
    importer.close()

    from views.export_wizard import ExportWizard

    wizard = ExportWizard(window.backend, window.runner, window)
    wizard.show()
    settle(window)
    shoot(wizard, "export-check")
    wizard.check_page.confirm.setChecked(True)
    wizard.next()
    wizard.signer_page.name.setText("王建华")
    wizard.signer_page.title_edit.setText("局长")
    app.processEvents()
    shoot(wizard, "export-signer")
    wizard.close()
    window.close()

    mid_month(root / "demo", demo, window.backend.working_period(dt.date.today()))
    ministry = MainWindow(AppBackend(demo.ministry_home))
    ministry.show()
    ministry.start()
    settle(ministry)
    for cls, name in [
        ("OverviewPage", "overview"),
        ("IntakePage", "intake"),
        ("ReviewPage", "review"),
        ("MeetingsPage", "meetings"),
        ("LedgerPage", "ledger"),
        ("MinistryRemovalsPage", "removals"),
        ("AccidentsPage", "accidents"),
        ("RegistryPage", "registry"),
    ]:
        page = ministry.open_page(cls)
        settle(ministry)
        if cls == "IntakePage":
            page.revision_view.selectRow(page.revisions.rowCount() - 1)
            settle(ministry)
            shoot(ministry, "ministry-intake")
            for index, tab in ((1, "timeliness"), (2, "feedback")):
                page.tabs.setCurrentIndex(index)
                settle(ministry)
                shoot(ministry, f"ministry-intake-{tab}")
            continue
        if cls == "ReviewPage":
            page.view.selectRow(0)
            settle(ministry)
        if cls == "MeetingsPage":
            directors = [
                r
                for r in range(page.meetings_model.rowCount())
                if "局长" in page.meetings_model.row_object(r).kind_label
            ]
            page.meetings_view.selectRow(directors[0] if directors else 0)
            settle(ministry)
        if cls == "LedgerPage":
            page.view.selectRow(0)
            shoot(ministry, "ministry-ledger")
            page.open_archive()
            settle(ministry)
            if page.archive_dialog is not None:
                shoot(page.archive_dialog, "ministry-archive")
                page.archive_dialog.close()
            for index, tab in ((1, "duplicates"), (2, "overdue"), (3, "statistics")):
                page.tabs.setCurrentIndex(index)
                settle(ministry)
                shoot(ministry, f"ministry-ledger-{tab}")
            continue
        if cls == "MinistryRemovalsPage":
            for index, tab in ((0, "removal-cases"), (1, "expiring"), (2, "repairs"), (3, "objections")):
                page.tabs.setCurrentIndex(index)
                settle(ministry)
                shoot(ministry, f"ministry-{tab}")
            continue
        shoot(ministry, f"ministry-{name}")
    ministry.close()

    wizard_backend = AppBackend(root / "new-home")
    wizard = FirstRunWizard(wizard_backend)
    wizard.show()
    app.processEvents()
    wizard.grab().save(str(HERE / f"wizard-edition{suffix}.png"))
    wizard.next()
    app.processEvents()
    wizard.grab().save(str(HERE / f"wizard-unit{suffix}.png"))
    wizard.next()
    app.processEvents()
    wizard.grab().save(str(HERE / f"wizard-summary{suffix}.png"))
    wizard.close()
    QTimer.singleShot(0, app.quit)
    app.exec()
    print(f"screenshots written to {HERE}")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
