"""Seconds to machine-translate a 2,000-word page from Bokmål to Nynorsk with Apertium.

Run from the project root:  .venv/bin/python bench/translate.py [--words 2000] [--runs 3]

The page is built the way wagtail-localize hands it to the translator: one string per
paragraph, heading or list item, with inline markup and <a id="aN"> link ids. The whole page
goes to Apertium as one batch, exactly as in the translation editor. Prints the best and the
median wall-clock time of the runs; the goal is under 5 seconds.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

SENTENCES = [
    "Biblioteket ønsker å lære mer om hvordan vi kan nå nye lesere.",
    "Kurset gir deg <b>praktiske råd</b> om bokprat for barn og unge.",
    'Les mer i <a id="a1">håndboken om meråpent bibliotek</a> før du begynner.',
    "Fylkesbiblioteket har laget en startpakke som alle ansatte kan bruke.",
    "Vi anbefaler at dere setter av tid til refleksjon etter hver leksjon.",
    "Mange bibliotek har gode erfaringer med <i>samskaping</i> sammen med innbyggerne.",
    "Konflikter i skranken kan håndteres roligere når hele personalet har øvd sammen.",
    "Det er viktig å tenke på personvern når bibliotekets arrangementer strømmes.",
    "Spillformidling kan gi nye brukergrupper lyst til å komme tilbake.",
    "Oppgavene passer både for små filialer og for store hovedbibliotek.",
    "Ressursgruppen koordinerer arbeidet og sørger for at innholdet holdes oppdatert.",
    "Etter et år så vi at utlånet hadde økt, og at flere familier brukte biblioteket.",
]


def build_page(words):
    """Strings of a page with about `words` words: paragraphs of four sentences."""
    strings = []
    count = 0
    number = 0
    while count < words:
        if number % 6 == 0:
            heading = f"Del {number // 6 + 1}: Hvordan bibliotekene kan samarbeide"
            strings.append(heading)
            count += len(heading.split())
        picked = (SENTENCES[(number * 5 + i) % len(SENTENCES)] for i in range(4))
        paragraph = f"Punkt {number + 1}. " + " ".join(picked)
        strings.append(paragraph)
        count += len(paragraph.replace("<", " <").split()) - paragraph.count("<a ")
        number += 1
    return strings, count


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kb_site.settings.dev")
    import django

    django.setup()

    from wagtail.models import Locale
    from wagtail_localize.machine_translators import get_machine_translator
    from wagtail_localize.strings import StringValue

    translator = get_machine_translator()
    source, target = Locale(language_code="nb"), Locale(language_code="nn")
    if translator is None or not translator.can_translate(source, target):
        sys.exit("Apertium (nob-nno_e) is not installed or not configured.")
    texts, words = build_page(args.words)
    strings = [StringValue(text) for text in texts]

    timings = []
    for _run in range(args.runs):
        started = time.perf_counter()
        result = translator.translate(source, target, strings)
        timings.append(time.perf_counter() - started)
        assert len(result) == len(strings)
    print(
        f"{words} words in {len(strings)} strings, {args.runs} runs: "
        f"best {min(timings):.2f} s, median {statistics.median(timings):.2f} s"
    )


if __name__ == "__main__":
    main()
