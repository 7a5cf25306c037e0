"""操作指南: the Chinese operator guide of the edition in use, shipped with the application and
shown offline."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

import resources

GUIDES = {"provincial": "operator_zh.md", "ministry": "ministry_zh.md"}


class GuideDialog(QDialog):
    def __init__(self, parent: Any = None, edition: str = "provincial") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("操作指南"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(resources.path("guide", GUIDES[edition]).read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(820, 680)
