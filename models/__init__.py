"""Domain model and rules of CreditLedger: ORM tables, reference data, validation, calendar.

Nothing here imports Qt. Import submodules explicitly (``from models.listing import ListingItem``);
this package deliberately re-exports nothing so that pure modules (``models.enums``,
``models.validation``, ``models.calendar``) stay importable without SQLAlchemy.
"""
