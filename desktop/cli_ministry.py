"""The ministry edition's batch work from the command line, through the same services as the GUI.

creditledger ledger query [--text S] [--unit CODE] [--status S] [--limit N] [--json]
creditledger ledger export --out ledger.xlsx
creditledger ledger public-list --out public-list.xlsx
creditledger ledger timeliness [--period YYYY-MM ...] [--json]
creditledger ledger overdue [--unit CODE] [--json]
creditledger ledger duplicates [--json]
creditledger review route [--json]
creditledger review queue [--department CODE] [--json]
creditledger feedback pending [--json]
creditledger feedback issue --unit CODE --period YYYY-MM [--json]
creditledger bulletin --period YYYY-MM --out FILE.pdf
creditledger review-sheets --out DIR [--batch N | --period YYYY-MM | --item ID ...]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXIT_OK = 0
COMMAND_NAMES = ("ledger", "review", "feedback", "bulletin", "review-sheets")


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("ledger", help="（总局版）台账：查询、导出、公开名单、报送及时性、督办、跨省重复")
    lsub = p.add_subparsers(dest="ledger_command", metavar="子命令", required=True)
    c = lsub.add_parser("query", help="按名称、统一社会信用代码或文号查询台账")
    c.add_argument("--text", default="")
    c.add_argument("--unit", default="")
    c.add_argument("--status", default="")
    c.add_argument("--limit", type=int, default=50)
    c.add_argument("--json", action="store_true")
    c = lsub.add_parser("export", help="导出台账（内部，xlsx）")
    c.add_argument("--out", type=Path, required=True)
    c = lsub.add_parser("public-list", help="导出公开名单（身份证号码已遮蔽，xlsx）")
    c.add_argument("--out", type=Path, required=True)
    c = lsub.add_parser("timeliness", help="各单位各月报送及时性")
    c.add_argument("--period", action="append", default=[])
    c.add_argument("--json", action="store_true")
    c = lsub.add_parser("overdue", help="跟踪督办：超期事项")
    c.add_argument("--unit", default="")
    c.add_argument("--json", action="store_true")
    c = lsub.add_parser("duplicates", help="两个以上单位报送的同一主体")
    c.add_argument("--json", action="store_true")

    p = sub.add_parser("review", help="（总局版）分办与司局审核")
    rsub = p.add_subparsers(dest="review_command", metavar="子命令", required=True)
    c = rsub.add_parser("route", help="把已接收的条目按规则分办到业务司局")
    c.add_argument("--json", action="store_true")
    c = rsub.add_parser("queue", help="审核中的条目及其时限")
    c.add_argument("--department", default="")
    c.add_argument("--json", action="store_true")

    p = sub.add_parser("feedback", help="（总局版）向报送单位发送签名回执（审核结果反馈）")
    fsub = p.add_subparsers(dest="feedback_command", metavar="子命令", required=True)
    c = fsub.add_parser("pending", help="审核结果有变化、尚未反馈的报送包")
    c.add_argument("--json", action="store_true")
    c = fsub.add_parser("issue", help="签发一份反馈回执")
    c.add_argument("--unit", required=True)
    c.add_argument("--period", required=True)
    c.add_argument("--json", action="store_true")

    p = sub.add_parser("bulletin", help="（总局版）生成月度情况通报 PDF")
    p.add_argument("--period", required=True)
    p.add_argument("--out", type=Path, required=True)

    p = sub.add_parser("review-sheets", help="（总局版）打印审核单 PDF（逐条及汇总）")
    p.add_argument("--out", type=Path, required=True)
    group = p.add_mutually_exclusive_group()
    group.add_argument("--batch", type=int)
    group.add_argument("--period")
    group.add_argument("--item", type=int, action="append")


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def _json(obj: Any) -> None:
    _out(json.dumps(obj, ensure_ascii=False, indent=2, default=str))


def _plain(obj: Any) -> Any:
    return dataclasses.asdict(obj) if dataclasses.is_dataclass(obj) and not isinstance(obj, type) else obj


def run(args: argparse.Namespace, context_factory: Callable[[argparse.Namespace], Any]) -> int:
    ctx = context_factory(args)
    try:
        handler = {
            "ledger": _ledger,
            "review": _review,
            "feedback": _feedback,
            "bulletin": _bulletin,
            "review-sheets": _sheets,
        }[args.command]
        return handler(ctx, args)
    finally:
        ctx.close()


def _ledger(ctx: Any, args: argparse.Namespace) -> int:
    from desktop.services import ledger, ministry_exports

    command = args.ledger_command
    if command == "query":
        page = ledger.query(ctx, text=args.text, unit=args.unit, status=args.status, limit=args.limit)
        if args.json:
            _json(page.as_json())
        else:
            _out(f"共 {page.total} 条（{page.elapsed_ms:.1f} 毫秒），显示 {len(page.items)} 条：")
            for e in page.items:
                flag = " [跨省重复]" if e.duplicate else ""
                _out(
                    f"  {e.subject_name}（{e.subject_code}） {e.reporting_unit} {e.period} {e.state_label}{flag}"
                )
    elif command == "export":
        _out(f"已导出台账 {ministry_exports.export_ledger(ctx, args.out)} 条：{args.out}")
    elif command == "public-list":
        _out(f"已导出公开名单 {ministry_exports.export_public_list(ctx, args.out)} 条：{args.out}")
    elif command == "timeliness":
        periods = args.period or list(ledger.recent_periods(dt.date.today()))
        grid = ledger.timeliness(ctx, periods)
        if args.json:
            _json(
                {
                    "periods": list(grid.periods),
                    "units": [
                        {
                            "code": u.code,
                            "name": u.name,
                            **{p: grid.cell(u.code, p).text for p in grid.periods},
                        }
                        for u in grid.units
                    ],
                }
            )
        else:
            _out("单位\t" + "\t".join(grid.periods))
            for u in grid.units:
                _out(u.short_name + "\t" + "\t".join(grid.cell(u.code, p).text for p in grid.periods))
    elif command == "overdue":
        rows = ledger.overdue(ctx, unit=args.unit)
        if args.json:
            _json([_plain(r) for r in rows])
        else:
            _out(f"超期事项 {len(rows)} 项：")
            for r in rows:
                _out(
                    f"  [{r.topic_label}] {r.unit} {r.subject} 期限 {r.due_on} 超期 {r.days_overdue} 天 已督办 {r.reminders} 次"
                )
    else:
        groups = ledger.duplicates(ctx)
        if args.json:
            _json([_plain(g) for g in groups])
        else:
            for g in groups:
                _out(f"{g.text}：" + "；".join(f"{e[2]}（{e[3]}，{e[1]}，{e[4]}）" for e in g.entries))
    return EXIT_OK


def _review(ctx: Any, args: argparse.Namespace) -> int:
    from desktop.services import review

    if args.review_command == "route":
        result = review.route(ctx)
        if args.json:
            _json({"routed": result.routed, "total": result.total})
        else:
            _out(result.text)
        return EXIT_OK
    rows = review.queue(ctx, department=args.department or None)
    if args.json:
        _json(
            [
                {
                    "item_id": r.item_id,
                    "subject": r.subject_name,
                    "unit": r.reporting_unit_code,
                    "department": r.department_code,
                    "state": r.state,
                    "due_on": r.clock.due_on if r.clock else None,
                    "clock": r.clock.text if r.clock else "",
                    "decision": r.decision,
                    "changed": list(r.changed_fields),
                }
                for r in rows
            ]
        )
    else:
        for r in rows:
            _out(
                f"  {r.subject_name} {r.reporting_unit} → {r.department} {r.state_label} {r.clock.text if r.clock else ''}"
            )
    return EXIT_OK


def _feedback(ctx: Any, args: argparse.Namespace) -> int:
    from desktop.services import feedback

    if args.feedback_command == "pending":
        rows = feedback.pending(ctx)
        if args.json:
            _json([_plain(r) for r in rows])
        else:
            for r in rows:
                _out(f"  {r.unit_name} {r.period} 第{r.revision}版：{r.changed} 条结果有变化")
        return EXIT_OK
    result = feedback.issue_feedback(ctx, args.unit.upper(), args.period)
    if args.json:
        _json({"file": str(result.path), "counts": result.counts})
    else:
        _out(
            f"已签发反馈回执：{result.path}（"
            + "，".join(f"{k}{v}条" for k, v in result.counts.items())
            + "）"
        )
    return EXIT_OK


def _bulletin(ctx: Any, args: argparse.Namespace) -> int:
    from desktop.services import ministry_exports

    path = ministry_exports.export_bulletin(ctx, args.period, args.out)
    _out(f"已生成情况通报：{path}")
    return EXIT_OK


def _sheets(ctx: Any, args: argparse.Namespace) -> int:
    from desktop.services import ministry_exports

    paths = ministry_exports.export_review_sheets(
        ctx, args.out, item_ids=args.item, batch_id=args.batch, period=args.period
    )
    _out(f"已生成审核单 {len(paths)} 份，保存在 {args.out}")
    return EXIT_OK
