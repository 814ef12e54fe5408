"""The system packages `make test` needs: installed with apt-get when it may, named when it may not.

`python3 -m machine_setup.packages test` runs first in `make test`. As root on Debian it installs
what is missing; anywhere else it prints one line naming the missing packages and the command that
installs them, and exits 1 within seconds rather than after eight minutes of failing tests.
`python3 -m machine_setup.packages venv` runs before `.venv` is made (`make run` and `make test`):
Debian's Python has no working `venv` module without the python3-venv package.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

EXIT_MISSING = 1


@dataclass(frozen=True)
class Need:
    command: str  # found on PATH when the package is installed
    package: str  # Debian's package name


TEST_NEEDS = (
    Need("redis-server", "redis-server"),  # a Redis for the run; Cluster and Sentinel tests' own
    Need("msgfmt", "gettext"),  # the catalogs are checked by GNU msgfmt
    Need("chromium", "chromium"),  # the browser tests drive the chat page
    Need("chromedriver", "chromium-driver"),  # selenium drives chromium through it
    Need("caddy", "caddy"),  # deploy/Caddyfile is checked by caddy validate
)


def missing_commands(needs: tuple[Need, ...] = TEST_NEEDS) -> list[Need]:
    return [need for need in needs if shutil.which(need.command) is None]


def python_can_make_venvs() -> bool:
    """`python -m venv` needs both modules; Debian ships ensurepip only in python3-venv."""
    try:
        import ensurepip  # noqa: F401
        import venv  # noqa: F401
    except ImportError:
        return False
    return True


def is_debian_python() -> bool:
    """Only Debian's own Python is fixed by installing python3-venv (not pyenv's, not a venv's)."""
    return Path(sys.executable).resolve().parent == Path("/usr/bin")


def may_apt_get() -> bool:
    return os.geteuid() == 0 and shutil.which("apt-get") is not None


def apt_get_install(packages: list[str]) -> bool:
    # Several checkouts on one machine may install at once: wait for dpkg's lock, do not fail on it.
    wait_for_lock = ["-o", "DPkg::Lock::Timeout=600"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    # A failed update (its lists lock held by another apt-get, say) may still leave lists that
    # know the packages: the install and the check after it decide.
    subprocess.run(["apt-get", *wait_for_lock, "update", "-qq"], env=env)
    install = subprocess.run(
        ["apt-get", *wait_for_lock, "install", "-y", "-qq", *packages],
        env=env, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    return install.returncode == 0


def install_hint(packages: list[str]) -> str:
    if shutil.which("apt-get") is None:
        return "install them with your system's package manager (these are Debian's names)"
    return f"install them with: sudo apt-get install {' '.join(packages)} (as root, make test does)"


def check_venv() -> int:
    if python_can_make_venvs():
        return 0
    fix = (
        "sudo apt-get install python3-venv" if is_debian_python()
        else "use a Python built with ensurepip, or set PYTHON=/path/to/python3"
    )  # fmt: skip
    print(f"{sys.executable} has no venv module, so .venv cannot be made: {fix}", file=sys.stderr)
    return EXIT_MISSING


def check_test_needs() -> int:
    packages = [need.package for need in missing_commands()]
    if not python_can_make_venvs() and is_debian_python():
        packages.append("python3-venv")
    if not packages:
        return 0
    if may_apt_get():
        print(f"make test: installing {' '.join(packages)} (apt-get)", flush=True)
        if apt_get_install(packages) and not missing_commands():
            return 0
        print(f"make test: apt-get could not install {' '.join(packages)}", file=sys.stderr)
        return EXIT_MISSING
    print(f"make test: missing {', '.join(packages)}; {install_hint(packages)}",
          file=sys.stderr)  # fmt: skip
    return EXIT_MISSING


def main(argv: list[str]) -> int:
    checks = {"venv": check_venv, "test": check_test_needs}
    if len(argv) != 1 or argv[0] not in checks:
        print(f"usage: python3 -m machine_setup.packages {{{'|'.join(checks)}}}", file=sys.stderr)
        return 2
    return checks[argv[0]]()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
