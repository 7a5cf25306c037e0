"""Common ground of the pages: a backend, the task runner, and a refresh that never blocks."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from views.messages import show_failure
from views.tasks import TaskHandle, TaskRunner

if TYPE_CHECKING:
    from views.api import Backend


class Page(QWidget):
    title = ""

    def __init__(self, backend: Backend, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.runner = runner

    def refresh(self) -> None:
        """Reload what the page shows (called when it becomes visible or data changed)."""

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None], title: str = "") -> TaskHandle:
        return self.runner.submit(
            lambda _handle: fn(),
            on_done,
            lambda exc, details: show_failure(self, title or self.tr("操作失败"), exc, details),
        )
