"""Normalisation of values as people type them into spreadsheets and forms.

Cells arrive with full-width letters and digits, ideographic or non-breaking spaces, zero-width characters
and Excel's leading apostrophe. Every check in this package first brings a value into one of these forms.
For codes and comparison keys NFKC maps full-width forms to ASCII (``９１ｑ`` → ``91q``, ``（`` → ``(``);
display text keeps its Chinese punctuation.
"""

from __future__ import annotations

import re
import unicodedata

_WHITESPACE = re.compile(r"\s+")
# Zero-width characters are not white space for ``str.isspace`` but are invisible in a cell.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_NAME_BRACKETS = str.maketrans("〔【［[〕】］]", "((((" + "))))")
_NAME_DROPPED = dict.fromkeys(map(ord, "·・•.,，。、"))


def _nfkc(value: object) -> str:
    """NFKC form of ``str(value)`` without invisible characters; None becomes ""."""
    if value is None:
        return ""
    return unicodedata.normalize("NFKC", str(value)).translate(_INVISIBLE)


# Free text keeps its Chinese punctuation (，（）：《》 are correct in official documents); only
# full-width letters and digits, which are typing accidents, are folded.
_FULL_WIDTH_ALNUM = {
    **{0xFF10 + i: 0x30 + i for i in range(10)},
    **{0xFF21 + i: 0x41 + i for i in range(26)},
    **{0xFF41 + i: 0x61 + i for i in range(26)},
}


def fold_text(value: object) -> str:
    """Text for matching and parsing (numbers, dates, choices, headers): NFKC folds full-width
    punctuation too (``（五）`` → ``(五)``), white space collapsed to one space."""
    return _WHITESPACE.sub(" ", _nfkc(value)).strip()


def normalize_text(value: object) -> str:
    """Display text: full-width letters and digits folded, invisible characters dropped, every
    white-space run (incl. U+3000) collapsed to one space; Chinese punctuation is kept."""
    if value is None:
        return ""
    text = str(value).translate(_INVISIBLE).translate(_FULL_WIDTH_ALNUM)
    return _WHITESPACE.sub(" ", text).strip()


def normalize_code(value: object) -> str:
    """A code without any white space or Excel text marker, upper-cased.

    Look-alike characters (O for 0, I for 1) are deliberately not mapped: doing so would hide typos.
    """
    return _WHITESPACE.sub("", _nfkc(value)).removeprefix("'").upper()


def normalize_name(value: object) -> str:
    """Comparison key for organisation names (duplicate detection), not a display form.

    Removes white space and the punctuation in ``·.,，。、``, unifies brackets to ``()`` and upper-cases
    Latin letters; words such as 有限公司 are kept.
    """
    text = _WHITESPACE.sub("", _nfkc(value))
    return text.translate(_NAME_BRACKETS).translate(_NAME_DROPPED).upper()
