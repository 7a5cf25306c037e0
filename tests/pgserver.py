"""A real, throw-away PostgreSQL server for the tests (pytest plugin, registered by conftest.py).

``postgres_url`` (session) starts one server from the locally installed PostgreSQL binaries
(``initdb`` / ``pg_ctl``) in a fresh temporary directory, listening on 127.0.0.1 on a free port
with trust authentication, and yields a SQLAlchemy URL of an empty database on it.
``pg_database_url`` (function) gives each test its own freshly created, empty database.

Without PostgreSQL binaries the tests are skipped, except in CI (``CI=true``), where a missing
server is an error. On Debian/Ubuntu: ``apt-get install postgresql``. PostgreSQL refuses to run
as root, so as root the server runs as the ``postgres`` user via ``runuser``.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SUPERUSER = "postgres"
INSTALL_HINT = "apt-get install postgresql (or set PG_BINDIR to the folder holding initdb and pg_ctl)"


class ServerUnavailable(Exception):
    pass


class NotInstalled(ServerUnavailable):
    pass


_STATS: dict[str, float] = {}


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def _version_key(path: str) -> tuple[int, ...]:
    parts = Path(path).parent.name.split(".")
    return tuple(int(p) for p in parts if p.isdigit())


def find_bindir() -> Path | None:
    """The directory holding initdb and pg_ctl: $PG_BINDIR, ``pg_config --bindir``, or a known place."""
    candidates: list[str] = []
    if os.environ.get("PG_BINDIR"):
        candidates.append(os.environ["PG_BINDIR"])
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, timeout=10, check=True
            )
            candidates.append(out.stdout.strip())
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True)
    candidates += ["/usr/local/pgsql/bin", "/usr/pgsql/bin", "/opt/homebrew/bin", "/usr/local/bin"]
    initdb_on_path = shutil.which("initdb")
    if initdb_on_path:
        candidates.append(str(Path(initdb_on_path).parent))
    for candidate in candidates:
        folder = Path(candidate)
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PgServer:
    bindir: Path
    root: Path
    port: int
    as_user: list[str]
    start_seconds: float = 0.0

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def log(self) -> Path:
        return self.root / "server.log"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.as_user, *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            cwd=self.root,
        )

    def init(self) -> None:
        result = self._run(
            str(self.bindir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        if result.returncode != 0:
            raise ServerUnavailable(f"initdb failed:\n{result.stdout}\n{result.stderr}")

    def start(self) -> None:
        options = " ".join(
            [
                "-c listen_addresses=127.0.0.1",
                f"-c port={self.port}",
                f"-c unix_socket_directories={self.root}",
                "-c fsync=off",
                "-c full_page_writes=off",
                "-c synchronous_commit=off",
                "-c max_connections=50",
            ]
        )
        result = self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.log),
            "-w",
            "-t",
            "30",
            "-o",
            options,
            "start",
        )
        if result.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise ServerUnavailable(f"pg_ctl start failed:\n{result.stdout}\n{result.stderr}\n{log}")

    def stop(self) -> None:
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(sql)


def _make_root(as_root: bool) -> tuple[Path, list[str]]:
    root = Path(tempfile.mkdtemp(prefix="creditledger-pg-", dir="/tmp"))
    if not as_root:
        return root, []
    runuser = shutil.which("runuser")
    try:
        entry = pwd.getpwnam(SUPERUSER)
    except KeyError:
        entry = None
    if runuser is None or entry is None:
        shutil.rmtree(root, ignore_errors=True)
        raise ServerUnavailable(
            "PostgreSQL refuses to run as root and there is no 'postgres' user (or no runuser) to run it as."
        )
    os.chown(root, entry.pw_uid, entry.pw_gid)
    os.chmod(root, 0o700)
    return root, [runuser, "-u", SUPERUSER, "--"]


def _start_server() -> PgServer:
    bindir = find_bindir()
    if bindir is None:
        raise NotInstalled(
            f"PostgreSQL server binaries (initdb, pg_ctl) not found. Install them: {INSTALL_HINT}"
        )
    root, as_user = _make_root(os.geteuid() == 0)
    server = PgServer(bindir, root, _free_port(), as_user)
    try:
        server.init()
        for attempt in range(3):
            try:
                server.start()
                break
            except ServerUnavailable:
                if attempt == 2:
                    raise
                server.port = _free_port()  # the port was taken between probing and binding
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    return server


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PgServer]:
    started = time.perf_counter()
    try:
        server = _start_server()
    except ServerUnavailable as exc:
        prefix = "" if isinstance(exc, NotInstalled) else "Could not start a throw-away PostgreSQL server: "
        if _in_ci():
            pytest.fail(f"{prefix}{exc} (CI=true: the PostgreSQL tests must run here)", pytrace=False)
        pytest.skip(f"{prefix}{exc}")
    server.start_seconds = _STATS["start_seconds"] = time.perf_counter() - started
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_url(postgres_server: PgServer) -> str:
    """SQLAlchemy URL (psycopg 3) of an empty database on the session's throw-away server."""
    postgres_server.admin("CREATE DATABASE creditledger_test")
    return postgres_server.url("creditledger_test")


@pytest.fixture
def pg_database_url(postgres_server: PgServer) -> Iterator[str]:
    """A new, empty database for one test; dropped afterwards (open connections are terminated)."""
    name = f"t_{uuid.uuid4().hex[:16]}"
    postgres_server.admin(f'CREATE DATABASE "{name}"')
    try:
        yield postgres_server.url(name)
    finally:
        postgres_server.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if "start_seconds" in _STATS:
        terminalreporter.write_line(f"PostgreSQL test server started in {_STATS['start_seconds']:.2f} s")
