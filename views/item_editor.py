"""The Annex 1 item form: unit data, behaviours under the rule pack in force, persons, live checks.

Every keystroke is checked by the same rules the spreadsheet import uses (models.annex1, pure
Python, so the check runs on the UI thread in well under a millisecond); problems are listed
under the form and the fields concerned are outlined. Only saving goes through the backend.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import reference
from models.annex1 import check_form
from models.enums import PersonRole, SubjectKind
from models.validation import Issue, parse_date

ERROR_STYLE = "border: 1px solid #dc2626; background: #fef2f2;"
WARNING_STYLE = "border: 1px solid #d97706; background: #fffbeb;"
PERSON_COLUMNS = 4  # 姓名, 人员类别, 职务, 身份证号码


def _split(text: str) -> list[str]:
    return [t for t in text.replace("，", "、").replace(",", "、").split("、") if t.strip()]


def _required(text: str) -> QLabel:
    return QLabel(f'<span style="color:#dc2626">*</span>{text}')


class CheckList(QListWidget):
    """A keyboard-friendly list of checkable codes (Space toggles)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.itemChanged.connect(lambda _item: self.changed.emit())
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def set_choices(self, choices: list[tuple[str, str]], checked: list[str]) -> None:
        blocker = QSignalBlocker(self)
        self.clear()
        for code, label in choices:
            item = QListWidgetItem(label, self)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in checked else Qt.CheckState.Unchecked)
        del blocker
        rows = max(1, min(len(choices), 6))
        self.setFixedHeight(self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 4 if choices else 24)

    def checked(self) -> list[str]:
        return [
            str(self.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, codes: list[str]) -> None:
        for i in range(self.count()):
            item = self.item(i)
            wanted = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)


class ItemEditor(QWidget):
    """Emits ``edited`` on every change the user makes (for autosave), ``checked`` after each check."""

    edited = Signal()
    checked = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_id: int | None = None
        self.stored_ids: dict[int, str] = {}
        self._loading = False
        self._pack = ""
        self.today = dt.date.today()

        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.state_note = QLabel()
        self.state_note.setWordWrap(True)
        self.state_note.setStyleSheet("color: #475569;")

        self.name = QLineEdit()
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("18位，如 91140105MA0XXXXXXX"))
        self.code.setMaxLength(24)
        self.region = QLineEdit()
        self.region.setPlaceholderText(self.tr("6位；留空则取自信用代码"))
        self.industry = QComboBox()
        self.industry.addItem("", "")
        for code, name in reference.code_names("industries").items():
            self.industry.addItem(name, code)
        self.kind = QComboBox()
        for kind in SubjectKind:
            self.kind.addItem(kind.label, kind.value)
        self.legal = QLineEdit()
        self.similar = QLabel()
        self.similar.setWordWrap(True)
        self.similar.setStyleSheet("color: #92400e; background: #fffbeb; padding: 4px;")
        self.similar.hide()

        self.decision = QLineEdit()
        self.decision.setPlaceholderText(self.tr("如 2026-10-15"))
        self.basis = QLineEdit()
        self.basis.setPlaceholderText(self.tr("如 晋应急罚〔2026〕15号"))
        self.source = QComboBox()
        for code, name in reference.code_names("source_channels").items():
            self.source.addItem(name, code)
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(70)
        self.pack_note = QLabel()
        self.pack_note.setWordWrap(True)
        self.pack_note.setStyleSheet("color: #475569;")
        self.criteria = CheckList()
        self.blacklist = QCheckBox(self.tr("纳入黑名单"))
        self.conditions = CheckList()

        self.measures = CheckList()
        self.measures.set_choices(
            [(r["code"], f"{r['code']} {r['label']}") for r in reference.items("measures")], []
        )
        self.other_measures = QLineEdit()
        self.other_measures.setPlaceholderText(self.tr("清单以外的措施，用顿号分隔"))
        self.typical = QCheckBox(self.tr("作为典型案例报送"))
        self.remarks = QLineEdit()

        self.persons = QTableWidget(0, PERSON_COLUMNS)
        self.persons.setHorizontalHeaderLabels(
            [self.tr("姓名"), self.tr("人员类别"), self.tr("职务"), self.tr("身份证号码")]
        )
        self.persons.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.persons.verticalHeader().setVisible(False)
        self.persons.setFixedHeight(120)
        self.persons.itemChanged.connect(lambda _i: self._changed())
        self.add_person_button = QPushButton(self.tr("添加人员(&P)"))
        self.add_person_button.clicked.connect(lambda: self.add_person())
        self.remove_person_button = QPushButton(self.tr("删除所选人员"))
        self.remove_person_button.clicked.connect(self.remove_person)

        self.published = QLabel()
        self.publish_date = QDateEdit()
        self.publish_date.setCalendarPopup(True)
        self.publish_date.setDisplayFormat("yyyy-MM-dd")
        self.publish_button = QPushButton(self.tr("登记公布日期"))

        self.problems = QListWidget()  # placed by the page, below the form, always in view
        self.problems.setFixedHeight(84)
        self.problems.setWordWrap(True)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.itemActivated.connect(self._focus_problem)

        unit_box = QGroupBox(self.tr("单位信息"))
        form = QFormLayout(unit_box)
        form.addRow(_required(self.tr("单位名称：")), self.name)
        form.addRow(_required(self.tr("统一社会信用代码：")), self.code)
        form.addRow(self.similar)
        form.addRow(self.tr("注册地行政区划代码："), self.region)
        form.addRow(self.tr("行业领域："), self.industry)
        form.addRow(self.tr("主体类别："), self.kind)
        form.addRow(self.tr("法定代表人："), self.legal)

        basis_box = QGroupBox(self.tr("认定情况"))
        form = QFormLayout(basis_box)
        form.addRow(_required(self.tr("认定日期：")), self.decision)
        form.addRow(_required(self.tr("认定依据文号：")), self.basis)
        form.addRow(self.tr("信息来源："), self.source)
        form.addRow(_required(self.tr("失信行为简况：")), self.summary)
        form.addRow(self.pack_note)
        form.addRow(_required(self.tr("失信行为类别：")), self.criteria)
        form.addRow("", self.blacklist)
        self.conditions_label = QLabel(self.tr("黑名单情形："))
        form.addRow(self.conditions_label, self.conditions)

        measure_box = QGroupBox(self.tr("惩戒措施与典型案例"))
        form = QFormLayout(measure_box)
        form.addRow(self.tr("惩戒措施："), self.measures)
        form.addRow(self.tr("其他措施："), self.other_measures)
        form.addRow("", self.typical)
        form.addRow(self.tr("备注："), self.remarks)

        person_box = QGroupBox(self.tr("有关人员"))
        person_layout = QVBoxLayout(person_box)
        person_layout.addWidget(self.persons)
        row = QHBoxLayout()
        row.addWidget(self.add_person_button)
        row.addWidget(self.remove_person_button)
        row.addStretch(1)
        person_layout.addLayout(row)
        note = QLabel(self.tr("已保存的身份证号码只显示脱敏号码；不改动则保留原号码。"))
        note.setStyleSheet("color: #475569;")
        person_layout.addWidget(note)

        self.publish_box = QGroupBox(self.tr("公布与期限"))
        publish_layout = QVBoxLayout(self.publish_box)
        publish_layout.addWidget(self.published)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("公布日期：")))
        row.addWidget(self.publish_date)
        row.addWidget(self.publish_button)
        row.addStretch(1)
        publish_layout.addLayout(row)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.state_note)
        for box in (unit_box, basis_box, measure_box, person_box, self.publish_box):
            layout.addWidget(box)
        layout.addStretch(1)

        self._fields: dict[str, QWidget] = {
            "单位名称": self.name,
            "统一社会信用代码": self.code,
            "注册地行政区划代码": self.region,
            "行业领域": self.industry,
            "主体类别": self.kind,
            "法定代表人": self.legal,
            "失信行为类别": self.criteria,
            "是否纳入黑名单": self.blacklist,
            "黑名单情形": self.conditions,
            "失信行为简况": self.summary,
            "认定依据文号": self.basis,
            "认定日期": self.decision,
            "信息来源": self.source,
            "惩戒措施": self.other_measures,
            "是否典型案例": self.typical,
            "备注": self.remarks,
        }
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(120)
        self._check_timer.timeout.connect(self.check)
        for edit in (
            self.name,
            self.code,
            self.region,
            self.legal,
            self.decision,
            self.basis,
            self.other_measures,
            self.remarks,
        ):
            edit.textChanged.connect(self._changed)
        self.summary.textChanged.connect(self._changed)
        for combo in (self.industry, self.kind, self.source):
            combo.currentIndexChanged.connect(self._changed)
        for box in (self.blacklist, self.typical):
            box.toggled.connect(self._changed)
        for checklist in (self.criteria, self.conditions, self.measures):
            checklist.changed.connect(self._changed)
        self.decision.textChanged.connect(self._update_pack)
        self.blacklist.toggled.connect(self._update_blacklist)
        self.clear()

    # -- filling ------------------------------------------------------------------------------

    def clear(self) -> None:
        self.load(None)

    def load(
        self,
        form: Any | None,
        *,
        values: dict[str, str] | None = None,
        persons: list[dict[str, Any]] | None = None,
    ) -> None:
        """Show a stored item (``form``), or a new one; ``values``/``persons`` override (drafts)."""
        self._loading = True
        try:
            self.item_id = form.id if form else None
            self.stored_ids = {p.id: p.id_number for p in form.persons} if form else {}
            shown = values if values is not None else (form.values if form else {})
            self.name.setText(shown.get("单位名称", ""))
            self.code.setText(shown.get("统一社会信用代码", ""))
            self.region.setText(shown.get("注册地行政区划代码", ""))
            self.industry.setCurrentIndex(max(0, self.industry.findText(shown.get("行业领域", ""))))
            self.kind.setCurrentIndex(max(0, self.kind.findText(shown.get("主体类别", ""))))
            self.legal.setText(shown.get("法定代表人", ""))
            self.decision.setText(shown.get("认定日期", ""))
            self.basis.setText(shown.get("认定依据文号", ""))
            source = shown.get("信息来源", "")
            self.source.setCurrentIndex(max(0, self.source.findText(source)) if source else 0)
            self.summary.setPlainText(shown.get("失信行为简况", ""))
            self._pack = ""
            self._update_pack(self.decision.text(), checked=_split(shown.get("失信行为类别", "")))
            self.blacklist.setChecked(shown.get("是否纳入黑名单", "否") == "是")
            self.conditions.set_checked(_split(shown.get("黑名单情形", "")))
            self._update_blacklist(self.blacklist.isChecked())
            codes = {r["code"] for r in reference.items("measures")}
            tokens = _split(shown.get("惩戒措施", ""))
            self.measures.set_checked([t for t in tokens if t in codes])
            self.other_measures.setText("、".join(t for t in tokens if t not in codes))
            self.typical.setChecked(shown.get("是否典型案例", "否") == "是")
            self.remarks.setText(shown.get("备注", ""))
            self.persons.setRowCount(0)
            rows = (
                persons
                if persons is not None
                else [
                    {"id": p.id, "name": p.name, "role": p.role, "title": p.title, "id_number": p.id_number}
                    for p in (form.persons if form else [])
                ]
            )
            for person in rows:
                self.add_person(person, focus=False)
            self._show_state(form)
        finally:
            self._loading = False
        self.similar.hide()
        self.check()

    def _show_state(self, form: Any | None) -> None:
        editable = form is None or form.editable
        if form is None:
            self.heading.setText(self.tr("新增名单"))
            self.state_note.setText(self.tr("填写后按 Ctrl+S 保存；带 * 的内容为必填。"))
        else:
            self.heading.setText(
                self.tr("%1（%2）").replace("%1", form.values["单位名称"]).replace("%2", form.state_label)
            )
            if form.deleted:
                self.state_note.setText(self.tr("该名单在回收站中，恢复后才能修改。"))
            elif not form.editable and form.state in ("draft", "signed", "submitted", "received", "returned"):
                self.state_note.setText(self.tr("这是其他单位报送的名单，只能查看。"))
            elif not form.editable:
                self.state_note.setText(self.tr("已公布的名单不能修改；如需更正，请通过异议或移出程序办理。"))
            elif form.state != "draft":
                self.state_note.setText(self.tr("该名单已报送；保存修改后需随更正版报送包重新报送。"))
            else:
                self.state_note.setText(self.tr("草稿：随本期报送包报送。"))
        for widget in self._fields.values():
            widget.setEnabled(editable)
        for widget in (self.measures, self.persons, self.add_person_button, self.remove_person_button):
            widget.setEnabled(editable)
        self.publish_box.setVisible(
            form is not None and not form.deleted and (form.publishable or form.published_on is not None)
        )
        if form is not None:
            if form.published_on:
                self.published.setText(
                    self.tr("公布日期 %1，期满 %2，移出审核材料 %3 前报送。")
                    .replace("%1", form.published_on.isoformat())
                    .replace("%2", form.expires_on.isoformat() if form.expires_on else "")
                    .replace("%3", form.removal_due_on.isoformat() if form.removal_due_on else "")
                )
            else:
                self.published.setText(self.tr("尚未登记公布日期。总局回执中带有公布日期的，会自动登记。"))
            self.publish_date.setDate(QDate.currentDate())
            self.publish_date.setEnabled(form.publishable)
            self.publish_button.setEnabled(form.publishable)

    def add_person(self, person: dict[str, Any] | None = None, *, focus: bool = True) -> None:
        person = person or {
            "id": None,
            "name": "",
            "role": PersonRole.LEGAL_REPRESENTATIVE.value,
            "title": "",
            "id_number": "",
        }
        blocker = QSignalBlocker(self.persons)
        row = self.persons.rowCount()
        self.persons.insertRow(row)
        name = QTableWidgetItem(person.get("name", ""))
        name.setData(Qt.ItemDataRole.UserRole, person.get("id"))
        self.persons.setItem(row, 0, name)
        role = QComboBox()
        for value in PersonRole:
            role.addItem(value.label, value.value)
        role.setCurrentIndex(max(0, role.findData(person.get("role", ""))))
        role.currentIndexChanged.connect(self._changed)
        self.persons.setCellWidget(row, 1, role)
        self.persons.setItem(row, 2, QTableWidgetItem(person.get("title", "")))
        self.persons.setItem(row, 3, QTableWidgetItem(person.get("id_number", "")))
        del blocker
        if focus:
            self.persons.setCurrentCell(row, 0)
            self.persons.setFocus()
            self.persons.editItem(self.persons.item(row, 0))
            self._changed()

    def remove_person(self) -> None:
        row = self.persons.currentRow()
        if row >= 0:
            self.persons.removeRow(row)
            self._changed()

    # -- reading ------------------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        measures = self.measures.checked() + _split(self.other_measures.text())
        return {
            "单位名称": self.name.text(),
            "统一社会信用代码": self.code.text(),
            "注册地行政区划代码": self.region.text(),
            "行业领域": self.industry.currentText(),
            "主体类别": self.kind.currentText(),
            "法定代表人": self.legal.text(),
            "失信行为类别": "、".join(self.criteria.checked()),
            "是否纳入黑名单": "是" if self.blacklist.isChecked() else "否",
            "黑名单情形": "、".join(self.conditions.checked()) if self.blacklist.isChecked() else "",
            "失信行为简况": self.summary.toPlainText(),
            "认定依据文号": self.basis.text(),
            "认定日期": self.decision.text(),
            "信息来源": self.source.currentText(),
            "惩戒措施": "、".join(measures),
            "是否典型案例": "是" if self.typical.isChecked() else "否",
            "备注": self.remarks.text(),
        }

    def person_rows(self) -> list[dict[str, Any]]:
        rows = []
        for row in range(self.persons.rowCount()):
            cells = [self.persons.item(row, c) for c in (0, 2, 3)]
            role = self.persons.cellWidget(row, 1)
            assert isinstance(role, QComboBox)
            rows.append(
                {
                    "id": cells[0].data(Qt.ItemDataRole.UserRole) if cells[0] else None,
                    "name": cells[0].text() if cells[0] else "",
                    "role": role.currentData(),
                    "title": cells[1].text() if cells[1] else "",
                    "id_number": cells[2].text() if cells[2] else "",
                }
            )
        return rows

    def content(self) -> dict[str, Any]:
        """What autosave keeps: enough to rebuild the form."""
        return {"item_id": self.item_id, "values": self.values(), "persons": self.person_rows()}

    # -- checking -----------------------------------------------------------------------------

    def _changed(self, *_args: Any) -> None:
        if self._loading:
            return
        self._check_timer.start()
        self.edited.emit()

    def check(self) -> list[Issue]:
        _item, _persons, issues = check_form(self.values(), self.person_rows(), self.stored_ids, self.today)
        if self.item_id is None and not any(self.values()[k] for k in ("单位名称", "统一社会信用代码")):
            issues = []  # an empty new form is not yet wrong
        self._show_issues(issues)
        self.checked.emit(issues)
        return issues

    def _show_issues(self, issues: list[Issue]) -> None:
        worst: dict[str, str] = {}
        for issue in issues:
            name = issue.field.split("·")[0] if "·" in issue.field else issue.field
            if worst.get(name) != "error":
                worst[name] = "error" if issue.is_error else "warning"
        for name, widget in self._fields.items():
            level = worst.get(name)
            widget.setStyleSheet(
                ERROR_STYLE if level == "error" else WARNING_STYLE if level == "warning" else ""
            )
            widget.setToolTip("\n".join(i.message for i in issues if i.field == name))
        self.persons.setStyleSheet(ERROR_STYLE if any(i.is_error and "·" in i.field for i in issues) else "")
        self.problems.clear()
        for issue in sorted(issues, key=lambda i: not i.is_error):
            mark = "✖ " if issue.is_error else "⚠ "
            item = QListWidgetItem(mark + issue.message, self.problems)
            item.setData(Qt.ItemDataRole.UserRole, issue.field)
            item.setForeground(Qt.GlobalColor.darkRed if issue.is_error else Qt.GlobalColor.darkYellow)
        if not issues:
            QListWidgetItem(self.tr("✔ 未发现问题"), self.problems)

    def _focus_problem(self, item: QListWidgetItem) -> None:
        name = str(item.data(Qt.ItemDataRole.UserRole) or "")
        widget = self.persons if "·" in name else self._fields.get(name)
        if widget is not None:
            widget.setFocus()

    def show_server_issues(self, issues: list[Issue]) -> None:
        """Problems only the database can find (e.g. the same basis document stored twice)."""
        local = self.check()
        self._show_issues(local + [i for i in issues if i not in local])

    def set_similar(self, hints: list[Any]) -> None:
        if hints:
            self.similar.setText(self.tr("⚠ 可能重复：") + "\n".join(h.message for h in hints[:3]))
            self.similar.show()
        else:
            self.similar.hide()

    # -- rule pack ----------------------------------------------------------------------------

    def _update_pack(self, text: str, checked: list[str] | None = None) -> None:
        result = parse_date(text, "认定日期")
        day = result.value if result.value and not result.issues else None
        try:
            pack = reference.rule_pack_for(day) if day else reference.rule_packs()[-1]
        except reference.ReferenceDataError:
            pack = reference.rule_packs()[-1]
        if pack.code == self._pack and checked is None:
            return
        keep = checked if checked is not None else self.criteria.checked()
        self._pack = pack.code
        kind = "serious_situation" if "serious_situation" in pack.criteria_kinds else "behaviour"
        rows = reference.criteria_of_kind(pack.code, kind)
        self.criteria.set_choices([(r["code"], f"{r['numeral']} {r['label']}") for r in rows], keep)
        conditions = reference.criteria_of_kind(pack.code, "blacklist_condition")
        self.conditions.set_choices(
            [(r["code"], f"{r['numeral']} {r['label']}") for r in conditions], self.conditions.checked()
        )
        has_blacklist = bool(conditions)
        self.blacklist.setVisible(has_blacklist)
        self.conditions.setVisible(has_blacklist and self.blacklist.isChecked())
        self.conditions_label.setVisible(self.conditions.isVisible())
        what = self.tr("严重失信主体名单") if kind == "serious_situation" else self.tr("联合惩戒对象及黑名单")
        self.pack_note.setText(
            self.tr("按认定日期适用：%1（%2）").replace("%1", pack.name).replace("%2", what)
        )

    def _update_blacklist(self, on: bool) -> None:
        visible = on and self.blacklist.isVisible()
        self.conditions.setVisible(visible)
        self.conditions_label.setVisible(visible)
