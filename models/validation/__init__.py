"""Pure-Python validation of imported and typed values: identifiers, dates, choices, numbers, accident grade.

Nothing here imports Qt or SQLAlchemy; every user-facing message is Chinese and names its field.
"""

from __future__ import annotations

from models.validation.dates import DateResult, parse_date
from models.validation.grade import (
    DEFAULT_THRESHOLDS,
    GradeResult,
    GradeThreshold,
    compute_grade,
    thresholds_from_items,
)
from models.validation.identifiers import (
    IdentifierResult,
    IdNumberResult,
    check_id_number,
    check_uscc,
    mask_id_number,
    uscc_check_char,
)
from models.validation.issues import Issue, Severity, has_errors
from models.validation.normalize import fold_text, normalize_code, normalize_name, normalize_text
from models.validation.values import parse_bool, parse_criteria, parse_decimal, parse_int, split_multi

__all__ = [
    "DEFAULT_THRESHOLDS",
    "DateResult",
    "GradeResult",
    "GradeThreshold",
    "IdNumberResult",
    "IdentifierResult",
    "Issue",
    "Severity",
    "check_id_number",
    "check_uscc",
    "compute_grade",
    "fold_text",
    "has_errors",
    "mask_id_number",
    "normalize_code",
    "normalize_name",
    "normalize_text",
    "parse_bool",
    "parse_criteria",
    "parse_date",
    "parse_decimal",
    "parse_int",
    "split_multi",
    "thresholds_from_items",
    "uscc_check_char",
]
