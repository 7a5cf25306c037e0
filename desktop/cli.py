"""The ``creditledger`` command (SPEC §3). With no command it starts the GUI.

Exit status: 0 success, 1 input refused (the message says why), 2 usage error. ``--json`` makes
a command print exactly one JSON object. Heavy modules are imported inside the command that
needs them, so that starting the GUI imports only Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import __version__

if TYPE_CHECKING:
    import argparse

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


class Refused(Exception):
    """Input the command refuses; the message (Chinese) is shown as it is."""


def build_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="creditledger",
        description="诚信台账：安全生产失信行为信息报送与台账管理。不带命令时启动图形界面。",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--home", help="数据目录（默认：用户应用数据目录；环境变量 CREDITLEDGER_HOME）")
    parser.add_argument("--db", help="数据库 URL（任意 SQLAlchemy URL；默认数据目录中的 SQLite 文件）")
    parser.add_argument("--passphrase-file", help="无系统密钥环时，从此文件读取数据密钥口令")
    parser.add_argument(
        "--smoke-test", action="store_true", help="启动图形界面，主窗口绘制完成后打印启动毫秒数并退出"
    )
    sub = parser.add_subparsers(dest="command", metavar="命令")

    p = sub.add_parser("units", help="列出报送单位")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("init", help="初始化数据目录（无界面的首次设置）")
    p.add_argument("--edition", required=True, choices=["provincial", "ministry"])
    p.add_argument("--unit", required=True, help="本单位代码，见 creditledger units")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("xlsx-template", help="生成附件1导入模板")
    p.add_argument("out", type=Path)

    p = sub.add_parser("import-xlsx", help="导入填好的附件1表格")
    p.add_argument("file", type=Path)
    p.add_argument("--report", type=Path, help="错误报告输出路径（默认写入数据目录 reports/）")
    p.add_argument("--unit", help="代为导入的单位代码（默认本单位）")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("demo", help="在空目录中生成完整的演示数据")
    p.add_argument("dir", type=Path)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("calendar", help="工作日历：查看某年状态、录入放假或调休")
    csub = p.add_subparsers(dest="calendar_command", metavar="子命令", required=True)
    c = csub.add_parser("status", help="某年节假日数据是否齐全")
    c.add_argument("year", type=int)
    c.add_argument("--json", action="store_true")
    c = csub.add_parser("set", help="把某天设为工作日或休息日")
    c.add_argument("day")
    c.add_argument("kind", choices=["workday", "holiday"])
    c.add_argument("--note", default="")
    c = csub.add_parser("confirm-year", help="确认某年的放假与调休安排已全部录入")
    c.add_argument("year", type=int)

    p = sub.add_parser("pki", help="证书与密钥：建立总局根证书、申请/签发/安装证书、吊销、轮换、备份")
    psub = p.add_subparsers(dest="pki_command", metavar="子命令", required=True)
    c = psub.add_parser("init-ministry", help="（总局版）建立根证书、加密证书和回执签名证书")
    c.add_argument("--json", action="store_true")
    c = psub.add_parser("request", help="（省级版）生成本单位签名密钥和证书申请文件")
    c.add_argument("--out", type=Path, help="证书申请文件（默认数据目录 pki/<单位>-request.csr）")
    c = psub.add_parser("issue", help="（总局版）根据申请文件签发单位证书并登记")
    c.add_argument("request", type=Path)
    c.add_argument("--unit", required=True)
    c.add_argument("--out", type=Path, required=True, help="证书包输出路径（交给该单位安装）")
    c.add_argument("--json", action="store_true")
    c = psub.add_parser("install", help="（省级版）安装总局签发的证书包")
    c.add_argument("bundle", type=Path)
    c.add_argument("--replace-root", action="store_true", help="总局更换根证书时使用（须电话核对指纹）")
    c.add_argument("--json", action="store_true")
    c = psub.add_parser("trust-bundle", help="（总局版）导出信任证书包（轮换证书后分发给各单位安装）")
    c.add_argument("out", type=Path)
    c = psub.add_parser("install-crl", help="安装总局发布的证书吊销列表")
    c.add_argument("crl", type=Path)
    c = psub.add_parser("revoke", help="（总局版）吊销证书并发布新的吊销列表")
    c.add_argument("fingerprint", help="证书 SHA-256 指纹（至少前8位）")
    c.add_argument(
        "--reason",
        default="unspecified",
        help="key_compromise|superseded|cessation_of_operation|affiliation_changed|unspecified",
    )
    c = psub.add_parser("rotate", help="（总局版）轮换加密或回执签名证书；旧私钥保留以打开旧报送包")
    c.add_argument("purpose", choices=["encryption", "signing"])
    c = psub.add_parser("list", help="证书登记表")
    c.add_argument("--json", action="store_true")
    c = psub.add_parser("backup", help="备份本机全部私钥")
    c.add_argument("out", type=Path)
    c.add_argument("--backup-passphrase-file", type=Path, required=True)
    c = psub.add_parser("restore", help="从备份恢复私钥")
    c.add_argument("backup", type=Path)
    c.add_argument("--backup-passphrase-file", type=Path, required=True)

    p = sub.add_parser("package", help="月度报送包：导出（省级版）、检查和接收（总局版）")
    ksub = p.add_subparsers(dest="package_command", metavar="子命令", required=True)
    c = ksub.add_parser("export", help="（省级版）审签并导出签名加密的报送包")
    c.add_argument("--period", required=True, help="报送期 YYYY-MM")
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--signer-name", required=True)
    c.add_argument("--signer-title", required=True)
    c.add_argument("--signer-role", default="主要负责人", choices=["主要负责人", "主持工作的负责人"])
    c.add_argument("--accept-warnings", action="store_true", help="确认校验提醒后仍然导出")
    c.add_argument("--json", action="store_true")
    c = ksub.add_parser("inspect", help="（总局版）解密并验证报送包，不导入")
    c.add_argument("file", type=Path)
    c.add_argument("--json", action="store_true")
    c = ksub.add_parser("import", help="（总局版）接收报送包：文件、文件夹或 .eml 邮件")
    c.add_argument("paths", type=Path, nargs="+")
    c.add_argument("--json", action="store_true")

    c = ksub.add_parser(
        "fetch", help="（总局版）从 IMAP 邮箱收取报送包（以邮件服务器接收时间为准，同一邮件不重复导入）"
    )
    c.add_argument("--host", required=True)
    c.add_argument("--port", type=int, default=993)
    c.add_argument("--user", required=True)
    c.add_argument("--password-file", type=Path, required=True)
    c.add_argument("--mailbox", default="INBOX")
    c.add_argument("--no-ssl", action="store_true", help="不加密连接（仅限本机或内网测试）")
    c.add_argument("--json", action="store_true")
    c = ksub.add_parser("send", help="（省级版）通过 SMTP 发送报送包")
    c.add_argument("file", type=Path)
    c.add_argument("--smtp-host", required=True)
    c.add_argument("--smtp-port", type=int, default=25)
    c.add_argument("--from", dest="sender", required=True)
    c.add_argument("--to", dest="recipient", required=True)
    c.add_argument("--user")
    c.add_argument("--password-file", type=Path)
    c.add_argument("--starttls", action="store_true")
    c = ksub.add_parser("mark-sent", help="（省级版）报送包已通过存储介质送达时登记为已报送")
    c.add_argument("file", type=Path)

    p = sub.add_parser("receipt", help="回执")
    rsub = p.add_subparsers(dest="receipt_command", metavar="子命令", required=True)
    c = rsub.add_parser("import", help="（省级版）导入总局回执，更新各条目状态")
    c.add_argument("file", type=Path)
    c.add_argument("--json", action="store_true")

    from desktop import cli_accidents, cli_ministry

    cli_ministry.add_parsers(sub)
    cli_accidents.add_parser(sub)

    p = sub.add_parser("audit", help="审计日志")
    asub = p.add_subparsers(dest="audit_command", metavar="子命令", required=True)
    a = asub.add_parser("verify", help="校验审计日志链是否完整")
    a.add_argument("--json", action="store_true")
    return parser


def _gui_start_options(argv: Sequence[str]) -> dict[str, Any] | None:
    """The options of a plain GUI start (``[--home D] [--db U] [--smoke-test]``), or None.

    Starting the GUI is the one path where milliseconds count (bench/startup.py), so it does
    not pay for building the full argparse tree; anything else goes through argparse.
    """
    options: dict[str, Any] = {"home": None, "db_url": None, "smoke_test": False}
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--smoke-test":
            options["smoke_test"] = True
        elif arg in ("--home", "--db") and rest and not rest[0].startswith("-"):
            options["home" if arg == "--home" else "db_url"] = rest.pop(0)
        elif arg.startswith(("--home=", "--db=")):
            key, value = arg[2:].split("=", 1)
            options["home" if key == "home" else "db_url"] = value
        else:
            return None
    return options


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    gui = _gui_start_options(argv)
    if gui is not None:
        from desktop.app import run_gui

        return run_gui(**gui)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from desktop.app import run_gui

        return run_gui(home=args.home, db_url=args.db, smoke_test=args.smoke_test)
    handler = COMMANDS[args.command]
    try:
        return handler(args)
    except Refused as exc:
        return _fail(args, str(exc))
    except Exception as exc:
        message = _known_error(exc)
        if message is None:
            raise
        return _fail(args, message)


def _fail(args: argparse.Namespace, message: str) -> int:
    if getattr(args, "json", False):
        _print_json({"error": message})
    else:
        print(f"错误：{message}", file=sys.stderr)
    return EXIT_REFUSED


def _known_error(exc: Exception) -> str | None:
    """User errors and file-system problems become messages; anything else is a bug and propagates."""
    from models.errors import UserError

    if isinstance(exc, UserError):
        return str(exc)
    if isinstance(exc, OSError):
        return f"文件操作失败：{exc.filename or ''} {exc.strerror or exc}"
    return None


def _print_json(obj: Any) -> None:
    import json

    print(json.dumps(obj, ensure_ascii=False, indent=2, default=str))


def _home(args: argparse.Namespace) -> Path:
    from desktop.config import resolve_home

    return resolve_home(args.home)


def _context(args: argparse.Namespace) -> Any:
    from desktop.context import open_context
    from desktop.secrets import passphrase_from_file

    passphrase = passphrase_from_file(args.passphrase_file) if args.passphrase_file else None
    return open_context(_home(args), args.db, passphrase=passphrase)


# ----------------------------------------------------------------------------- commands


def cmd_units(args: argparse.Namespace) -> int:
    from models import reference

    units = reference.reporting_units()
    if args.json:
        _print_json(
            {
                "reference_version": reference.version(),
                "units": [
                    {"code": u.code, "name": u.name, "kind": u.kind.value, "kind_label": u.kind.label}
                    for u in units
                ],
            }
        )
    else:
        for u in units:
            print(f"{u.code:<10}{u.kind.label:<16}{u.name}")
    return EXIT_OK


def cmd_init(args: argparse.Namespace) -> int:
    from desktop.services.setup import initialize
    from models.enums import Edition

    result = initialize(_home(args), Edition(args.edition), args.unit, args.db)
    if args.json:
        _print_json(result.as_json())
    else:
        verb = "已初始化" if result.created else "已存在，无需重复初始化"
        print(
            f"数据目录 {result.home} {verb}：{result.edition.label}，{result.unit.name}（{result.unit.code}）"
        )
        print(f"数据库：{result.database}（结构版本 {result.schema_revision}）")
    return EXIT_OK


def cmd_xlsx_template(args: argparse.Namespace) -> int:
    from exporters.annex1_xlsx import write_template

    write_template(args.out)
    print(f"已生成附件1导入模板：{args.out}")
    return EXIT_OK


def cmd_import_xlsx(args: argparse.Namespace) -> int:
    from desktop.services.xlsx_import import import_annex1

    if not args.file.is_file():
        raise Refused(f"找不到文件 {args.file}。")
    ctx = _context(args)
    try:
        result = import_annex1(ctx, args.file, report_path=args.report, unit_code=args.unit)
    finally:
        ctx.close()
    if args.json:
        _print_json(result.as_json())
    else:
        print(
            f"导入 {result.imported} 条，重复 {result.duplicates} 条，有关人员 {result.persons} 人，拒收 {result.refused_rows} 行。"
        )
        for entry in result.refused:
            where = f"{entry.sheet} 第{entry.row}行 {entry.column}" + (
                f"（{entry.cell}）" if entry.cell else ""
            )
            print(f"  拒收：{where}：{entry.reason}")
        for entry in result.warnings:
            print(f"  提醒：{entry.sheet} 第{entry.row}行 {entry.column}：{entry.reason}")
        if result.report:
            print(f"错误报告（改正后可直接重新导入）：{result.report}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.services.demo import build_demo

    summary = build_demo(args.dir)
    if args.json:
        _print_json(summary.as_json())
    else:
        print(summary.as_text())
    return EXIT_OK


def cmd_calendar(args: argparse.Namespace) -> int:
    from desktop.services import calendar as cal

    ctx = _context(args)
    try:
        if args.calendar_command == "status":
            status = cal.year_status(ctx, args.year)
            if args.json:
                _print_json(status.as_json())
            else:
                print(status.as_text())
        elif args.calendar_command == "set":
            cal.set_override(ctx, cal.parse_day(args.day), args.kind == "workday", args.note)
            print(f"已将 {args.day} 设为{'工作日' if args.kind == 'workday' else '休息日'}。")
        else:
            cal.confirm_year(ctx, args.year)
            print(f"已确认 {args.year} 年的放假与调休安排录入完整。")
    finally:
        ctx.close()
    return EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    from desktop.services.audit import verify

    ctx = _context(args)
    try:
        with ctx.uow() as uow:
            total, broken = verify(uow.session)
    finally:
        ctx.close()
    if args.json:
        _print_json({"ok": broken is None, "entries": total, "first_broken": broken.id if broken else None})
    elif broken is None:
        print(f"审计日志完整：共 {total} 条。")
    else:
        print(
            f"审计日志在第 {broken.id} 条处断裂（{broken.action}，{broken.at:%Y-%m-%d %H:%M}）：该条或其前一条被改动或删除。"
        )
    return EXIT_OK if broken is None else EXIT_REFUSED


def _read_secret(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise Refused(f"无法读取口令文件 {path}：{exc.strerror}") from exc


def cmd_pki(args: argparse.Namespace) -> int:
    from desktop.keystore import LOST_KEY_WARNING
    from desktop.services import pki
    from models.enums import CertPurpose

    ctx = _context(args)
    try:
        command = args.pki_command
        if command == "init-ministry":
            made = pki.init_ministry(ctx)
            if args.json:
                _print_json(
                    {"root_fingerprint": made.root_fingerprint, "files": [str(f) for f in made.files]}
                )
            else:
                print(f"已建立总局根证书，指纹（请与各单位电话核对）：{made.root_fingerprint}")
                for f in made.files:
                    print(f"  {f}")
                print(LOST_KEY_WARNING)
        elif command == "request":
            path = pki.create_request(ctx, args.out)
            print(
                f"已生成本单位签名密钥和证书申请文件：{path}\n请将申请文件交总局办公厅签发。{LOST_KEY_WARNING}"
            )
        elif command == "issue":
            issued = pki.issue_certificate(ctx, args.request, args.unit, args.out)
            if args.json:
                _print_json(
                    {
                        "unit": issued.unit_code,
                        "fingerprint": issued.fingerprint,
                        "not_after": issued.not_after.isoformat(),
                        "bundle": str(issued.bundle),
                    }
                )
            else:
                print(
                    f"已为 {issued.unit_code} 签发证书（指纹 {issued.fingerprint}，有效期至 {issued.not_after:%Y-%m-%d}）：{issued.bundle}"
                )
        elif command == "install":
            done = pki.install_bundle(ctx, args.bundle, replace_root=args.replace_root)
            if args.json:
                _print_json(
                    {
                        "unit_fingerprint": done.unit_fingerprint,
                        "root_fingerprint": done.root_fingerprint,
                        "not_after": done.not_after.isoformat(),
                    }
                )
            elif not done.unit_fingerprint:
                print("已更新总局证书和吊销列表。")
            else:
                print(f"已安装本单位证书（有效期至 {done.not_after:%Y-%m-%d}）。")
                print(f"总局根证书指纹：{done.root_fingerprint}\n请与总局办公厅电话核对此指纹。")
        elif command == "trust-bundle":
            print(
                f"已导出信任证书包：{pki.write_trust_bundle(ctx, args.out)}（请分发给各单位用 pki install 安装）"
            )
        elif command == "install-crl":
            print(f"已安装第 {pki.install_crl(ctx, args.crl)} 号吊销列表。")
        elif command == "revoke":
            print(f"已吊销，新的吊销列表：{pki.revoke(ctx, args.fingerprint, args.reason)}（请分发给各单位）")
        elif command == "rotate":
            purpose = (
                CertPurpose.MINISTRY_ENCRYPTION
                if args.purpose == "encryption"
                else CertPurpose.MINISTRY_SIGNING
            )
            print(f"已轮换，新证书指纹：{pki.rotate_ministry_key(ctx, purpose)}")
        elif command == "list":
            rows = pki.registry(ctx)
            if args.json:
                _print_json({"principals": [r.as_json() for r in rows]})
            for r in rows if not args.json else []:
                state = (
                    f"已吊销 {r.revoked_at:%Y-%m-%d}" if r.revoked_at else f"有效期至 {r.not_after:%Y-%m-%d}"
                )
                print(f"{r.unit_code:<8}{r.purpose_label:<14}{r.fingerprint[:16]}…  {state}")
        elif command == "backup":
            names = pki.keystore(ctx).backup(args.out, _read_secret(args.backup_passphrase_file))
            print(f"已备份 {len(names)} 个私钥到 {args.out}。请将备份和备份口令分开保管。")
        elif command == "restore":
            names = pki.keystore(ctx).restore(args.backup, _read_secret(args.backup_passphrase_file))
            print(f"已恢复 {len(names)} 个私钥：{'、'.join(names)}")
    finally:
        ctx.close()
    return EXIT_OK


def cmd_package(args: argparse.Namespace) -> int:
    ctx = _context(args)
    try:
        if args.package_command == "export":
            from desktop.services.package_export import Signer, export_package

            signer = Signer(args.signer_name, args.signer_title, args.signer_role)
            result = export_package(ctx, args.period, args.out, signer, accept_warnings=args.accept_warnings)
            if args.json:
                _print_json(result.as_json())
            else:
                kind = "本月无新增" if result.nil_return else f"{result.counts['listing_items']} 条名单"
                print(
                    f"已生成第 {result.revision} 版报送包（{kind}）：{result.path}\nSHA-256：{result.sha256}"
                )
            return EXIT_OK
        from desktop.services.package_intake import inspect

        if args.package_command == "inspect":
            if not args.file.is_file():
                raise Refused(f"找不到文件 {args.file}。")
            found = inspect(ctx, args.file.read_bytes(), args.file.name)
            if args.json:
                _print_json(found.as_json())
            else:
                for check in found.checks:
                    print(
                        f"{'通过' if check.ok else '未通过'}  {check.label}{'：' + check.detail if check.detail else ''}"
                    )
            return EXIT_OK if found.ok else EXIT_REFUSED
        from desktop.services import mail

        if args.package_command == "send":
            password = _read_secret(args.password_file) if args.password_file else None
            message_id = mail.send_package(
                ctx,
                args.file,
                host=args.smtp_host,
                port=args.smtp_port,
                sender=args.sender,
                recipient=args.recipient,
                user=args.user,
                password=password,
                starttls=args.starttls,
            )
            print(f"已发送 {args.file.name}（{message_id}），条目状态已更新为“已报送”。")
            return EXIT_OK
        if args.package_command == "mark-sent":
            mail.mark_sent(ctx, args.file, "存储介质报送")
            print(f"已登记 {args.file.name} 为已报送。")
            return EXIT_OK
        if args.package_command == "fetch":
            results = mail.fetch_imap(
                ctx,
                args.host,
                args.port,
                args.user,
                _read_secret(args.password_file),
                mailbox=args.mailbox,
                use_ssl=not args.no_ssl,
            )
        else:
            results = mail.import_paths(ctx, args.paths)
        if args.json:
            _print_json({"results": [r.as_json() for r in results]})
        else:
            for r in results:
                print(
                    f"[{ {'imported': '已接收', 'duplicate': '重复', 'refused': '拒收'}[r.status] }] {r.inspection.file_name}：{r.message}"
                )
                for q in r.quarantined:
                    print(f"    隔离：{q.name}：{'；'.join(q.reasons)}")
                if r.receipt:
                    print(f"    回执：{r.receipt}")
        return EXIT_OK if all(r.status != "refused" for r in results) else EXIT_REFUSED
    finally:
        ctx.close()


def cmd_receipt(args: argparse.Namespace) -> int:
    from desktop.services.receipts import import_receipt

    ctx = _context(args)
    try:
        result = import_receipt(ctx, args.file)
    finally:
        ctx.close()
    if args.json:
        _print_json(result.as_json())
    elif result.status == "duplicate":
        print("该回执已导入过。")
    elif result.status == "superseded":
        print(
            f"已登记 {result.period} 第 {result.revision} 版的回执；本单位已报送更新的版本，条目状态以新版本的回执为准。"
        )
    else:
        print(f"已导入 {result.period} 第 {result.revision} 版的回执（总局接收时间 {result.received_at}）：")
        for label, n in result.outcomes.items():
            print(f"  {label} {n} 条")
        for name, reason in result.returned:
            print(f"  退回：{name}：{reason}")
    return EXIT_OK


def _ministry(args: argparse.Namespace) -> int:
    from desktop import cli_ministry

    return cli_ministry.run(args, _context)


def _accidents(args: argparse.Namespace) -> int:
    from desktop import cli_accidents

    return cli_accidents.run(args, _context)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "units": cmd_units,
    "init": cmd_init,
    "xlsx-template": cmd_xlsx_template,
    "import-xlsx": cmd_import_xlsx,
    "demo": cmd_demo,
    "calendar": cmd_calendar,
    "audit": cmd_audit,
    "pki": cmd_pki,
    "package": cmd_package,
    "receipt": cmd_receipt,
    "accident": lambda args: _accidents(args),
    **{
        name: (lambda args: _ministry(args))
        for name in ("ledger", "review", "feedback", "bulletin", "review-sheets")
    },
}
