"""``creditledger demo DIR``: a complete demonstration built through the real services.

Today it sets up a ministry installation and four reporting units (three provincial bureaus and
a coal-mine bureau), has each fill its Annex 1 workbook the way bureaus really do — mixed date
formats, lower-case and full-width codes, behaviours written as numbers, numerals or labels, a
few mistakes — and imports it, leaving the error reports. Later issues extend it to the whole
monthly cycle (packages, intake, review, publication, receipts).
"""

from __future__ import annotations

import datetime as dt
import random
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from desktop.context import AppContext, open_context
from desktop.secrets import passphrase_from_file
from desktop.services.demo_cycle import HISTORY, CycleSummary, run_cycle
from desktop.services.demo_data import PROFILES, SUMMARIES, DemoData, UnitProfile
from desktop.services.setup import initialize
from desktop.services.xlsx_import import ImportResult, import_annex1
from exporters.annex1_xlsx import write_template
from exporters.atomic import atomic_path, atomic_write_text
from models import reference
from models.enums import Edition, PersonRole
from models.errors import UserError

DEMO_UNITS = ("P14", "C14", "P32", "P44")
MINISTRY_UNIT = "HQ-BGT"


class DemoError(UserError):
    pass


@dataclass
class UnitSummary:
    code: str
    name: str
    home: Path
    workbook: Path
    result: ImportResult


@dataclass
class DemoSummary:
    root: Path
    ministry_home: Path
    units: list[UnitSummary] = field(default_factory=list)
    cycle: CycleSummary | None = None
    seconds: float = 0.0

    @property
    def records(self) -> int:
        history = len(HISTORY) if self.cycle else 0  # published items entered by hand, per unit
        return sum(u.result.imported + u.result.persons + history for u in self.units)

    def as_json(self) -> dict[str, object]:
        return {
            "dir": str(self.root),
            "ministry_home": str(self.ministry_home),
            "seconds": round(self.seconds, 2),
            "records": self.records,
            "units": [
                {
                    "code": u.code,
                    "name": u.name,
                    "home": str(u.home),
                    "workbook": str(u.workbook),
                    **u.result.as_json(),
                }
                for u in self.units
            ],
            "cycle": self.cycle.as_json() if self.cycle else None,
        }

    def as_text(self) -> str:
        lines = [
            f"演示数据已生成于 {self.root}（用时 {self.seconds:.1f} 秒）",
            f"总局版数据目录：{self.ministry_home}",
        ]
        for u in self.units:
            r = u.result
            lines.append(
                f"{u.name}（{u.code}）：导入 {r.imported} 条名单、{r.persons} 名有关人员，拒收 {r.refused_rows} 行"
                + (f"，错误报告 {r.report}" if r.report else "")
            )
        lines.append(f"合计 {self.records} 条记录。")
        if self.cycle:
            lines.append(f"报送包 {len(self.cycle.packages)} 个（{self.root / 'packages'}），总局接收结果：")
            lines += [f"  {r.inspection.file_name}：{r.message}" for r in self.cycle.intake]
            lines.append(f"回执 {len(self.cycle.receipts)} 份（{self.root / 'receipts'}），已由各单位导入。")
            lines.append(
                f"总局证书：{self.root / 'pki'}（ministry-enc.p12 的口令在 ministry-enc.pass，仅供演示）"
            )
        return "\n".join(lines)


def build_demo(root: Path, *, today: dt.date | None = None, items_per_unit: int = 60) -> DemoSummary:
    started = time.perf_counter()
    root = root.resolve()
    if root.exists() and any(root.iterdir()):
        raise DemoError(f"演示目录 {root} 不是空目录，请指定一个新目录。")
    root.mkdir(parents=True, exist_ok=True)
    today = today or dt.date.today()
    passphrase_file = root / "demo-passphrase.txt"
    # Demo only: where no OS keyring exists, the data keys are wrapped with this passphrase.
    atomic_write_text(passphrase_file, secrets.token_urlsafe(24) + "\n")
    passphrase = passphrase_from_file(passphrase_file)

    ministry_home = root / "ministry"
    initialize(ministry_home, Edition.MINISTRY, MINISTRY_UNIT)
    summary = DemoSummary(root, ministry_home)
    data = DemoData()
    contexts: dict[str, AppContext] = {}
    ministry = open_context(ministry_home, passphrase=passphrase)
    try:
        for code in DEMO_UNITS:
            home = root / "provinces" / code
            initialize(home, Edition.PROVINCIAL, code)
            workbook = root / "workbooks" / f"{code}-附件1.xlsx"
            write_demo_workbook(workbook, data, PROFILES[code], today, items_per_unit)
            contexts[code] = ctx = open_context(home, passphrase=passphrase)
            result = import_annex1(
                ctx, workbook, today=today, report_path=root / "reports" / f"{code}-错误报告.xlsx"
            )
            summary.units.append(UnitSummary(code, reference.unit(code).name, home, workbook, result))
        summary.cycle = run_cycle(root, ministry, contexts, today)
    finally:
        for ctx in (ministry, *contexts.values()):
            ctx.close()
    summary.seconds = time.perf_counter() - started
    return summary


def write_demo_workbook(
    target: Path, data: DemoData, profile: UnitProfile, today: dt.date, count: int
) -> None:
    """An Annex 1 workbook as a bureau fills it, with a few deliberate mistakes."""
    write_template(target)
    wb = load_workbook(target)
    items, persons = wb["附件1"], wb["有关人员"]
    rng = data.rng
    for number in range(1, count + 1):
        name, region6, industry = data.company(profile)
        code = data.uscc(region6)
        old_rules = rng.random() < 0.15
        decided = (
            dt.date(2023, rng.randint(3, 9), rng.randint(1, 28))
            if old_rules
            else today - dt.timedelta(days=rng.randint(5, 60))
        )
        pack = reference.rule_pack_for(decided)
        behaviours, blacklist, conditions = _criteria_cells(rng, pack.code)
        first = behaviours.split("、")[0]
        summary_code = next((c for c in SUMMARIES if c in first), None)
        summary = (SUMMARIES.get(summary_code or "") or "存在严重违法违规行为，经查证属实。").format(
            n=rng.randint(3, 12)
        )
        legal_rep = data.person_name()
        row = [
            number,
            name,
            _messy_code(rng, code),
            region6 if rng.random() < 0.7 else "",
            reference.code_names("industries")[industry],
            "技术服务机构" if industry == "safety_service_org" else "生产经营单位",
            legal_rep,
            behaviours,
            blacklist,
            conditions,
            summary,
            f"{profile.doc_prefix}〔{decided.year}〕{rng.randint(1, 400)}号",
            _messy_date(rng, decided),
            rng.choice(["行政处罚", "事故调查", "举报", "检查", "督查"]),
            "、".join(rng.sample(["M01", "M02", "约谈主要负责人", "M04"], k=rng.randint(1, 3))),
            rng.choice(["是", "否", "否", "N"]),
            "",
        ]
        items.append(row)
        persons.append([code, legal_rep, "董事长", "法定代表人", data.id_number(region6, today)])
        if rng.random() < 0.5:
            persons.append(
                [
                    code,
                    data.person_name(),
                    "安全副总",
                    PersonRole.SAFETY_DEPUTY.label,
                    data.id_number(region6, today),
                ]
            )
    _add_mistakes(items, persons, data, profile, today)
    with atomic_path(target) as tmp:
        wb.save(tmp)


def _criteria_cells(rng: random.Random, pack_code: str) -> tuple[str, str, str]:
    if pack_code == "MEM2023-11":
        codes = rng.sample(["S01", "S02", "S03", "S04", "S06", "S07"], k=rng.randint(1, 2))
        return "、".join(codes), "", ""
    numbers = sorted(rng.sample(range(1, 11), k=rng.randint(1, 2)))
    style = rng.choice(["number", "numeral", "label"])
    rows = {int(r["number"]): r for r in reference.criteria_of_kind("AJ2017-49", "behaviour")}
    if style == "number":
        cell = "、".join(str(n) for n in numbers)
    elif style == "numeral":
        cell = "".join(str(rows[n]["numeral"]) for n in numbers)
    else:
        cell = "；".join(str(rows[n]["short_label"]) for n in numbers)
    if rng.random() < 0.3:
        return cell, "是", rng.choice(["一", "（二）", "3"])
    return cell, "否", ""


def _messy_code(rng: random.Random, code: str) -> str:
    roll = rng.random()
    if roll < 0.1:
        return code.lower()
    if roll < 0.2:
        return f"{code[:6]} {code[6:12]} {code[12:]}"
    if roll < 0.25:
        return code.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})
    return code


def _messy_date(rng: random.Random, day: dt.date) -> object:
    return rng.choice(
        [
            day,
            f"{day.year}/{day.month}/{day.day}",
            f"{day.year}年{day.month}月{day.day}日",
            f"{day:%Y%m%d}",
            day.isoformat(),
        ]
    )


def _add_mistakes(
    items: Worksheet, persons: Worksheet, data: DemoData, profile: UnitProfile, today: dt.date
) -> None:
    """Three rows a real operator gets wrong: a bad check character, an impossible date, a missing behaviour."""
    name, region6, _industry = data.company(profile)
    good = data.uscc(region6)
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    items.append(
        [
            None,
            name,
            bad,
            "",
            "煤矿",
            "",
            "",
            "1",
            "否",
            "",
            "未取得许可擅自生产",
            f"{profile.doc_prefix}〔2026〕901号",
            today.isoformat(),
            "检查",
            "",
            "",
            "",
        ]
    )
    name, region6, _industry = data.company(profile)
    items.append(
        [
            None,
            name,
            data.uscc(region6),
            "",
            "",
            "",
            "",
            "2",
            "否",
            "",
            "未取得许可擅自生产",
            f"{profile.doc_prefix}〔2026〕902号",
            "2026-02-30",
            "检查",
            "",
            "",
            "",
        ]
    )
    name, region6, _industry = data.company(profile)
    code = data.uscc(region6)
    items.append(
        [
            None,
            name,
            code,
            "",
            "",
            "",
            "",
            "",
            "否",
            "",
            "违法行为",
            f"{profile.doc_prefix}〔2026〕903号",
            today.isoformat(),
            "检查",
            "",
            "",
            "",
        ]
    )
    persons.append(
        [code, data.person_name(), "经理", "主要负责人", data.id_number(region6, today)[:-1] + "0"]
    )
