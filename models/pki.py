"""The registry of principals: which certificate speaks for which unit, and revocations.

A valid chain to the ministry root is not enough to accept a package: the signer's certificate
must be registered here for the unit named in the package's manifest. Old certificates stay
registered after rotation so that old packages still verify; revocation is recorded, not deleted.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, created_ts, enum_column_type, intpk, short_text
from models.enums import CertPurpose


class Principal(Base):
    __tablename__ = "principal"

    id: Mapped[intpk]
    unit_code: Mapped[str] = mapped_column(ForeignKey("reporting_unit.code"), index=True)
    purpose: Mapped[CertPurpose] = mapped_column(enum_column_type(CertPurpose))
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    serial: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(String(300))
    not_before: Mapped[dt.datetime]
    not_after: Mapped[dt.datetime]
    certificate: Mapped[bytes] = mapped_column(LargeBinary)
    registered_at: Mapped[created_ts]
    registered_by: Mapped[short_text]
    revoked_at: Mapped[dt.datetime | None]
    revocation_reason: Mapped[str] = mapped_column(String(32), default="")


class RevocationList(Base):
    """Every CRL this installation issued (ministry) or installed (province), newest number wins."""

    __tablename__ = "revocation_list"

    id: Mapped[intpk]
    number: Mapped[int] = mapped_column(Integer, unique=True)
    issued_at: Mapped[dt.datetime]
    next_update: Mapped[dt.datetime]
    der: Mapped[bytes] = mapped_column(LargeBinary)
