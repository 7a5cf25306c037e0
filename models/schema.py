"""Imports every table module so that ``Base.metadata`` is complete (for Alembic and tests)."""

from models import accidents, contacts, listing, packages, pki, removal, subjects, system, units, workflow
from models.base import Base

__all__ = [
    "Base",
    "accidents",
    "contacts",
    "listing",
    "packages",
    "pki",
    "removal",
    "subjects",
    "system",
    "units",
    "workflow",
]
metadata = Base.metadata
