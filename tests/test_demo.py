"""``creditledger demo DIR``: a complete demonstration, headless, through the real services."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from desktop.services.demo_cycle import HISTORY
from models import reference
from models.enums import UnitKind
from models.validation import check_uscc

pytestmark = pytest.mark.slow


def _count(database: Path, table: str) -> int:
    conn = sqlite3.connect(database)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def test_demo_builds_a_realistic_demonstration(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "demo"
    started = time.perf_counter()
    code = main(["demo", str(root), "--json"])
    elapsed = time.perf_counter() - started
    assert code == 0
    assert elapsed < 60
    summary = json.loads(capsys.readouterr().out)

    units = summary["units"]
    assert len(units) >= 3
    kinds = {reference.unit(u["code"]).kind for u in units}
    assert UnitKind.COAL_BUREAU in kinds
    assert UnitKind.PROVINCE_BUREAU in kinds
    assert (Path(summary["ministry_home"]) / "config.json").is_file()

    # Count what the databases really hold, not what the summary says.
    stored_items = stored_persons = 0
    for unit in units:
        database = Path(unit["home"]) / "creditledger.db"
        items = _count(database, "listing_item")
        persons = _count(database, "listed_person")
        assert items == unit["imported"] + len(HISTORY) > len(HISTORY)  # plus the published history
        assert persons == unit["persons"]
        assert _count(database, "subject") == items + 1  # plus the unit proposed for the red list
        stored_items += items
        stored_persons += persons
    assert stored_items + stored_persons >= 200
    assert stored_items >= 150
    assert summary["records"] == stored_items + stored_persons

    # Realistic records: Chinese names and valid codes.
    conn = sqlite3.connect(Path(units[0]["home"]) / "creditledger.db")
    try:
        subjects = conn.execute("SELECT code, name FROM subject").fetchall()
    finally:
        conn.close()
    assert all(check_uscc(code).ok for code, _name in subjects)
    assert all("\u4e00" <= name[0] <= "\u9fff" for _code, name in subjects)

    # The deliberate mistakes are refused, with a re-importable report per unit.
    for unit in units:
        assert unit["refused_rows"] >= 1
        report = Path(unit["report"])
        assert report.is_file()
        wb = load_workbook(report, read_only=True)
        try:
            assert {"附件1", "有关人员", "导入报告"} <= set(wb.sheetnames)
        finally:
            wb.close()
        for entry in unit["refused"]:
            assert entry["sheet"] in {"附件1", "有关人员"}
            assert entry["row"] >= 2
            assert entry["reason"]


def test_demo_refuses_a_non_empty_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "busy"
    root.mkdir()
    (root / "keep.txt").write_text("重要文件", encoding="utf-8")
    assert main(["demo", str(root)]) == 1
    err = capsys.readouterr().err
    assert "不是空目录" in err
    assert sorted(p.name for p in root.iterdir()) == ["keep.txt"]
    assert main(["demo", str(root), "--json"]) == 1
    assert "不是空目录" in json.loads(capsys.readouterr().out)["error"]
