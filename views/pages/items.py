"""附件1名单: the list (search, state filter, recycle bin) beside the item editor.

Keyboard: Ctrl+F search, Ctrl+N new, Ctrl+S save, Delete (in the list) to the recycle bin,
Ctrl+Z / Ctrl+Y undo and redo (edits, creations, deletions), Ctrl+Shift+I import wizard.
Unsaved typing is autosaved (encrypted, in the database) two seconds after the last change and
offered back when the page is opened again.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.enums import ItemState
from views.item_editor import ItemEditor
from views.pages.base import Page
from views.table_models import ROW_ROLE, SORT_ROLE, Column, RowTableModel


def draft_name(item_id: int | None) -> str:
    """One autosaved draft per item (and one for a new item)."""
    return f"annex1.{item_id if item_id is not None else 'new'}"


class _BackendCommand(QUndoCommand):
    """An undoable step whose effect already happened when it is pushed (the first redo is skipped)."""

    def __init__(self, page: ItemsPage, text: str, undo: Any, redo: Any) -> None:
        super().__init__(text)
        self._page, self._undo, self._redo = page, undo, redo
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._page.apply_history(self._redo, self.text())

    def undo(self) -> None:
        self._page.apply_history(self._undo, self.text())


class ItemsPage(Page):
    import_requested = Signal()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.title = self.tr("附件1 名单")
        self._pending_select: int | None = None
        self._draft_checked = False
        self._dirty = False

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("按单位名称、统一社会信用代码或认定依据文号查找（Ctrl+F）"))
        self.search.setClearButtonEnabled(True)
        self.state = QComboBox()
        self.state.addItem(self.tr("全部状态"), "")
        for state in ItemState:
            self.state.addItem(state.label, state.value)
        self.recycle = QCheckBox(self.tr("回收站"))
        self.count = QLabel()
        self.model = RowTableModel(
            [
                Column(self.tr("单位名称"), lambda r: r.subject_name),
                Column(
                    self.tr("统一社会信用代码"),
                    lambda r: r.subject_code + (self.tr("（旧代码）") if r.legacy_code else ""),
                ),
                Column(self.tr("名单类别"), lambda r: r.tier),
                Column(self.tr("失信行为"), lambda r: r.criteria),
                Column(self.tr("认定日期"), lambda r: r.decision_date),
                Column(self.tr("认定依据文号"), lambda r: r.basis_document),
                Column(self.tr("有关人员"), lambda r: r.persons, align_right=True),
                Column(self.tr("典型案例"), lambda r: r.typical_case),
                Column(self.tr("报送期"), lambda r: r.period),
                Column(self.tr("状态"), lambda r: r.state),
            ],
            self,
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._selected)

        self.editor = ItemEditor()
        self.editor.edited.connect(self._edited)
        self.editor.publish_button.clicked.connect(self.publish)
        self.editor.code.editingFinished.connect(self._look_for_similar)
        self.editor.name.editingFinished.connect(self._look_for_similar)
        scroll = QScrollArea()
        scroll.setWidget(self.editor)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.undo_stack = QUndoStack(self)
        self.undo_button = QPushButton(self.tr("撤销"))
        self.undo_button.clicked.connect(self.undo)
        self.redo_button = QPushButton(self.tr("重做"))
        self.redo_button.clicked.connect(self.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda text: self.undo_button.setToolTip(self.tr("撤销：%1（Ctrl+Z）").replace("%1", text))
        )
        self.undo_stack.redoTextChanged.connect(
            lambda text: self.redo_button.setToolTip(self.tr("重做：%1（Ctrl+Y）").replace("%1", text))
        )
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)

        self.new_button = QPushButton(self.tr("新增(&N)"))
        self.new_button.clicked.connect(self.new_item)
        self.import_button = QPushButton(self.tr("导入表格(&I)…"))
        self.import_button.clicked.connect(self.import_requested.emit)
        self.save_button = QPushButton(self.tr("保存(&S)"))
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("删除（移入回收站）"))
        self.delete_button.clicked.connect(self.delete)
        self.restore_button = QPushButton(self.tr("从回收站恢复"))
        self.restore_button.clicked.connect(self.restore)
        self.restore_button.hide()

        self.draft_bar = QFrame()
        self.draft_bar.setStyleSheet("QFrame { background: #eff6ff; border: 1px solid #93c5fd; }")
        self.draft_text = QLabel()
        self.draft_restore = QPushButton(self.tr("恢复草稿(&R)"))
        self.draft_restore.clicked.connect(self.restore_draft)
        self.draft_discard = QPushButton(self.tr("丢弃草稿"))
        self.draft_discard.clicked.connect(self.discard_draft)
        bar = QHBoxLayout(self.draft_bar)
        bar.addWidget(self.draft_text, 1)
        bar.addWidget(self.draft_restore)
        bar.addWidget(self.draft_discard)
        self.draft_bar.hide()
        self._draft: dict[str, Any] | None = None

        self.status = QLabel()
        self.status.setStyleSheet("color: #475569;")

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.state.currentIndexChanged.connect(self.refresh)
        self.recycle.toggled.connect(self._recycle_toggled)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(2000)
        self._autosave.timeout.connect(self.autosave)

        for keys, slot in (
            (QKeySequence.StandardKey.Find, self._focus_search),
            (QKeySequence.StandardKey.New, self.new_item),
            (QKeySequence.StandardKey.Save, self.save),
            (QKeySequence.StandardKey.Undo, self.undo),
            (QKeySequence("Ctrl+Shift+I"), self.import_requested.emit),
        ):
            QShortcut(keys, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Redo: the platform's keys plus Ctrl+Y everywhere (each sequence once, or none would fire).
        redo_keys = {k.toString(): k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)}
        redo_keys.setdefault("Ctrl+Y", QKeySequence("Ctrl+Y"))
        for keys in redo_keys.values():
            QShortcut(keys, self, self.redo, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.table,
            self.delete,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.search.returnPressed.connect(self.table.setFocus)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.state)
        top.addWidget(self.recycle)
        top.addWidget(self.count)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(self.editor.problems)
        buttons = QHBoxLayout()
        for widget in (self.save_button, self.delete_button, self.restore_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        actions = QHBoxLayout()
        for widget in (self.new_button, self.import_button, self.undo_button, self.redo_button):
            actions.addWidget(widget)
        actions.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.draft_bar)
        layout.addWidget(splitter, 1)

    # -- list -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        text, state, deleted = self.search.text(), str(self.state.currentData()), self.recycle.isChecked()
        self.run(lambda: self.backend.list_items(text, state, deleted), self._show, self.tr("无法读取名单"))
        if not self._draft_checked:
            self._draft_checked = True
            self._check_draft(None)

    def _show(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        self.count.setText(self.tr("共 %1 条").replace("%1", str(len(rows))))
        if rows:
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(0, min(self.table.columnWidth(0), 260))
            self.table.setColumnWidth(3, min(self.table.columnWidth(3), 200))
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        if self._pending_select is not None:
            self.select_item(self._pending_select)
            self._pending_select = None

    def select_item(self, item_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.data(self.proxy.index(row, 0), ROW_ROLE).id == item_id:
                self.table.selectRow(row)
                return

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _recycle_toggled(self, on: bool) -> None:
        self.restore_button.setVisible(on)
        self.delete_button.setVisible(not on)
        self.new_item()
        self.refresh()

    def _selected(self, current: Any, _previous: Any) -> None:
        row = self.proxy.data(current, ROW_ROLE) if current.isValid() else None
        if row is None or row.id == self.editor.item_id:
            return
        if self._dirty:
            self.autosave()
            self._say(self.tr("未保存的修改已存为草稿，可用“恢复草稿”找回。"))
        item_id = row.id
        self.run(lambda: self.backend.item_form(item_id), self._load, self.tr("无法读取名单"))

    def _load(self, form: Any) -> None:
        self.editor.load(form)
        self._dirty = False
        self._autosave.stop()
        self.save_button.setEnabled(form.editable)
        self.delete_button.setEnabled(form.editable and not form.deleted)
        self._look_for_similar()
        self._check_draft(form.id)

    def _check_draft(self, item_id: int | None) -> None:
        self.draft_bar.hide()
        self._draft = None

        def offer(draft: dict[str, Any] | None) -> None:
            if self.editor.item_id == item_id:
                self._offer_draft(draft)

        self.run(lambda: self.backend.load_draft(draft_name(item_id)), offer)

    def _say(self, text: str) -> None:
        self.status.setText(text)

    # -- editing --------------------------------------------------------------------------------

    def new_item(self) -> None:
        if self._dirty:
            self.autosave()
        self.table.clearSelection()
        self.table.setCurrentIndex(self.proxy.index(-1, -1))
        self.editor.clear()
        self.editor.set_similar([])
        self._dirty = False
        self.save_button.setEnabled(True)
        self.delete_button.setEnabled(False)
        self.editor.name.setFocus()
        self._check_draft(None)

    def _edited(self) -> None:
        self._dirty = True
        self._autosave.start()

    def _look_for_similar(self) -> None:
        code, name, exclude = self.editor.code.text(), self.editor.name.text(), self.editor.item_id
        if not (code.strip() or name.strip()):
            self.editor.set_similar([])
            return
        self.runner.submit(
            lambda _h: self.backend.similar_listings(code, name, exclude),
            self.editor.set_similar,
            lambda *_a: None,
        )

    def save(self) -> None:
        issues = self.editor.check()
        if any(i.is_error for i in issues):
            self._say(
                self.tr("有 %1 处错误，改正后才能保存。").replace("%1", str(sum(i.is_error for i in issues)))
            )
            self.editor.problems.setFocus()
            return
        values, persons, item_id = self.editor.values(), self.editor.person_rows(), self.editor.item_id
        self.runner.submit(
            lambda _h: self.backend.save_item(values, persons, item_id),
            lambda result: self._saved(result, item_id),
            self._save_failed,
        )

    def _save_failed(self, exc: BaseException, details: str) -> None:
        issues = getattr(exc, "issues", None)
        if issues is not None:
            self.editor.show_server_issues(list(issues))
            self._say(str(exc))
            return
        from views.messages import show_failure

        show_failure(self, self.tr("未能保存名单"), exc, details)

    def _saved(self, result: Any, edited: int | None) -> None:
        form = result.form
        name = form.values["单位名称"]
        if result.before is None:
            item_id = form.id
            self.undo_stack.push(
                _BackendCommand(
                    self,
                    self.tr("新增“%1”").replace("%1", name),
                    lambda: self.backend.delete_item(item_id),
                    lambda: self.backend.restore_item(item_id),
                )
            )
        else:
            before, after = result.before, result.after
            self.undo_stack.push(
                _BackendCommand(
                    self,
                    self.tr("修改“%1”").replace("%1", name),
                    lambda: self.backend.restore_item_snapshot(before),
                    lambda: self.backend.restore_item_snapshot(after),
                )
            )
        self._dirty = False
        self._autosave.stop()
        self.run(lambda: self.backend.discard_draft(draft_name(edited)), lambda _r: None)
        self._load(form)
        self._say(
            self.tr("已保存“%1”（%2）。")
            .replace("%1", name)
            .replace("%2", dt.datetime.now().strftime("%H:%M:%S"))
        )
        self._pending_select = form.id
        self.refresh()

    def delete(self) -> None:
        item_id = self.editor.item_id
        if item_id is None or self.recycle.isChecked():
            return
        name = self.editor.name.text()

        def done(_result: Any) -> None:
            self.undo_stack.push(
                _BackendCommand(
                    self,
                    self.tr("删除“%1”").replace("%1", name),
                    lambda: self.backend.restore_item(item_id),
                    lambda: self.backend.delete_item(item_id),
                )
            )
            self._say(self.tr("已将“%1”移入回收站（Ctrl+Z 撤销）。").replace("%1", name))
            self.new_item()
            self.refresh()

        self.run(lambda: self.backend.delete_item(item_id), done, self.tr("未能删除名单"))

    def restore(self) -> None:
        item_id = self.editor.item_id
        if item_id is None:
            return
        self.run(
            lambda: self.backend.restore_item(item_id),
            lambda _r: (self._say(self.tr("已从回收站恢复。")), self.new_item(), self.refresh()),
            self.tr("未能恢复名单"),
        )

    def apply_history(self, action: Any, text: str) -> None:
        """Run one undo/redo step in the background, then show the result."""

        def done(result: Any) -> None:
            self._say(self.tr("已撤销或重做：%1").replace("%1", text))
            if result is not None and hasattr(result, "values"):
                self._load(result)
                self._pending_select = result.id
            else:
                self.new_item()
            self.refresh()

        def failed(exc: BaseException, details: str) -> None:
            # The stack no longer matches the database: start a fresh history rather than mislead.
            self.undo_stack.clear()
            self._say(self.tr("撤销记录已清空。"))
            from views.messages import show_failure

            show_failure(self, self.tr("无法撤销"), exc, details)
            self.refresh()

        self.runner.submit(lambda _h: action(), done, failed)

    def undo(self) -> None:
        if self._dirty:
            self.autosave()  # typing not yet saved is kept as a draft, not lost
        self.undo_stack.undo()

    def redo(self) -> None:
        if self._dirty:
            self.autosave()
        self.undo_stack.redo()

    def publish(self) -> None:
        item_id = self.editor.item_id
        if item_id is None:
            return
        day = self.editor.publish_date.date().toPython()
        assert isinstance(day, dt.date)

        def done(form: Any) -> None:
            self._load(form)
            self._say(self.tr("已登记公布日期，期满前的移出审核见“附件3 移出审核”。"))
            self.refresh()

        self.run(lambda: self.backend.record_publication(item_id, day), done, self.tr("未能登记公布日期"))

    # -- autosave -------------------------------------------------------------------------------

    def autosave(self) -> None:
        self._autosave.stop()
        if not self._dirty:
            return
        content = self.editor.content()
        name = draft_name(self.editor.item_id)
        self.run(
            lambda: self.backend.save_draft(name, content),
            lambda _r: self._say(
                self.tr("已自动保存草稿（%1）。").replace("%1", dt.datetime.now().strftime("%H:%M:%S"))
            ),
        )

    def _offer_draft(self, draft: dict[str, Any] | None) -> None:
        self._draft = draft
        if not draft:
            self.draft_bar.hide()
            return
        name = draft.get("values", {}).get("单位名称") or self.tr("（未填单位名称）")
        saved = str(draft.get("saved_at", ""))[:16].replace("T", " ")
        self.draft_text.setText(
            self.tr("有一份未保存的编辑：%1（自动保存于 %2 UTC）。").replace("%1", name).replace("%2", saved)
        )
        self.draft_bar.show()

    def restore_draft(self) -> None:
        draft = self._draft
        if not draft:
            return
        item_id = draft.get("item_id")

        def show(form: Any) -> None:
            self.editor.load(form, values=draft["values"], persons=draft["persons"])
            self._dirty = True
            self.draft_bar.hide()
            self._say(self.tr("已恢复草稿，请核对后保存。"))

        if item_id is None:
            show(None)
        else:
            self.run(lambda: self.backend.item_form(item_id), show, self.tr("无法读取名单"))

    def discard_draft(self) -> None:
        name = draft_name(self._draft.get("item_id") if self._draft else self.editor.item_id)
        self._draft = None
        self.draft_bar.hide()
        self.run(lambda: self.backend.discard_draft(name), lambda _r: None)
