"""首次设置向导: which edition, which unit, where the data lives."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

if TYPE_CHECKING:
    from views.api import Backend


class EditionPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("欢迎使用诚信台账"))
        self.setSubTitle(self.tr("请选择本机使用的版本。版本和单位确定后不能更改（可另建数据目录）。"))
        self.provincial = QRadioButton(self.tr("省级版"))
        self.ministry = QRadioButton(self.tr("总局版"))
        self.provincial.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.provincial)
        group.addButton(self.ministry)
        provincial_note = QLabel(
            self.tr(
                "省级安全监管部门、新疆生产建设兵团、省级煤矿安全监察局：填报附件1、3、4，审签后生成加密报送包。"
            )
        )
        ministry_note = QLabel(
            self.tr("总局办公厅及业务司局：接收并核验各地报送包，组织审核，维护统一台账。")
        )
        for note in (provincial_note, ministry_note):
            note.setWordWrap(True)
            note.setIndent(24)
        layout = QVBoxLayout(self)
        layout.addWidget(self.provincial)
        layout.addWidget(provincial_note)
        layout.addSpacing(12)
        layout.addWidget(self.ministry)
        layout.addWidget(ministry_note)
        layout.addStretch(1)

    @property
    def edition(self) -> str:
        return "provincial" if self.provincial.isChecked() else "ministry"


class UnitPage(QWizardPage):
    def __init__(self, backend: Backend, editions: EditionPage) -> None:
        super().__init__()
        self.backend = backend
        self.editions = editions
        self.setTitle(self.tr("本单位"))
        self.setSubTitle(self.tr("请选择本机所属单位。报送包和回执都以该单位的名义签发。"))
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit.completer().setFilterMode(self.unit.completer().filterMode().MatchContains)
        self.unit.setMinimumContentsLength(24)
        self.unit.currentIndexChanged.connect(self.completeChanged)
        form = QFormLayout(self)
        form.addRow(self.tr("单位："), self.unit)

    def initializePage(self) -> None:
        self.unit.clear()
        for info in self.backend.edition_units(self.editions.edition):
            self.unit.addItem(info.label, info.code)
        if self.editions.edition == "ministry":
            index = self.unit.findData("HQ-BGT")
            self.unit.setCurrentIndex(max(index, 0))

    def isComplete(self) -> bool:
        return self.unit.currentData() is not None

    @property
    def unit_code(self) -> str:
        return str(self.unit.currentData())


class SummaryPage(QWizardPage):
    def __init__(self, backend: Backend, editions: EditionPage, units: UnitPage) -> None:
        super().__init__()
        self.backend, self.editions, self.units = backend, editions, units
        self.setTitle(self.tr("确认设置"))
        self.setSubTitle(self.tr("点击“完成”后创建本地数据库。数据只保存在本机，不会自动上传。"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:
        edition = self.tr("省级版") if self.editions.edition == "provincial" else self.tr("总局版")
        lines = [
            self.tr("版本：%1").replace("%1", edition),
            self.tr("单位：%1").replace("%1", self.units.unit.currentText()),
            self.tr("数据目录：%1").replace("%1", str(self.backend.home)),
            self.tr("数据库：本机 SQLite 文件（多部门共用时可改用 PostgreSQL 服务器）"),
        ]
        self.summary.setText("\n".join(lines))


class FirstRunWizard(QWizard):
    def __init__(self, backend: Backend, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("首次设置"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.edition_page = EditionPage()
        self.unit_page = UnitPage(backend, self.edition_page)
        self.addPage(self.edition_page)
        self.addPage(self.unit_page)
        self.addPage(SummaryPage(backend, self.edition_page, self.unit_page))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("上一步"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.resize(640, 440)

    @property
    def choice(self) -> tuple[str, str]:
        return self.edition_page.edition, self.unit_page.unit_code
