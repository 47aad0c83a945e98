"""A wagtail-localize machine translator backed by Apertium (nb ↔ nn).

All strings of a page go to one Apertium process: each string is wrapped in its own block
element (so Apertium treats it as a separate sentence) and the output is split on the same
markers. Apertium's HTML format keeps inline markup, including the ``<a id="a1">`` ids that
wagtail-localize puts on links.
"""

import functools
import html
import re
import shutil
import subprocess

from django.utils.translation import gettext_lazy as _

from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue, lstrip_keep, rstrip_keep

DEFAULT_MODES = {"nb:nn": "nob-nno_e", "nn:nb": "nno-nob"}
DEFAULT_TIMEOUT = 30
DEFAULT_COMMAND = "apertium"

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


def run_apertium(mode, texts, *, command=DEFAULT_COMMAND, timeout=DEFAULT_TIMEOUT):
    """Translate HTML fragments with one Apertium process; returns them in the same order."""
    if not texts:
        return []
    document = "\n".join(
        f'<div class="kbseg" id="kbseg{number}">{text}</div>' for number, text in enumerate(texts)
    )
    try:
        result = subprocess.run(
            [command, "-u", "-f", "html", mode],
            input=document,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise MachineTranslationError(
            _(
                "Maskinoversettelsen tok mer enn %(seconds)s sekunder og ble avbrutt. "
                "Ingenting er endret. Prøv igjen senere, eller oversett teksten selv."
            )
            % {"seconds": timeout}
        ) from error
    except OSError as error:
        raise MachineTranslationError(
            _("Maskinoversettelse er ikke tilgjengelig: Apertium kunne ikke startes.")
        ) from error
    if result.returncode != 0:
        raise MachineTranslationError(
            _("Maskinoversettelsen feilet (Apertium avsluttet med kode %(code)s).")
            % {"code": result.returncode}
        )
    found = {int(number): text for number, text in _SEGMENT.findall(result.stdout)}
    if len(found) != len(texts) or set(found) != set(range(len(texts))):
        raise MachineTranslationError(
            _("Maskinoversettelsen ga et uventet svar. Ingenting er endret.")
        )
    return [found[number] for number in range(len(texts))]


class ApertiumTranslator(BaseMachineTranslator):
    """Machine translation between Bokmål and Nynorsk with a locally installed Apertium.

    OPTIONS (all optional): ``MODES`` maps "source:target" language codes to Apertium modes
    (default nb→nn ``nob-nno_e``, nn→nb ``nno-nob``), ``TIMEOUT`` in seconds (default 30),
    ``COMMAND`` (default ``apertium``).
    """

    display_name = "Apertium"

    def __init__(self, options):
        super().__init__(options or {})
        self.modes = dict(self.options.get("MODES", DEFAULT_MODES))
        self.timeout = self.options.get("TIMEOUT", DEFAULT_TIMEOUT)
        self.command = self.options.get("COMMAND", DEFAULT_COMMAND)

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
            mode, [stripped[i] for i in to_send], command=self.command, timeout=self.timeout
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
