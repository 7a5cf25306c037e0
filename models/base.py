"""Declarative base, value types and mixins shared by every table."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from enum import Enum as PyEnum
from typing import Annotated, Any, ClassVar

from sqlalchemy import JSON, DateTime, Integer, MetaData, Numeric, String, TypeDecorator
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def new_uid() -> str:
    """A stable identifier that travels with a record between databases (province → ministry)."""
    return str(uuid.uuid4())


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timestamps are stored as naive UTC and always come back timezone-aware (UTC).

    SQLite has no time zone type; storing naive UTC on both back ends keeps values comparable.
    A naive value handed in is refused: it is a programming error, not user input.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


def enum_column_type(enum_cls: type[PyEnum]) -> SAEnum:
    """Enums are stored by their value as short strings (portable between SQLite and PostgreSQL)."""
    return SAEnum(
        enum_cls,
        native_enum=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


intpk = Annotated[int, mapped_column(Integer, primary_key=True, autoincrement=True)]
uid_column = Annotated[str, mapped_column(String(36), unique=True, default=new_uid)]
unit_code = Annotated[str, mapped_column(String(16))]
short_text = Annotated[str, mapped_column(String(200), default="")]
long_text = Annotated[str, mapped_column(String(4000), default="")]
created_ts = Annotated[dt.datetime, mapped_column(UTCDateTime, default=utcnow)]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dt.datetime: UTCDateTime,
        Decimal: Numeric(14, 2),
        dict[str, Any]: JSON,
        list[str]: JSON,
        str: String(200),
    }

    def __repr__(self) -> str:
        pk = getattr(self, "id", None) or getattr(self, "code", None) or getattr(self, "key", None)
        return f"<{type(self).__name__} {pk!r}>"


class Timestamped:
    """created_at / updated_at maintained by the ORM."""

    created_at: Mapped[created_ts]
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
