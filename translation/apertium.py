"""A wagtail-localize machine translator backed by Apertium (nb ↔ nn).

All strings of a page go to one Apertium process: each string is wrapped in its own block
element (so Apertium treats it as a separate sentence) and the output is split on the same
markers. Apertium's HTML format keeps inline markup, including the ``<a id="a1">`` ids that
wagtail-localize puts on links.
"""

import fcntl
import functools
import html
import os
import re
import shutil
import signal
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue, lstrip_keep, rstrip_keep

DEFAULT_MODES = {"nb:nn": "nob-nno_e", "nn:nb": "nno-nob"}
DEFAULT_TIMEOUT = 30
DEFAULT_COMMAND = "apertium"
# About 15,000 words: a long course page is a few thousand. Larger batches are refused before
# Apertium starts (one batch of 2,300 words takes 1-2 seconds of a CPU core).
DEFAULT_MAX_CHARACTERS = 100_000
# Apertium runs at once on one machine; more requests are told to try again shortly.
DEFAULT_MAX_CONCURRENT = 2

_SEGMENT = re.compile(r'<div class="kbseg" id="kbseg(\d+)">(.*?)</div>', re.DOTALL)


class MachineTranslationError(Exception):
    """Apertium could not translate; the message is shown to the editor as it is."""


def language_code(code):
    return code.split("-")[0].lower()


@functools.lru_cache(maxsize=8)
def installed_modes(command=DEFAULT_COMMAND):
    """The Apertium modes installed on this machine (empty when Apertium is missing)."""
    if shutil.which(command) is None:
        return frozenset()
    try:
        result = subprocess.run(
            [command, "-l"], capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(line.strip() for line in result.stdout.splitlines() if line.strip())


def check_size(texts, max_characters=DEFAULT_MAX_CHARACTERS):
    """Refuse a batch larger than `max_characters` before any Apertium process starts."""
    size = sum(len(text) for text in texts)
    if max_characters and size > max_characters:
        raise MachineTranslationError(
            _(
                "Teksten er for lang for maskinoversettelse (%(size)s tegn; grensen er "
                "%(max)s). Ingenting er endret. Del opp siden, eller oversett teksten selv."
            )
            % {"size": size, "max": max_characters}
        )


@contextmanager
def translation_slot(max_concurrent=DEFAULT_MAX_CONCURRENT, lock_dir=None):
    """Hold one of `max_concurrent` slots for an Apertium run, or refuse at once.

    Each slot is a lock file (``flock``) in `lock_dir`, so the limit holds across every worker
    process on this machine, and a slot is freed when its holder exits, even if it crashes.
    Machines (containers) that do not share `lock_dir` each have their own limit.
    """
    directory = Path(lock_dir or Path(tempfile.gettempdir()) / "kb-apertium-slots")
    directory.mkdir(parents=True, exist_ok=True)
    for slot in range(max_concurrent):
        handle = open(directory / f"slot-{slot}.lock", "a")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            continue
        try:
            yield slot
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
            handle.close()
        return
    raise MachineTranslationError(
        _(
            "Maskinoversettelsen er opptatt med andre oversettelser akkurat nå. Ingenting er "
            "endret. Prøv igjen om litt."
        )
    )


def _kill_process_group(process):
    """Stop the whole pipeline: `apertium` is a shell script whose stages outlive it."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.communicate()


def run_apertium(
    mode,
    texts,
    *,
    command=DEFAULT_COMMAND,
    timeout=DEFAULT_TIMEOUT,
    max_characters=DEFAULT_MAX_CHARACTERS,
    max_concurrent=DEFAULT_MAX_CONCURRENT,
    lock_dir=None,
):
    """Translate HTML fragments with one Apertium process; returns them in the same order."""
    if not texts:
        return []
    check_size(texts, max_characters)
    document = "\n".join(
        f'<div class="kbseg" id="kbseg{number}">{text}</div>' for number, text in enumerate(texts)
    )
    with translation_slot(max_concurrent, lock_dir):
        try:
            # A session of its own: on a time-out the whole process group is killed.
            process = subprocess.Popen(
                [command, "-u", "-f", "html", mode],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                start_new_session=True,
            )
        except OSError as error:
            raise MachineTranslationError(
                _("Maskinoversettelse er ikke tilgjengelig: Apertium kunne ikke startes.")
            ) from error
        try:
            stdout, _stderr = process.communicate(document, timeout=timeout)
        except subprocess.TimeoutExpired as error:
            _kill_process_group(process)
            raise MachineTranslationError(
                _(
                    "Maskinoversettelsen tok mer enn %(seconds)s sekunder og ble avbrutt. "
                    "Ingenting er endret. Prøv igjen senere, eller oversett teksten selv."
                )
                % {"seconds": timeout}
            ) from error
        except BaseException:
            _kill_process_group(process)
            raise
    if process.returncode != 0:
        raise MachineTranslationError(
            _("Maskinoversettelsen feilet (Apertium avsluttet med kode %(code)s).")
            % {"code": process.returncode}
        )
    found = {int(number): text for number, text in _SEGMENT.findall(stdout)}
    if len(found) != len(texts) or set(found) != set(range(len(texts))):
        raise MachineTranslationError(
            _("Maskinoversettelsen ga et uventet svar. Ingenting er endret.")
        )
    return [found[number] for number in range(len(texts))]


class ApertiumTranslator(BaseMachineTranslator):
    """Machine translation between Bokmål and Nynorsk with a locally installed Apertium.

    OPTIONS (all optional): ``MODES`` maps "source:target" language codes to Apertium modes
    (default nb→nn ``nob-nno_e``, nn→nb ``nno-nob``), ``TIMEOUT`` in seconds (default 30),
    ``COMMAND`` (default ``apertium``), ``MAX_CHARACTERS`` per page or snippet (default
    100,000), ``MAX_CONCURRENT`` Apertium runs on one machine (default 2) and ``LOCK_DIR`` for
    the lock files that count them (default: a folder in the system's temporary directory).
    """

    display_name = "Apertium"

    def __init__(self, options):
        super().__init__(options or {})
        self.modes = dict(self.options.get("MODES", DEFAULT_MODES))
        self.timeout = self.options.get("TIMEOUT", DEFAULT_TIMEOUT)
        self.command = self.options.get("COMMAND", DEFAULT_COMMAND)
        self.max_characters = self.options.get("MAX_CHARACTERS", DEFAULT_MAX_CHARACTERS)
        self.max_concurrent = self.options.get("MAX_CONCURRENT", DEFAULT_MAX_CONCURRENT)
        self.lock_dir = self.options.get("LOCK_DIR")

    def get_mode(self, source_locale, target_locale):
        key = (
            f"{language_code(source_locale.language_code)}:"
            f"{language_code(target_locale.language_code)}"
        )
        return self.modes.get(key)

    def can_translate(self, source_locale, target_locale):
        mode = self.get_mode(source_locale, target_locale)
        return bool(mode) and mode in installed_modes(self.command)

    def translate_html(self, source_locale, target_locale, fragments):
        """Translate a list of HTML fragments (the batch form of ``translate``)."""
        mode = self.get_mode(source_locale, target_locale)
        if not mode:
            raise MachineTranslationError(
                _("Maskinoversettelse mellom disse språkene er ikke satt opp.")
            )
        stripped = []
        padding = []
        for fragment in fragments:
            core, left = lstrip_keep(fragment)
            core, right = rstrip_keep(core)
            stripped.append(core)
            padding.append((left, right))
        to_send = [index for index, core in enumerate(stripped) if core.strip()]
        translated = run_apertium(
            mode,
            [stripped[i] for i in to_send],
            command=self.command,
            timeout=self.timeout,
            max_characters=self.max_characters,
            max_concurrent=self.max_concurrent,
            lock_dir=self.lock_dir,
        )
        results = list(stripped)
        for index, text in zip(to_send, translated, strict=True):
            results[index] = text.strip()
        return [left + text + right for text, (left, right) in zip(results, padding, strict=True)]

    def translate(self, source_locale, target_locale, strings):
        strings = list(strings)
        translated = self.translate_html(
            source_locale, target_locale, [string.data for string in strings]
        )
        return {string: StringValue(text) for string, text in zip(strings, translated, strict=True)}


def translate_text(text, source="nb", target="nn", **options):
    """Translate plain text (a convenience for scripts and the shell)."""
    from wagtail.models import Locale

    translator = ApertiumTranslator(options)
    source_locale = Locale(language_code=source)
    target_locale = Locale(language_code=target)
    (result,) = translator.translate_html(source_locale, target_locale, [html.escape(text)])
    return html.unescape(result)
