"""The package's cover sheet (cover.pdf) with the 审签 block, CJK font embedded."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

import resources

FONT = "NotoSansSC"


@cache
def register_font() -> str:
    """Embed the bundled font (TrueType outlines, covers Extension A) once per process."""
    pdfmetrics.registerFont(TTFont(FONT, str(resources.path("fonts", "NotoSansSC-Regular.ttf"))))
    return FONT


def cover(manifest: Mapping[str, Any], counts: Sequence[tuple[str, int]]) -> bytes:
    font = register_font()
    title = ParagraphStyle("title", fontName=font, fontSize=18, leading=26, alignment=1, wordWrap="CJK")
    body = ParagraphStyle("body", fontName=font, fontSize=11, leading=18, wordWrap="CJK")
    period = manifest["period"]
    year, month = period.split("-")
    signer = manifest["signer"]
    story: list[Any] = [
        Paragraph("安全生产领域失信行为信息报送表", title),
        Spacer(1, 4 * mm),
        Paragraph(f"报送单位：{manifest['unit_name']}（{manifest['unit_code']}）", body),
        Paragraph(f"报送期：{year}年{int(month)}月　第 {manifest['revision']} 版", body),
        Paragraph(
            "本月无新增拟纳入联合惩戒对象。" if manifest["nil_return"] else "报送内容见附件1、附件3、附件4。",
            body,
        ),
        Spacer(1, 6 * mm),
    ]
    table = Table(
        [["内容", "条数"], *[[label, str(n)] for label, n in counts]], colWidths=[110 * mm, 40 * mm]
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("FONTSIZE", (0, 0), (-1, -1), 11),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
                ("ALIGN", (1, 0), (1, -1), "CENTER"),
            ]
        )
    )
    story += [
        table,
        Spacer(1, 12 * mm),
        Paragraph(f"审签人：{signer['name']}　职务：{signer['title']}　（{signer['role']}）", body),
        Paragraph(f"审签时间：{manifest['created_at'][:16].replace('T', ' ')}（UTC）", body),
        Spacer(1, 6 * mm),
        Paragraph("本报送包由诚信台账生成，已由报送单位数字签名并加密发送至应急管理部办公厅。", body),
    ]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=25 * mm, bottomMargin=25 * mm
    )
    doc.title = f"{manifest['unit_code']}_{period}_r{manifest['revision']} 封面"
    doc.build(story)
    return buffer.getvalue()
