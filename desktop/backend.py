"""The backend the Qt screens talk to (views.api.Backend): services behind one object.

The shell creates it with the data folder; it opens the database lazily, on the worker thread,
on first use. Imports of SQLAlchemy and the services happen inside the methods, so that creating
the backend on the start path costs nothing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.config import load_config

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.services.overview import SessionInfo


class AppBackend:
    def __init__(self, home: Path, db_url: str | None = None) -> None:
        self.home = home
        self._db_url = db_url
        self._ctx: AppContext | None = None
        self.passphrase_prompt: Any = None  # set by the shell: () -> str | None, called on the worker

    # -- set-up ------------------------------------------------------------------------------

    def is_initialized(self) -> bool:
        return load_config(self.home) is not None

    def edition_units(self, edition: str) -> list[Any]:
        from models.reference import units_for_edition

        return units_for_edition(edition)

    def initialize(self, edition: str, unit_code: str) -> Any:
        from desktop.services.setup import initialize
        from models.enums import Edition

        result = initialize(self.home, Edition(edition), unit_code, self._db_url)
        self.close()
        return result

    def context(self) -> AppContext:
        if self._ctx is None:
            from desktop.context import open_context
            from desktop.secrets import passphrase_from_environment
            from desktop.services.setup import ensure_reference

            # An explicit passphrase file ($CREDITLEDGER_PASSPHRASE_FILE) wins over asking the user.
            passphrase = passphrase_from_environment() or self.passphrase_prompt
            self._ctx = open_context(self.home, self._db_url, passphrase=passphrase)
            ensure_reference(self._ctx)
        return self._ctx

    def session_info(self) -> SessionInfo:
        from desktop.services.overview import SessionInfo
        from models import reference

        ctx = self.context()
        return SessionInfo(
            home=self.home,
            edition=ctx.edition.value,
            edition_label=ctx.edition.label,
            unit_code=ctx.unit_code,
            unit_name=reference.unit(ctx.unit_code).name,
            database=ctx.engine.url.render_as_string(hide_password=True),
            actor=ctx.actor,
        )

    def language(self) -> str:
        config = load_config(self.home)
        return config.language if config else "zh_CN"

    def set_language(self, language: str) -> None:
        from desktop.config import set_language

        set_language(self.home, language)

    # -- screens -------------------------------------------------------------------------------

    def overview(self, today: dt.date) -> Any:
        from desktop.services.overview import overview

        return overview(self.context(), today)

    def list_items(self, text: str, state: str = "", deleted: bool = False) -> list[Any]:
        from desktop.services.overview import list_items

        return list_items(self.context(), text, state=state, deleted=deleted)

    # -- Annex 1 editor ----------------------------------------------------------------------

    def item_form(self, item_id: int) -> Any:
        from desktop.services.items import item_form

        return item_form(self.context(), item_id)

    def similar_listings(self, code: str, name: str, exclude_item_id: int | None) -> list[Any]:
        from desktop.services.items import similar_listings

        return similar_listings(self.context(), code, name, exclude_item_id)

    def save_item(self, values: dict[str, str], persons: list[dict[str, Any]], item_id: int | None) -> Any:
        from desktop.services.items import save_item

        return save_item(self.context(), values, persons, item_id)

    def restore_item_snapshot(self, snapshot: Any) -> Any:
        from desktop.services.items import restore_snapshot

        return restore_snapshot(self.context(), snapshot)

    def delete_item(self, item_id: int) -> None:
        from desktop.services.items import delete_item

        delete_item(self.context(), item_id)

    def restore_item(self, item_id: int) -> None:
        from desktop.services.items import restore_item

        restore_item(self.context(), item_id)

    def record_publication(self, item_id: int, published_on: dt.date) -> Any:
        from desktop.services.items import record_publication

        return record_publication(self.context(), item_id, published_on)

    def save_draft(self, name: str, content: dict[str, Any]) -> None:
        from desktop.services.drafts import save_draft

        save_draft(self.context(), name, content)

    def load_draft(self, name: str) -> dict[str, Any] | None:
        from desktop.services.drafts import load_draft

        return load_draft(self.context(), name)

    def discard_draft(self, name: str) -> None:
        from desktop.services.drafts import discard_draft

        discard_draft(self.context(), name)

    # -- Annex 3 -----------------------------------------------------------------------------

    def removal_worklist(self, today: dt.date, horizon_days: int) -> list[Any]:
        from desktop.services.removals import worklist

        return worklist(self.context(), today, horizon_days)

    def save_removal(self, listing_id: int, data: dict[str, Any]) -> Any:
        from desktop.services.removals import save_review

        return save_review(self.context(), listing_id, data)

    def withdraw_removal(self, case_id: int) -> None:
        from desktop.services.removals import withdraw_review

        withdraw_review(self.context(), case_id)

    def reporting_units(self) -> list[Any]:
        from models import reference

        return list(reference.reporting_units())

    def calendar_year(self, year: int) -> Any:
        from desktop.services.calendar import year_status

        return year_status(self.context(), year)

    def set_calendar_day(self, day: dt.date, is_workday: bool, note: str) -> None:
        from desktop.services.calendar import set_override

        set_override(self.context(), day, is_workday, note)

    def remove_calendar_day(self, day: dt.date) -> None:
        from desktop.services.calendar import remove_override

        remove_override(self.context(), day)

    def confirm_calendar_year(self, year: int) -> None:
        from desktop.services.calendar import confirm_year

        confirm_year(self.context(), year)

    def write_template(self, target: Path) -> None:
        from exporters.annex1_xlsx import write_template

        write_template(target)

    def preview_xlsx(self, source: Path, progress: Any) -> Any:
        from desktop.services.xlsx_import import preview_annex1

        return preview_annex1(self.context(), source, progress=progress)

    def import_xlsx(self, source: Path, progress: Any) -> Any:
        from desktop.services.xlsx_import import import_annex1

        return import_annex1(self.context(), source, progress=progress)

    # -- Annex 4 ---------------------------------------------------------------------------------

    def contacts(self, deleted: bool = False) -> list[Any]:
        from desktop.services.liaison import list_contacts

        return list_contacts(self.context(), deleted=deleted)

    def save_contact(self, data: dict[str, Any], contact_id: int | None) -> Any:
        from desktop.services.liaison import save_contact

        return save_contact(self.context(), data, contact_id)

    def delete_contact(self, contact_id: int) -> None:
        from desktop.services.liaison import delete_contact

        delete_contact(self.context(), contact_id)

    def restore_contact(self, contact_id: int) -> None:
        from desktop.services.liaison import restore_contact

        restore_contact(self.context(), contact_id)

    # -- red list and typical cases ----------------------------------------------------------------

    def red_list(self, period: str) -> dict[str, Any]:
        from desktop.services.red_list import list_red_list, list_typical_cases, typical_ratio

        ctx = self.context()
        return {
            "red_list": list_red_list(ctx, period),
            "typical_cases": list_typical_cases(ctx, period),
            "ratio": typical_ratio(ctx, period),
        }

    def save_red_list(self, data: dict[str, Any], period: str) -> Any:
        from desktop.services.red_list import save_red_list

        return save_red_list(self.context(), data, period)

    def save_typical_case(self, data: dict[str, Any], period: str) -> Any:
        from desktop.services.red_list import save_typical_case

        return save_typical_case(self.context(), data, period)

    def delete_red_entry(self, kind: str, entry_id: int, restore: bool = False) -> None:
        from desktop.services.red_list import delete_entry

        delete_entry(self.context(), kind, entry_id, restore=restore)

    # -- keys and certificates ------------------------------------------------------------------

    def pki_status(self) -> Any:
        from desktop.secrets import keyring_usable
        from desktop.services import pki

        ctx = self.context()
        return {
            "edition": ctx.edition.value,
            "keys": pki.keystore(ctx).names(),
            "registry": pki.registry(ctx),
            "keyring": keyring_usable(),
        }

    def pki_init_ministry(self) -> Any:
        from desktop.services import pki

        return pki.init_ministry(self.context())

    def pki_request(self, target: Path) -> Path:
        from desktop.services import pki

        return pki.create_request(self.context(), target)

    def pki_issue(self, request: Path, unit_code: str, bundle: Path) -> Any:
        from desktop.services import pki

        return pki.issue_certificate(self.context(), request, unit_code, bundle)

    def pki_install(self, bundle: Path) -> Any:
        from desktop.services import pki

        return pki.install_bundle(self.context(), bundle)

    def pki_trust_bundle(self, target: Path) -> Path:
        from desktop.services import pki

        return pki.write_trust_bundle(self.context(), target)

    def pki_revoke(self, fingerprint: str, reason: str) -> Path:
        from desktop.services import pki

        return pki.revoke(self.context(), fingerprint, reason)

    def keys_backup(self, target: Path, passphrase: str) -> list[str]:
        from desktop.services import pki

        return pki.keystore(self.context()).backup(target, passphrase)

    def keys_restore(self, source: Path, passphrase: str) -> list[str]:
        from desktop.services import pki

        return pki.keystore(self.context()).restore(source, passphrase)

    # -- packages ----------------------------------------------------------------------------------

    def working_period(self, today: dt.date) -> str:
        from models.deadlines import working_period

        return working_period(today)

    def export_preview(self, period: str) -> Any:
        from desktop.services.package_export import preview

        return preview(self.context(), period)

    def export_package(
        self, period: str, out_dir: Path, name: str, title: str, role: str, progress: Any = None
    ) -> Any:
        from desktop.services.package_export import Signer, export_package

        return export_package(
            self.context(),
            period,
            out_dir,
            Signer(name, title, role),
            accept_warnings=True,
            progress=progress,
        )

    def package_revisions(self) -> list[Any]:
        from desktop.services.package_views import revisions

        return revisions(self.context())

    def revision_items(self, revision_id: int) -> list[Any]:
        from desktop.services.package_views import revision_items

        return revision_items(self.context(), revision_id)

    def import_receipt(self, path: Path) -> Any:
        from desktop.services.receipts import import_receipt

        return import_receipt(self.context(), path)

    def send_package(self, path: Path, settings: dict[str, Any]) -> str:
        from desktop.services.mail import send_package

        return send_package(self.context(), path, **settings)

    def mark_sent(self, path: Path) -> None:
        from desktop.services.mail import mark_sent

        mark_sent(self.context(), path, "存储介质报送")

    def intake_paths(self, paths: list[Path], progress: Any) -> list[Any]:
        from desktop.services.mail import import_paths

        results = []
        for index, path in enumerate(paths, start=1):
            if not progress(index - 1, len(paths), f"正在接收 {path.name}…"):
                break
            results.extend(import_paths(self.context(), [path]))
        progress(len(paths), len(paths), "接收完成")
        return results

    def intake_imap(self, host: str, port: int, user: str, password: str, use_ssl: bool) -> list[Any]:
        from desktop.services.mail import fetch_imap

        return fetch_imap(self.context(), host, port, user, password, use_ssl=use_ssl)

    def close(self) -> None:
        if self._ctx is not None:
            self._ctx.close()
            self._ctx = None
