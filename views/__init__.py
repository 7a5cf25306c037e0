"""Qt widgets, item models and dialogs. No SQL here: screens talk to a backend object (views.api)."""
