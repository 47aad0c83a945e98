"""The whole demo through translation and the Målform report, as Ressursgruppen and translators
meet it: every page the demo creates, in Bokmål and in Nynorsk, can be submitted for translation
and synced through wagtail-localize's admin views, and is counted in the report, whose page and
exports answer with the whole demo content.

The demo is seeded once for the module (in a transaction rolled back at the end); each test runs
in its own savepoint, so one language's walk does not see the other's changes.
"""

import csv
import io

from django.core.management import call_command
from django.db import transaction
from django.urls import reverse

from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

import pytest
from openpyxl import load_workbook

from home.models import HomePage, content_types
from translation.report import malform_rows, page_words

OTHER = {"nb": "nn", "nn": "nb"}


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("seed_demo", "--no-progress", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


def demo_pages(language):
    """Every page below the language's home page, parents before children."""
    home = HomePage.objects.get(locale__language_code=language)
    return [page.specific for page in home.get_descendants().order_by("path")]


def has_video(page):
    return any(block.block_type == "video" for block in getattr(page, "body", None) or [])


def live_text_pages():
    return [
        page
        for model in content_types()
        for page in model.objects.live().filter(alias_of__isnull=True).select_related("locale")
    ]


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_every_demo_page_can_be_submitted_for_translation_and_synced(demo, admin_client, language):
    pages = demo_pages(language)
    assert len(pages) > 100
    assert any(has_video(page) for page in pages), "the demo must hold videos"
    # The demo holds both languages of every page. Start the other language from nothing, as a
    # translator does with a page that exists in one language only.
    target_locale = Locale.objects.get(language_code=OTHER[language])
    for child in HomePage.objects.get(locale=target_locale).get_children():
        child.delete()

    failures = []
    for page in pages:
        submit = admin_client.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            {"locales": [target_locale.pk]},
        )
        target = Page.objects.filter(
            translation_key=page.translation_key, locale=target_locale
        ).first()
        if submit.status_code != 302 or target is None:
            failures.append(f"submit {page.title!r} ({page.pk}): {submit.status_code}")
            continue
        source = TranslationSource.objects.get(object_id=page.translation_key)
        sync = admin_client.post(reverse("wagtail_localize:update_translations", args=[source.pk]))
        if sync.status_code != 302:
            failures.append(f"sync {page.title!r} ({page.pk}): {sync.status_code}")
    assert not failures, "\n".join(failures)


def test_every_demo_page_is_counted_in_the_malform_report(demo):
    pages = live_text_pages()
    videos = [page for page in pages if has_video(page)]
    assert {page.locale.language_code for page in videos} == {"nb", "nn"}
    uncounted = [f"{page.title} ({page.locale})" for page in pages if page_words(page) == 0]
    assert not uncounted

    total = malform_rows()[0]
    groups = {page.translation_key for page in pages}
    assert total.nb_pages + total.nn_pages == len(groups)
    assert total.nb_pages > 0 and total.nn_pages > 0
    assert total.both_languages == len(groups)


def test_malform_report_and_exports_answer_with_the_whole_demo(demo, admin_client):
    total = malform_rows()[0]
    url = reverse("kb_malform_report")

    response = admin_client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Hele Kompetansebanken" in html
    assert "Innlandet fylkesbibliotek" in html

    response = admin_client.get(url, {"export": "csv"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8"))))
    assert rows[1][0] == "Hele Kompetansebanken"
    assert int(rows[1][2]) == total.nb_words
    assert int(rows[1][5]) == total.nn_words

    response = admin_client.get(url, {"export": "xlsx"})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert sheet.cell(row=2, column=1).value == "Hele Kompetansebanken"
    assert sheet.cell(row=2, column=3).value == total.nb_words
