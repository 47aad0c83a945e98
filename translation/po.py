"""Draft the Nynorsk UI translation (a gettext .po file) with Apertium.

The source strings (msgid) are Bokmål. Empty entries get an Apertium draft in one batch and
are marked fuzzy, so they are not used until someone has checked them and removed the flag.
Placeholders (%(name)s, %s, %%, {name}) are kept out of Apertium's way and put back as they
were.
"""

import html
import re

import polib

from translation.apertium import run_apertium

PLACEHOLDER = re.compile(r"%\([^)]+\)[sdif]|%[sdif%]|\{[A-Za-z_0-9]*\}")
MARKER = re.compile(r'<img data-ph="(\d+)">')
PLURAL_FORMS = "nplurals=2; plural=(n != 1);"


def _protect(text, placeholders):
    def keep(match):
        placeholders.append(match.group(0))
        return f'<img data-ph="{len(placeholders) - 1}">'

    return PLACEHOLDER.sub(keep, text)


def _restore(text, placeholders, original):
    text = MARKER.sub(lambda match: placeholders[int(match.group(1))], text)
    # Apertium escapes a bare "<", ">" or "&"; undo that unless the source was escaped too.
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")):
        if entity not in original:
            text = text.replace(entity, char)
    return html.unescape(text) if "&" in text and "&" not in original else text


def translate_messages(texts, mode="nob-nno_e", timeout=120):
    """Translate UI strings, placeholders and inline HTML kept."""
    prepared = []
    slots = []
    for text in texts:
        placeholders = []
        prepared.append(_protect(text, placeholders))
        slots.append(placeholders)
    translated = run_apertium(mode, prepared, timeout=timeout) if prepared else []
    return [
        _restore(result.strip(), placeholders, original)
        for result, placeholders, original in zip(translated, slots, texts, strict=True)
    ]


def draft_po(path, mode="nob-nno_e", language="nn"):
    """Fill every untranslated entry of the .po file with a fuzzy Apertium draft.

    Returns the number of entries drafted.
    """
    catalog = polib.pofile(str(path), wrapwidth=100)
    catalog.metadata["Language"] = language
    catalog.metadata["Plural-Forms"] = PLURAL_FORMS
    todo = [
        entry
        for entry in catalog
        if not entry.obsolete
        and not (entry.msgstr or any(entry.msgstr_plural.values() if entry.msgstr_plural else []))
    ]
    texts = []
    for entry in todo:
        texts.append(entry.msgid)
        if entry.msgid_plural:
            texts.append(entry.msgid_plural)
    results = iter(translate_messages(texts, mode=mode))
    for entry in todo:
        singular = next(results)
        if entry.msgid_plural:
            plural = next(results)
            entry.msgstr_plural = {0: singular, 1: plural}
        else:
            entry.msgstr = singular
        if "fuzzy" not in entry.flags:
            entry.flags.append("fuzzy")
    catalog.save(str(path))
    return len(todo)
