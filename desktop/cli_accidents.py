"""``creditledger accident …``: the weekly accident feed (附件2) from the command line (ministry edition).

    creditledger accident template OUT.xlsx
    creditledger accident import FILE [--report OUT.xlsx] [--json]
    creditledger accident route --week YYYY-MM-DD [--json]
    creditledger accident list --week YYYY-MM-DD [--json]
    creditledger accident export --week YYYY-MM-DD --out FILE.xlsx

``--week`` may be any day of the intake week (its Monday is used). Exit status 0 on success, 1 when
refused (the Chinese reason on stderr, or ``{"error": …}`` with ``--json``), 2 on usage errors.
Wiring: ``add_parser(sub)`` on the main sub-parsers and ``run(args, _context)`` for ``args.command ==
"accident"``; ``context_factory(args)`` opens the data folder's AppContext. Services are imported
inside the sub-command that needs them (building the parser stays cheap).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.errors import UserError

if TYPE_CHECKING:
    from desktop.context import AppContext

EXIT_OK, EXIT_REFUSED = 0, 1


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是日期，请写成 YYYY-MM-DD。") from None


def add_parser(sub: Any) -> argparse.ArgumentParser:
    """Add the ``accident`` command to the main parser's sub-parsers."""
    p = sub.add_parser("accident", help="（总局版）事故周报（附件2）：模板、导入、印送司局、查看、导出")
    asub = p.add_subparsers(dest="accident_command", metavar="子命令", required=True)
    c = asub.add_parser("template", help="生成附件2（事故信息）导入模板")
    c.add_argument("out", type=Path)
    c = asub.add_parser("import", help="导入统计司报送的附件2表格（计入本周）")
    c.add_argument("file", type=Path)
    c.add_argument("--report", type=Path, help="错误报告输出路径（默认写入数据目录 reports/）")
    c.add_argument("--json", action="store_true")
    c = asub.add_parser("route", help="（办公厅）把某周已录入的事故按行业印送核实司局")
    c.add_argument("--week", type=_day, required=True, help="该周任意一天 YYYY-MM-DD")
    c.add_argument("--json", action="store_true")
    c = asub.add_parser("list", help="列出某周的事故信息及核实进度")
    c.add_argument("--week", type=_day, required=True, help="该周任意一天 YYYY-MM-DD")
    c.add_argument("--json", action="store_true")
    c = asub.add_parser("export", help="导出某周的事故信息（附件2格式，含核实情况）")
    c.add_argument("--week", type=_day, required=True, help="该周任意一天 YYYY-MM-DD")
    c.add_argument("--out", type=Path, required=True)
    return p


def run(args: argparse.Namespace, context_factory: Callable[[argparse.Namespace], AppContext]) -> int:
    """Run ``args.accident_command``; user errors become exit status 1 with the message."""
    try:
        if args.accident_command == "template":
            return _template(args)
        ctx = context_factory(args)
        try:
            return _COMMANDS[args.accident_command](ctx, args)
        finally:
            ctx.close()
    except UserError as exc:
        return _fail(args, str(exc))
    except OSError as exc:
        return _fail(args, f"文件操作失败：{exc.filename or ''} {exc.strerror or exc}")


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _json(obj: Any) -> None:
    _out(json.dumps(obj, ensure_ascii=False, indent=2, default=str))


def _fail(args: argparse.Namespace, message: str) -> int:
    if getattr(args, "json", False):
        _json({"error": message})
    else:
        sys.stderr.write(f"错误：{message}\n")
    return EXIT_REFUSED


def _template(args: argparse.Namespace) -> int:
    from exporters.annex2_xlsx import template
    from exporters.atomic import atomic_write_bytes

    atomic_write_bytes(args.out, template())
    _out(f"已生成附件2（事故信息）导入模板：{args.out}")
    return EXIT_OK


def _import(ctx: AppContext, args: argparse.Namespace) -> int:
    from desktop.services.accidents import import_week

    if not args.file.is_file():
        raise UserError(f"找不到文件 {args.file}。")
    result = import_week(ctx, args.file, report_path=args.report)
    if args.json:
        _json(result.as_json())
        return EXIT_OK
    _out(
        f"{args.file.name}：导入 {result.imported} 起（计入 {result.week_of.isoformat()} 周），"
        f"重复 {result.duplicates} 起，拒收 {result.refused_rows} 行。"
    )
    for entry in result.refused:
        where = f"{entry.sheet} 第{entry.row}行 {entry.column}" + (f"（{entry.cell}）" if entry.cell else "")
        _out(f"  拒收：{where}：{entry.reason}")
    for entry in result.warnings:
        _out(f"  提醒：{entry.sheet} 第{entry.row}行 {entry.column}：{entry.reason}")
    if result.report:
        _out(f"错误报告（改正后可直接重新导入）：{result.report}")
    return EXIT_OK


def _route(ctx: AppContext, args: argparse.Namespace) -> int:
    from desktop.services.accidents import route_week
    from models import reference

    result = route_week(ctx, args.week)
    if args.json:
        _json(result.as_json())
        return EXIT_OK
    if not result.routed:
        _out(f"{result.week_of.isoformat()} 周没有待印送的事故信息。")
    else:
        _out(f"已印送 {len(result.routed)} 起，反馈期限 {result.due_on.isoformat()}：")
        for code, count in result.by_department.items():
            _out(f"  {reference.unit(code).name}（{code}）：{count} 起")
    for warning in result.warnings:
        _out(f"  提醒：{warning}")
    return EXIT_OK


def _list(ctx: AppContext, args: argparse.Namespace) -> int:
    from desktop.services.accidents import week_list, week_of

    rows = week_list(ctx, args.week)
    if args.json:
        _json({"week_of": week_of(args.week).isoformat(), "accidents": [dataclasses.asdict(r) for r in rows]})
        return EXIT_OK
    if not rows:
        _out(f"{week_of(args.week).isoformat()} 周没有事故信息。")
    for r in rows:
        grade = r.effective_grade_label + ("（人工调整）" if r.overridden else "")
        due = f" 期限{r.due_on.isoformat()}" if r.due_on else ""
        flags = "".join(
            (
                " 逾期" if r.overdue else "",
                " 按时" if r.on_time else "",
                " 逾期反馈" if r.on_time is False else "",
            )
        )
        _out(
            f"#{r.id} {r.occurred_text} {r.unit_name} 死亡{r.deaths} 下落不明{r.missing} 重伤{r.serious_injuries} "
            f"{grade}{'·典型' if r.typical else ''} {r.status_label} {r.department_name}{due}{flags}"
        )
    return EXIT_OK


def _export(ctx: AppContext, args: argparse.Namespace) -> int:
    from desktop.services.accidents import export_week, week_of

    count = export_week(ctx, args.week, args.out)
    _out(f"已导出 {week_of(args.week).isoformat()} 周事故信息 {count} 起：{args.out}")
    return EXIT_OK


_COMMANDS: dict[str, Callable[[AppContext, argparse.Namespace], int]] = {
    "import": _import,
    "route": _route,
    "list": _list,
    "export": _export,
}
