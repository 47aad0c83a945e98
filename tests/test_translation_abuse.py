"""Apertium under abuse: time-outs kill the whole pipeline, oversized input and too many runs at
once are refused with a Norwegian message before Apertium starts."""

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation

import pytest

from tests import factories
from translation.apertium import (
    ApertiumTranslator,
    MachineTranslationError,
    run_apertium,
)

SENTENCE = "Biblioteket ønsker å lære mer om bokprat for barn og voksne. "


def processes_with_marker(marker):
    """Live processes (not zombies) whose environment carries `marker`: ours and their children,
    never another user's Apertium on this machine."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            environ = (entry / "environ").read_bytes()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
        if state != "Z" and marker.encode() in environ:
            found.append((int(entry.name), command))
    return found


def wait_until_gone(marker, seconds=3.0):
    deadline = time.monotonic() + seconds
    while (left := processes_with_marker(marker)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left


@pytest.fixture
def marker(monkeypatch):
    """An environment variable every process started by this test inherits."""
    value = f"kb-apertium-test-{uuid.uuid4().hex}"
    monkeypatch.setenv("KB_TEST_PROCESS_MARK", value)
    return value


@pytest.fixture
def slow_pipeline(tmp_path):
    """A stand-in for the `apertium` shell script: a pipeline that runs far past any time-out."""
    script = tmp_path / "slow-apertium"
    script.write_text("#!/bin/sh\nsleep 60 | sleep 60 | cat\n")
    script.chmod(0o755)
    return str(script)


def test_time_out_kills_every_stage_of_a_slow_pipeline(marker, slow_pipeline, tmp_path):
    started = time.monotonic()
    with pytest.raises(MachineTranslationError, match="tok mer enn 0.5 sekunder"):
        run_apertium("nob-nno_e", ["Hei"], command=slow_pipeline, timeout=0.5, lock_dir=tmp_path)
    assert time.monotonic() - started < 5
    assert wait_until_gone(marker) == []


def test_no_apertium_process_survives_a_time_out(marker, tmp_path):
    texts = [SENTENCE * 40 for _ in range(40)]  # about 100,000 characters: several seconds
    with pytest.raises(MachineTranslationError, match="tok mer enn"):
        run_apertium("nob-nno_e", texts, timeout=0.3, max_characters=200_000, lock_dir=tmp_path)
    assert wait_until_gone(marker) == []


def test_oversized_input_is_refused_before_apertium_starts(tmp_path):
    started = tmp_path / "started"
    script = tmp_path / "apertium"
    script.write_text(f"#!/bin/sh\ntouch {started}\ncat\n")
    script.chmod(0o755)
    translator = ApertiumTranslator(
        {"COMMAND": str(script), "MAX_CHARACTERS": 1000, "LOCK_DIR": str(tmp_path)}
    )
    nb, nn = Locale(language_code="nb"), Locale(language_code="nn")
    with pytest.raises(MachineTranslationError) as refused:
        translator.translate_html(nb, nn, ["a" * 600, "b" * 600])
    assert "Teksten er for lang for maskinoversettelse (1200 tegn; grensen er 1000)" in str(
        refused.value
    )
    assert not started.exists()


def hold_slot(lock_dir, slot=0):
    """Another worker process holding one Apertium slot until it is killed."""
    code = (
        "import fcntl, sys, time; "
        f"f = open({str(Path(lock_dir) / f'slot-{slot}.lock')!r}, 'a'); "
        "fcntl.flock(f, fcntl.LOCK_EX); print('holding', flush=True); time.sleep(60)"
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "holding"
    return holder


def test_runs_beyond_the_limit_are_told_to_try_again_shortly(tmp_path):
    holders = [hold_slot(tmp_path, slot) for slot in range(2)]
    try:
        with pytest.raises(MachineTranslationError, match="Prøv igjen om litt"):
            run_apertium("nob-nno_e", ["Hei"], max_concurrent=2, lock_dir=tmp_path)
    finally:
        for holder in holders[1:]:
            holder.kill()
            holder.wait()
    # One slot frees up: the next translation runs.
    assert run_apertium("nob-nno_e", ["Eg ønsker"], max_concurrent=2, lock_dir=tmp_path)
    holders[0].kill()
    holders[0].wait()


@pytest.fixture
def course(contributor):
    page = factories.CoursePageFactory(
        parent=contributor, title="Biblioteket ønsker å lære mer", summary="Vi ønsker mer."
    )
    page.save_revision().publish()
    return page


def test_editor_is_told_to_try_again_and_nothing_changes(client, course, tmp_path, settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "translation.apertium.ApertiumTranslator",
        "OPTIONS": {"MAX_CONCURRENT": 1, "LOCK_DIR": str(tmp_path)},
    }
    client.force_login(get_user_model().objects.create_superuser("admin", "a@example.no", "pw"))
    nn = Locale.objects.get(language_code="nn")
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[course.pk]),
        {"locales": [nn.pk]},
    )
    translation = Translation.objects.get(source__object_id=course.translation_key)
    target = course.get_translation(nn)
    holder = hold_slot(tmp_path)
    try:
        response = client.post(
            reverse("wagtail_localize:machine_translate", args=[translation.pk]),
            {"next": reverse("wagtailadmin_pages:edit", args=[target.pk])},
            follow=True,
        )
    finally:
        holder.kill()
        holder.wait()
    assert response.status_code == 200
    assert "Prøv igjen om litt" in response.content.decode()
    assert not StringTranslation.objects.filter(locale=nn).exists()


def test_limits_are_settings(settings):
    options = settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR["OPTIONS"]
    translator = ApertiumTranslator(options)
    assert translator.max_characters == options["MAX_CHARACTERS"] > 0
    assert translator.max_concurrent == options["MAX_CONCURRENT"] >= 1
