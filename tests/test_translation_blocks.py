"""Blocks with an optional chooser, left empty, through the whole translation path: segment
extraction, submit for translation, Apertium, publishing the translation, sync, the public page
and the Målform word count.

Optional by declaration: the video file or the link to a video service (a video has one of the
two), the author's photo. Required but empty in a draft (Wagtail defers required-field checks
for drafts): the image, the document and the related page. The project has no snippet chooser
block. Each value is given as the database stores it, so existing content is covered too.
"""

import json

from django.urls import reverse

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation
from wagtail_localize.segments.extract import extract_segments

import pytest

from tests import factories
from tests.factories import make_video
from translation.report import malform_rows, page_words

pytestmark = pytest.mark.django_db

VIDEO_LINK = "https://www.youtube.com/watch?v=kb-bokprat"
TEXT = "<p>Biblioteket ønsker å lære mer om bokprat.</p>"


def video_with_empty_link(ids):
    return {
        "title": "Slik holder du en bokprat",
        "video": ids["video"],
        "embed": "",
        "transcript": TEXT,
    }


def link_with_empty_video(ids):
    return {
        "title": "Slik holder du en bokprat",
        "video": None,
        "embed": VIDEO_LINK,
        "transcript": "",
    }


CASES = {
    # name: (StreamField, block type, stored value, what the public page shows)
    "video file, no link": ("body", "video", video_with_empty_link, "<video controls"),
    "link, no video file": ("body", "video", link_with_empty_video, f'href="{VIDEO_LINK}"'),
    "author without photo": (
        "authors",
        "author",
        lambda ids: {
            "name": "Kari Nordmann",
            "role": "Rådgiver",
            "bio": "Kari ønsker mer bokprat.",
            "photo": None,
        },
        "Kari Nordmann",
    ),
    "image block without image (draft)": (
        "body",
        "image",
        lambda ids: {"image": None, "alt_text": "", "decorative": False, "caption": "Biblioteket"},
        "Vi gjorde dette",
    ),
    "document block without document (draft)": (
        "body",
        "document",
        lambda ids: {"document": None, "title": "Planen", "description": "Biblioteket ønsker mer"},
        "Vi gjorde dette",
    ),
    "related page without page (draft)": ("related", "page", lambda ids: None, "Vi gjorde dette"),
}


@pytest.fixture
def initiative(home_nb):
    nn = Locale.objects.get(language_code="nn")
    section = factories.ContributorPageFactory(parent=home_nb, title="Innlandet fylkesbibliotek")
    section.save_revision().publish()
    section.copy_for_translation(nn).save_revision().publish()
    return factories.InitiativePageFactory(
        parent=section,
        title="Biblioteket ønsker å lære mer",
        summary="Vi ønsker mer bokprat.",
        status="pagar",
    )


@pytest.mark.parametrize("case", CASES)
def test_empty_optional_chooser_extracts_translates_renders_and_counts(
    case, initiative, admin_client, django_capture_on_commit_callbacks
):
    field, block_type, value, shown = CASES[case]
    ids = {"video": make_video().pk}
    stored = [
        {"type": block_type, "value": value(ids), "id": "5b0e4f2c-0000-4000-8000-000000000001"}
    ]
    if field != "body":
        # Keep a text block in the body so the page has something to show besides the block.
        setattr(initiative, field, json.dumps(stored))
    else:
        initiative.body = json.dumps(
            [
                {
                    "type": "text",
                    "value": "<p>Vi gjorde dette.</p>",
                    "id": "5b0e4f2c-0000-4000-8000-000000000002",
                }
            ]
            + stored
        )
    initiative.save_revision().publish()
    page = Page.objects.get(pk=initiative.pk).specific

    assert extract_segments(page)
    source_html = admin_client.get(page.get_url()).content.decode()
    assert shown in source_html
    words = page_words(page)
    assert words > 0

    nn = Locale.objects.get(language_code="nn")
    response = admin_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [nn.pk]}
    )
    assert response.status_code == 302
    target = page.get_translation(nn)
    translation = Translation.objects.get(source__object_id=page.translation_key)
    edit_url = reverse("wagtailadmin_pages:edit", args=[target.pk])
    assert admin_client.get(edit_url).status_code == 200

    response = admin_client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": edit_url}
    )
    assert response.status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(edit_url, {"action": "publish"})
    target = Page.objects.get(pk=target.pk).specific
    assert target.live
    assert "ønskjer" in target.title

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtail_localize:update_translations", args=[translation.source_id]),
            {"publish_translations": "on"},
        )
    assert response.status_code == 302

    response = admin_client.get(target.get_url())
    assert response.status_code == 200
    assert shown in response.content.decode()
    assert page_words(target) > 0
    total = malform_rows()[0]
    assert (total.nb_pages, total.both_languages) == (1, 1)
    assert total.nb_words == words
