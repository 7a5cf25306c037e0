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

    # -- ministry: intake and timeliness -----------------------------------------------------------

    def timeliness(self, months: int) -> Any:
        from desktop.services.ledger import recent_periods, timeliness

        return timeliness(self.context(), recent_periods(dt.date.today(), months))

    def grant_extension(
        self, unit_code: str, period: str, until: dt.date, granted_by: str, reason: str
    ) -> None:
        from desktop.services.ledger import grant_extension

        grant_extension(self.context(), unit_code, period, until, granted_by, reason)

    def feedback_pending(self) -> list[Any]:
        from desktop.services.feedback import pending

        return pending(self.context())

    def issue_feedback(self, targets: list[tuple[str, str]], progress: Any) -> list[Any]:
        from desktop.services.feedback import issue_feedback

        issued = []
        for index, (unit_code, period) in enumerate(targets):
            if not progress(index, len(targets), f"正在签发 {unit_code} {period} 的反馈…"):
                break
            issued.append(issue_feedback(self.context(), unit_code, period))
        progress(len(issued), len(targets), "签发完成")
        return issued

    # -- ministry: department review ---------------------------------------------------------------

    def review_departments(self) -> list[Any]:
        from models import reference
        from models.enums import UnitKind

        return [u for u in reference.units_for_edition("ministry") if u.kind is UnitKind.HQ_DEPARTMENT]

    def review_periods(self) -> list[str]:
        from desktop.services.review import periods

        return periods(self.context())

    def review_queue(self, department: str, state: str, period: str, changed_only: bool) -> list[Any]:
        from desktop.services import review
        from models.enums import ItemState

        states = [ItemState(state)] if state else review.IN_CHAIN
        return review.queue(
            self.context(),
            department=department or None,
            states=states,
            period=period or None,
            changed_only=changed_only,
        )

    def review_detail(self, item_id: int) -> Any:
        from desktop.services.review import detail

        return detail(self.context(), item_id)

    def review_route(self, item_ids: list[int] | None) -> Any:
        from desktop.services.review import route

        return route(self.context(), item_ids)

    def review_reassign(self, item_ids: list[int], department: str, reason: str) -> int:
        from desktop.services.review import reassign

        return reassign(self.context(), item_ids, department, reason)

    def review_opinion(self, item_ids: list[int], decision: str, opinion: str, reviewer: str) -> int:
        from desktop.services.review import record_opinion
        from models.enums import DeptDecision

        return record_opinion(self.context(), item_ids, DeptDecision(decision), opinion, reviewer)

    def review_sign_off(self, item_ids: list[int], signer_name: str, signer_title: str) -> int:
        from desktop.services.review import sign_off

        return sign_off(self.context(), item_ids, signer_name, signer_title)

    def review_return(self, item_ids: list[int], step: str, reason: str) -> int:
        from desktop.services.review import return_to

        return return_to(self.context(), item_ids, step, reason)

    def review_submit_hq(self, item_ids: list[int], signer_name: str, signer_title: str) -> int:
        from desktop.services.review import submit_hq_items

        return submit_hq_items(self.context(), item_ids, signer_name, signer_title)

    # -- ministry: meetings and publication --------------------------------------------------------

    def meetings(self) -> list[Any]:
        from desktop.services import meetings

        return meetings.meetings(self.context())

    def meeting_agenda(self, meeting_id: int) -> list[Any]:
        from desktop.services import meetings

        return meetings.agenda(self.context(), meeting_id)

    def publication_batches(self) -> list[Any]:
        from desktop.services import meetings

        return meetings.batches(self.context())

    def send_to_legal(self, period: str) -> int:
        from desktop.services import meetings

        return meetings.send_to_legal(self.context(), period)

    def record_legal(
        self, meeting_id: int, item_ids: list[int], decision: str, note: str, reviewer: str
    ) -> int:
        from desktop.services import meetings
        from models.enums import LegalDecision

        return meetings.record_legal(
            self.context(), meeting_id, item_ids, LegalDecision(decision), note, reviewer
        )

    def report_party_group(self, period: str, held_on: dt.date, minutes: str) -> int:
        from desktop.services import meetings

        return meetings.report_party_group(self.context(), period, held_on, minutes)

    def create_meeting(self, title: str, held_on: dt.date, period: str) -> int:
        from desktop.services import meetings

        return meetings.create_meeting(self.context(), title, held_on, period)

    def decide_agenda(self, meeting_id: int, item_ids: list[int], outcome: str, note: str) -> int:
        from desktop.services import meetings
        from models.enums import MeetingOutcome

        return meetings.decide(self.context(), meeting_id, item_ids, MeetingOutcome(outcome), note)

    def close_meeting(self, meeting_id: int, minutes: str) -> dict[str, int]:
        from desktop.services import meetings

        return meetings.close_meeting(self.context(), meeting_id, minutes)

    def publish_batch(self, title: str, published_on: dt.date, meeting_id: int) -> int:
        from desktop.services import meetings

        return meetings.publish(self.context(), title, published_on, meeting_id=meeting_id)

    def print_review_sheets(
        self, out_dir: Path, item_ids: list[int], batch_id: int | None, progress: Any
    ) -> list[Path]:
        from desktop.services.ministry_exports import export_review_sheets

        if not progress(0, 0, "正在生成审核单…"):
            return []
        paths = export_review_sheets(self.context(), out_dir, item_ids=item_ids or None, batch_id=batch_id)
        progress(len(paths), len(paths), "审核单已生成")
        return paths

    # -- ministry: ledger --------------------------------------------------------------------------

    def ledger_query(self, text: str, unit: str, status: str, offset: int, limit: int) -> Any:
        from desktop.services import ledger

        return ledger.query(self.context(), text=text, unit=unit, status=status, limit=limit, offset=offset)

    def ledger_archive(self, subject_id: int) -> Any:
        from desktop.services import ledger

        return ledger.archive(self.context(), subject_id)

    def ledger_duplicates(self) -> list[Any]:
        from desktop.services import ledger

        return list(ledger.duplicates(self.context()))

    def ledger_overdue(self, unit: str) -> list[Any]:
        from desktop.services import ledger

        return list(ledger.overdue(self.context(), unit=unit))

    def ledger_reminders(self, unit: str) -> list[Any]:
        from desktop.services import ledger

        return list(ledger.reminders(self.context(), unit=unit))

    def ledger_remind(
        self, unit_code: str, topic: str, note: str, entity_type: str, entity_id: int | None
    ) -> int:
        from desktop.services import ledger

        return ledger.remind(
            self.context(), unit_code, topic, note, entity_type=entity_type, entity_id=entity_id
        )

    def ledger_monthly_stats(self, period: str) -> Any:
        from desktop.services import ledger

        return ledger.monthly_stats(self.context(), period)

    def export_ledger(self, out: Path) -> int:
        from desktop.services import ministry_exports

        return ministry_exports.export_ledger(self.context(), out)

    def export_public_list(self, out: Path) -> int:
        from desktop.services import ministry_exports

        return ministry_exports.export_public_list(self.context(), out)

    def export_bulletin(self, period: str, out: Path) -> Path:
        from desktop.services import ministry_exports

        return ministry_exports.export_bulletin(self.context(), period, out)

    # -- ministry: removals and objections ---------------------------------------------------------

    def removal_cases(self, status: str = "") -> list[Any]:
        from desktop.services.removal_chain import cases

        return cases(self.context(), status or None)

    def review_removal_cases(self, case_ids: list[int], agree: bool, opinion: str, reviewer: str) -> int:
        from desktop.services.removal_chain import review_cases

        return review_cases(self.context(), case_ids, agree, opinion, reviewer)

    def approve_removal_cases(self, case_ids: list[int], approved: bool, leader: str, note: str) -> int:
        from desktop.services.removal_chain import approve

        return approve(self.context(), case_ids, approved, leader, note)

    def execute_removals(self, case_ids: list[int], removed_on: dt.date, batch_title: str) -> int:
        from desktop.services.removal_chain import remove

        return remove(self.context(), case_ids, removed_on, batch_title)

    def expiring_items(self, within_days: int) -> list[Any]:
        from desktop.services.removal_chain import expiring

        return expiring(self.context(), within_days=within_days)

    def listed_items(self, text: str) -> list[Any]:
        from desktop.services.ledger import query
        from desktop.services.removal_chain import ON_LIST

        found = [e for state in ON_LIST for e in query(self.context(), text=text, status=state.value).items]
        return sorted(found, key=lambda e: (e.subject_name, e.item_id))

    def repair_cases(self) -> list[Any]:
        from desktop.services.removal_chain import repairs

        return repairs(self.context())

    def apply_repair(self, item_id: int, applied_on: dt.date, reason: str) -> int:
        from desktop.services.removal_chain import apply_repair

        return apply_repair(self.context(), item_id, applied_on, reason)

    def decide_repair(self, repair_id: int, approved: bool, decided_by: str, reason: str) -> None:
        from desktop.services.removal_chain import decide_repair

        decide_repair(self.context(), repair_id, approved, decided_by, reason)

    def revoke_repair(self, repair_id: int, reason: str) -> None:
        from desktop.services.removal_chain import revoke_repair

        revoke_repair(self.context(), repair_id, reason)

    def objections(self, open_only: bool = False) -> list[Any]:
        from desktop.services.objections import objections

        return objections(self.context(), open_only=open_only)

    def register_objection(
        self, item_id: int, raised_on: dt.date, raised_by: str, content: str, channel: str
    ) -> int:
        from desktop.services.objections import register

        return register(self.context(), item_id, raised_on, raised_by, content, channel=channel)

    def start_objection_verification(self, objection_id: int, note: str) -> None:
        from desktop.services.objections import start_verification

        start_verification(self.context(), objection_id, note)

    def decide_objection(
        self, objection_id: int, decision: str, reason: str, decided_by: str, corrections: dict[str, str]
    ) -> None:
        from desktop.services.objections import decide
        from models.enums import ObjectionDecision

        decided = ObjectionDecision(decision)
        decide(self.context(), objection_id, decided, reason, decided_by, corrections=corrections)

    # -- ministry: weekly accidents ----------------------------------------------------------------

    def accident_return_due(self, week_monday: dt.date) -> dt.date:
        from desktop.services.accidents import return_due

        return return_due(self.context(), week_monday)

    def accident_week(self, week_monday: dt.date) -> list[Any]:
        from desktop.services.accidents import week_list

        return week_list(self.context(), week_monday)

    def accidents_overdue(self) -> list[Any]:
        from desktop.services.accidents import overdue

        return overdue(self.context())

    def enter_accident(self, values: dict[str, Any]) -> Any:
        from desktop.services.accidents import enter_accident

        return enter_accident(self.context(), values)

    def update_accident(self, accident_id: int, values: dict[str, Any]) -> Any:
        from desktop.services.accidents import update_accident

        return update_accident(self.context(), accident_id, values)

    def override_accident_grade(self, accident_id: int, grade: str, reason: str) -> Any:
        from desktop.services.accidents import override_grade

        return override_grade(self.context(), accident_id, grade or None, reason)

    def import_accidents(self, source: Path, progress: Any) -> Any:
        from desktop.services.accidents import import_week

        progress(0, 0, f"正在读取和检查 {source.name}…")
        result = import_week(self.context(), source)
        progress(1, 1, "导入完成")
        return result

    def route_accidents(self, week_monday: dt.date) -> Any:
        from desktop.services.accidents import route_week

        return route_week(self.context(), week_monday)

    def reassign_accident(self, accident_id: int, department_code: str, reason: str) -> Any:
        from desktop.services.accidents import reassign

        return reassign(self.context(), accident_id, department_code, reason)

    def verify_accidents(self, accident_ids: list[int], note: str, reviewer: str) -> list[Any]:
        from desktop.services.accidents import verify

        return verify(self.context(), accident_ids, note, reviewer)

    def sign_accidents(self, accident_ids: list[int], signer_name: str, signer_title: str) -> list[Any]:
        from desktop.services.accidents import sign_and_return

        return sign_and_return(self.context(), accident_ids, signer_name, signer_title)

    def link_accident_item(self, accident_id: int, item_id: int) -> Any:
        from desktop.services.accidents import link_item

        return link_item(self.context(), accident_id, item_id)

    def export_accidents(self, week_monday: dt.date, target: Path) -> int:
        from desktop.services.accidents import export_week

        return export_week(self.context(), week_monday, target)

    def close(self) -> None:
        if self._ctx is not None:
            self._ctx.close()
            self._ctx = None
