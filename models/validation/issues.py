"""Validation findings: one :class:`Issue` per problem found in a value, with a severity.

Errors block a value; warnings are shown to the user but let the value through (legacy identifiers,
unknown province codes).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    """How serious an issue is."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Issue:
    """One finding about one field.

    Attributes:
        field: Chinese label of the field concerned, e.g. ``统一社会信用代码``.
        message: Chinese message for the user; it names the field itself.
        severity: Error or warning.
        code: Stable ASCII code for programs and tests, e.g. ``uscc.checksum``.
    """

    field: str
    message: str
    severity: Severity = Severity.ERROR
    code: str = ""

    @classmethod
    def error(cls, field: str, message: str, code: str = "") -> Issue:
        """Build an error."""
        return cls(field, message, Severity.ERROR, code)

    @classmethod
    def warning(cls, field: str, message: str, code: str = "") -> Issue:
        """Build a warning."""
        return cls(field, message, Severity.WARNING, code)

    @property
    def is_error(self) -> bool:
        """True for errors."""
        return self.severity is Severity.ERROR


def has_errors(issues: Iterable[Issue]) -> bool:
    """True when at least one issue is an error."""
    return any(issue.is_error for issue in issues)


def required(field: str) -> Issue:
    """The error for an empty required field."""
    return Issue.error(field, f"{field}为必填项，不能为空。", "required")
