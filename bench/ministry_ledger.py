"""The ministry's worklists on a large ledger: search, the review queue, feedback, the ledger export.

    .venv/bin/python bench/ministry_ledger.py [--items 100000] [--in-review 2000] [--runs 5]

Set-up (not timed): a ministry (HQ-BGT) in a temp folder on SQLite, filled directly through the
application's tables (Core inserts, one transaction) with ``--items`` listing items of distinct
subjects spread over the 32 provincial units and 24 monthly periods (one package revision each):
most published in monthly batches, ``--in-review`` routed to departments with open 3-working-day
tasks (every tenth already reviewed once and changed since), as many received, all of these in the
latest period; every package has its intake receipt. Each item has one or two criteria. The user's
keyring is never touched.

Timed, ``--runs`` times each, median reported (milliseconds):

- ``search_name``: ``ledger.query(text=<a name fragment>)``, first page of 200 rows;
- ``search_code``: ``ledger.query(text=<one USCC>)``;
- ``search_all``: ``ledger.query()`` with no filter (count + first page);
- ``review_queue``: ``review.queue(states=[DEPT_REVIEW])``, every item in department review with
  its clock and its changes since the last review;
- ``feedback_pending``: ``feedback.pending()`` over every package;
- ``ledger_rows``: ``ministry_exports.ledger_rows()``, the whole ledger as export rows (once).

Targets (issue 5, at 100,000 items and 2,000 in review): searches ≤ 300 ms, the review queue
≤ 1.5 s, pending feedback ≤ 2 s, the ledger rows ≤ 20 s. JSON to stdout; exit 1 if a target is missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import keyring

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from package_import import MemoryKeyring

PERIODS = [f"{2025 + (m - 1) // 12}-{(m - 1) % 12 + 1:02d}" for m in range(1, 25)]
TARGETS_MS = {
    "search_name": 300,
    "search_code": 300,
    "search_all": 300,
    "review_queue": 1500,
    "feedback_pending": 2000,
    "ledger_rows": 20000,
}


def fill(ctx: Any, items: int, in_review: int, seed: int = 7) -> dict[str, str]:
    from desktop.services.bulk import insert_rows
    from desktop.services.demo_data import PROFILES, DemoData
    from desktop.services.listing_store import sort_key
    from models import reference
    from models.enums import IdentifierKind, ItemState, ListTier, PackageStatus, ReviewKind
    from models.listing import ListingCriterion, ListingItem
    from models.packages import Package, PackageRevision, Receipt
    from models.subjects import Subject
    from models.validation import normalize_name
    from models.workflow import PublicationBatch, ReviewTask, Transition

    data = DemoData(seed)
    units = [u.code for u in reference.reporting_units() if u.kind.is_provincial][:32]
    departments = [u.code for u in reference.units_for_edition("ministry") if u.code.startswith("HQ-JG")]
    criteria = [c["code"] for c in reference.criteria()][:12]
    now = dt.datetime(2026, 11, 16, 4, tzinfo=dt.UTC)
    with ctx.uow() as uow:
        session = uow.session
        batches = {}
        for period in PERIODS:
            batch = PublicationBatch(
                title=f"{period}批", list_type="listing", published_on=dt.date.fromisoformat(f"{period}-20")
            )
            session.add(batch)
            batches[period] = batch
        revisions: dict[tuple[str, str], int] = {}
        for unit in units:
            for period in PERIODS:
                pkg = Package(
                    reporting_unit_code=unit, period=period, due_on=dt.date.fromisoformat(f"{period}-10")
                )
                session.add(pkg)
                session.flush()
                rev = PackageRevision(
                    package_id=pkg.id,
                    revision=1,
                    file_sha256=f"{unit}{period}".ljust(64, "0"),
                    status=PackageStatus.RECEIVED,
                    received_at=now,
                )
                session.add(rev)
                session.flush()
                revisions[(unit, period)] = rev.id
                session.add(  # the intake receipt, issued when the package arrived
                    Receipt(
                        revision_id=rev.id,
                        package_sha256=rev.file_sha256 or "",
                        file_sha256=f"r{unit}{period}".ljust(64, "0"),
                        issued_at=now - dt.timedelta(days=1),
                        content={"items": []},
                    )
                )
        session.flush()
        codes, subjects = set(), []
        while len(subjects) < items:
            name, region6, industry = data.company(PROFILES["P14"])
            code = data.uscc(region6)
            if code in codes:
                continue
            codes.add(code)
            subjects.append(
                {
                    "code": code,
                    "code_kind": IdentifierKind.USCC,
                    "name": name,
                    "name_key": normalize_name(name),
                    "sort_key": sort_key(name),
                    "region_code": region6,
                    "industry": industry,
                }
            )
        insert_rows(session, Subject.__table__, subjects)
        ids = dict(
            session.execute(Subject.__table__.select().with_only_columns(Subject.code, Subject.id)).all()
        )
        rows, crit_rows, tasks, moves = [], [], [], []
        for n, subject in enumerate(subjects):
            unit, period = units[n % len(units)], PERIODS[n % len(PERIODS)]
            if n < in_review * 2:  # this month's items are the ones still in the chain
                period = PERIODS[-1]
            state = (
                ItemState.DEPT_REVIEW
                if n < in_review
                else ItemState.RECEIVED
                if n < in_review * 2
                else ItemState.PUBLISHED
            )
            published = state is ItemState.PUBLISHED
            rows.append(
                {
                    "uid": f"00000000-0000-4000-8000-{n:012d}",
                    "reporting_unit_code": unit,
                    "subject_id": ids[subject["code"]],
                    "period": period,
                    "rule_pack": "2017",
                    "tier": ListTier.JOINT_PUNISHMENT,
                    "state": state,
                    "summary": "未按规定履行安全生产主体责任，发生较大事故。",
                    "basis_document": f"晋安监罚〔2026〕{n}号",
                    "basis_key": f"晋安监罚2026{n}号",
                    "decision_date": dt.date(2026, 1, 5),
                    "department_code": departments[n % len(departments)] if n < in_review else None,
                    "package_revision_id": revisions[(unit, period)],
                    "publication_batch_id": batches[period].id if published else None,
                    "published_on": batches[period].published_on if published else None,
                    "expires_on": batches[period].published_on.replace(
                        year=batches[period].published_on.year + 1
                    )
                    if published
                    else None,
                }
            )
        insert_rows(session, ListingItem.__table__, rows)
        item_ids = dict(
            session.execute(
                ListingItem.__table__.select().with_only_columns(ListingItem.uid, ListingItem.id)
            ).all()
        )
        for n, row in enumerate(rows):
            item_id = item_ids[row["uid"]]
            for code in {criteria[n % len(criteria)], criteria[(n * 7) % len(criteria)]}:
                crit_rows.append({"item_id": item_id, "code": code})
            if n < in_review:
                moves.append(
                    {
                        "entity_type": "listing",
                        "entity_id": item_id,
                        "from_state": ItemState.RECEIVED.value,
                        "to_state": ItemState.DEPT_REVIEW.value,
                        "actor": "bench",
                        "at": now,
                        "reason": "按规则分办",
                    }
                )
                tasks.append(
                    {
                        "entity_type": "listing",
                        "entity_id": item_id,
                        "kind": ReviewKind.DEPT_REVIEW,
                        "department_code": row["department_code"],
                        "assigned_at": now,
                        "due_on": dt.date(2026, 11, 19),
                        "snapshot": {"summary": "（上次审核时的简况）"} if n % 10 == 0 else {},
                    }
                )
        insert_rows(session, ListingCriterion.__table__, crit_rows)
        insert_rows(session, ReviewTask.__table__, tasks)
        insert_rows(session, Transition.__table__, moves)
        uow.commit()
    return {"name": subjects[items // 2]["name"][2:5], "code": subjects[items // 3]["code"]}


def timed(fn: Callable[[], Any], runs: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--in-review", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())  # before anything asks for a key: the real keyring is never used

    from desktop.context import open_context
    from desktop.services import feedback, ledger, ministry_exports, review
    from desktop.services.setup import initialize
    from models.enums import Edition, ItemState

    with tempfile.TemporaryDirectory(prefix="creditledger-bench-") as tmp:
        home = Path(tmp) / "ministry"
        initialize(home, Edition.MINISTRY, "HQ-BGT")
        ctx = open_context(home)
        try:
            started = time.perf_counter()
            probe = fill(ctx, args.items, args.in_review)
            setup_s = time.perf_counter() - started
            today = dt.date(2026, 11, 18)
            figures: dict[str, float] = {}
            counts: dict[str, int] = {}
            figures["search_name"], page = timed(lambda: ledger.query(ctx, text=probe["name"]), args.runs)
            counts["search_name"] = page.total
            figures["search_code"], page = timed(lambda: ledger.query(ctx, text=probe["code"]), args.runs)
            counts["search_code"] = page.total
            figures["search_all"], page = timed(lambda: ledger.query(ctx), args.runs)
            counts["search_all"] = page.total
            figures["review_queue"], rows = timed(
                lambda: review.queue(ctx, states=[ItemState.DEPT_REVIEW], today=today), args.runs
            )
            counts["review_queue"] = len(rows)
            figures["feedback_pending"], pending = timed(lambda: feedback.pending(ctx), args.runs)
            counts["feedback_pending"] = len(pending)
            figures["ledger_rows"], export = timed(lambda: ministry_exports.ledger_rows(ctx), 1)
            counts["ledger_rows"] = len(export)
        finally:
            ctx.close()
    missed = [k for k, v in figures.items() if v > TARGETS_MS[k]]
    json.dump(
        {
            "items": args.items,
            "in_review": args.in_review,
            "setup_s": round(setup_s, 1),
            "median_ms": {k: round(v, 1) for k, v in figures.items()},
            "targets_ms": TARGETS_MS,
            "counts": counts,
            "missed": missed,
            "python": platform.python_version(),
        },
        sys.stdout,
        ensure_ascii=False,
        indent=2,
    )
    sys.stdout.write("\n")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
