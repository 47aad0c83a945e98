"""Apertium machine translation (real Apertium): the translator itself and through the
wagtail-localize editor's own endpoints."""

from django.contrib.auth import get_user_model
from django.test import override_settings
from django.urls import reverse

from wagtail.models import Locale, Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringTranslation, Translation
from wagtail_localize.strings import StringValue

import pytest

from tests import factories
from translation.apertium import (
    ApertiumTranslator,
    MachineTranslationError,
    run_apertium,
    translate_text,
)

pytestmark = pytest.mark.django_db


def locales():
    return Locale.objects.get(language_code="nb"), Locale.objects.get(language_code="nn")


def test_bokmal_to_nynorsk():
    assert "ønskjer" in translate_text("Biblioteket ønsker å lære mer.")


def test_nynorsk_to_bokmal():
    text = translate_text("Biblioteket ønskjer å lære meir.", "nn", "nb")
    assert "ønsker" in text
    assert "meir" not in text


def test_settings_use_the_apertium_translator():
    translator = get_machine_translator()
    assert isinstance(translator, ApertiumTranslator)
    nb, nn = locales()
    assert translator.can_translate(nb, nn)
    assert translator.can_translate(nn, nb)
    assert not translator.can_translate(nb, nb)


def test_inline_markup_and_link_ids_survive_in_one_batch():
    nb, nn = locales()
    strings = [
        StringValue('Vi <b>ønsker</b> å <a id="a1">lære</a> <i>mer</i>.'),
        StringValue("Biblioteket ønsker å lære mer."),
        StringValue("Bøker &amp; spill"),
    ]
    result = get_machine_translator().translate(nb, nn, strings)
    assert set(result) == set(strings)
    marked = result[strings[0]].data
    assert "<b>ønskjer</b>" in marked
    assert '<a id="a1">' in marked
    assert "<i>meir</i>" in marked
    assert "ønskjer" in result[strings[1]].data
    assert result[strings[2]].data.startswith("Bøker &amp;")


def test_whitespace_around_a_segment_is_kept():
    nb, nn = locales()
    (text,) = ApertiumTranslator({}).translate_html(nb, nn, ["  Vi ønsker mer. "])
    assert text.startswith("  Vi ønskjer") and text.endswith(". ")


def test_uninstalled_mode_or_missing_apertium_is_not_offered():
    nb, nn = locales()
    assert not ApertiumTranslator({"COMMAND": "/nonexistent/apertium"}).can_translate(nb, nn)
    assert not ApertiumTranslator({"MODES": {"nb:nn": "nob-xyz"}}).can_translate(nb, nn)
    assert not ApertiumTranslator({"MODES": {"nb:nn": "nob-nno"}}).can_translate(nn, nb)


def test_time_limit_gives_a_clear_norwegian_error():
    with pytest.raises(MachineTranslationError, match="tok mer enn"):
        run_apertium("nob-nno_e", ["Biblioteket ønsker å lære mer."], timeout=0.001)


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("admin", "admin@example.com", "pw")


@pytest.fixture
def course(contributor):
    page = factories.CoursePageFactory(
        parent=contributor,
        title="Biblioteket ønsker å lære mer",
        summary="Vi ønsker å lære mer om bokprat.",
    )
    page.save_revision().publish()
    return page


def submit_translation(client, page):
    nn = Locale.objects.get(language_code="nn")
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [nn.pk]},
    )
    assert response.status_code == 302
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=nn)
    return translation, page.get_translation(nn)


def test_page_machine_translated_through_the_editor(
    client, superuser, course, django_capture_on_commit_callbacks
):
    client.force_login(superuser)
    translation, target = submit_translation(client, course)
    edit_url = reverse("wagtailadmin_pages:edit", args=[target.pk])

    editor = client.get(edit_url)
    assert editor.status_code == 200
    assert '"machineTranslator": {"name": "Apertium"' in editor.content.decode().replace(
        "&quot;", '"'
    )

    response = client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]),
        {"next": edit_url},
    )
    assert response.status_code == 302 and response.url == edit_url
    machine = StringTranslation.objects.filter(
        locale=translation.target_locale, translation_type="machine", tool_name="Apertium"
    )
    assert any("ønskjer" in item.data for item in machine)

    # A publisher publishes from the editor; the Nynorsk page now carries the translation.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url, {"action": "publish"})
    assert response.status_code == 302
    target = Page.objects.get(pk=target.pk).specific
    assert target.live
    assert "ønskjer" in target.title
    assert "ønskjer" in target.summary
    assert target.original_language == "nb"


@override_settings(
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR={
        "CLASS": "translation.apertium.ApertiumTranslator",
        "OPTIONS": {"TIMEOUT": 0.001},
    }
)
def test_editor_shows_the_time_limit_error_and_changes_nothing(client, superuser, course):
    client.force_login(superuser)
    translation, target = submit_translation(client, course)
    edit_url = reverse("wagtailadmin_pages:edit", args=[target.pk])
    response = client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]),
        {"next": edit_url},
        follow=True,
    )
    assert response.status_code == 200
    assert "tok mer enn 0.001 sekunder" in response.content.decode()
    assert not StringTranslation.objects.filter(locale=translation.target_locale).exists()


@override_settings(
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR={
        "CLASS": "translation.apertium.ApertiumTranslator",
        "OPTIONS": {"COMMAND": "/nonexistent/apertium"},
    }
)
def test_without_apertium_no_button_and_the_site_works(client, superuser, course):
    client.force_login(superuser)
    _translation, target = submit_translation(client, course)
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[target.pk]))
    assert editor.status_code == 200
    assert '"machineTranslator": null' in editor.content.decode().replace("&quot;", '"')
    client.logout()
    assert client.get(course.get_url()).status_code == 200


def test_topic_snippet_translated_with_apertium(client, superuser):
    topic = factories.TopicFactory(name="Bøker for ansatte", slug="boker-for-ansatte")
    client.force_login(superuser)
    nn = Locale.objects.get(language_code="nn")
    response = client.post(
        reverse("wagtail_localize:submit_snippet_translation", args=["home", "topic", topic.pk]),
        {"locales": [nn.pk]},
    )
    assert response.status_code == 302
    translation = Translation.objects.get(source__object_id=topic.translation_key)
    client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]))
    translation.save_target(publish=True)
    nn_topic = topic.get_translation(nn)
    assert nn_topic.slug == "boker-for-ansatte"
    assert nn_topic.name == "Bøker for tilsette"


def test_nynorsk_page_translated_to_bokmal_keeps_its_original_language(
    client, superuser, home_nn, django_capture_on_commit_callbacks
):
    section = factories.ContributorPageFactory(parent=home_nn, title="Vestland fylkesbibliotek")
    section.save_revision().publish()
    page = factories.CoursePageFactory(
        parent=section, title="Biblioteket ønskjer å lære meir", summary="Om å lære meir."
    )
    page.save_revision().publish()
    assert page.original_language == "nn"
    client.force_login(superuser)
    nb = Locale.objects.get(language_code="nb")
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [nb.pk]}
    )
    translation = Translation.objects.get(source__object_id=page.translation_key)
    target = page.get_translation(nb)
    client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtailadmin_pages:edit", args=[target.pk]), {"action": "publish"})
    target = Page.objects.get(pk=target.pk).specific
    assert target.live
    assert target.title == "Biblioteket ønsker å lære mer"
    assert target.original_language == "nn"
