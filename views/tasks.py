"""Background work for the screens: one serial worker thread, results back on the UI thread.

All database work goes through one thread (SQLite has one writer; sessions are not shared between
threads). A task receives a ``progress(done, total, message) -> bool`` callback; it returns
False once the user asked to cancel, and the task then stops and stores nothing.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object, str)
    progressed = Signal(int, int, str)


class TaskHandle(QObject):
    """One submitted task: connect to its signals, or ask it to stop with :meth:`cancel`.

    Signals:
        finished(result): the function returned ``result``.
        failed(exception, traceback_text): the function raised.
        progressed(done, total, message): the function reported progress.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.signals = _Signals()
        self.finished = self.signals.finished
        self.failed = self.signals.failed
        self.progressed = self.signals.progressed

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int, message: str) -> bool:
        self.signals.progressed.emit(done, total, message)
        return not self._cancel.is_set()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskHandle], Any], handle: TaskHandle) -> None:
        super().__init__()
        self.fn, self.handle = fn, handle

    def run(self) -> None:
        try:
            result = self.fn(self.handle)
        except Exception as exc:  # delivered to the UI thread, which decides how to show it
            self.handle.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.handle.signals.finished.emit(result)


class TaskRunner(QObject):
    """Runs tasks one after another on a single long-lived worker thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # keep the same thread: database connections stay on it
        self._handles: set[TaskHandle] = set()

    def submit(
        self,
        fn: Callable[[TaskHandle], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException, str], None] | None = None,
    ) -> TaskHandle:
        handle = TaskHandle()
        self._handles.add(handle)
        if on_done is not None:
            handle.finished.connect(on_done)
        if on_error is not None:
            handle.failed.connect(on_error)
        handle.finished.connect(lambda _r, h=handle: self._forget(h))
        handle.failed.connect(lambda _e, _t, h=handle: self._forget(h))
        self._pool.start(_Runnable(fn, handle))
        return handle

    @Slot()
    def _forget(self, handle: TaskHandle) -> None:
        self._handles.discard(handle)

    def wait(self, msecs: int = -1) -> bool:
        """Block until queued tasks are done (shutdown and tests only)."""
        return self._pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._handles)
