"""Nynorsk UI strings: Apertium drafts for the .po file, and the compiled catalogue in use."""

import polib

from home.translation.po import draft_po

PO = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Hopp til hovedinnhold"
msgstr ""

msgid "Publisert %(date)s av %(name)s for bibliotekene."
msgstr ""

msgid "Les mer i <a href=\\"/nb/\\">håndboken</a>."
msgstr ""

msgid "Én side"
msgid_plural "%(count)s sider"
msgstr[0] ""
msgstr[1] ""

msgid "Allerede oversatt"
msgstr "Allereie omsett"
"""


def test_draft_po_fills_empty_entries_keeping_placeholders(tmp_path):
    path = tmp_path / "django.po"
    path.write_text(PO, encoding="utf-8")
    assert draft_po(path) == 4
    catalog = polib.pofile(str(path))
    entries = {entry.msgid: entry for entry in catalog}
    assert entries["Hopp til hovedinnhold"].msgstr == "Hopp til hovudinnhald"
    drafted = entries["Publisert %(date)s av %(name)s for bibliotekene."]
    assert drafted.msgstr == "Publisert %(date)s av %(name)s for biblioteka."
    assert "fuzzy" in drafted.flags
    assert entries['Les mer i <a href="/nb/">håndboken</a>.'].msgstr.startswith(
        'Les meir i <a href="/nb/">'
    )
    assert entries["Én side"].msgstr_plural[1] == "%(count)s sider"
    assert entries["Allerede oversatt"].msgstr == "Allereie omsett"
    assert "fuzzy" not in entries["Allerede oversatt"].flags
    assert catalog.metadata["Plural-Forms"] == "nplurals=2; plural=(n != 1);"
