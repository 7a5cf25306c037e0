"""How long the Annex 1 editor's live check takes per keystroke (it runs on the UI thread).

    .venv/bin/python bench/editor_check.py

The check is models.annex1.check_form: the spreadsheet rules for the item and each person.
Target: well under one frame (16 ms), so typing never stutters.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from models.annex1 import check_form
from models.validation import uscc_check_char


def main() -> int:
    first17 = "91140105MA0K1XY00"
    values = {
        "单位名称": "太原市晋阳建材有限公司",
        "统一社会信用代码": first17 + uscc_check_char(first17),
        "行业领域": "建材",
        "主体类别": "生产经营单位",
        "失信行为类别": "S01、S06",
        "是否纳入黑名单": "否",
        "失信行为简况": "未按规定对重大危险源进行登记建档并采取安全措施。" * 4,
        "认定依据文号": "晋应急罚〔2026〕88号",
        "认定日期": "2026-10-12",
        "信息来源": "行政处罚",
        "惩戒措施": "M01、M02、M05",
        "是否典型案例": "否",
    }
    persons = [
        {
            "id": None,
            "name": f"王伟{i}",
            "role": "legal_representative",
            "title": "董事长",
            "id_number": "140105197503080018",
        }
        for i in range(3)
    ]
    today = dt.date(2026, 11, 22)
    check_form(values, persons, {}, today)  # warm the reference-data caches
    runs = []
    for _ in range(2000):
        started = time.perf_counter()
        check_form(values, persons, {}, today)
        runs.append((time.perf_counter() - started) * 1000)
    runs.sort()
    print(
        f"check_form, item + 3 persons, 2000 runs: median {statistics.median(runs):.3f} ms, "
        f"p99 {runs[int(len(runs) * 0.99)]:.3f} ms, max {runs[-1]:.3f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
