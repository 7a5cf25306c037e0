"""Packages by e-mail: ``.eml`` files, an IMAP mailbox (ministry), SMTP sending (province).

The receipt time of a mailed package is the ministry mail server's arrival time — IMAP
INTERNALDATE, or for a saved ``.eml`` the newest ``Received:`` stamp — never the sender's clock.
Each message is processed once: its Message-ID is remembered, so fetching or importing the same
mail again is a no-op that says so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import imaplib
import smtplib
import time
from email.message import EmailMessage, Message
from pathlib import Path

from sqlalchemy import select

from desktop.context import AppContext
from desktop.services import audit
from desktop.services.package_intake import CheckResult, Inspection, IntakeResult, import_package
from desktop.services.workflow import move
from models.enums import ItemState, PackageStatus, ReceiptChannel
from models.errors import UserError
from models.listing import ListingItem
from models.packages import MailMessage, Package, PackageRevision

P7M_TYPES = {"application/pkcs7-mime", "application/x-pkcs7-mime"}


class MailError(UserError):
    pass


def import_paths(ctx: AppContext, paths: list[Path]) -> list[IntakeResult]:
    """Files, folders (every ``*.p7m`` and ``*.eml`` inside) or saved e-mails, in name order."""
    results: list[IntakeResult] = []
    for path in paths:
        if not path.exists():
            raise MailError(f"找不到 {path}。")
        files = (
            sorted(p for p in path.rglob("*") if p.suffix.lower() in (".p7m", ".eml"))
            if path.is_dir()
            else [path]
        )
        for file in files:
            data = file.read_bytes()
            if file.suffix.lower() == ".eml":
                results.extend(import_message(ctx, data, file.name, channel=ReceiptChannel.EMAIL_FILE))
            else:
                results.append(import_package(ctx, data, file.name))
    return results


def attachments(message: Message) -> list[tuple[str, bytes]]:
    found = []
    for part in message.walk():
        name = part.get_filename() or ""
        if part.get_content_type() in P7M_TYPES or name.lower().endswith(".p7m"):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                found.append((Path(name).name or "package.p7m", payload))
    return found


def arrival_time(message: Message) -> dt.datetime | None:
    """The newest ``Received:`` stamp: when the ministry's own mail server took the message."""
    for header in message.get_all("Received", []):
        stamp = str(header).rsplit(";", 1)[-1].strip()
        try:
            when = email.utils.parsedate_to_datetime(stamp)
        except (TypeError, ValueError):
            continue
        if when is not None and when.tzinfo is not None:
            return when.astimezone(dt.UTC)
    return None


def _message_key(message_id: str, raw: bytes) -> str:
    """The key a message is remembered by: its Message-ID, or a hash when it is missing or too long."""
    if not message_id:
        return f"<sha256:{hashlib.sha256(raw).hexdigest()}>"
    if len(message_id) > 300:
        return f"<sha256:{hashlib.sha256(message_id.encode('utf-8')).hexdigest()}>"
    return message_id


def _note(name: str, status: str, message: str, raw: bytes) -> IntakeResult:
    inspection = Inspection(name, hashlib.sha256(raw).hexdigest())
    inspection.checks.append(CheckResult("read", "读取邮件", status != "refused", message))
    return IntakeResult(status, message, inspection)


def import_message(
    ctx: AppContext,
    raw: bytes,
    name: str,
    *,
    channel: ReceiptChannel,
    arrived_at: dt.datetime | None = None,
    mailbox: str = "",
    server_uid: str = "",
) -> list[IntakeResult]:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    message_id = _message_key(str(message.get("Message-ID") or "").strip(), raw)
    with ctx.uow() as uow:
        seen = uow.session.scalar(select(MailMessage).where(MailMessage.message_id == message_id))
    if seen is not None:
        when = f"{seen.processed_at:%Y-%m-%d %H:%M}" if seen.processed_at else ""
        return [_note(name, "duplicate", f"该邮件（{message_id}）已于 {when} 处理过，本次未重复导入。", raw)]
    received = arrived_at or arrival_time(message)
    results: list[IntakeResult] = []
    files = attachments(message)
    if not files:
        results.append(
            _note(name, "refused", f"邮件“{message.get('Subject', '')}”中没有报送包附件（.p7m）。", raw)
        )
    elif received is None:
        results.append(
            _note(
                name,
                "refused",
                "邮件中没有本机邮件服务器的接收时间（Received 标记），无法确定接收时间，未导入。",
                raw,
            )
        )
    else:
        for file_name, data in files:
            results.append(import_package(ctx, data, file_name, received_at=received, channel=channel))
    if files and any(r.status == "refused" for r in results):
        # Not remembered: once the cause is fixed (certificate registered, a stamped copy), the
        # same message can be imported. Mail without any package is remembered and not re-read.
        return results
    with ctx.uow() as uow:
        uow.session.add(
            MailMessage(
                message_id=message_id,
                mailbox=mailbox,
                server_uid=server_uid,
                arrived_at=received,
                result="；".join(f"{r.inspection.file_name}：{r.status}" for r in results)[:4000],
            )
        )
        uow.commit()
    return results


def fetch_imap(
    ctx: AppContext,
    host: str,
    port: int,
    user: str,
    password: str,
    *,
    mailbox: str = "INBOX",
    use_ssl: bool = True,
) -> list[IntakeResult]:
    """Every message in the mailbox not processed before; arrival time = the server's INTERNALDATE."""
    client_cls = imaplib.IMAP4_SSL if use_ssl else imaplib.IMAP4
    try:
        client = client_cls(host, port, timeout=30)
    except OSError as exc:
        raise MailError(f"无法连接邮件服务器 {host}:{port}：{exc}") from exc
    results: list[IntakeResult] = []
    try:
        try:
            client.login(user, password)
        except imaplib.IMAP4.error as exc:
            raise MailError(f"邮箱登录失败（{user}）：{exc}") from exc
        status, _ = client.select(mailbox)
        if status != "OK":
            raise MailError(f"邮箱中没有文件夹“{mailbox}”。")
        _status, found = client.uid("SEARCH", "ALL")
        for uid in found[0].split():
            _status, parts = client.uid("FETCH", uid, "(INTERNALDATE BODY.PEEK[])")
            meta, raw = parts[0] if isinstance(parts[0], tuple) else (b"", b"")
            stamp = imaplib.Internaldate2tuple(meta)
            arrived = dt.datetime.fromtimestamp(time.mktime(stamp), dt.UTC) if stamp else None
            results.extend(
                import_message(
                    ctx,
                    raw,
                    f"{mailbox}#{uid.decode()}",
                    channel=ReceiptChannel.IMAP,
                    arrived_at=arrived,
                    mailbox=mailbox,
                    server_uid=uid.decode(),
                )
            )
            client.uid("STORE", uid, "+FLAGS", "(\\Seen)")
    finally:
        with contextlib.suppress(imaplib.IMAP4.error, OSError):
            client.logout()
    return results


def send_package(
    ctx: AppContext,
    package_path: Path,
    *,
    host: str,
    port: int,
    sender: str,
    recipient: str,
    user: str | None = None,
    password: str | None = None,
    starttls: bool = False,
) -> str:
    """Send a package as an attachment; returns the Message-ID."""
    _exported_revision(ctx, package_path)  # refuse before anything leaves the machine
    message = EmailMessage()
    message["From"] = sender
    message["To"] = recipient
    message["Subject"] = f"失信行为信息报送包 {package_path.name}"
    message["Date"] = email.utils.formatdate(localtime=True)
    message["Message-ID"] = email.utils.make_msgid(domain=sender.rsplit("@", 1)[-1] or "creditledger.local")
    message.set_content(f"附件为 {package_path.name}（已签名并加密，仅应急管理部办公厅可解密）。")
    message.add_attachment(
        package_path.read_bytes(), maintype="application", subtype="pkcs7-mime", filename=package_path.name
    )
    try:
        with smtplib.SMTP(host, port, timeout=30) as smtp:
            if starttls:
                smtp.starttls()
            if user and password:
                smtp.login(user, password)
            smtp.send_message(message)
    except (OSError, smtplib.SMTPException) as exc:
        raise MailError(f"发送邮件失败（{host}:{port}）：{exc}") from exc
    mark_sent(ctx, package_path, f"电子邮件发送至 {recipient}，{message['Message-ID']}")
    return str(message["Message-ID"])


def _exported_revision(ctx: AppContext, package_path: Path) -> int:
    digest = hashlib.sha256(package_path.read_bytes()).hexdigest()
    with ctx.uow() as uow:
        rev = uow.session.scalar(select(PackageRevision.id).where(PackageRevision.file_sha256 == digest))
    if rev is None:
        raise MailError(f"{package_path.name} 不是本机导出的报送包，未发送。")
    return rev


def mark_sent(ctx: AppContext, package_path: Path, how: str) -> None:
    """The revision went out: its items are now submitted (报送)."""
    revision_id = _exported_revision(ctx, package_path)
    with ctx.uow() as uow:
        session = uow.session
        rev = session.get(PackageRevision, revision_id)
        assert rev is not None
        rev.status = PackageStatus.SENT
        package = session.get(Package, rev.package_id)
        assert package is not None
        items = session.scalars(
            select(ListingItem).where(
                ListingItem.reporting_unit_code == package.reporting_unit_code,
                ListingItem.period == package.period,
                ListingItem.state == ItemState.SIGNED,
            )
        )
        for item in items:
            move(
                session,
                item,
                ItemState.SUBMITTED,
                actor=ctx.actor,
                actor_unit=package.reporting_unit_code,
                reason=how,
                revision_id=rev.id,
            )
        audit.record(session, ctx.actor, "package_sent", "package_revision", rev.id, {"how": how})
        uow.commit()
