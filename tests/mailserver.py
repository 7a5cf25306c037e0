"""A real, throw-away Dovecot IMAP server and an SMTP sink for the mail tests (pytest plugin).

``dovecot`` (session) starts Dovecot from the installed binaries with its own configuration in a
fresh temporary directory, listening on 127.0.0.1 on a free port (plain IMAP, no TLS), and yields
a :class:`Dovecot` whose default account is ``host``/``port``/``user``/``password``;
``deliver(raw)`` hands a message to ``dovecot-lda`` so that the server itself files it and stamps
its arrival time (IMAP INTERNALDATE). ``imap_account`` (function) gives each test a new user with
an empty INBOX on that server, so tests never see each other's mail. ``smtp_sink`` (function) is an
aiosmtpd server on 127.0.0.1 that keeps every message it is given.

Without Dovecot the mail server tests are skipped, except in CI (``CI=true``), where a missing
server is an error. On Debian/Ubuntu: ``apt-get install dovecot-imapd``.

Notes (see /work/shared/notes/feasibility-crypto.md §5):
- The directory is 0711 and lives directly under /tmp, because pytest's ``tmp_path`` is under a
  0700 root-owned folder that Dovecot's auth (user ``dovecot``) and mail (user ``nobody``)
  processes could not traverse.
- Dovecot refuses mail uid 0, so as root the mail is owned by ``nobody``/``nogroup``; run as an
  ordinary user, every Dovecot process and the mail run as that user, without chroot.
"""

from __future__ import annotations

import contextlib
import grp
import imaplib
import itertools
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

INSTALL_HINT = "apt-get install dovecot-imapd"
# Dovecot prints INTERNALDATE in its own time zone: a zone that is not UTC shows that the
# application converts the server's stamp instead of reading the digits as UTC.
SERVER_TZ = "Asia/Shanghai"
# Users written before the server starts; more are added on demand (each costs a second, see new_account).
PREMADE_USERS = 100

CONF = """\
instance_name = creditledger-test-{port}
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
default_internal_user = {internal_user}
default_internal_group = {internal_group}
default_login_user = {login_user}
mail_location = maildir:{root}/mail/%u/Maildir
first_valid_uid = 1
postmaster_address = postmaster@ministry.test
import_environment = TZ
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={mail_uid} gid={mail_gid} home={root}/mail/%u
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
protocol lda {{
  log_path = {root}/lda.log
}}
"""


class ServerUnavailable(Exception):
    pass


class NotInstalled(ServerUnavailable):
    pass


_STATS: dict[str, float] = {}


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class MailAccount:
    """One IMAP user on the test server."""

    server: Dovecot
    user: str
    password: str

    @property
    def host(self) -> str:
        return self.server.host

    @property
    def port(self) -> int:
        return self.server.port

    def deliver(self, raw: bytes, sender: str = "sender@province.test") -> None:
        self.server.deliver(raw, user=self.user, sender=sender)

    def clear(self) -> None:
        self.server.clear(self.user, self.password)

    def imap(self) -> imaplib.IMAP4:
        """A logged-in client with INBOX selected; the caller logs out."""
        client = imaplib.IMAP4(self.host, self.port, timeout=10)
        client.login(self.user, self.password)
        client.select("INBOX")
        return client


@dataclass
class Dovecot:
    dovecot: Path
    lda: Path
    root: Path
    port: int
    host: str = "127.0.0.1"
    user: str = "ministry"
    password: str = "ministry-secret"
    process: subprocess.Popen[bytes] | None = None
    start_seconds: float = 0.0
    _numbers: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def conf(self) -> Path:
        return self.root / "dovecot.conf"

    @property
    def log(self) -> str:
        parts = []
        for name in ("dovecot.log", "lda.log", "stderr.log"):
            path = self.root / name
            if path.exists():
                parts.append(f"--- {name}\n{path.read_text(errors='replace')[-4000:]}")
        return "\n".join(parts)

    # ------------------------------------------------------------------ accounts and mail

    def add_user(self, user: str, password: str) -> MailAccount:
        with (self.root / "passwd").open("a", encoding="utf-8") as out:
            out.write(f"{user}:{{PLAIN}}{password}::::::\n")
        return MailAccount(self, user, password)

    def new_account(self) -> MailAccount:
        """A user nobody has used yet, so its INBOX is empty."""
        n = next(self._numbers)
        user, password = f"user{n:04d}", f"secret-{n:04d}"
        if n > PREMADE_USERS:
            self.add_user(user, password)
            # Dovecot looks at the passwd-file at most once a second: wait until it sees the new line.
            time.sleep(1.1)
        return MailAccount(self, user, password)

    @property
    def account(self) -> MailAccount:
        return MailAccount(self, self.user, self.password)

    def deliver(self, raw: bytes, user: str | None = None, sender: str = "sender@province.test") -> None:
        """File ``raw`` into the user's INBOX through dovecot-lda, as the ministry's MTA would.

        dovecot-lda stamps the delivery time as the message's arrival time (IMAP INTERNALDATE),
        whatever the message's own Date or Received headers say.
        """
        result = subprocess.run(
            [str(self.lda), "-c", str(self.conf), "-d", user or self.user, "-f", sender],
            input=raw,
            capture_output=True,
            timeout=30,
            check=False,
            env=self._env(),
        )
        if result.returncode != 0:
            raise AssertionError(
                f"dovecot-lda failed ({result.returncode}): {result.stderr.decode(errors='replace')}\n{self.log}"
            )

    def clear(self, user: str | None = None, password: str | None = None) -> None:
        """Expunge every message in the user's INBOX."""
        client = imaplib.IMAP4(self.host, self.port, timeout=10)
        try:
            client.login(user or self.user, password or self.password)
            client.select("INBOX")
            _status, found = client.uid("SEARCH", "ALL")
            if found[0]:
                client.uid("STORE", b",".join(found[0].split()).decode(), "+FLAGS.SILENT", r"(\Deleted)")
                client.expunge()
        finally:
            with contextlib.suppress(imaplib.IMAP4.error, OSError):
                client.logout()

    # ------------------------------------------------------------------ process

    def _env(self) -> dict[str, str]:
        return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "TZ": SERVER_TZ}

    def write_config(self) -> None:
        if os.geteuid() == 0:
            internal_user, internal_group, login_user = "dovecot", "dovecot", "dovenull"
            mail_uid, mail_gid = pwd.getpwnam("nobody").pw_uid, grp.getgrnam("nogroup").gr_gid
        else:
            me = pwd.getpwuid(os.geteuid()).pw_name
            internal_user, login_user = me, me
            internal_group = grp.getgrgid(os.getegid()).gr_name
            mail_uid, mail_gid = os.geteuid(), os.getegid()
        mail = self.root / "mail"
        mail.mkdir(exist_ok=True)
        os.chown(mail, mail_uid, mail_gid)
        os.chmod(mail, 0o700)
        self.conf.write_text(
            CONF.format(
                root=self.root,
                port=self.port,
                internal_user=internal_user,
                internal_group=internal_group,
                login_user=login_user,
                mail_uid=mail_uid,
                mail_gid=mail_gid,
            ),
            encoding="utf-8",
        )
        passwd = self.root / "passwd"
        passwd.write_text("", encoding="utf-8")
        os.chmod(passwd, 0o644)
        self.add_user(self.user, self.password)
        for n in range(1, PREMADE_USERS + 1):
            self.add_user(f"user{n:04d}", f"secret-{n:04d}")
        # dovecot-lda writes its own log after dropping to the mail user.
        lda_log = self.root / "lda.log"
        lda_log.touch()
        os.chown(lda_log, mail_uid, mail_gid)

    def start(self, timeout: float = 15.0) -> None:
        self.write_config()
        stderr = (self.root / "stderr.log").open("wb")
        try:
            self.process = subprocess.Popen(
                [str(self.dovecot), "-F", "-c", str(self.conf)],
                stdin=subprocess.DEVNULL,
                stdout=stderr,
                stderr=stderr,
                env=self._env(),
            )
        finally:
            stderr.close()
        deadline = time.monotonic() + timeout
        self._disable_auth_penalty(deadline)
        while True:
            if self.process.poll() is not None:
                raise ServerUnavailable(f"dovecot exited with {self.process.returncode}:\n{self.log}")
            with contextlib.suppress(OSError), socket.create_connection((self.host, self.port), 1) as sock:
                sock.settimeout(2)
                if sock.recv(200).startswith(b"* OK"):
                    return
            if time.monotonic() > deadline:
                self.stop()
                raise ServerUnavailable(
                    f"dovecot did not greet on port {self.port} in {timeout} s:\n{self.log}"
                )
            time.sleep(0.02)

    def _disable_auth_penalty(self, deadline: float) -> None:
        """Remove the socket of anvil's per-IP login penalty before the auth process first starts.

        After a failed login Dovecot makes the next logins from that IP wait 4 s, 8 s … (up to
        15 s); every test logs in from 127.0.0.1, so one wrong-password test would slow the
        others. There is no setting to turn this off in 2.3; the auth process skips the penalty,
        silently, when it cannot find the socket (it starts on the first login, after this).
        """
        socket_path = self.root / "run" / "anvil-auth-penalty"
        while not socket_path.exists():
            if self.process is not None and self.process.poll() is not None:
                return  # start() reports the exit
            if time.monotonic() > deadline:
                return  # start() reports the missing greeting
            time.sleep(0.005)
        socket_path.unlink()

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)


def find_binaries() -> tuple[Path, Path]:
    """``dovecot`` and ``dovecot-lda`` (in Dovecot's libexec_dir, as ``doveconf`` reports it)."""
    dovecot = shutil.which("dovecot") or shutil.which("dovecot", path="/usr/sbin:/usr/local/sbin")
    doveconf = shutil.which("doveconf") or shutil.which("doveconf", path="/usr/bin:/usr/local/bin")
    if dovecot is None or doveconf is None:
        raise NotInstalled(f"Dovecot (dovecot, doveconf) not found. Install it: {INSTALL_HINT}")
    libexec = "/usr/lib/dovecot"
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        out = subprocess.run(
            [doveconf, "-h", "-c", "/dev/null", "libexec_dir"],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        )
        libexec = out.stdout.strip() or libexec
    lda = Path(libexec) / "dovecot-lda"
    if not lda.is_file():
        raise NotInstalled(f"dovecot-lda not found in {libexec}. Install it: {INSTALL_HINT}")
    return Path(dovecot), lda


def _start_server() -> Dovecot:
    dovecot, lda = find_binaries()
    root = Path(tempfile.mkdtemp(prefix="creditledger-dovecot-", dir="/tmp"))
    os.chmod(root, 0o711)
    for attempt in range(3):
        server = Dovecot(dovecot, lda, root, free_port())
        try:
            server.start()
            return server
        except ServerUnavailable:
            server.stop()
            if attempt == 2:
                shutil.rmtree(root, ignore_errors=True)
                raise
            # the port was probably taken between probing and binding: start again, clean
            for child in root.iterdir():
                if child.is_dir():
                    shutil.rmtree(child, ignore_errors=True)
                else:
                    child.unlink()
    raise AssertionError("unreachable")


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    """A running Dovecot IMAP server for the whole session (default account ``ministry``)."""
    started = time.perf_counter()
    try:
        server = _start_server()
    except ServerUnavailable as exc:
        prefix = "" if isinstance(exc, NotInstalled) else "Could not start a throw-away Dovecot server: "
        if _in_ci():
            pytest.fail(f"{prefix}{exc} (CI=true: the mail server tests must run here)", pytrace=False)
        pytest.skip(f"{prefix}{exc}")
    server.start_seconds = _STATS["dovecot_start_seconds"] = time.perf_counter() - started
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)


@pytest.fixture
def imap_account(dovecot: Dovecot) -> MailAccount:
    """A new IMAP user with an empty INBOX, for one test."""
    return dovecot.new_account()


# ---------------------------------------------------------------------- SMTP


@dataclass
class SunkMessage:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes


class SinkHandler:
    """aiosmtpd handler that accepts every message and keeps it."""

    def __init__(self) -> None:
        self.messages: list[SunkMessage] = []

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        content = envelope.content  # type: ignore[attr-defined]
        assert isinstance(content, bytes)  # decode_data=False (the default): the bytes as sent
        self.messages.append(
            SunkMessage(envelope.mail_from, list(envelope.rcpt_tos), content)  # type: ignore[attr-defined]
        )
        return "250 Message accepted for delivery"


@dataclass
class SmtpSink:
    host: str
    port: int
    handler: SinkHandler

    @property
    def messages(self) -> list[SunkMessage]:
        return self.handler.messages


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    """An SMTP server on 127.0.0.1 (free port) that keeps every message in ``.messages``."""
    # aiosmtpd 1.4.6 on Python 3.11 emits no warning, so pytest's filterwarnings=error needs no
    # local exception here; should a later version warn, suppress it here with
    # warnings.catch_warnings() around the import and start(), with the warning named.
    from aiosmtpd.controller import Controller

    handler = SinkHandler()
    for attempt in range(3):
        port = free_port()
        controller = Controller(handler, hostname="127.0.0.1", port=port)
        try:
            controller.start()
            break
        except (OSError, RuntimeError):
            if attempt == 2:
                raise
    try:
        yield SmtpSink("127.0.0.1", port, handler)
    finally:
        controller.stop()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if "dovecot_start_seconds" in _STATS:
        terminalreporter.write_line(f"Dovecot test server started in {_STATS['dovecot_start_seconds']:.2f} s")
