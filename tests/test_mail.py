"""Packages by e-mail (desktop/services/mail.py) against a real Dovecot IMAP server and SMTP sink.

The province sends its package by SMTP; the ministry fetches it from an IMAP mailbox, taking the
server's arrival time (INTERNALDATE) as the receipt time, or imports saved ``.eml`` files, taking
the newest ``Received:`` stamp; the same mail is never imported twice.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import json
import re
import time
from collections.abc import Sequence
from email.message import EmailMessage, Message
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.context import AppContext
from desktop.services import mail
from models.enums import ItemState, PackageStatus, ReceiptChannel
from models.listing import ListingItem
from models.packages import MailMessage, Package, PackageRevision, Receipt
from tests.mailserver import MailAccount, SmtpSink
from tests.pkiworld import World

PROVINCE_ADDRESS = "xxbs@yjt.shanxi.example"
MINISTRY_ADDRESS = "xybs@mem.example"
BEIJING = dt.timezone(dt.timedelta(hours=8))
MONTHS = {
    m: i
    for i, m in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}


# ----------------------------------------------------------------------------- helpers


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def parse(raw: bytes) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def p7m_parts(message: Message) -> list[Message]:
    return [part for part in message.walk() if part.get_content_type() == "application/pkcs7-mime"]


def with_header(raw: bytes, name: str, value: str) -> bytes:
    """``raw`` with every ``name:`` header replaced by one new line on top; all else byte-identical."""
    head, sep, body = raw.partition(b"\r\n\r\n")
    assert sep, "expected a CRLF message"
    key = name.lower().encode() + b":"
    lines = [line for line in re.split(rb"\r\n(?![ \t])", head) if not line.lower().startswith(key)]
    return b"\r\n".join([f"{name}: {value}".encode(), *lines]) + sep + body


def received_line(when: dt.datetime, by: str = "mx.mem.example") -> str:
    return (
        f"from smtp.shanxi.example (smtp.shanxi.example [198.51.100.7]) by {by} (Postfix) "
        f"with ESMTP id 4Q7ZkX; {email.utils.format_datetime(when)}"
    )


def package_mail(
    attachment: tuple[str, bytes] | None,
    *,
    message_id: str,
    date: dt.datetime,
    received: Sequence[dt.datetime] = (),
) -> bytes:
    """A mail as the province sends it; ``received`` stamps are listed newest first (as on the wire)."""
    message = EmailMessage()
    message["From"] = PROVINCE_ADDRESS
    message["To"] = MINISTRY_ADDRESS
    message["Subject"] = "失信行为信息报送包"
    message["Date"] = email.utils.format_datetime(date)
    message["Message-ID"] = message_id
    message.set_content("附件为报送包。")
    if attachment is not None:
        name, data = attachment
        message.add_attachment(data, maintype="application", subtype="pkcs7-mime", filename=name)
    raw = message.as_bytes(policy=email.policy.SMTP)
    for stamp in reversed(received):
        head, _sep, rest = raw.partition(b"\r\n")
        raw = f"Received: {received_line(stamp)}\r\n".encode() + head + b"\r\n" + rest
    return raw


def internaldates(account: MailAccount) -> dict[str, tuple[dt.datetime, str]]:
    """UID → (INTERNALDATE, its text) as the server reports it, parsed here without imaplib's helpers."""
    client = account.imap()
    try:
        status, data = client.uid("FETCH", "1:*", "(INTERNALDATE)")
    finally:
        client.logout()
    assert status == "OK"
    found: dict[str, tuple[dt.datetime, str]] = {}
    for line in data:
        assert isinstance(line, bytes)
        uid = re.search(rb"UID (\d+)", line)
        stamp = re.search(
            rb'INTERNALDATE "( ?\d{1,2})-(\w{3})-(\d{4}) (\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d)"', line
        )
        assert uid, line
        assert stamp, line
        day, month, year, hh, mm, ss, sign, oh, om = (g.decode() for g in stamp.groups())
        offset = dt.timedelta(hours=int(oh), minutes=int(om)) * (1 if sign == "+" else -1)
        when = dt.datetime(
            int(year), MONTHS[month], int(day), int(hh), int(mm), int(ss), tzinfo=dt.timezone(offset)
        )
        found[uid.group(1).decode()] = (when, stamp.group(0).decode())
    return found


def counts(ctx: AppContext) -> dict[str, int]:
    with ctx.uow() as uow:
        return {
            model.__tablename__: int(uow.session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (Package, PackageRevision, ListingItem, MailMessage, Receipt)
        }


def revisions(ctx: AppContext, unit: str = "P14") -> list[dict[str, Any]]:
    with ctx.uow() as uow:
        rows = uow.session.execute(
            select(PackageRevision, Package)
            .join(Package, PackageRevision.package_id == Package.id)
            .where(Package.reporting_unit_code == unit)
            .order_by(PackageRevision.revision)
        )
        return [
            {
                "revision": rev.revision,
                "period": pkg.period,
                "status": rev.status,
                "received_at": rev.received_at,
                "channel": rev.channel,
                "sha256": rev.file_sha256,
                "archive_path": rev.archive_path,
            }
            for rev, pkg in rows
        ]


def mail_rows(ctx: AppContext) -> list[dict[str, Any]]:
    with ctx.uow() as uow:
        return [
            {
                "message_id": m.message_id,
                "mailbox": m.mailbox,
                "server_uid": m.server_uid,
                "arrived_at": m.arrived_at,
                "result": m.result,
            }
            for m in uow.session.scalars(select(MailMessage).order_by(MailMessage.id))
        ]


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@pytest.fixture
def exported(world: World) -> Path:
    """P14's signed, encrypted package of the working period (3 items)."""
    world.fill("P14", 3)
    return world.export("P14").path


def send(world: World, path: Path, sink: SmtpSink) -> str:
    return mail.send_package(
        world.province("P14"),
        path,
        host=sink.host,
        port=sink.port,
        sender=PROVINCE_ADDRESS,
        recipient=MINISTRY_ADDRESS,
    )


def sent_mail(world: World, path: Path, sink: SmtpSink, date_days_earlier: int = 0) -> tuple[bytes, str]:
    """The package mailed through the SMTP sink; its Date header optionally moved days back."""
    message_id = send(world, path, sink)
    raw = sink.messages[-1].content
    if date_days_earlier:
        old = now_utc().astimezone(BEIJING) - dt.timedelta(days=date_days_earlier)
        raw = with_header(raw, "Date", email.utils.format_datetime(old.replace(microsecond=0)))
    return raw, message_id


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# ----------------------------------------------------------------------------- SMTP (province)


def test_province_sends_package_by_smtp(world: World, exported: Path, smtp_sink: SmtpSink) -> None:
    province = world.province("P14")
    message_id = send(world, exported, smtp_sink)

    assert len(smtp_sink.messages) == 1
    sunk = smtp_sink.messages[0]
    assert sunk.mail_from == PROVINCE_ADDRESS
    assert sunk.rcpt_tos == [MINISTRY_ADDRESS]
    message = parse(sunk.content)
    assert message["Message-ID"] == message_id
    assert message_id.endswith("@yjt.shanxi.example>")
    parts = p7m_parts(message)
    assert len(parts) == 1
    assert parts[0].get_filename() == exported.name
    assert parts[0].get_payload(decode=True) == exported.read_bytes()

    [rev] = revisions(province)
    assert rev["sha256"] == sha256(exported.read_bytes())
    assert rev["status"] is PackageStatus.SENT
    with province.uow() as uow:
        states = list(
            uow.session.scalars(
                select(ListingItem.state).where(
                    ListingItem.reporting_unit_code == "P14", ListingItem.period == rev["period"]
                )
            )
        )
    assert len(states) == 3
    assert set(states) == {ItemState.SUBMITTED}


def test_send_refuses_a_package_not_exported_here_before_sending(world: World, smtp_sink: SmtpSink) -> None:
    """A province cannot mail another unit's file: refused before anything leaves the machine."""
    world.fill("C14", 2)
    foreign = world.export("C14").path
    with pytest.raises(mail.MailError, match="不是本机导出的报送包"):
        send(world, foreign, smtp_sink)
    assert smtp_sink.messages == []


def test_send_to_an_unreachable_server_says_so(world: World, exported: Path) -> None:
    from tests.mailserver import free_port

    with pytest.raises(mail.MailError, match="发送邮件失败"):
        mail.send_package(
            world.province("P14"),
            exported,
            host="127.0.0.1",
            port=free_port(),
            sender=PROVINCE_ADDRESS,
            recipient=MINISTRY_ADDRESS,
        )
    [rev] = revisions(world.province("P14"))
    assert rev["status"] is PackageStatus.EXPORTED


# ----------------------------------------------------------------------------- IMAP (ministry)


def test_imap_intake_takes_the_servers_arrival_time(
    world: World, exported: Path, smtp_sink: SmtpSink, imap_account: MailAccount
) -> None:
    raw, message_id = sent_mail(world, exported, smtp_sink, date_days_earlier=5)
    header_date = parse(raw)["Date"].datetime
    before = now_utc().replace(microsecond=0)
    imap_account.deliver(raw)
    after = now_utc()
    [(uid, (internal, internal_text))] = internaldates(imap_account).items()
    assert internal_text.endswith('+0800"')  # the server's own zone: the app must convert it
    assert before <= internal <= after  # dovecot-lda stamped the delivery time

    fetch_started = now_utc()
    results = mail.fetch_imap(
        world.ministry,
        imap_account.host,
        imap_account.port,
        imap_account.user,
        imap_account.password,
        use_ssl=False,
    )

    assert [r.status for r in results] == ["imported"], [r.message for r in results]
    result = results[0]
    assert result.unit_code == "P14"
    assert result.imported == 3
    assert result.received_at == internal
    assert result.inspection.file_name == exported.name
    [rev] = revisions(world.ministry)
    assert rev["received_at"] == internal  # to the second: INTERNALDATE has no fraction
    assert rev["received_at"] <= fetch_started  # not the moment of fetching
    assert rev["received_at"] - header_date > dt.timedelta(days=4)  # not the sender's Date header
    assert rev["channel"] is ReceiptChannel.IMAP
    assert rev["status"] is PackageStatus.RECEIVED
    assert rev["sha256"] == sha256(exported.read_bytes())
    assert Path(rev["archive_path"]).read_bytes() == exported.read_bytes()
    [row] = mail_rows(world.ministry)
    assert row["message_id"] == message_id
    assert row["mailbox"] == "INBOX"
    assert row["server_uid"] == uid
    assert row["arrived_at"] == internal
    assert "imported" in row["result"]
    assert result.receipt is not None
    assert result.receipt.is_file()


def test_imap_same_message_is_never_imported_twice(
    world: World, exported: Path, smtp_sink: SmtpSink, imap_account: MailAccount
) -> None:
    raw, message_id = sent_mail(world, exported, smtp_sink)
    imap_account.deliver(raw)

    def fetch() -> list[mail.IntakeResult]:
        return mail.fetch_imap(
            world.ministry,
            imap_account.host,
            imap_account.port,
            imap_account.user,
            imap_account.password,
            use_ssl=False,
        )

    assert [r.status for r in fetch()] == ["imported"]
    imported = counts(world.ministry)
    first = revisions(world.ministry)

    again = fetch()  # the message is still in the mailbox
    assert all(r.status == "duplicate" for r in again), [r.message for r in again]
    assert counts(world.ministry) == imported

    imap_account.deliver(raw)  # the same mail delivered a second time (same Message-ID)
    assert len(internaldates(imap_account)) == 2
    third = fetch()
    assert "imported" not in [r.status for r in third]
    assert [r.status for r in third].count("duplicate") >= 1
    assert any(message_id in r.message for r in third)
    assert counts(world.ministry) == imported
    assert revisions(world.ministry) == first  # receipt time still the first arrival
    assert [m["message_id"] for m in mail_rows(world.ministry)] == [message_id]

    # A new mail (new Message-ID) with the same package: still the same package, not imported.
    imap_account.deliver(with_header(raw, "Message-ID", "<resent-1@yjt.shanxi.example>"))
    fourth = fetch()
    assert "imported" not in [r.status for r in fourth]
    assert [r.status for r in fourth].count("duplicate") == 3
    assert counts(world.ministry) == {**imported, "mail_message": imported["mail_message"] + 1}
    assert revisions(world.ministry) == first


def test_imap_wrong_password_is_refused(world: World, imap_account: MailAccount) -> None:
    with pytest.raises(mail.MailError, match="邮箱登录失败"):
        mail.fetch_imap(
            world.ministry,
            imap_account.host,
            imap_account.port,
            imap_account.user,
            "wrong",
            use_ssl=False,
        )


def test_imap_empty_mailbox_imports_nothing(world: World, imap_account: MailAccount) -> None:
    before = counts(world.ministry)
    assert (
        mail.fetch_imap(
            world.ministry,
            imap_account.host,
            imap_account.port,
            imap_account.user,
            imap_account.password,
            use_ssl=False,
        )
        == []
    )
    assert counts(world.ministry) == before


# ----------------------------------------------------------------------------- saved .eml files


def test_eml_import_takes_the_newest_received_stamp(world: World, exported: Path, tmp_path: Path) -> None:
    # The ministry's server stamped it at 09:15:02 Beijing time today (the newest Received line);
    # the province's own server stamped it earlier; the Date header is three days older still.
    ministry_stamp = now_utc().astimezone(BEIJING).replace(microsecond=0)
    province_stamp = ministry_stamp - dt.timedelta(minutes=7)
    raw = package_mail(
        (exported.name, exported.read_bytes()),
        message_id="<eml-1@yjt.shanxi.example>",
        date=ministry_stamp - dt.timedelta(days=3),
        received=[ministry_stamp, province_stamp],
    )
    eml = tmp_path / "inbox" / "报送包.eml"
    eml.parent.mkdir()
    eml.write_bytes(raw)

    [result] = mail.import_paths(world.ministry, [eml])
    assert result.status == "imported", result.message
    assert result.received_at == ministry_stamp
    [rev] = revisions(world.ministry)
    assert rev["received_at"] == ministry_stamp
    assert rev["channel"] is ReceiptChannel.EMAIL_FILE
    [row] = mail_rows(world.ministry)
    assert row["message_id"] == "<eml-1@yjt.shanxi.example>"
    assert row["arrived_at"] == ministry_stamp
    imported = counts(world.ministry)

    [again] = mail.import_paths(world.ministry, [eml])
    assert again.status == "duplicate"
    assert "<eml-1@yjt.shanxi.example>" in again.message
    assert "未重复导入" in again.message
    assert counts(world.ministry) == imported


def test_folder_with_p7m_and_eml_imports_both(world: World, exported: Path, tmp_path: Path) -> None:
    world.fill("C14", 2)
    other = world.export("C14").path
    stamp = now_utc().replace(microsecond=0)
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / other.name).write_bytes(other.read_bytes())
    (folder / "mail.eml").write_bytes(
        package_mail(
            (exported.name, exported.read_bytes()),
            message_id="<eml-2@yjt.shanxi.example>",
            date=stamp,
            received=[stamp],
        )
    )
    (folder / "readme.txt").write_text("不是报送包")

    results = mail.import_paths(world.ministry, [folder])
    assert sorted((r.unit_code, r.status) for r in results) == [("C14", "imported"), ("P14", "imported")]
    assert revisions(world.ministry, "P14")[0]["channel"] is ReceiptChannel.EMAIL_FILE
    assert revisions(world.ministry, "P14")[0]["received_at"] == stamp
    assert revisions(world.ministry, "C14")[0]["channel"] is ReceiptChannel.DISK


def test_eml_without_attachment_is_refused(world: World, tmp_path: Path) -> None:
    stamp = now_utc().replace(microsecond=0)
    eml = tmp_path / "note.eml"
    eml.write_bytes(package_mail(None, message_id="<note@x.example>", date=stamp, received=[stamp]))
    [result] = mail.import_paths(world.ministry, [eml])
    assert result.status == "refused"
    assert "没有报送包附件" in result.message
    assert "失信行为信息报送包" in result.message  # names the mail by its subject
    assert counts(world.ministry)["package_revision"] == 0


def test_eml_without_received_stamp_is_refused(world: World, exported: Path, tmp_path: Path) -> None:
    """A mail saved from the sender's side has no arrival time at the ministry: not guessed."""
    eml = tmp_path / "sent.eml"
    eml.write_bytes(
        package_mail(
            (exported.name, exported.read_bytes()),
            message_id="<sent@yjt.shanxi.example>",
            date=now_utc(),
        )
    )
    [result] = mail.import_paths(world.ministry, [eml])
    assert result.status == "refused"
    assert "Received" in result.message
    assert "接收时间" in result.message
    assert counts(world.ministry)["package_revision"] == 0


def test_eml_missing_file_is_refused(world: World, tmp_path: Path) -> None:
    with pytest.raises(mail.MailError, match="找不到"):
        mail.import_paths(world.ministry, [tmp_path / "nowhere.eml"])


def test_arrival_time_skips_unparsable_stamps() -> None:
    stamp = dt.datetime(2026, 11, 20, 9, 15, 2, tzinfo=BEIJING)
    message = parse(
        b"Received: from a by b; not a date\r\n"
        + f"Received: {received_line(stamp)}\r\n".encode()
        + b"Subject: x\r\n\r\nbody\r\n"
    )
    assert mail.arrival_time(message) == stamp
    assert mail.arrival_time(parse(b"Subject: x\r\n\r\nbody\r\n")) is None


# ----------------------------------------------------------------------------- CLI


def test_cli_fetch(
    world: World,
    exported: Path,
    smtp_sink: SmtpSink,
    imap_account: MailAccount,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    raw, _message_id = sent_mail(world, exported, smtp_sink)
    imap_account.deliver(raw)
    [(internal, _text)] = internaldates(imap_account).values()
    secret = tmp_path / "imap-password"
    secret.write_text(imap_account.password + "\n")
    ministry_home = world.root / "ministry"
    argv = [
        "--home",
        str(ministry_home),
        "package",
        "fetch",
        "--host",
        imap_account.host,
        "--port",
        str(imap_account.port),
        "--user",
        imap_account.user,
        "--password-file",
        str(secret),
        "--no-ssl",
    ]

    code, out, _err = run_cli(capsys, *argv, "--json")
    assert code == 0
    [result] = json.loads(out)["results"]
    assert result["status"] == "imported"
    assert result["unit"] == "P14"
    assert dt.datetime.fromisoformat(result["received_at"]) == internal

    code, out, _err = run_cli(capsys, *argv)  # plain text, second time: recognised
    assert code == 0
    assert "[重复]" in out
    assert counts(world.ministry)["package_revision"] == 1

    secret.write_text("wrong-password\n")
    code, out, _err = run_cli(capsys, *argv, "--json")
    assert code == 1
    assert "邮箱登录失败" in json.loads(out)["error"]
    code, _out, err = run_cli(capsys, *argv)
    assert code == 1
    assert "错误：邮箱登录失败" in err


def test_cli_import_eml(
    world: World, exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stamp = now_utc().replace(microsecond=0)
    eml = tmp_path / "mail.eml"
    eml.write_bytes(
        package_mail(
            (exported.name, exported.read_bytes()),
            message_id="<cli@yjt.shanxi.example>",
            date=stamp,
            received=[stamp],
        )
    )
    home = str(world.root / "ministry")
    code, out, _err = run_cli(capsys, "--home", home, "package", "import", str(eml), "--json")
    assert code == 0
    [result] = json.loads(out)["results"]
    assert result["status"] == "imported"
    assert dt.datetime.fromisoformat(result["received_at"]) == stamp
    code, out, _err = run_cli(capsys, "--home", home, "package", "import", str(eml))
    assert code == 0
    assert "[重复]" in out


def test_cli_province_send(
    world: World, exported: Path, smtp_sink: SmtpSink, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(
        capsys,
        "--home",
        str(world.root / "P14"),
        "package",
        "send",
        str(exported),
        "--smtp-host",
        smtp_sink.host,
        "--smtp-port",
        str(smtp_sink.port),
        "--from",
        PROVINCE_ADDRESS,
        "--to",
        MINISTRY_ADDRESS,
    )
    assert code == 0, err
    assert f"已发送 {exported.name}" in out
    [sunk] = smtp_sink.messages
    [part] = p7m_parts(parse(sunk.content))
    assert part.get_payload(decode=True) == exported.read_bytes()
    assert revisions(world.province("P14"))[0]["status"] is PackageStatus.SENT


# ----------------------------------------------------------------------------- edge cases


def test_long_message_id_does_not_jam_the_mailbox(
    world: World, exported: Path, imap_account: MailAccount
) -> None:
    """mail_message.message_id holds 300 characters; a longer Message-ID must still be recognised.

    Otherwise the second fetch of that mail tries to store it again and fails, and so does every
    fetch after it: the mailbox can no longer be read at all.
    """
    stamp = now_utc().replace(microsecond=0)
    message_id = f"<{'x' * 310}@yjt.shanxi.example>"
    imap_account.deliver(
        package_mail((exported.name, exported.read_bytes()), message_id=message_id, date=stamp)
    )

    def fetch() -> list[mail.IntakeResult]:
        return mail.fetch_imap(
            world.ministry,
            imap_account.host,
            imap_account.port,
            imap_account.user,
            imap_account.password,
            use_ssl=False,
        )

    assert [r.status for r in fetch()] == ["imported"]
    assert [r.status for r in fetch()] == ["duplicate"]


def test_a_refused_mail_can_be_imported_once_the_problem_is_fixed(
    world: World, exported: Path, tmp_path: Path
) -> None:
    """The refusal says the mail lacks the ministry server's Received stamp; the operator then
    saves the same mail from the ministry's server (same Message-ID, now stamped): it must import,
    not be called a duplicate of a mail that imported nothing."""
    data = (exported.name, exported.read_bytes())
    stamp = now_utc().replace(microsecond=0)
    unstamped = tmp_path / "from-province.eml"
    unstamped.write_bytes(package_mail(data, message_id="<retry@yjt.shanxi.example>", date=stamp))
    [refused] = mail.import_paths(world.ministry, [unstamped])
    assert refused.status == "refused"

    stamped = tmp_path / "from-server.eml"
    stamped.write_bytes(
        package_mail(data, message_id="<retry@yjt.shanxi.example>", date=stamp, received=[stamp])
    )
    [result] = mail.import_paths(world.ministry, [stamped])
    assert result.status == "imported", result.message
    assert counts(world.ministry)["package_revision"] == 1


def test_two_revisions_under_the_same_attachment_name_keep_both_archives(
    world: World, smtp_sink: SmtpSink, imap_account: MailAccount
) -> None:
    """The archived .p7m is the evidence of what arrived; a later file must not overwrite it."""
    world.fill("P14", 2)
    first = world.export("P14").path.read_bytes()
    world.fill("P14", 1, seed=2)
    second = world.export("P14").path.read_bytes()
    for n, data in enumerate((first, second), 1):
        stamp = now_utc().replace(microsecond=0)
        imap_account.deliver(package_mail(("报送包.p7m", data), message_id=f"<rev{n}@x.example>", date=stamp))
    results = mail.fetch_imap(
        world.ministry,
        imap_account.host,
        imap_account.port,
        imap_account.user,
        imap_account.password,
        use_ssl=False,
    )
    assert [(r.status, r.revision) for r in results] == [("imported", 1), ("imported", 2)]
    revs = revisions(world.ministry)
    assert [r["status"] for r in revs] == [PackageStatus.SUPERSEDED, PackageStatus.RECEIVED]
    for rev in revs:
        assert sha256(Path(rev["archive_path"]).read_bytes()) == rev["sha256"], rev


def test_each_imap_message_keeps_its_own_server_stamp(
    world: World, exported: Path, imap_account: MailAccount
) -> None:
    """Delivered twice a second apart: each message keeps its own server stamp."""
    data = exported.read_bytes()
    stamp = now_utc()
    imap_account.deliver(package_mail(("a.p7m", data), message_id="<tz-1@x.example>", date=stamp))
    time.sleep(1.05)
    imap_account.deliver(package_mail(None, message_id="<tz-2@x.example>", date=stamp))
    dates = internaldates(imap_account)
    mail.fetch_imap(
        world.ministry,
        imap_account.host,
        imap_account.port,
        imap_account.user,
        imap_account.password,
        use_ssl=False,
    )
    rows = {m["server_uid"]: m["arrived_at"] for m in mail_rows(world.ministry)}
    assert rows == {uid: when for uid, (when, _text) in dates.items()}
    assert rows["2"] > rows["1"]
