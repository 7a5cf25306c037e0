"""The main window: navigation, pages, menus. It wires screens to operations; it owns no behaviour."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from views.messages import show_failure
from views.pages.base import Page
from views.pages.overview import OverviewPage
from views.tasks import TaskRunner

if TYPE_CHECKING:
    from views.api import Backend

APP_TITLE_ZH = "诚信台账"


class MainWindow(QMainWindow):
    """Signals:
    first_painted(): emitted once, after the window was painted for the first time.
    ready(): the database is open and the pages show data (or set-up is needed).
    """

    first_painted = Signal()
    ready = Signal()

    def __init__(self, backend: Backend, runner: TaskRunner | None = None) -> None:
        super().__init__()
        self.backend = backend
        self.runner = runner or TaskRunner(self)
        self._painted = False
        self.edition = "provincial"  # until the database says otherwise
        self.setWindowTitle(self.tr("诚信台账"))
        self.resize(1180, 760)

        self.overview = OverviewPage(backend, self.runner)
        # Pages other than the overview are built on first use (they pull in table models and the
        # Qt namespace, which the start path does without): (title, module, class, editions).
        both, provincial, ministry = ("provincial", "ministry"), ("provincial",), ("ministry",)
        self.all_page_specs: list[tuple[str, str, str, tuple[str, ...]]] = [
            (self.overview.title, "views.pages.overview", "OverviewPage", both),
            (self.tr("附件1 名单"), "views.pages.items", "ItemsPage", both),
            (self.tr("附件3 移出审核"), "views.pages.removals", "RemovalsPage", provincial),
            (self.tr("附件4 联络员"), "views.pages.liaison", "LiaisonPage", provincial),
            (self.tr("红名单与典型案例"), "views.pages.red_list", "RedListPage", provincial),
            (self.tr("报送包"), "views.pages.packages", "PackagesPage", provincial),
            (self.tr("接收报送包"), "views.pages.intake", "IntakePage", ministry),
            (self.tr("部门审核"), "views.pages.review", "ReviewPage", ministry),
            (self.tr("审议与发布"), "views.pages.meetings", "MeetingsPage", ministry),
            (self.tr("台账"), "views.pages.ledger", "LedgerPage", ministry),
            (self.tr("移出与异议"), "views.pages.ministry_removals", "MinistryRemovalsPage", ministry),
            (self.tr("事故周报"), "views.pages.accidents", "AccidentsPage", ministry),
            (self.tr("单位证书登记"), "views.pages.registry", "RegistryPage", ministry),
            (self.tr("证书与密钥"), "views.pages.keys", "KeysPage", both),
            (self.tr("报送单位"), "views.pages.units", "UnitsPage", both),
            (self.tr("工作日历"), "views.pages.calendar", "CalendarPage", both),
        ]
        self.page_specs = [spec[:3] for spec in self.all_page_specs if "provincial" in spec[3]]
        self._pages: dict[int, Page] = {0: self.overview}

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(150)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.overview)
        for title, _module, _cls in self.page_specs:
            self.nav.addItem(title)
        self.nav.currentRowChanged.connect(self._show_page)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.setEnabled(False)

        self.overview.import_requested.connect(self.import_workbook)
        self.overview.template_requested.connect(self.save_template)
        self._build_menus()
        self.session_label = QLabel(self.tr("正在打开数据库…"))
        self.statusBar().addPermanentWidget(self.session_label)

    # -- start-up ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def start(self, *, allow_wizard: bool = True) -> None:
        """Open the data folder in the background; run the first-run wizard if it is new."""
        from views.passphrase import PassphrasePrompt

        self.passphrase = PassphrasePrompt(self)
        self.backend.passphrase_prompt = self.passphrase.ask
        if self.backend.is_initialized():
            self._open()
        elif allow_wizard:
            QTimer.singleShot(0, self.run_first_run_wizard)

    def run_first_run_wizard(self) -> None:
        from views.first_run import FirstRunWizard

        wizard = FirstRunWizard(self.backend, self)
        if wizard.exec() != FirstRunWizard.DialogCode.Accepted:
            self.session_label.setText(self.tr("尚未完成首次设置"))
            self.statusBar().showMessage(self.tr("尚未完成首次设置：请从“文件”菜单重新运行首次设置向导。"))
            return
        edition, unit = wizard.choice
        handle = self.runner.submit(
            lambda _h: self.backend.initialize(edition, unit),
            lambda _result: self._open(),
            lambda exc, details: show_failure(self, self.tr("首次设置失败"), exc, details),
        )
        from views.progress import track

        track(self, handle, self.tr("首次设置"), self.tr("正在创建本地数据库…"))

    def _open(self) -> None:
        self.runner.submit(
            lambda _h: self.backend.session_info(),
            self._opened,
            lambda exc, details: show_failure(self, self.tr("无法打开数据库"), exc, details),
        )

    def _opened(self, info: Any) -> None:
        self._set_edition(info.edition)
        self.setWindowTitle(
            self.tr("诚信台账 — %1（%2）").replace("%1", info.unit_name).replace("%2", info.edition_label)
        )
        self.session_label.setText(
            self.tr("用户：%1　数据库：%2").replace("%1", info.actor).replace("%2", info.database)
        )
        self.overview.show_session(info)
        self.nav.setEnabled(True)
        self.nav.setCurrentRow(0)
        self._show_page(0)
        self.ready.emit()

    def _set_edition(self, edition: str) -> None:
        """Show the pages of this installation's edition (navigation and View menu)."""
        self.edition = edition
        specs = [spec[:3] for spec in self.all_page_specs if edition in spec[3]]
        if specs == self.page_specs:
            return
        self.page_specs = specs
        for row, page in list(self._pages.items()):
            if row != 0:
                self.stack.removeWidget(page)
                page.deleteLater()
        self._pages = {0: self.overview}
        self.nav.blockSignals(True)
        self.nav.clear()
        for title, _module, _cls in specs:
            self.nav.addItem(title)
        self.nav.blockSignals(False)
        self._fill_view_menu()

    def page(self, row: int) -> Page:
        """The page at navigation row ``row``, built on first use."""
        if row not in self._pages:
            import importlib

            _title, module, cls = self.page_specs[row]
            page = getattr(importlib.import_module(module), cls)(self.backend, self.runner)
            if hasattr(page, "import_requested"):
                page.import_requested.connect(self.import_workbook)
            self._pages[row] = page
            self.stack.addWidget(page)
        return self._pages[row]

    def open_page(self, cls: str) -> Page:
        """Show the page of class ``cls`` (e.g. ``"UnitsPage"``) and return it."""
        row = next(i for i, spec in enumerate(self.page_specs) if spec[2] == cls)
        self.nav.setCurrentRow(row)
        return self.page(row)

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(row)
        self.stack.setCurrentWidget(page)
        page.refresh()

    # -- actions -------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        self.import_action = QAction(self.tr("导入附件1表格(&I)…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_workbook)
        template_action = QAction(self.tr("下载附件1导入模板(&T)…"), self)
        template_action.triggered.connect(self.save_template)
        wizard_action = QAction(self.tr("首次设置向导(&W)…"), self)
        wizard_action.triggered.connect(self._rerun_wizard)
        quit_action = QAction(self.tr("退出(&X)"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (self.import_action, template_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(wizard_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self.view_menu = self.menuBar().addMenu(self.tr("查看(&V)"))
        self._page_actions: list[QAction] = []
        self._view_separator = self.view_menu.addSeparator()
        self._fill_view_menu()
        language_menu = self.view_menu.addMenu(self.tr("界面语言(&L)"))
        for code, label in (("zh_CN", "中文（简体）"), ("en", "English")):
            action = QAction(label, self)
            action.triggered.connect(lambda _checked=False, c=code: self._set_language(c))
            language_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        guide = QAction(self.tr("操作指南(&G)"), self)
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(self.show_guide)
        help_menu.addAction(guide)
        about = QAction(self.tr("关于诚信台账(&A)"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _fill_view_menu(self) -> None:
        for action in self._page_actions:
            self.view_menu.removeAction(action)
        self._page_actions = []
        for index, (title, _module, _cls) in enumerate(self.page_specs, start=1):
            action = QAction(title, self)
            if index <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index}"))
            action.triggered.connect(lambda _checked=False, row=index - 1: self.nav.setCurrentRow(row))
            self.view_menu.insertAction(self._view_separator, action)
            self._page_actions.append(action)

    def _rerun_wizard(self) -> None:
        if self.backend.is_initialized():
            QMessageBox.information(
                self,
                self.tr("首次设置"),
                self.tr("本数据目录已完成设置。如需另一单位或版本，请使用新的数据目录。"),
            )
            return
        self.run_first_run_wizard()

    def _documents(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def import_workbook(self, path: str | None = None) -> None:
        """Open the import wizard (on ``path`` when given: straight to the preview)."""
        if not self.nav.isEnabled():
            return
        from views.import_wizard import ImportWizard

        self.import_wizard = wizard = ImportWizard(
            self.backend, self.runner, self, on_imported=self._imported
        )
        wizard.open()
        if path:
            wizard.file_page.path.setText(path)
            wizard.next()

    def _imported(self, result: Any) -> None:
        self.statusBar().showMessage(
            self.tr("导入完成：%1 条，拒收 %2 行")
            .replace("%1", str(result.imported))
            .replace("%2", str(result.refused_rows)),
            10000,
        )
        self.page(max(self.nav.currentRow(), 0)).refresh()

    def save_template(self, path: str | None = None) -> None:
        if not path:
            default = str(Path(self._documents()) / self.tr("附件1导入模板.xlsx"))
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("保存附件1导入模板"), default, self.tr("Excel 工作簿 (*.xlsx)")
            )
        if not path:
            return
        target = Path(path)
        self.runner.submit(
            lambda _h: self.backend.write_template(target),
            lambda _r: self.statusBar().showMessage(
                self.tr("已保存模板：%1").replace("%1", str(target)), 10000
            ),
            lambda exc, details: show_failure(self, self.tr("无法保存模板"), exc, details),
        )

    def _set_language(self, language: str) -> None:
        if not self.backend.is_initialized():
            return
        self.runner.submit(
            lambda _h: self.backend.set_language(language),
            lambda _r: QMessageBox.information(
                self, self.tr("界面语言"), self.tr("界面语言已更改，重新启动程序后生效。")
            ),
            lambda exc, details: show_failure(self, self.tr("界面语言"), exc, details),
        )

    def show_guide(self) -> None:
        from views.guide import GuideDialog

        self.guide_dialog = GuideDialog(self, self.edition)
        self.guide_dialog.show()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("关于诚信台账"),
            self.tr(
                "诚信台账：安全生产领域失信行为信息报送与台账管理。\n依据安监总厅〔2017〕59号、安监总厅〔2018〕10号等文件。"
            ),
        )

    def closeEvent(self, event: Any) -> None:
        self.runner.wait()
        self.runner.submit(lambda _h: self.backend.close())
        self.runner.wait()
        super().closeEvent(event)
