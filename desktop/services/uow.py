"""Unit of work: one database transaction per user action, owned by the service layer."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy.orm import Session, sessionmaker


class UnitOfWork:
    """``with ctx.uow() as uow: …; uow.commit()`` — anything not committed is rolled back."""

    session: Session

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def __enter__(self) -> Self:
        self.session = self._sessions()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        # close() rolls back anything uncommitted; unlike rollback() it leaves loaded objects
        # readable (detached), so callers may use what they read after the block.
        self.session.close()

    def commit(self) -> None:
        self.session.commit()
