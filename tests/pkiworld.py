"""A ministry and provincial installations with real certificates, for package tests (pytest plugin).

``world`` gives a fresh ministry (HQ-BGT) with its CA, and provinces P14 and C14 with issued and
installed certificates, all on SQLite files in tmp_path, keys protected by the test keyring.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from desktop.context import AppContext, open_context
from desktop.services import pki
from desktop.services.demo_data import PROFILES, DemoData
from desktop.services.package_export import ExportResult, Signer, export_package
from desktop.services.setup import initialize
from desktop.services.xlsx_import import import_annex1
from models.enums import Edition

SIGNER = Signer("张建国", "局长", "主要负责人")


@dataclass
class World:
    root: Path
    ministry: AppContext
    provinces: dict[str, AppContext] = field(default_factory=dict)
    today: dt.date = field(default_factory=dt.date.today)

    def province(self, code: str) -> AppContext:
        return self.provinces[code]

    def add_province(self, code: str) -> AppContext:
        home = self.root / code
        initialize(home, Edition.PROVINCIAL, code)
        ctx = open_context(home)
        request = pki.create_request(ctx, self.root / f"{code}.csr")
        pki.issue_certificate(self.ministry, request, code, self.root / f"{code}-bundle.pem")
        pki.install_bundle(ctx, self.root / f"{code}-bundle.pem")
        self.provinces[code] = ctx
        return ctx

    def fill(self, code: str, count: int = 5, seed: int = 1) -> None:
        """Import ``count`` realistic items (plus the demo's 3 deliberate mistakes, refused)."""
        from desktop.services.demo import write_demo_workbook

        workbook = self.root / f"{code}-{seed}.xlsx"
        write_demo_workbook(workbook, DemoData(seed), PROFILES.get(code, PROFILES["P14"]), self.today, count)
        import_annex1(self.provinces[code], workbook, today=self.today)

    def export(self, code: str, period: str | None = None) -> ExportResult:
        from models.deadlines import working_period

        return export_package(
            self.provinces[code],
            period or working_period(self.today),
            self.root / "outbox",
            SIGNER,
            accept_warnings=True,
            today=self.today,
        )


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    home = tmp_path / "ministry"
    initialize(home, Edition.MINISTRY, "HQ-BGT")
    ministry = open_context(home)
    pki.init_ministry(ministry)
    w = World(tmp_path, ministry)
    w.add_province("P14")
    w.add_province("C14")
    yield w
    for ctx in (ministry, *w.provinces.values()):
        ctx.close()
