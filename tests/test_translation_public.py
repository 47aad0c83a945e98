"""Public site in two languages: the original language on each page, the language switcher,
and the "not translated" note instead of a 404 — in both directions."""

import re

from wagtail.models import Locale

import pytest

from tests import factories
from tests.factories import publish
from translation.languages import relative_path

pytestmark = pytest.mark.django_db


def switcher_links(html):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.DOTALL).group(0)
    return {lang: url for url, lang in re.findall(r'<a href="([^"]+)" lang="(nb|nn)"', nav)}


@pytest.fixture
def tree(home_nb, home_nn):
    """An organisation in both languages, a translated course, an nb-only course and an
    nn-only course."""
    org_nb = factories.ContributorPageFactory(parent=home_nb, title="Vestland fylkesbibliotek")
    org_nn = org_nb.copy_for_translation(Locale.objects.get(language_code="nn"))
    publish(org_nb)
    publish(org_nn)
    both_nb = publish(factories.CoursePageFactory(parent=org_nb, title="Bokprat for alle"))
    both_nn = both_nb.copy_for_translation(Locale.objects.get(language_code="nn"))
    both_nn.title = "Bokprat for alle på nynorsk"
    both_nn.slug = "bokprat-for-alle-nn"
    both_nn.save()
    publish(both_nn)
    only_nb = publish(factories.CoursePageFactory(parent=org_nb, title="Berre bokmål"))
    only_nn = publish(factories.CoursePageFactory(parent=org_nn, title="Skrive på nynorsk"))
    return {"both_nb": both_nb, "both_nn": both_nn, "only_nb": only_nb, "only_nn": only_nn}


def test_original_language_is_recorded_and_kept_on_translation(tree):
    assert tree["both_nb"].original_language == "nb"
    assert tree["both_nn"].original_language == "nb"
    assert tree["only_nn"].original_language == "nn"


def test_page_shows_its_original_language(client, tree):
    html = client.get(tree["both_nb"].get_url()).content.decode()
    assert re.search(r'class="original-language">\s*bokmål', html)
    html = client.get(tree["only_nn"].get_url()).content.decode()
    assert re.search(r'class="original-language">\s*nynorsk', html)
    # The translation says it was written in Bokmål and links to the original.
    html = client.get(tree["both_nn"].get_url()).content.decode()
    assert re.search(r'class="original-language">\s*bokmål', html)
    assert f'href="{tree["both_nb"].get_url()}" lang="nb"' in html


def test_switcher_leads_to_the_translation(client, tree):
    links = switcher_links(client.get(tree["both_nb"].get_url()).content.decode())
    assert links["nn"] == tree["both_nn"].get_url()
    links = switcher_links(client.get(tree["both_nn"].get_url()).content.decode())
    assert links["nb"] == tree["both_nb"].get_url()


def test_nynorsk_switcher_on_bokmal_only_page_shows_a_note(client, tree):
    page = tree["only_nb"]
    links = switcher_links(client.get(page.get_url()).content.decode())
    assert links["nn"] == f"/nn/{relative_path(page)}"
    response = client.get(links["nn"])
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="not-translated"' in html
    assert '<meta name="robots" content="noindex">' in html
    assert f'href="{page.get_url()}" lang="nb"' in html
    assert page.title in html


def test_bokmal_switcher_on_nynorsk_only_page_shows_a_note(client, tree):
    page = tree["only_nn"]
    links = switcher_links(client.get(page.get_url()).content.decode())
    assert links["nb"] == f"/nb/{relative_path(page)}"
    response = client.get(links["nb"])
    assert response.status_code == 200
    html = response.content.decode()
    assert "Denne siden finnes ikke på bokmål" in html
    assert f'href="{page.get_url()}" lang="nn"' in html


def test_same_path_in_other_language_redirects_to_the_translation(client, tree):
    page = tree["both_nb"]
    response = client.get(f"/nn/{relative_path(page)}")
    assert response.status_code == 302
    assert response.url == tree["both_nn"].get_url()


def test_draft_translation_is_not_offered(client, tree):
    draft = tree["only_nb"].copy_for_translation(Locale.objects.get(language_code="nn"))
    assert not draft.live
    response = client.get(f"/nn/{relative_path(tree['only_nb'])}")
    assert 'class="not-translated"' in response.content.decode()


def test_unknown_paths_are_still_404(client, tree):
    assert client.get("/nn/finst-ikkje/").status_code == 404
    assert client.get("/nb/finnes-ikke/").status_code == 404
