"""Start-up: process start → first painted main window, CreditLedger vs. a bare PySide6 window.

    .venv/bin/python bench/startup.py [--runs 11]

Both are started as fresh processes, interleaved, offscreen, on an initialised data folder (the
demo's provincial unit), so both pay the same interpreter and Qt start. Target (issue 2):
CreditLedger's median ≤ 1.5 × the bare window's median, measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(cmd: list[str], env: dict[str, str]) -> float:
    """Milliseconds from spawning ``cmd`` until it prints its first-paint line (same clock for both)."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = (time.perf_counter() - started) * 1000.0
    proc.wait(timeout=60)
    if proc.returncode != 0 or not line.strip():
        raise RuntimeError(f"{cmd} failed ({proc.returncode})")
    return round(elapsed, 1)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "desktop", "demo", f"{tmp}/demo"],
            env=env,
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        home = f"{tmp}/demo/provinces/P14"
        ours_cmd = [sys.executable, "-m", "desktop", "--home", home, "--smoke-test"]
        bare_cmd = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
        run(ours_cmd, env)  # warm the page cache and the database once
        bare, ours = [], []
        for _ in range(args.runs):
            bare.append(run(bare_cmd, env))
            ours.append(run(ours_cmd, env))
    result = {
        "runs": args.runs,
        "bare_median_ms": statistics.median(bare),
        "creditledger_median_ms": statistics.median(ours),
        "ratio": round(statistics.median(ours) / statistics.median(bare), 2),
        "target_ratio": 1.5,
        "bare_ms": bare,
        "creditledger_ms": ours,
    }
    print(json.dumps(result, indent=2))
    return 0 if result["ratio"] <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
