"""Receipts (回执/反馈): the ministry's signed statement of what it received and decided.

A receipt is a CMS SignedData (suite ``intl-2026``) over a JSON document; it is not encrypted
(it holds no personal data, only item identifiers and outcomes).
"""

from __future__ import annotations

import json
from typing import Any

from cryptography import x509

from exporters.cms import CheckFailed, suite
from exporters.pki import PrivateKey

FORMAT = "creditledger-receipt/1"


def build(content: dict[str, Any], cert: x509.Certificate, key: PrivateKey, suite_name: str) -> bytes:
    body = json.dumps({**content, "format": FORMAT}, ensure_ascii=False, indent=1, sort_keys=True).encode(
        "utf-8"
    )
    return suite(suite_name).sign(body, cert, key)


def parse(payload: bytes) -> dict[str, Any]:
    try:
        content = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise CheckFailed("schema", "回执内容不是有效的 JSON。") from exc
    if not isinstance(content, dict) or content.get("format") != FORMAT:
        raise CheckFailed("schema", f"回执格式不是“{FORMAT}”。")
    for key in ("unit_code", "period", "revision", "package_sha256", "received_at", "issued_at", "items"):
        if key not in content:
            raise CheckFailed("schema", f"回执缺少“{key}”。")
    return content
