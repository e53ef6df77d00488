"""A real PostgreSQL server for the tests and the benchmarks, without any set-up by hand.

``DESK_TEST_POSTGRES`` names a server to use (a URL whose user may create databases). Without
it, a private throwaway server is started from the PostgreSQL binaries on this machine (on
``PATH`` or Debian's ``/usr/lib/postgresql/*/bin``): ``initdb`` into a temporary folder, listening
on a free loopback port only, stopped and deleted when the caller is done. PostgreSQL refuses to
run as root, so under root the server runs as the ``postgres`` user (or ``nobody``).

Used by ``tests/conftest.py`` and ``bench/soak.py``; plain Python, no pytest.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

SERVER_ENV = "DESK_TEST_POSTGRES"
DRIVER = "postgresql+psycopg"
_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")


class NoServer(Exception):
    """No PostgreSQL server is configured and none can be started here; says why."""


def find_binaries() -> Path | None:
    """The folder holding ``initdb``, ``pg_ctl`` and ``postgres``, newest version first."""
    candidates: list[Path] = []
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    versions = Path("/usr/lib/postgresql").glob("*/bin")
    candidates += sorted(versions, key=lambda p: _version(p.parent.name), reverse=True)
    for folder in candidates:
        if all((folder / tool).is_file() for tool in ("initdb", "pg_ctl", "postgres")):
            return folder
    return None


def _version(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", name)) or (0,)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _unprivileged_user() -> pwd.struct_passwd:
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    raise NoServer("running as root and there is no 'postgres' or 'nobody' user to run initdb as")


@dataclass
class Server:
    """A reachable server: ``url`` points at its maintenance database as a superuser."""

    url: str
    private_folder: Path | None = None
    _bin: Path | None = None
    _as_user: pwd.struct_passwd | None = None
    _counter: Iterator[int] = field(default_factory=itertools.count)

    def database_url(self, name: str) -> str:
        return make_url(self.url).set(database=name).render_as_string(hide_password=False)

    def create_database(self, prefix: str = "desk_test") -> str:
        """A new, empty database; returns its URL."""
        name = f"{prefix}_{os.getpid()}_{next(self._counter)}"
        assert _NAME.match(name), name
        self._admin(f'CREATE DATABASE "{name}"')
        return self.database_url(name)

    def drop_database(self, url: str) -> None:
        name = make_url(url).database
        assert name, url
        assert _NAME.match(name), name
        # FORCE (PostgreSQL 13+) ends connections a crashed test process left behind.
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _admin(self, statement: str) -> None:
        engine = create_engine(self.url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        try:
            with engine.connect() as connection:
                connection.execute(text(statement))
        finally:
            engine.dispose()

    def stop(self) -> None:
        """Stop and delete a private server; a server named by the environment is left alone."""
        if self.private_folder is None or self._bin is None:
            return
        data = self.private_folder / "data"
        if (data / "postmaster.pid").exists():
            _run(
                [str(self._bin / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                self._as_user,
                check=False,
            )
        shutil.rmtree(self.private_folder, ignore_errors=True)
        self.private_folder = None


def _run(
    command: list[str], as_user: pwd.struct_passwd | None, *, check: bool = True
) -> subprocess.CompletedProcess[str]:
    kwargs: dict[str, object] = {}
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["LC_ALL"] = "C"
    if as_user is not None:
        kwargs.update(user=as_user.pw_uid, group=as_user.pw_gid, extra_groups=[])
        env["HOME"] = tempfile.gettempdir()
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        env=env,
        check=False,
        stdin=subprocess.DEVNULL,
        timeout=120,
        **kwargs,  # type: ignore[arg-type]
    )
    if check and result.returncode != 0:
        raise NoServer(
            f"{' '.join(command[:2])} failed ({result.returncode}): "
            f"{(result.stderr or result.stdout).strip()[-800:]}"
        )
    return result


def start_private_server(*, durable: bool = False) -> Server:
    """initdb + pg_ctl start on a free loopback port; the caller must call ``stop()``.

    ``durable=False`` turns fsync off: the tests kill client processes, never the server, and
    run faster without it. Benchmarks pass ``durable=True`` so their figures are honest.
    """
    binaries = find_binaries()
    if binaries is None:
        raise NoServer(
            "no PostgreSQL server binaries (initdb, pg_ctl, postgres) on PATH or in "
            f"/usr/lib/postgresql/*/bin, and {SERVER_ENV} is not set"
        )
    as_user = _unprivileged_user() if os.geteuid() == 0 else None
    folder = Path(tempfile.mkdtemp(prefix="desk-pg-"))
    if as_user is not None:
        os.chown(folder, as_user.pw_uid, as_user.pw_gid)
    data, sockets, log = folder / "data", folder / "sockets", folder / "server.log"
    server = Server(url="", private_folder=folder, _bin=binaries, _as_user=as_user)
    try:
        _run(
            [
                str(binaries / "initdb"),
                "-D",
                str(data),
                "-A",
                "trust",
                "-U",
                "desk",
                "-E",
                "UTF8",
                "--no-locale",
                "--no-sync",
            ],
            as_user,
        )
        _run(["mkdir", "-p", str(sockets)], as_user)
        settings = [
            "-c listen_addresses=127.0.0.1",
            f"-c unix_socket_directories={sockets}",
            "-c max_connections=200",
            "-c shared_buffers=128MB",
        ]
        if not durable:
            settings += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        for attempt in range(5):
            port = _free_port()
            started = _run(
                [
                    str(binaries / "pg_ctl"),
                    "-D",
                    str(data),
                    "-l",
                    str(log),
                    "-w",
                    "-t",
                    "60",
                    "-o",
                    " ".join([f"-p {port}", *settings]),
                    "start",
                ],
                as_user,
                check=False,
            )
            if started.returncode == 0:
                server.url = f"{DRIVER}://desk@127.0.0.1:{port}/postgres"
                return server
            time.sleep(0.2 * (attempt + 1))  # most likely the port was taken meanwhile
        tail = log.read_text(errors="replace")[-800:] if log.exists() else started.stderr
        raise NoServer(f"the private PostgreSQL server did not start: {tail.strip()}")
    except BaseException:
        server.stop()
        raise


def server_from_environment() -> Server | None:
    """The server ``DESK_TEST_POSTGRES`` names, as a psycopg URL, or None when unset."""
    configured = os.environ.get(SERVER_ENV, "").strip()
    if not configured:
        return None
    url: URL = make_url(configured)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername=DRIVER)
    if not url.database:
        url = url.set(database="postgres")
    return Server(url=url.render_as_string(hide_password=False))


def obtain_server(*, durable: bool = False) -> Server:
    """The configured server, else a private one. Raises :class:`NoServer` with the reason."""
    return server_from_environment() or start_private_server(durable=durable)
