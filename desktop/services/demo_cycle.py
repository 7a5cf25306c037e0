"""The package part of ``creditledger demo``: certificates, packages, intake, receipts.

Scenario (mirrors a real month): every unit gets its certificate from the ministry; P14 and C14
report on time; P32 reports, then sends a corrected revision (one item withdrawn, one summary
corrected); P44 files a nil return ("本月无新增") for the previous period, late. The ministry imports
everything from the packages folder, the units import their receipts.
"""

from __future__ import annotations

import datetime as dt
import secrets
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from desktop.context import AppContext
from desktop.services import demo_ministry, pki
from desktop.services.items import save_item
from desktop.services.liaison import save_contact
from desktop.services.mail import mark_sent
from desktop.services.package_export import Signer, export_package
from desktop.services.package_intake import IntakeResult, import_package
from desktop.services.receipts import import_receipt
from desktop.services.red_list import CONDITIONS, save_red_list, save_typical_case
from desktop.services.removals import save_review
from exporters import pki as pki_files
from exporters.atomic import atomic_write_bytes, atomic_write_text
from models.base import utcnow
from models.calendar import add_months
from models.deadlines import monthly_package_due, previous_period, working_period
from models.listing import ListingItem
from models.validation import uscc_check_char

SIGNERS = {
    "P14": Signer("王建华", "局长", "主要负责人"),
    "C14": Signer("李国强", "局长", "主要负责人"),
    "P32": Signer("陈志明", "副局长", "主持工作的负责人"),
    "P44": Signer("黄伟东", "局长", "主要负责人"),
}


@dataclass
class CycleSummary:
    packages: list[Path] = field(default_factory=list)
    intake: list[IntakeResult] = field(default_factory=list)
    receipts: list[Path] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {
            "packages": [p.name for p in self.packages],
            "intake": [
                {"file": r.inspection.file_name, "status": r.status, "message": r.message}
                for r in self.intake
            ],
            "receipts": [p.name for p in self.receipts],
        }


def run_cycle(root: Path, ministry: AppContext, units: dict[str, AppContext], today: dt.date) -> CycleSummary:
    summary = CycleSummary()
    pki.init_ministry(ministry)
    for code, ctx in units.items():
        request = pki.create_request(ctx, root / "pki" / "requests" / f"{code}.csr")
        pki.issue_certificate(ministry, request, code, root / "pki" / "bundles" / f"{code}-证书包.pem")
        pki.install_bundle(ctx, root / "pki" / "bundles" / f"{code}-证书包.pem")
    _publish_trust(root, ministry)

    period = working_period(today)
    history_day = add_months(today, -36) + dt.timedelta(days=45)
    reviews: dict[str, list[tuple[int, str]]] = {}
    for index, ctx in enumerate(units.values()):
        _liaison_register(ctx, index)
        _red_list_and_cases(ctx, index, period, today)
        reviews[ctx.unit_code] = _history_items(ctx, index, today, history_day)
    outbox = root / "packages"
    _history_through_ministry(root, ministry, units, history_day, summary)
    history = len(summary.packages)
    for code, pending in reviews.items():
        for listing_id, opinion in pending:
            save_review(
                units[code],
                listing_id,
                {
                    "subject_status": "deregistered",
                    "opinion": opinion,
                    "opinion_reason": "该单位已办理注销登记，惩戒期内未再发生失信行为。",
                    "applied": False,
                },
                today=today,
            )
    for code in ("P14", "C14", "P32"):
        result = export_package(units[code], period, outbox, SIGNERS[code], accept_warnings=True, today=today)
        mark_sent(units[code], result.path, "电子邮件报送")
        summary.packages.append(result.path)
    summary.packages.append(_correct_p32(units["P32"], period, outbox, today))
    nil = export_package(
        units["P44"], previous_period(period), outbox, SIGNERS["P44"], accept_warnings=True, today=today
    )
    summary.packages.append(nil.path)

    for path in summary.packages[history:]:
        received = _receipt_time(path, today)
        summary.intake.append(
            import_package(ministry, path.read_bytes(), path.name, received_at=received, today=today)
        )
    receipts = root / "receipts"
    for result in summary.intake:
        if result.receipt is not None:
            target = receipts / result.receipt.name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(result.receipt, target)
            summary.receipts.append(target)
            import_receipt(units[result.unit_code], target)
    summary.receipts += demo_ministry.month_at_ministry(root, ministry, units, today)
    return summary


def _history_through_ministry(
    root: Path, ministry: AppContext, units: dict[str, AppContext], day: dt.date, summary: CycleSummary
) -> None:
    """Three years ago: each unit's package of that month went through the whole chain and was
    published; the feedback gave the units their publication dates."""
    period = working_period(day)
    for code, ctx in units.items():
        result = export_package(
            ctx, period, root / "packages", SIGNERS[code], accept_warnings=True, today=day
        )
        mark_sent(ctx, result.path, "电子邮件报送")
        summary.packages.append(result.path)
        received = dt.datetime.combine(day, dt.time(1, 30), dt.UTC)
        summary.intake.append(
            import_package(
                ministry, result.path.read_bytes(), result.path.name, received_at=received, today=day
            )
        )
    demo_ministry.run_chain(ministry, period, day + dt.timedelta(days=7), return_one=False, reject_one=False)
    summary.receipts += demo_ministry.send_feedback(root, ministry, units)


AREA_CODES = {"P14": "0351", "C14": "0351", "P32": "025", "P44": "020"}


def _liaison_register(ctx: AppContext, index: int) -> None:
    """Annex 4: a leader in charge, a division head and a liaison officer per unit."""
    area = AREA_CODES.get(ctx.unit_code, "010")
    people = [
        ("leader", ("张", "李", "王", "刘")[index % 4] + "志刚", "副局长"),
        ("division_head", ("陈", "赵", "孙", "周")[index % 4] + "立新", "政策法规处处长"),
        ("liaison", ("吴", "郑", "冯", "何")[index % 4] + "晓燕", "四级调研员"),
    ]
    for number, (category, name, title) in enumerate(people, start=1):
        save_contact(
            ctx,
            {
                "category": category,
                "name": name,
                "title": title,
                "office_phone": f"{area}-{87654320 + number}",
                "mobile": f"139{index:02d}{number:06d}",
                "fax": f"{area}-87654399",
                "email": f"lianluo{number}@{ctx.unit_code.lower()}.example.gov.cn",
            },
        )


HISTORY = (
    # (days after the date three years ago, published days later, review opinion or None)
    (4, 12, None),  # removal paperwork overdue, the term not yet over
    (9, 10, "agree"),  # reviewed: the unit was deregistered
    (24, 8, None),
    (41, 15, None),
)


PENALTY_PREFIX = {"P14": "晋应急罚", "C14": "晋煤安罚", "P32": "苏应急罚", "P44": "粤应急罚"}


def _history_items(ctx: AppContext, index: int, today: dt.date, day: dt.date) -> list[tuple[int, str]]:
    """Items decided about three years ago (Order 11: 36 months from the decision), filed that month:
    their removal paperwork falls due around now. Returns the ones the unit has already reviewed."""
    region = {"P14": "140105", "C14": "140202", "P32": "320102", "P44": "440106"}.get(ctx.unit_code, "110101")
    base = add_months(today, -36)
    reviewed = []
    for number, (offset, _delay, opinion) in enumerate(HISTORY, start=1):
        decided = base + dt.timedelta(days=offset)
        first17 = f"91{region}MA0HX{index}{number:03d}"
        values = {
            "单位名称": f"{('太原', '大同', '南京', '广州')[index % 4]}市历史{number}号建材有限公司",
            "统一社会信用代码": first17 + uscc_check_char(first17),
            "行业领域": "建材",
            "失信行为类别": "6",
            "失信行为简况": "未依法取得安全生产许可证擅自从事生产经营活动，经查处后列入严重失信主体名单。",
            "认定依据文号": f"{PENALTY_PREFIX.get(ctx.unit_code, '应急罚')}〔{decided.year}〕{100 + number}号",
            "认定日期": decided.isoformat(),
            "信息来源": "行政处罚",
            "惩戒措施": "M01",
        }
        saved = save_item(ctx, values, [], today=day)
        if opinion:
            reviewed.append((saved.form.id, opinion))
    return reviewed


def _red_list_and_cases(ctx: AppContext, index: int, period: str, today: dt.date) -> None:
    """One red-list proposal and two typical cases per unit (10号 asks typical cases for ≥ 50 %)."""
    region = {"P14": "140105", "C14": "140202", "P32": "320102", "P44": "440106"}.get(ctx.unit_code, "110101")
    first17 = f"91{region}MA0RED{index:02d}9"
    save_red_list(
        ctx,
        {
            "name": f"{('太原', '大同', '南京', '广州')[index % 4]}市守信示范企业有限公司",
            "code": first17 + uscc_check_char(first17),
            "standardization_level": "一级",
            "commitment_date": today - dt.timedelta(days=90),
            "conditions": list(CONDITIONS),
            "measures": ["R01", "R03", "R05"],
        },
        period,
        today,
    )
    for title, summary in (
        (
            "超层越界开采企业被列入严重失信主体名单",
            "该企业超层越界开采，经查实后列入严重失信主体名单，发展改革、金融等部门对其实施限制贷款、限制参与招投标等联合惩戒。",
        ),
        (
            "瞒报事故企业受到联合惩戒",
            "该企业发生生产安全事故后瞒报，被依法处罚并列入名单，主要负责人被约谈，相关部门暂停其安全生产标准化评审。",
        ),
    ):
        save_typical_case(
            ctx,
            {"title": title, "summary": summary, "effect": "企业已完成整改，区域内同类违法行为明显减少。"},
            period,
        )


def _correct_p32(ctx: AppContext, period: str, outbox: Path, today: dt.date) -> Path:
    """Revision 2: the operator withdraws one item and corrects another's summary."""
    with ctx.uow() as uow:
        items = list(
            uow.session.scalars(
                select(ListingItem)
                .where(ListingItem.period == period, ListingItem.deleted_at.is_(None))
                .order_by(ListingItem.id)
                .limit(2)
            )
        )
        items[0].deleted_at = utcnow()
        items[1].summary += "（经复核，补充：企业已停产整顿。）"
        uow.commit()
    result = export_package(ctx, period, outbox, SIGNERS["P32"], accept_warnings=True, today=today)
    mark_sent(ctx, result.path, "电子邮件报送（更正）")
    return result.path


def _receipt_time(path: Path, today: dt.date) -> dt.datetime:
    """Timeliness is the point of the demo: nil return late, the rest on their due day or before."""
    unit, period = path.stem.split("_")[:2]
    due = monthly_package_due(period)
    day = due + dt.timedelta(days=3) if unit == "P44" else min(today, due)
    return min(dt.datetime.combine(day, dt.time(9, 30), dt.UTC), utcnow())


def _publish_trust(root: Path, ministry: AppContext) -> None:
    """DIR/pki: root.pem, ministry-enc.pem and — demonstration only — ministry-enc.p12 with its passphrase."""
    target = root / "pki"
    for name in ("root.pem", "ministry-enc.pem", "ministry-sign.pem", "crl.pem"):
        shutil.copyfile(ministry.home / "pki" / name, target / name)
    stored = pki.keystore(ministry).load(pki.KEY_ENC)
    passphrase = secrets.token_urlsafe(18)
    atomic_write_bytes(
        target / "ministry-enc.p12",
        pki_files.pkcs12_bytes("ministry-enc", stored.key, stored.cert, list(stored.chain), passphrase),
    )
    atomic_write_text(target / "ministry-enc.pass", passphrase + "\n")
