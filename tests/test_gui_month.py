"""A provincial operator's whole month through the real widgets, keyboard first.

Type an item with a wrong USCC and see the message; fix it and save (Ctrl+S); add a person;
edit, undo (Ctrl+Z) and redo; delete to the recycle bin and undo; import a workbook with errors
through the wizard (per-cell preview), correct the error report and import it again; sign and
export the package; the ministry receives it; import the signed receipt and see every item's status.
Qt warnings fail the test (pytest-qt ``qt_log_level_fail``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop.services.package_intake import import_package
from tests.guisupport import chinese_ui, open_window, settle
from tests.pkiworld import World
from tests.test_import_xlsx import id_number, item_row, person_row, uscc, write_annex1
from views.import_wizard import ERROR_BRUSH, FIXED

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module", autouse=True)
def _chinese_ui(qapp: QApplication) -> Iterator[None]:
    yield from chinese_ui(qapp)


def _problems(editor) -> list[str]:
    return [editor.problems.item(i).text() for i in range(editor.problems.count())]


def test_a_whole_month_from_typing_to_the_receipt(qtbot, world: World, tmp_path: Path, monkeypatch) -> None:
    window = open_window(qtbot, world.province("P14").home)
    window.activateWindow()
    page = window.open_page("ItemsPage")
    settle(qtbot, window)
    assert page.model.rowCount() == 0
    editor = page.editor

    # 1. Type a new item (Ctrl+N) with a wrong check character in the USCC.
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert editor.name.hasFocus()
    editor.name.insert("太原市晋阳建材有限公司")
    qtbot.keyClick(editor.name, Qt.Key.Key_Tab)
    assert editor.code.hasFocus()
    good = uscc(501)
    qtbot.keyClicks(editor.code, good[:-1] + ("0" if good[-1] != "0" else "1"))
    editor.decision.insert("2026-10-12")
    editor.basis.insert("晋应急罚〔2026〕88号")
    editor.summary.insertPlainText("未按规定对重大危险源进行登记建档并采取安全措施。")
    editor.criteria.item(5).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: any("统一社会信用代码" in p for p in _problems(editor)), timeout=2_000)
    assert "#dc2626" in editor.code.styleSheet()
    qtbot.keyClick(editor.code, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert "错误" in page.status.text()
    assert page.model.rowCount() == 0  # nothing stored

    # 2. Fix it: the message goes away; add a person; save with Ctrl+S.
    editor.code.selectAll()
    qtbot.keyClicks(editor.code, good)
    qtbot.waitUntil(lambda: not any("统一社会信用代码" in p for p in _problems(editor)), timeout=2_000)
    assert editor.code.styleSheet() == ""
    editor.add_person(
        {
            "id": None,
            "name": "王伟",
            "role": "legal_representative",
            "title": "董事长",
            "id_number": id_number(501),
        }
    )
    qtbot.keyClick(editor.code, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    settle(qtbot, window)
    assert editor.item_id is not None
    masked = editor.person_rows()[0]["id_number"]
    assert "*" in masked
    assert masked != id_number(501)
    assert page.undo_button.isEnabled()

    # 3. Edit the summary, save, undo (Ctrl+Z) and redo (Ctrl+Y).
    editor.summary.selectAll()
    editor.summary.insertPlainText("改正后的失信行为简况。")
    qtbot.keyClick(editor.summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert page.model.row_object(0).subject_name == "太原市晋阳建材有限公司"
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert editor.summary.toPlainText() == "未按规定对重大危险源进行登记建档并采取安全措施。"
    qtbot.keyClick(page.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert editor.summary.toPlainText() == "改正后的失信行为简况。"

    # 4. Delete (Delete key in the list) to the recycle bin, then undo.
    page.table.setFocus()
    page.table.selectRow(0)
    settle(qtbot, window)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)
    settle(qtbot, window)
    page.recycle.setChecked(True)
    settle(qtbot, window)
    assert page.model.rowCount() == 1
    page.recycle.setChecked(False)
    settle(qtbot, window)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    settle(qtbot, window)

    # 5. Import a workbook with errors through the wizard: the bad cells are marked.
    bad_code = uscc(602)[:-1] + ("0" if uscc(602)[-1] != "0" else "1")
    book = write_annex1(
        tmp_path / "十月名单.xlsx",
        [item_row(601), item_row(602, 统一社会信用代码=bad_code), item_row(603, 认定日期="2026-02-30")],
        [person_row(601)],
    )
    window.import_workbook(str(book))
    wizard = window.import_wizard
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.preview is not None, timeout=20_000)
    preview.only.setCurrentIndex(0)
    model = preview.items_model
    assert model.rowCount() == 3
    code_column = FIXED + model.headers.index("统一社会信用代码")
    date_column = FIXED + model.headers.index("认定日期")
    assert model.data(model.index(1, code_column), Qt.ItemDataRole.BackgroundRole) == ERROR_BRUSH
    assert model.data(model.index(2, date_column), Qt.ItemDataRole.BackgroundRole) == ERROR_BRUSH
    assert "统一社会信用代码" in model.data(model.index(1, code_column), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, code_column), Qt.ItemDataRole.BackgroundRole) is None
    assert "可导入 1 条" in preview.summary.text()
    assert preview.isComplete()
    wizard.next()  # commit: import the valid row
    result_page = wizard.result_page
    qtbot.waitUntil(lambda: result_page.result is not None, timeout=20_000)
    settle(qtbot, window)
    result = result_page.result
    assert (result.imported, result.refused_rows) == (1, 2)
    assert result_page.again_button.isVisible()
    assert page.model.rowCount() == 2

    # 6. Correct the error report in "Excel" and import it again from the wizard.
    report = load_workbook(result.report)
    sheet = report["附件1"]
    headers = [c.value for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        cells = dict(zip(headers, row, strict=False))
        if cells["统一社会信用代码"].value == bad_code:
            cells["统一社会信用代码"].value = uscc(602)
        if cells["认定日期"].value in ("2026-02-30",):
            cells["认定日期"].value = "2026-02-28"
    report.save(result.report)
    result_page.again_button.click()
    qtbot.waitUntil(
        lambda: preview.preview is not None and preview.preview.source == result.report, timeout=20_000
    )
    assert preview.preview.importable == 2
    assert not any(r.status == "refused" for r in preview.preview.rows)
    wizard.next()
    qtbot.waitUntil(lambda: result_page.result is not None, timeout=20_000)
    settle(qtbot, window)
    assert (result_page.result.imported, result_page.result.refused_rows) == (2, 0)
    wizard.accept()
    assert page.model.rowCount() == 4

    # 7. Sign and export the package.
    from views.export_wizard import ExportWizard

    export = ExportWizard(window.backend, window.runner, window)
    qtbot.addWidget(export)
    export.show()
    settle(qtbot, window)
    assert "4 条名单" in export.check_page.summary.text()
    export.check_page.confirm.setChecked(True)
    export.next()
    export.signer_page.name.setText("王建华")
    export.signer_page.title_edit.setText("局长")
    export.signer_page.folder.setText(str(tmp_path))
    with qtbot.waitSignal(export.accepted, timeout=30_000):
        export.accept()
    package = export.result.path
    assert package.is_file()

    # 8. The ministry receives it; the province imports the signed receipt.
    intake = import_package(world.ministry, package.read_bytes(), package.name)
    assert intake.status == "imported"
    assert intake.receipt is not None
    packages = window.open_page("PackagesPage")
    settle(qtbot, window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(intake.receipt), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    packages._receipt()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert "已接收 4 条" in shown[0]
    page = window.open_page("ItemsPage")
    settle(qtbot, window)
    assert {page.model.row_object(r).state for r in range(page.model.rowCount())} == {"已接收"}
    window.close()


def test_autosaved_draft_is_offered_back_after_a_restart(qtbot, world: World) -> None:
    home = world.province("P14").home
    window = open_window(qtbot, home)
    page = window.open_page("ItemsPage")
    settle(qtbot, window)
    page.new_item()
    page.editor.name.insert("未保存就关闭的单位有限公司")
    page.editor.add_person(
        {"id": None, "name": "李强", "role": "principal", "title": "", "id_number": id_number(7)}
    )
    page.autosave()  # what the two-second timer does
    settle(qtbot, window)
    assert "自动保存" in page.status.text()
    window.close()

    again = open_window(qtbot, home)
    page = again.open_page("ItemsPage")
    settle(qtbot, again)
    assert page.draft_bar.isVisible()
    assert "未保存就关闭的单位有限公司" in page.draft_text.text()
    page.draft_restore.click()
    settle(qtbot, again)
    assert page.editor.name.text() == "未保存就关闭的单位有限公司"
    assert page.editor.person_rows()[0]["id_number"] == id_number(7)
    page.discard_draft()
    settle(qtbot, again)
    assert not page.draft_bar.isVisible()
    again.close()


def test_removal_worklist_page_reviews_an_item(qtbot, world: World) -> None:
    import datetime as dt

    from desktop.services import items
    from models.calendar import add_months

    ctx = world.province("P14")
    decided = add_months(dt.date.today(), -36) + dt.timedelta(days=10)
    values = {k: str(v) for k, v in item_row(1, 认定日期=decided.isoformat()).items() if k != "序号"}
    form = items.save_item(ctx, values, []).form
    items.record_publication(ctx, form.id, decided + dt.timedelta(days=5))

    window = open_window(qtbot, ctx.home)
    page = window.open_page("RemovalsPage")
    settle(qtbot, window)
    assert page.model.rowCount() == 1
    page.view.selectRow(0)
    settle(qtbot, window)
    assert page.save_button.isEnabled()
    page.save()  # no opinion yet: refused with the fields named
    settle(qtbot, window)
    assert "省级审核处理意见" in page.problems.text()
    page.opinion.setCurrentIndex(page.opinion.findData("disagree"))
    page.reason.insertPlainText("整改尚未完成，不同意移出。")
    page.save()
    settle(qtbot, window)
    assert "已保存" in page.problems.text()
    assert page.model.row_object(0).opinion_label == "不同意移出"
    window.close()
