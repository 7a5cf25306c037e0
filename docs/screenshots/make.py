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

    ministry = MainWindow(AppBackend(demo.ministry_home))
    ministry.show()
    ministry.start()
    settle(ministry)
    for cls, name in [("OverviewPage", "overview"), ("IntakePage", "intake"), ("RegistryPage", "registry")]:
        page = ministry.open_page(cls)
        settle(ministry)
        if cls == "IntakePage":
            page.revision_view.selectRow(3)
            settle(ministry)
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
