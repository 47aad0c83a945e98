"""`scripts/system-packages.sh`, which `make run` and `make test` (and so CI) call first: its
decisions, with stand-ins for `dpkg`, `apt-get` and `id` first on PATH (the real packages on
this machine are left alone)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "system-packages.sh"
TEST_PACKAGES = ["apertium", "apertium-nno-nob", "chromium", "fonts-dejavu-core", "gettext"]

FAKE_DPKG = """#!/bin/sh
# dpkg -s PACKAGE: installed when listed in $FAKE_STATE/installed.
[ "$1" = "-s" ] || exit 2
if grep -qx "$2" "$FAKE_STATE/installed"; then
    printf 'Package: %s\\nStatus: install ok installed\\n' "$2"
else
    echo "dpkg-query: package '$2' is not installed" >&2
    exit 1
fi
"""
FAKE_APT_GET = """#!/bin/sh
# Logs each call with DEBIAN_FRONTEND; "install" marks its packages installed.
echo "DEBIAN_FRONTEND=$DEBIAN_FRONTEND $*" >> "$FAKE_STATE/apt-get.log"
if [ "$1" = "install" ]; then
    for arg in "$@"; do
        case "$arg" in install|-*) ;; *) echo "$arg" >> "$FAKE_STATE/installed" ;; esac
    done
fi
"""
FAKE_ID = """#!/bin/sh
[ "$1" = "-u" ] && echo "$FAKE_UID"
"""


@pytest.fixture
def machine(tmp_path):
    """A PATH whose dpkg, apt-get and id are stand-ins; returns run(profile, uid, installed)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, text in (("dpkg", FAKE_DPKG), ("apt-get", FAKE_APT_GET), ("id", FAKE_ID)):
        (bin_dir / name).write_text(text)
        (bin_dir / name).chmod(0o755)

    def run(profile, uid, installed):
        (tmp_path / "installed").write_text("".join(f"{name}\n" for name in installed))
        env = {
            "PATH": f"{bin_dir}:{os.environ['PATH']}",
            "FAKE_STATE": str(tmp_path),
            "FAKE_UID": str(uid),
            "PYTHON": sys.executable,
        }
        result = subprocess.run(
            [str(SCRIPT), profile], env=env, capture_output=True, text=True, timeout=60
        )
        log = tmp_path / "apt-get.log"
        result.apt_calls = log.read_text().splitlines() if log.exists() else []
        return result

    return run


def test_root_installs_what_is_missing_quietly_and_without_questions(machine):
    result = machine("test", uid=0, installed=["apertium", "gettext"])
    assert result.returncode == 0, result.stderr
    assert result.apt_calls == [
        "DEBIAN_FRONTEND=noninteractive update -qq",
        "DEBIAN_FRONTEND=noninteractive install -y -qq --no-install-recommends "
        "apertium-nno-nob chromium fonts-dejavu-core",
    ]


def test_anyone_else_is_stopped_with_the_exact_command(machine):
    result = machine("test", uid=1000, installed=["gettext", "fonts-dejavu-core"])
    assert result.returncode == 1
    assert result.apt_calls == []
    assert (
        "    sudo apt-get install -y --no-install-recommends apertium apertium-nno-nob chromium\n"
        in result.stderr
    )
    assert "machine translation nb<->nn" in result.stderr
    assert "browser and accessibility (axe) tests" in result.stderr
    assert "then run make test again." in result.stderr


def test_nothing_to_do_when_everything_is_there(machine):
    for uid in (0, 1000):
        result = machine("test", uid=uid, installed=TEST_PACKAGES)
        assert result.returncode == 0, result.stderr
        assert result.apt_calls == []
        assert result.stdout == result.stderr == ""


def test_serving_the_site_needs_only_apertium(machine):
    result = machine("run", uid=1000, installed=["apertium", "apertium-nno-nob"])
    assert result.returncode == 0, result.stderr
    result = machine("run", uid=1000, installed=["apertium"])
    assert result.returncode == 1
    assert "sudo apt-get install -y --no-install-recommends apertium-nno-nob\n" in result.stderr
    assert "then run make run again." in result.stderr


def test_make_run_make_test_and_ci_go_through_the_script():
    def dry_run(target):
        return subprocess.run(
            ["make", "-n", target], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout

    assert "scripts/system-packages.sh test" in dry_run("test")
    assert "scripts/system-packages.sh run" in dry_run("run")
    commands = dry_run("test")
    assert "ruff check" in commands and "makemigrations --check" in commands
    assert "pytest" in commands
    ci = (ROOT / ".ci" / "run").read_text()
    assert "apt-get" not in ci and 'make test PYTEST_ARGS="--create-db"' in ci
