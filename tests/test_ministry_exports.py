"""Ministry documents: 审核单 and 情况通报 PDFs, the ledger and public-list workbooks."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from exporters.bulletin import Bulletin, BulletinFigures, DepartmentRow, TimelinessRow, bulletin
from exporters.ledger_xlsx import (
    LedgerRow,
    PublicRow,
    ledger_workbook,
    public_list_workbook,
    safe_text,
)
from exporters.review_sheet import ReviewSheet, ReviewStep, review_sheet, review_sheets
from models.validation.identifiers import mask_id_number, uscc_check_char

GENERATED = dt.datetime(2026, 12, 15, 10, 30)
FULL_ID = "140105198803121234"  # shape of an 18-digit ID number (check character not relevant here)
LEDGER_HEADERS = [
    "序号",
    "单位名称",
    "统一社会信用代码",
    "报送单位",
    "所属期",
    "名单类别",
    "失信行为",
    "认定依据文号",
    "认定日期",
    "审核司局",
    "审核意见",
    "审签人",
    "公布批次",
    "公布日期",
    "管理期满",
    "移出日期",
    "当前状态",
    "跨省重复",
    "异议",
    "来源报送包",
]
PUBLIC_HEADERS = [
    "序号",
    "单位名称",
    "统一社会信用代码",
    "注册地",
    "名单类别",
    "失信行为类别",
    "认定依据文号",
    "认定日期",
    "公布日期",
    "管理期限至",
    "有关人员",
]


def uscc(serial: int) -> str:
    first17 = f"91140105MA0{serial:06d}"
    return first17 + uscc_check_char(first17)


def long_summary() -> str:
    sentence = (
        "经查，该公司在2026年9月开展的执法检查中被发现未按规定对重大危险源进行登记建档、定期检测评估和监控，"
        "且在责令限期整改后拒不执行，相关负责人王镕、李堃对此负有直接责任。"
    )
    text = ""
    while len(text) < 3000:
        text += sentence
    return text[:2990] + "（简况完）"


def step(signed: bool) -> ReviewStep:
    return ReviewStep(
        step="司局审核",
        department="安全生产执法局",
        actor="赵立军",
        decision="同意纳入",
        opinion="事实清楚，证据确凿，依据充分，同意纳入联合惩戒对象。",
        at=dt.datetime(2026, 12, 9, 14, 20),
        signer_name="孙志堃" if signed else "",
        signer_title="副局长" if signed else "",
        signed_at=dt.datetime(2026, 12, 10, 9, 5) if signed else None,
    )


def sheet(n: int, *, summary: str | None = None, steps: tuple[ReviewStep, ...] = ()) -> ReviewSheet:
    return ReviewSheet(
        sheet_no=f"2026-11-{n:04d}",
        period="2026-11",
        reporting_unit="山西省应急管理厅",
        package_ref="P14_2026-11_r2.p7m，第2版，2026-12-08 09:30 接收",
        subject_name=f"太原市晋镕第{n}化工有限公司",
        subject_code=uscc(n),
        region="山西省太原市小店区",
        industry="危险化学品",
        tier="联合惩戒对象",
        criteria=("拒不执行安全监管监察指令", "存在重大事故隐患拒不整改"),
        summary=summary or "该公司存在重大事故隐患<3处>且拒不整改，A&B车间被责令停产整顿。",
        basis_document=f"（晋）应急罚〔2026〕{100 + n}号",
        decision_date=dt.date(2026, 10, 20),
        measures=("限制市场准入", "加大执法检查频次"),
        persons=(
            ("王镕", "法定代表人", mask_id_number(FULL_ID)),
            ("李堃", "实际控制人", mask_id_number("140105197012034321")),
        ),
        steps=steps,
    )


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def embedded_fonts(data: bytes) -> list[str]:
    """Names of the fonts whose descriptor carries an embedded TrueType program (/FontFile2)."""
    found = []
    for page in PdfReader(io.BytesIO(data)).pages:
        fonts: Any = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            for candidate in [font, *(d.get_object() for d in font.get("/DescendantFonts", []))]:
                descriptor = candidate.get("/FontDescriptor")
                if descriptor is not None and "/FontFile2" in descriptor.get_object():
                    found.append(str(candidate["/BaseFont"]))
    return found


# ----------------------------------------------------------------------------- 审核单


def test_review_sheet_is_one_page_with_the_fields_and_blank_sign_off() -> None:
    data = review_sheet(sheet(7))
    pages = pdf_pages(data)
    assert len(pages) == 1
    page = pages[0]
    for expected in (
        "安全生产领域失信行为联合惩戒对象审核单",
        "2026-11-0007",
        "2026年11月",
        "太原市晋镕第7化工有限公司",
        uscc(7),
        "山西省应急管理厅",
        "P14_2026-11_r2.p7m",
        "王镕",
        "李堃",
        mask_id_number(FULL_ID),
        "A&B车间",  # user text with markup characters is printed, not parsed
        "<3处>",
        "尚无审核记录",
        "审核人签字",
        "司局负责人签字",
        "第 1 页 共 1 页",
    ):
        assert expected in page, expected
    assert FULL_ID not in page
    assert "电子审签" not in page
    assert any("NotoSansSC" in name for name in embedded_fonts(data))


def test_signed_step_fills_the_sign_off_and_unsigned_step_leaves_it_blank() -> None:
    signed = pdf_pages(review_sheet(sheet(1, steps=(step(signed=True),))))[0]
    assert "孙志堃" in signed
    assert "副局长（电子审签）" in signed
    assert "2026年12月10日" in signed
    assert "同意纳入" in signed

    unsigned = pdf_pages(review_sheet(sheet(1, steps=(step(signed=False),))))[0]
    assert "赵立军" in unsigned  # in the chain …
    assert "未签" in unsigned
    assert "电子审签" not in unsigned  # … but the sign-off stays blank for a hand signature
    assert "审核意见" in unsigned


def test_long_summary_flows_on_to_a_second_page() -> None:
    summary = long_summary()
    assert len(summary) == 2995
    pages = pdf_pages(review_sheet(sheet(3, summary=summary, steps=(step(signed=False),))))
    assert len(pages) >= 2
    text = "".join(pages).replace("\n", "")
    assert "（简况完）" in text  # the end of the summary was printed, not cut off
    assert "司局负责人签字" in pages[-1]
    assert f"第 2 页 共 {len(pages)} 页" in pages[1]


def test_batch_has_a_summary_table_then_one_sheet_per_page() -> None:
    sheets = [
        sheet(1, steps=(step(signed=True),)),
        sheet(2, summary=long_summary()),
        sheet(3, steps=(step(signed=False),)),
    ]
    single_pages = [len(pdf_pages(review_sheet(s))) for s in sheets]
    assert single_pages[1] >= 2
    pages = pdf_pages(review_sheets(sheets, "2026年11月审核单（第一批）"))
    assert len(pages) == 1 + sum(single_pages)
    cover = pages[0].replace("\n", "")  # long names wrap inside their cells
    assert "2026年11月审核单（第一批）" in cover
    assert "共 3 件" in cover
    for s in sheets:
        assert s.sheet_no in cover
        assert s.subject_code in cover
        assert s.subject_name in cover
    assert cover.count("同意纳入") == 2
    assert "待审核" in cover
    # each sheet starts on a page of its own, right after the previous one ends
    starts = [i for i, page in enumerate(pages) if "安全生产领域失信行为联合惩戒对象审核单" in page]
    assert starts == [1, 2, 2 + single_pages[1]]
    for start, s in zip(starts, sheets, strict=True):
        assert s.sheet_no in pages[start]
    # a continuation page names its sheet in the footer
    assert f"审核单 {sheets[1].sheet_no}" in pages[starts[1] + 1]
    assert sheets[1].sheet_no not in pages[starts[1] + 1].replace(f"审核单 {sheets[1].sheet_no}", "")
    for number, page in enumerate(pages, start=1):
        assert f"第 {number} 页 共 {len(pages)} 页" in page


def test_empty_batch_still_renders() -> None:
    pages = pdf_pages(review_sheets([], "空批次"))
    assert len(pages) == 1
    assert "本批无审核单" in pages[0]


# ----------------------------------------------------------------------------- 情况通报


UNITS = [
    "北京市应急管理局",
    "天津市应急管理局",
    "河北省应急管理厅",
    "山西省应急管理厅",
    "山西煤矿安全监察局",
    "内蒙古自治区应急管理厅",
    "辽宁省应急管理厅",
    "吉林省应急管理厅",
    "黑龙江省应急管理厅",
    "上海市应急管理局",
    "江苏省应急管理厅",
    "浙江省应急管理厅",
    "安徽省应急管理厅",
    "福建省应急管理厅",
    "江西省应急管理厅",
    "山东省应急管理厅",
    "河南省应急管理厅",
    "湖北省应急管理厅",
    "湖南省应急管理厅",
    "广东省应急管理厅",
    "广西壮族自治区应急管理厅",
    "海南省应急管理厅",
    "重庆市应急管理局",
    "四川省应急管理厅",
    "贵州省应急管理厅",
    "云南省应急管理厅",
    "西藏自治区应急管理厅",
    "陕西省应急管理厅",
    "甘肃省应急管理厅",
    "青海省应急管理厅",
    "宁夏回族自治区应急管理厅",
    "新疆维吾尔自治区应急管理厅",
    "新疆生产建设兵团应急管理局",
    "黑龙江煤矿安全监察局",
    "贵州煤矿安全监察局",
    "陕西煤矿安全监察局",
]
STATUSES = ["按时", "迟报3天", "未报送", "无新增（按时）", "延期至12月15日（办公厅批准）"]


def sample_bulletin() -> Bulletin:
    timeliness = tuple(
        TimelinessRow(
            unit=unit,
            status=STATUSES[i % len(STATUSES)],
            received_at=""
            if STATUSES[i % len(STATUSES)] == "未报送"
            else f"2026-12-{1 + i % 13:02d} 09:{i:02d}",
            items=0 if i % len(STATUSES) in (2, 3) else 3 + i % 7,
        )
        for i, unit in enumerate(UNITS)
    )
    departments = (
        DepartmentRow("安全生产执法局", 96, 90, 6, 8),
        DepartmentRow("危险化学品安全监督管理司", 54, 54, 0, 5),
        DepartmentRow("安全生产基础司", 41, 38, 3, 4),
        DepartmentRow("国家矿山安全监察局综合司", 23, 23, 0, 3),
    )
    return Bulletin(
        period="2026-11",
        issued_on=dt.date(2026, 12, 18),
        issuer="国家安全监管总局办公厅",
        figures=BulletinFigures(
            packages_received=34,
            on_time=31,
            late=3,
            missing=2,
            nil_returns=7,
            items_received=214,
            items_published=180,
            items_returned=20,
            items_rejected=4,
            removals=12,
            objections=3,
            accidents=7,
        ),
        timeliness=timeliness,
        departments=departments,
        notes=(
            "个别单位报送的失信行为简况过于简单，未写明违法事实、认定依据和处理结果，请严格按照附件1填报说明补充完善。",
            "山西煤矿安全监察局报送的太原市晋镕化工有限公司等3条信息认定依据文号有误，已退回修改。",
        ),
    )


def test_bulletin_has_title_figures_and_tables_with_repeated_headers() -> None:
    data = bulletin(sample_bulletin())
    pages = pdf_pages(data)
    assert len(pages) >= 2  # 36 units do not fit on the first page with the overview
    first = pages[0]
    assert "安全生产失信行为联合惩戒工作情况通报" in first
    assert "（2026年11月）" in first
    assert "共接收各单位报送包34个" in first.replace("\n", "")
    text = "".join(pages).replace("\n", "")
    for unit in UNITS:
        assert unit in text, unit
    for status in STATUSES:
        assert status in text, status
    assert "合计" in text
    assert "214" in text
    assert "国家安全监管总局办公厅" in pages[-1]
    assert "2026年12月18日" in pages[-1]
    assert "已退回修改" in text
    # the timeliness table's header row is repeated on the page it continues on
    continued = [i for i, page in enumerate(pages) if "报送情况" in page and "接收时间" in page]
    assert len(continued) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"第 {number} 页 共 {len(pages)} 页" in page
    assert any("NotoSansSC" in name for name in embedded_fonts(data))


def test_bulletin_without_notes_or_rows_renders() -> None:
    empty = Bulletin(
        period="2027-01",
        issued_on=dt.date(2027, 2, 20),
        issuer="应急管理部办公厅",
        figures=BulletinFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
    )
    pages = pdf_pages(bulletin(empty))
    text = "".join(pages)
    assert "（2027年1月）" in text
    assert "有关情况说明" not in text


# ----------------------------------------------------------------------------- workbooks


def ledger_row(n: int, **changes: Any) -> LedgerRow:
    values: dict[str, Any] = {
        "subject_name": f"大同市堃泰煤业第{n}有限公司",
        "subject_code": uscc(n),
        "reporting_unit": "山西煤矿安全监察局",
        "period": "2026-11",
        "tier": "联合惩戒对象",
        "criteria": ("拒不执行安全监管监察指令", "瞒报谎报事故"),
        "basis_document": f"晋煤安监罚〔2026〕{n}号",
        "decision_date": dt.date(2026, 10, 20),
        "department": "国家矿山安全监察局综合司",
        "review_opinion": "同意纳入",
        "signer": "孙志堃",
        "publication_batch": "2026年第12批",
        "published_on": dt.date(2026, 12, 16),
        "expires_on": dt.date(2029, 12, 15),
        "removed_on": None,
        "status": "已公布",
        "cross_province_duplicate": n % 2 == 0,
        "objection": "",
        "source_package": "P14C_2026-11_r1.p7m",
    }
    values.update(changes)
    return LedgerRow(**values)


def public_row(n: int, persons: tuple[tuple[str, str, str], ...] | None = None) -> PublicRow:
    return PublicRow(
        subject_name=f"大同市堃泰煤业第{n}有限公司",
        subject_code=uscc(n),
        region="山西省大同市",
        tier="联合惩戒对象",
        criteria=("瞒报谎报事故",),
        basis_document=f"晋煤安监罚〔2026〕{n}号",
        decision_date=dt.date(2026, 10, 20),
        published_on=dt.date(2026, 12, 16),
        expires_on=dt.date(2029, 12, 15),
        persons=persons if persons is not None else (("王镕", "法定代表人", mask_id_number(FULL_ID)),),
    )


def test_ledger_workbook_headers_dates_and_injection() -> None:
    rows = [
        ledger_row(1),
        ledger_row(2, subject_name='=HYPERLINK("http://evil.example/x","点击查看")', objection="+1 异议"),
        ledger_row(3, removed_on=dt.date(2027, 3, 1), status="已移出", review_opinion="@SUM(A1:A2)"),
    ]
    wb = load_workbook(io.BytesIO(ledger_workbook(rows, GENERATED)))
    assert wb.sheetnames == ["台账"]
    ws = wb["台账"]
    assert [c.value for c in ws[1]] == LEDGER_HEADERS
    assert all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.max_row == 4
    assert ws.column_dimensions["B"].width == 30

    decided = ws.cell(row=2, column=LEDGER_HEADERS.index("认定日期") + 1)
    assert decided.is_date
    assert decided.value == dt.datetime(2026, 10, 20)
    assert decided.number_format == "yyyy-mm-dd"
    assert ws.cell(row=2, column=LEDGER_HEADERS.index("移出日期") + 1).value is None
    removed = ws.cell(row=4, column=LEDGER_HEADERS.index("移出日期") + 1)
    assert removed.is_date
    assert removed.number_format == "yyyy-mm-dd"

    name = ws.cell(row=3, column=2)
    assert name.data_type == "s"
    assert name.value == "'" + rows[1].subject_name
    objection = ws.cell(row=3, column=LEDGER_HEADERS.index("异议") + 1)
    assert objection.data_type == "s"
    assert objection.value == "'+1 异议"
    opinion = ws.cell(row=4, column=LEDGER_HEADERS.index("审核意见") + 1)
    assert opinion.data_type == "s"
    assert opinion.value == "'@SUM(A1:A2)"

    assert [ws.cell(row=r, column=1).value for r in (2, 3, 4)] == [1, 2, 3]
    assert ws.cell(row=2, column=LEDGER_HEADERS.index("跨省重复") + 1).value == "否"
    assert ws.cell(row=3, column=LEDGER_HEADERS.index("跨省重复") + 1).value == "是"
    assert (
        ws.cell(row=2, column=LEDGER_HEADERS.index("失信行为") + 1).value
        == "拒不执行安全监管监察指令、瞒报谎报事故"
    )


def test_public_list_shows_masked_ids_only() -> None:
    wb = load_workbook(io.BytesIO(public_list_workbook([public_row(1), public_row(2)], GENERATED)))
    assert wb.sheetnames == ["公开名单"]
    ws = wb["公开名单"]
    assert [c.value for c in ws[1]] == PUBLIC_HEADERS
    assert ws.freeze_panes == "A2"
    persons = ws.cell(row=2, column=PUBLIC_HEADERS.index("有关人员") + 1).value
    assert persons == f"王镕（法定代表人，{mask_id_number(FULL_ID)}）"
    until = ws.cell(row=2, column=PUBLIC_HEADERS.index("管理期限至") + 1)
    assert until.is_date
    assert until.number_format == "yyyy-mm-dd"
    for row in ws.iter_rows(values_only=True):
        for value in row:
            assert not re.search(r"\d{9,}", str(value) if isinstance(value, str) else ""), value


@pytest.mark.parametrize(
    "id_text",
    [FULL_ID, "14010519880312123X", "140105880312123", "１４０１０５１９８８０３１２１２３４"],
)
def test_public_list_refuses_a_full_id_number(id_text: str) -> None:
    rows = [public_row(1), public_row(2, persons=(("李堃", "实际控制人", id_text),))]
    with pytest.raises(ValueError, match="李堃"):
        public_list_workbook(rows, GENERATED)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+8613800000000", "'+8613800000000"),
        ("-2", "'-2"),
        ("@cmd", "'@cmd"),
        ("\tTAB", "'\tTAB"),
        ("\rCR", "'\rCR"),
        ("山西省应急管理厅", "山西省应急管理厅"),
        ("A=B", "A=B"),
        ("bell\x07=x", "bell=x"),  # a control character XML cannot hold is dropped
    ],
)
def test_safe_text(raw: str, expected: str) -> None:
    assert safe_text(raw) == expected
