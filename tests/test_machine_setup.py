"""`make test` sets itself up: machine_setup names or installs packages and brings its own Redis."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from machine_setup.packages import TEST_NEEDS
from machine_setup.redis_for_tests import answers
from tests.conftest import TEST_REDIS_URL
from tests.webhook_harness import free_port

ROOT = Path(__file__).resolve().parent.parent

# Run by the wrapper in place of the suite: says which Redis it got and that server's process id.
REPORT_REDIS = """
import json, os, sys, time, redis
url = os.environ["CARDBOT_TEST_REDIS_URL"]
pid = redis.Redis.from_url(url).info("server")["process_id"]
print("SUITE " + json.dumps({"url": url, "pid": pid}), flush=True)
time.sleep(float(sys.argv[1]))
sys.exit(3)
"""


def with_redis(url: str, sleep_s: float = 0.0) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "machine_setup.redis_for_tests",
         sys.executable, "-c", REPORT_REDIS, str(sleep_s)],
        cwd=ROOT, env={**os.environ, "CARDBOT_TEST_REDIS_URL": url},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip


def suite_report(wrapper: subprocess.Popen[str]) -> tuple[dict[str, object], str]:
    """What the command reported, and what the wrapper printed before running it."""
    assert wrapper.stdout is not None
    before = ""
    for line in wrapper.stdout:
        if line.startswith("SUITE "):
            report: dict[str, object] = json.loads(line.removeprefix("SUITE "))
            return report, before
        before += line
    raise AssertionError(f"the command never ran (exit {wrapper.wait()}): {before}")


def process_exists(pid: object) -> bool:
    assert isinstance(pid, int)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_no_redis_on_the_default_address_starts_and_stops_a_private_one() -> None:
    nothing_there = f"redis://127.0.0.1:{free_port()}/15"
    assert not answers(nothing_there)
    wrapper = with_redis(nothing_there)
    report, printed = suite_report(wrapper)
    wrapper.communicate(timeout=30)
    assert report["url"] != nothing_there
    assert "no Redis answered" in printed
    assert wrapper.returncode == 3  # the suite's exit code, passed on
    assert not answers(str(report["url"])), "the private redis-server still answers"
    assert not process_exists(report["pid"])


def test_a_redis_that_answers_is_used_and_left_running() -> None:
    wrapper = with_redis(TEST_REDIS_URL)
    report, _printed = suite_report(wrapper)
    wrapper.communicate(timeout=30)
    assert report["url"] == TEST_REDIS_URL
    assert wrapper.returncode == 3
    assert answers(TEST_REDIS_URL)


def test_sigterm_stops_the_private_redis_too() -> None:
    wrapper = with_redis(f"redis://127.0.0.1:{free_port()}/15", sleep_s=60)
    report, _printed = suite_report(wrapper)
    wrapper.send_signal(signal.SIGTERM)
    wrapper.communicate(timeout=30)
    assert wrapper.returncode != 0
    assert not process_exists(report["pid"])


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder any user can read (pytest's tmp_path is private to root): copy and fake PATH."""
    path = Path(tempfile.mkdtemp(prefix="cardbot-setup-"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path)


def fake_path(folder: Path, *, without: str, apt_get: str | None = None) -> str:
    """A PATH on which every command `make test` needs is found, but `without`."""
    bin_dir = folder / "bin"
    bin_dir.mkdir()
    scripts = {
        need.command: "#!/bin/sh\nexit 0\n" for need in TEST_NEEDS if need.command != without
    }
    if apt_get is not None:
        scripts["apt-get"] = apt_get
    for name, text in scripts.items():
        (bin_dir / name).write_text(text)
        (bin_dir / name).chmod(0o755)
    return str(bin_dir)


def check_packages(
    folder: Path, path: str, *user: str
) -> tuple[subprocess.CompletedProcess[str], float]:
    """`make test`'s first step, from a copy of the module (another user may not read this tree)."""
    shutil.copy(ROOT / "machine_setup" / "packages.py", folder / "packages.py")
    python = "/usr/bin/python3" if user else sys.executable
    started = time.monotonic()
    result = subprocess.run([*user, python, str(folder / "packages.py"), "test"], cwd=folder,
                            env={"PATH": path, "LANG": "C.UTF-8"},
                            capture_output=True, text=True, timeout=60)  # fmt: skip
    return result, time.monotonic() - started


def as_nobody() -> list[str]:
    """The prefix that runs a command as a user who is not root, or skips the test."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    prefix = [str(setpriv), "--reuid=65534", "--regid=65534", "--clear-groups"]
    probe = [*prefix, "/usr/bin/python3", "-c", ""]
    runs = setpriv and subprocess.run(probe, capture_output=True).returncode == 0
    if not runs:
        pytest.skip("needs setpriv and /usr/bin/python3 to run as a user who is not root")
    return prefix


def test_a_missing_package_without_root_stops_at_once_naming_it(shared_dir: Path) -> None:
    user = as_nobody()
    never_called = "#!/bin/sh\necho apt-get must not run >&2\nexit 1\n"
    path = fake_path(shared_dir, without="caddy", apt_get=never_called)
    result, seconds = check_packages(shared_dir, path, *user)
    assert result.returncode != 0
    assert seconds < 10
    message = result.stderr.strip()
    assert "\n" not in message and "must not run" not in message
    assert "caddy" in message and "apt-get install caddy" in message
    assert "chromium" not in message and "gettext" not in message


def test_without_apt_get_it_names_the_package_and_stops(shared_dir: Path) -> None:
    result, seconds = check_packages(shared_dir, fake_path(shared_dir, without="msgfmt"))
    assert result.returncode != 0 and seconds < 10
    assert "gettext" in result.stderr and "\n" not in result.stderr.strip()


@pytest.mark.skipif(os.geteuid() != 0, reason="only root may apt-get")
def test_as_root_it_asks_apt_get_for_what_is_missing(shared_dir: Path) -> None:
    calls = shared_dir / "apt-get-calls"
    recording = f'#!/bin/sh\necho "$*" >> {calls}\nexit 0\n'
    result, _seconds = check_packages(
        shared_dir, fake_path(shared_dir, without="chromedriver", apt_get=recording)
    )
    asked = calls.read_text()
    assert " update" in asked and " install " in asked and "chromium-driver" in asked
    assert "redis-server" not in asked
    # The stand-in apt-get installed nothing, so the check still fails, and says so.
    assert result.returncode != 0 and "chromium-driver" in result.stderr


def test_make_run_without_the_venv_module_says_so_in_one_line(tmp_path: Path) -> None:
    no_ensurepip = tmp_path / "shadow"
    no_ensurepip.mkdir()
    (no_ensurepip / "ensurepip.py").write_text("raise ModuleNotFoundError('ensurepip')\n")
    result = subprocess.run(
        ["make", "--no-print-directory", "-s", "run", f"VENV={tmp_path / 'venv'}",
         f"PYTHON={sys.executable}"],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(no_ensurepip)},
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode != 0
    message = result.stderr.strip().splitlines()
    assert "no venv module" in message[0] and "Traceback" not in result.stderr
    assert not (tmp_path / "venv").exists()
