"""File formats CreditLedger reads and writes: xlsx, pdf, packages. No Qt, no database sessions."""
