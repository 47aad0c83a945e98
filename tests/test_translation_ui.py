"""Nynorsk UI strings: Apertium drafts for the .po file, and the compiled catalogue in use."""

import polib
import pytest

from tests import factories
from translation.languages import relative_path
from translation.po import draft_po

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


def test_nynorsk_catalogue_is_complete_and_compiled():
    from django.conf import settings

    folder = settings.LOCALE_PATHS[0] / "nn" / "LC_MESSAGES"
    catalog = polib.pofile(str(folder / "django.po"))
    assert catalog.metadata["Language"] == "nn"
    active = [entry for entry in catalog if not entry.obsolete]
    assert len(active) > 100
    assert not [entry.msgid for entry in active if "fuzzy" in entry.flags]
    assert not [entry.msgid for entry in active if not entry.translated()]
    compiled = {entry.msgid: entry.msgstr for entry in polib.mofile(str(folder / "django.mo"))}
    for entry in active:
        if not entry.msgid_plural:
            assert compiled.get(entry.msgid) == entry.msgstr, entry.msgid


@pytest.mark.django_db
def test_public_pages_in_nn_show_nynorsk_ui(client, home_nb, home_nn):
    home_nb.save_revision().publish()
    home_nn.save_revision().publish()
    html = client.get(home_nn.get_url()).content.decode()
    assert "Hopp til hovudinnhald" in html
    assert "Hopp til hovedinnhold" not in html
    html = client.get(home_nb.get_url()).content.decode()
    assert "Hopp til hovedinnhold" in html


@pytest.mark.django_db
def test_not_translated_note_in_nynorsk(client, home_nb):
    section = factories.ContributorPageFactory(parent=home_nb, title="Agder fylkesbibliotek")
    section.save_revision().publish()
    page = factories.CoursePageFactory(parent=section, title="Bare på bokmål")
    page.save_revision().publish()
    html = client.get(f"/nn/{relative_path(page)}").content.decode()
    assert "Denne sida finst ikkje på nynorsk" in html
    assert "Sida er skriven på bokmål og er ikkje omsett til nynorsk enno." in html
    assert 'lang="nb"' in html
