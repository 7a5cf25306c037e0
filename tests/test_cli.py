"""The ``creditledger`` command (SPEC §3): outputs, ``--json`` objects and exit codes 0 / 1 / 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from desktop import db
from desktop.cli import main
from models.annex1 import ITEM_HEADERS, PERSON_HEADERS
from tests.test_import_xlsx import bad_uscc, item_row, person_row, uscc, write_annex1

REPO = Path(__file__).resolve().parents[1]
SPEC_ITEM_HEADERS = [
    "序号",
    "单位名称",
    "统一社会信用代码",
    "注册地行政区划代码",
    "行业领域",
    "主体类别",
    "法定代表人",
    "失信行为类别",
    "是否纳入黑名单",
    "黑名单情形",
    "失信行为简况",
    "认定依据文号",
    "认定日期",
    "信息来源",
    "惩戒措施",
    "是否典型案例",
    "备注",
]
SPEC_PERSON_HEADERS = ["单位统一社会信用代码", "姓名", "职务", "人员类别", "身份证号码"]
# Decision dates safely in the past whatever the machine's clock says (Order 11 applies).
DECIDED = "2024-05-10"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any]:
    code, out, _err = run(capsys, *argv)
    return code, json.loads(out)


def run_process(*argv: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "CREDITLEDGER_HOME": str(home),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("CREDITLEDGER_PASSPHRASE_FILE", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop", *argv],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def initialised(home: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert run(capsys, "--home", str(home), "init", "--edition", "provincial", "--unit", "P14")[0] == 0
    return home


# ----------------------------------------------------------------------------- units and init


def test_units_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, data = run_json(capsys, "units", "--json")
    assert code == 0
    units = data["units"]
    kinds: dict[str, list[str]] = {}
    for unit in units:
        assert set(unit) >= {"code", "name", "kind"}
        kinds.setdefault(unit["kind"], []).append(unit["code"])
    assert len(kinds["province_bureau"]) == 31
    assert kinds["xpcc_bureau"] == ["P66"]
    assert len(kinds["coal_bureau"]) >= 1
    assert "C14" in kinds["coal_bureau"]
    assert {"hq_general_office", "hq_legal", "hq_statistics", "hq_department"} <= set(kinds)
    assert len({u["code"] for u in units}) == len(units)
    by_code = {u["code"]: u for u in units}
    assert by_code["P14"]["name"] == "山西省安全生产监督管理局"
    assert by_code["P66"]["name"] == "新疆生产建设兵团安全生产监督管理局"
    assert data["reference_version"]


def test_units_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "units")
    assert code == 0
    assert "山西煤矿安全监察局" in out
    assert len(out.splitlines()) >= 31 + 1 + 1 + 4


def test_init_json_and_twice(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, data = run_json(
        capsys, "--home", str(home), "init", "--edition", "provincial", "--unit", "c14", "--json"
    )
    assert code == 0
    assert data["created"] is True
    assert (data["edition"], data["unit"], data["unit_name"]) == ("provincial", "C14", "山西煤矿安全监察局")
    assert data["schema_revision"] == db.head_revision()
    assert Path(data["home"]) == home.resolve()
    assert (home / "config.json").is_file()
    assert (home / "creditledger.db").is_file()
    code, data = run_json(
        capsys, "--home", str(home), "init", "--edition", "provincial", "--unit", "C14", "--json"
    )
    assert code == 0
    assert data["created"] is False


def test_init_with_another_edition_in_the_same_home_is_refused(
    initialised: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "--home", str(initialised), "init", "--edition", "ministry", "--unit", "HQ-BGT"
    )
    assert code == 1
    assert out == ""
    assert err.startswith("错误：")
    assert "已设置为省级版" in err
    assert "请换一个数据目录" in err
    code, data = run_json(
        capsys, "--home", str(initialised), "init", "--edition", "ministry", "--unit", "HQ-BGT", "--json"
    )
    assert code == 1
    assert "已设置为省级版" in data["error"]
    assert json.loads((initialised / "config.json").read_text(encoding="utf-8"))["edition"] == "provincial"


@pytest.mark.parametrize(
    ("edition", "unit", "message"),
    [
        ("provincial", "P99", "不存在"),
        ("provincial", "HQ-BGT", "不能使用省级版"),
        ("ministry", "P14", "不能使用总局版"),
    ],
)
def test_init_with_a_wrong_unit_is_refused(
    home: Path, capsys: pytest.CaptureFixture[str], edition: str, unit: str, message: str
) -> None:
    code, data = run_json(capsys, "--home", str(home), "init", "--edition", edition, "--unit", unit, "--json")
    assert code == 1
    assert message in data["error"]
    assert not (home / "config.json").exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["init", "--edition", "county", "--unit", "P14"],
        ["init", "--unit", "P14"],
        ["no-such-command"],
        ["calendar", "status", "twenty"],
        ["audit"],
    ],
    ids=["bad-choice", "missing-option", "unknown-command", "not-a-number", "missing-subcommand"],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert "usage" in capsys.readouterr().err


def test_exit_codes_as_a_real_process(tmp_path: Path) -> None:
    home = tmp_path / "proc-home"
    ok = run_process("init", "--edition", "provincial", "--unit", "P14", "--json", home=home)
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["unit"] == "P14"
    refused = run_process("init", "--edition", "ministry", "--unit", "HQ-BGT", home=home)
    assert refused.returncode == 1
    assert "错误：" in refused.stderr
    assert "Traceback" not in refused.stderr
    usage = run_process("init", "--edition", "nope", "--unit", "P14", home=home)
    assert usage.returncode == 2
    assert "usage" in usage.stderr


# ----------------------------------------------------------------------------- template and import


def test_xlsx_template(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_path = tmp_path / "模板" / "附件1模板.xlsx"
    code, out, _ = run(capsys, "xlsx-template", str(out_path))
    assert code == 0
    assert str(out_path) in out
    wb = load_workbook(out_path)
    assert wb.sheetnames[:2] == ["附件1", "有关人员"]
    assert [c.value for c in wb["附件1"][1]] == SPEC_ITEM_HEADERS
    assert [c.value for c in wb["有关人员"][1]] == SPEC_PERSON_HEADERS
    assert list(ITEM_HEADERS) == SPEC_ITEM_HEADERS
    assert list(PERSON_HEADERS) == SPEC_PERSON_HEADERS
    assert wb["附件1"].max_row == 1


def test_import_xlsx_json(initialised: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    workbook = write_annex1(
        tmp_path / "in.xlsx",
        [
            item_row(1, 认定日期=DECIDED),
            item_row(2, 认定日期=DECIDED, 统一社会信用代码=bad_uscc(2)),
            item_row(3, 认定日期=DECIDED),
        ],
        [person_row(1)],
    )
    report = tmp_path / "report.xlsx"
    argv = ["--home", str(initialised), "import-xlsx", str(workbook), "--report", str(report), "--json"]
    code, data = run_json(capsys, *argv)
    assert code == 0
    assert {"imported", "duplicates", "refused"} <= set(data)
    assert data["imported"] == 2
    assert data["duplicates"] == 0
    assert isinstance(data["refused"], list)
    assert len(data["refused"]) == 1
    entry = data["refused"][0]
    assert {"sheet", "row", "column", "reason"} <= set(entry)
    assert (entry["sheet"], entry["row"], entry["column"]) == ("附件1", 3, "统一社会信用代码")
    assert "校验位" in entry["reason"]
    assert report.is_file()

    code, data = run_json(capsys, *argv)
    assert code == 0
    assert (data["imported"], data["duplicates"]) == (0, 2)


def test_import_xlsx_text_output(
    initialised: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = write_annex1(
        tmp_path / "in.xlsx", [item_row(5, 认定日期=DECIDED), item_row(6, 认定日期="昨天")]
    )
    code, out, _ = run(capsys, "--home", str(initialised), "import-xlsx", str(workbook))
    assert code == 0
    assert "导入 1 条" in out
    assert "拒收 1 行" in out
    assert "附件1 第3行 认定日期（M3）" in out
    assert "错误报告" in out
    assert list((initialised / "reports").glob("in-错误报告-*.xlsx"))


def test_import_xlsx_refusals_exit_1(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    workbook = write_annex1(tmp_path / "in.xlsx", [item_row(1, 认定日期=DECIDED)])
    # Not initialised.
    code, data = run_json(capsys, "--home", str(home), "import-xlsx", str(workbook), "--json")
    assert code == 1
    assert "尚未初始化" in data["error"]
    assert "creditledger init" in data["error"]
    assert run(capsys, "--home", str(home), "init", "--edition", "provincial", "--unit", "P14")[0] == 0
    # Missing file.
    code, data = run_json(capsys, "--home", str(home), "import-xlsx", str(tmp_path / "nope.xlsx"), "--json")
    assert code == 1
    assert "找不到文件" in data["error"]
    # Not a workbook.
    text_file = tmp_path / "名单.txt"
    text_file.write_text("单位名称\n", encoding="utf-8")
    code, data = run_json(capsys, "--home", str(home), "import-xlsx", str(text_file), "--json")
    assert code == 1
    assert "名单.txt" in data["error"]


def test_import_xlsx_for_an_unknown_unit_is_refused(
    initialised: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = write_annex1(tmp_path / "in.xlsx", [item_row(1, 认定日期=DECIDED)])
    code, out, err = run(
        capsys, "--home", str(initialised), "import-xlsx", str(workbook), "--unit", "P99", "--json"
    )
    assert code == 1, (out, err)
    assert "P99" in json.loads(out)["error"]


# ----------------------------------------------------------------------------- calendar and audit


def test_calendar_status_set_and_confirm(initialised: Path, capsys: pytest.CaptureFixture[str]) -> None:
    h = ["--home", str(initialised)]
    code, data = run_json(capsys, *h, "calendar", "status", "2027", "--json")
    assert code == 0
    assert data == {
        "year": 2027,
        "library_knows": False,
        "confirmed": False,
        "complete": False,
        "overrides": [],
    }
    code, data = run_json(capsys, *h, "calendar", "status", "2026", "--json")
    assert (data["library_knows"], data["complete"]) == (True, True)

    assert run(capsys, *h, "calendar", "set", "2027年10月8日", "holiday", "--note", "国庆")[0] == 0
    assert run(capsys, *h, "calendar", "set", "2027/10/9", "workday")[0] == 0
    assert run(capsys, *h, "calendar", "confirm-year", "2027")[0] == 0
    code, data = run_json(capsys, *h, "calendar", "status", "2027", "--json")
    assert code == 0
    assert (data["confirmed"], data["complete"]) == (True, True)
    assert data["overrides"] == [
        {"day": "2027-10-08", "is_workday": False, "note": "国庆", "updated_by": "tester"},
        {"day": "2027-10-09", "is_workday": True, "note": "", "updated_by": "tester"},
    ]
    code, _out, err = run(capsys, *h, "calendar", "set", "2027-02-30", "holiday")
    assert code == 1
    assert "不是有效的日期" in err


def test_audit_verify_and_tampering(initialised: Path, capsys: pytest.CaptureFixture[str]) -> None:
    h = ["--home", str(initialised)]
    run(capsys, *h, "calendar", "set", "2027-10-08", "holiday")
    run(capsys, *h, "calendar", "confirm-year", "2027")
    code, data = run_json(capsys, *h, "audit", "verify", "--json")
    assert code == 0
    assert data == {"ok": True, "entries": 3, "first_broken": None}
    code, out, _ = run(capsys, *h, "audit", "verify")
    assert code == 0
    assert "共 3 条" in out

    engine = db.make_engine(db.sqlite_url(initialised / "creditledger.db"))
    try:
        with engine.begin() as conn:
            target = conn.scalar(text("SELECT id FROM audit_event WHERE action = 'calendar_override'"))
            conn.execute(
                text("UPDATE audit_event SET detail = :d WHERE id = :id"),
                {"d": '{"workday": true}', "id": target},
            )
    finally:
        engine.dispose()
    code, data = run_json(capsys, *h, "audit", "verify", "--json")
    assert code == 1
    assert data == {"ok": False, "entries": 1, "first_broken": target}
    code, out, _ = run(capsys, *h, "audit", "verify")
    assert code == 1
    assert f"第 {target} 条" in out
    assert "calendar_override" in out


def test_audit_verify_as_a_real_process_names_the_broken_entry(tmp_path: Path) -> None:
    home = tmp_path / "proc-audit"
    assert run_process("init", "--edition", "provincial", "--unit", "P14", home=home).returncode == 0
    assert run_process("audit", "verify", home=home).returncode == 0
    engine = db.make_engine(db.sqlite_url(home / "creditledger.db"))
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE audit_event SET actor = 'mallory' WHERE id = 1"))
    finally:
        engine.dispose()
    broken = run_process("audit", "verify", home=home)
    assert broken.returncode == 1
    assert "第 1 条" in broken.stdout


def test_newer_database_is_refused_by_the_cli(initialised: Path, capsys: pytest.CaptureFixture[str]) -> None:
    engine = db.make_engine(db.sqlite_url(initialised / "creditledger.db"))
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0999_future'"))
    finally:
        engine.dispose()
    code, data = run_json(capsys, "--home", str(initialised), "audit", "verify", "--json")
    assert code == 1
    assert "比本程序新" in data["error"]


def test_uscc_helper_is_valid() -> None:
    """Guards the helpers the CLI tests rely on."""
    from models.validation import check_uscc

    assert check_uscc(uscc(1)).ok
    assert not check_uscc(bad_uscc(1)).ok
