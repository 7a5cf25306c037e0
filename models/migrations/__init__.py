"""Alembic migrations of the CreditLedger schema (applied at start by desktop/db.py)."""
