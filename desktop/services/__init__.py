"""Use cases of CreditLedger. GUI and CLI call these functions; each owns its unit of work."""
