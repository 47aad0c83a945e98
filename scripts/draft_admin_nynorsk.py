"""Draft the Nynorsk admin catalogues from the Bokmål ones with Apertium.

Wagtail, wagtail-localize and wagtailmedia ship no Nynorsk. This script takes every Bokmål
translation they ship plus ours (admin_locale/locale/nb, which wins where both have one),
translates it with `apertium -u -f html nob-nno_e` and writes
admin_locale/locale/nn/LC_MESSAGES/{django,djangojs}.po. Placeholders (%(name)s, %s, {name}, {})
are swapped for inert tags before Apertium and put back after, HTML tags pass through Apertium's
HTML format. Then the hand corrections below (from proofreading the admin screens in Nynorsk)
are applied, so running the script again gives the committed files.

    .venv/bin/python scripts/draft_admin_nynorsk.py
    .venv/bin/python manage.py compilemessages
"""

import html
import re
import subprocess
import sys
from pathlib import Path

import wagtail
import wagtail_localize

import polib
import wagtailmedia

ROOT = Path(__file__).resolve().parent.parent
OURS = ROOT / "admin_locale" / "locale"
PACKAGES = [Path(p.__file__).parent for p in (wagtail, wagtail_localize, wagtailmedia)]
DOMAINS = ("django", "djangojs")
PLACEHOLDER = re.compile(r"%\([A-Za-z_0-9]+\)[sdif]|%[sdif]|\{[A-Za-z_0-9]*\}")
MARK = re.compile(r'<ph n="(\d+)"/>')
STRING = re.compile(r'<p id="k(\d+)">(.*?)</p>', re.S)

# Word-level fixes for Apertium's usual slips in this vocabulary (whole words only).
WORD_FIXES = {
    "blir her oppretta": "blir oppretta her",
    "Sidas synlighet": "Synlegheit for sida",
    "Filtrar": "Filtrer",
    "Redigerar": "Redigerer",
    "Laster": "Lastar",
    "Sletter": "Slettar",
    "Kilde": "Kjelde",
    "Oversett": "Omset",
    "Kopiar": "Kopier",
    "Laus": "Løys",
    "Løyse": "Løys",
    "ei blokk": "ein blokk",
}
# "sidan" is Apertium's definite form of "side"; Nynorsk has "sida". Not where it means "since".
SIDAN = re.compile(r"(?<!\)s )\b([Ss])idan\b(?! førre)")

# Whole-string corrections after proofreading, keyed by msgid.
CORRECTIONS = {
    "Search all pages…": "Søk i alle sider …",
    "Translate this page": "Omset denne sida",
    "Translate page": "Omset sida",
    "Translate": "Omset",
    "Translate with ": "Omset med ",
    "Translate all missing strings with ": "Omset alle manglande tekstar med ",
    "Translations": "Omsetjingar",
    "Locales": "Språk",
    "Help": "Hjelp",
    "Comment": "Kommentar",
    "Request changes": "Be om endringar",
    "Approve with comment": "Godkjenn med kommentar",
    "Add video": "Legg til video",
    "Insert a block": "Set inn ein blokk",
    "No publishing schedule set": "Ingen publiseringsplan er sett",
    "Move selected pages": "Flytt valde sider",
    "Removing editor lock": "Låser opp redigeringa",
}

HEADER = {
    "Project-Id-Version": "Kompetansebanken admin",
    "PO-Revision-Date": "2026-12-02 04:00+0100",
    "Last-Translator": "Kompetansebanken",
    "Language-Team": "Norwegian Nynorsk",
    "Language": "nn",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=2; plural=(n != 1);",
}


def bokmal_entries(domain):
    """{(msgctxt, msgid): entry}: the packages' Bokmål first, ours laid over them."""
    entries = {}
    files = [f for p in PACKAGES for f in sorted(p.glob(f"**/locale/nb/LC_MESSAGES/{domain}.po"))]
    files.append(OURS / "nb" / "LC_MESSAGES" / f"{domain}.po")
    for po_file in files:
        for entry in polib.pofile(str(po_file)):
            if entry.obsolete or entry.fuzzy:
                continue
            if entry.msgstr or any(entry.msgstr_plural.values()):
                entries[(entry.msgctxt, entry.msgid)] = entry
    return entries


def protect(text):
    found = []

    def swap(match):
        found.append(match.group(0))
        return f'<ph n="{len(found) - 1}"/>'

    return PLACEHOLDER.sub(swap, text), found


def apertium(texts):
    """Translate many strings in one Apertium run; returns them in order."""
    protected = [protect(text) for text in texts]
    source = "\n".join(f'<p id="k{i}">{text}</p>' for i, (text, _) in enumerate(protected))
    result = subprocess.run(
        ["apertium", "-u", "-f", "html", "nob-nno_e"],
        input=source,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    translated = {int(key): body for key, body in STRING.findall(result)}
    output = []
    for i, (original, (_, found)) in enumerate(zip(texts, protected, strict=True)):
        body = translated.get(i)
        if body is None:
            output.append(original)
            continue
        body = MARK.sub(lambda m, found=found: found[int(m.group(1))], body)
        if "&" in body and "&" not in original:
            body = html.unescape(body)
        for wrong, right in WORD_FIXES.items():
            body = re.sub(rf"\b{re.escape(wrong)}\b", right, body)
        body = SIDAN.sub(r"\1ida", body)
        lead = original[: len(original) - len(original.lstrip())]
        trail = original[len(original.rstrip()) :]
        output.append(lead + body.strip() + trail)
    return output


def draft(domain):
    entries = sorted(
        bokmal_entries(domain).items(), key=lambda item: (item[0][1], item[0][0] or "")
    )
    texts = []
    for _, entry in entries:
        texts.extend(entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr])
    translated = iter(apertium(texts))
    po = polib.POFile()
    po.metadata = dict(HEADER)
    po.header = (
        "Nynorsk for the Wagtail admin (Wagtail, wagtail-localize, wagtailmedia), drafted with "
        "Apertium from the Bokmål by scripts/draft_admin_nynorsk.py and proofread."
    )
    for (msgctxt, msgid), source in entries:
        entry = polib.POEntry(msgid=msgid, msgctxt=msgctxt, flags=list(source.flags))
        if source.msgid_plural:
            entry.msgid_plural = source.msgid_plural
            entry.msgstr_plural = {n: next(translated) for n in source.msgstr_plural}
        else:
            drafted = next(translated)
            entry.msgstr = CORRECTIONS.get(msgid, drafted)
        po.append(entry)
    target = OURS / "nn" / "LC_MESSAGES" / f"{domain}.po"
    target.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(target))
    return len(po)


def main():
    for domain in DOMAINS:
        print(f"{domain}: {draft(domain)} strings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
