"""Site search: Norwegian inflection, the visitor's language, counts, excerpts, suggestions, and
queries that must never break the page."""

import datetime
import json
import re

from django.db import connection
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page
from wagtail.search import index

import pytest

from search.text import clean_query, expand_query, extra_lemmas, highlight, lemma
from tests import factories

pytestmark = pytest.mark.django_db

on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the norwegian search configuration is PostgreSQL's"
)


def search_url(code="nb"):
    with translation.override(code):
        return reverse("search")


def result_titles(response):
    html = response.content.decode()
    if 'class="search-result-list"' not in html:
        return []
    listing = html.split('class="search-result-list"', 1)[1].split("</ol>", 1)[0]
    return re.findall(r'<h3><a href="[^"]*">([^<]+)</a></h3>', listing)


@pytest.fixture
def content(home_nb, home_nn, contributor):
    bokprat = factories.TopicFactory(name="Bokprat", slug="bokprat")
    spill = factories.TopicFactory(name="Spillformidling", slug="spillformidling")
    course = factories.CoursePageFactory(
        parent=contributor,
        title="Bokprat for nybegynnere",
        summary="Slik presenterer du en bok for en klasse.",
        topics=[bokprat],
    )
    lesson = factories.LessonPageFactory(
        parent=course,
        title="Første møte",
        summary="Hvordan starte.",
        body=[("text", "<p>Velg en roman med en sterk åpningsscene og les høyt.</p>")],
    )
    resource = factories.ResourcePageFactory(
        parent=contributor,
        title="Verktøykasse for spillkvelder",
        summary="Alt du trenger for å arrangere spillkvelder i biblioteket.",
        kind="verktoykasse",
        topics=[spill],
    )
    initiative = factories.InitiativePageFactory(
        parent=contributor,
        title="Lesesirkel for ungdom",
        summary="Ungdom møttes hver uke i det meråpne biblioteket og snakket om bøkene de leste.",
        period_end=datetime.date(2024, 6, 30),
        topics=[bokprat],
    )
    org_nn = factories.ContributorPageFactory(parent=home_nn, title="Vestland fylkesbibliotek")
    nynorsk = factories.CoursePageFactory(
        parent=org_nn, title="Bokprat på nynorsk", summary="Om ei bok og fleire bøker."
    )
    # Topics are set after the factory's save: index the pages again, as publishing does.
    for page in (course, resource, initiative):
        index.insert_or_update_object(page)
    return {
        "course": course,
        "lesson": lesson,
        "resource": resource,
        "initiative": initiative,
        "nynorsk": nynorsk,
    }


@on_postgres
def test_search_uses_the_norwegian_configuration_and_lemmas():
    from modelsearch.backends import get_search_backend

    backend = get_search_backend()
    assert backend.config == "norwegian"
    assert type(backend).__module__ == "search.backend"


@on_postgres
def test_inflected_forms_find_the_dictionary_form(client, content):
    # «bøker» finds a page that only says «bok», and the other way round.
    assert "Bokprat for nybegynnere" in result_titles(client.get(search_url(), {"q": "bøker"}))
    assert "Lesesirkel for ungdom" in result_titles(client.get(search_url(), {"q": "bok"}))
    assert "Verktøykasse for spillkvelder" in result_titles(
        client.get(search_url(), {"q": "bibliotekene"})
    )
    # The stemmer alone keeps «meråpent» and «meråpne» (meråpn) apart.
    assert "Lesesirkel for ungdom" in result_titles(client.get(search_url(), {"q": "meråpent"}))


def test_lemmatizer_misses_are_corrected():
    assert lemma("bøker") == "bok"
    assert lemma("bøkene") == "bok"  # simplemma says «bøk»
    assert lemma("kurset") == "kurs"  # simplemma says «kurse»
    assert lemma("bokpraten") == "bokprat"
    assert lemma("bibliotekene") == "bibliotek"
    assert lemma("lest", "nn") == "lese"  # simplemma says «låst»
    assert lemma("leksjonane", "nn") == "leksjon"
    assert lemma("meråpne") == lemma("meråpent") == "meråpen"  # simplemma keeps both
    assert "bok" in extra_lemmas("Tre bøker og ett kurset")
    assert "kurs" in extra_lemmas("Tre bøker og ett kurset")


def test_search_covers_streamfield_text_of_lessons(client, content):
    assert result_titles(client.get(search_url(), {"q": "åpningsscene"})) == ["Første møte"]


def test_search_is_in_the_visitors_language(client, content):
    nb_titles = result_titles(client.get(search_url("nb"), {"q": "bokprat"}))
    nn_titles = result_titles(client.get(search_url("nn"), {"q": "bokprat"}))
    assert "Bokprat for nybegynnere" in nb_titles
    assert "Bokprat på nynorsk" not in nb_titles
    assert nn_titles == ["Bokprat på nynorsk"]
    assert search_url("nn") == "/nn/sok/"


def test_drafts_are_not_found(client, content, contributor):
    factories.CoursePageFactory(parent=contributor, title="Hemmelig utkast om bokprat", live=False)
    assert "Hemmelig utkast om bokprat" not in result_titles(
        client.get(search_url(), {"q": "hemmelig"})
    )


def test_counts_by_type_and_topic_and_narrowing(client, content):
    response = client.get(search_url(), {"q": "bokprat"})
    html = response.content.decode()
    assert response.status_code == 200
    titles = result_titles(response)
    assert set(titles) >= {"Bokprat for nybegynnere", "Lesesirkel for ungdom"}
    assert re.search(r"Nettkurs <span class=\"count\">\(1\)</span>", html)
    assert re.search(r"Tiltak <span class=\"count\">\(1\)</span>", html)
    assert re.search(r"Bokprat <span class=\"count\">\(2\)</span>", html)
    only_initiatives = client.get(search_url(), {"q": "bokprat", "type": "tiltak"})
    assert result_titles(only_initiatives) == ["Lesesirkel for ungdom"]
    assert "1 treff for «bokprat»" in only_initiatives.content.decode()
    by_topic = client.get(search_url(), {"q": "bokprat", "tema": "bokprat"})
    assert set(result_titles(by_topic)) == {"Bokprat for nybegynnere", "Lesesirkel for ungdom"}
    # Unknown narrowing values are ignored.
    unknown = client.get(search_url(), {"q": "bokprat", "type": "x" * 5000, "tema": "\x00"})
    assert set(result_titles(unknown)) == set(titles)


def test_excerpts_are_highlighted_and_escaped(client, content, contributor):
    factories.ResourcePageFactory(
        parent=contributor,
        title="Guide med <script>",
        summary="Bruk <b>fet</b> tekst i en guide om rollespill.",
        kind="veileder",
    )
    html = client.get(search_url(), {"q": "rollespill"}).content.decode()
    assert "<mark>rollespill</mark>" in html
    assert "&lt;b&gt;fet&lt;/b&gt;" in html
    assert "<script>" not in html.split('id="results-heading"', 1)[1]


def test_highlight_marks_inflected_forms():
    text = "Ungdom snakket om bøkene de leste. " + "Fyll. " * 40
    excerpt = highlight(text, "bok")
    assert "<mark>bøkene</mark>" in excerpt
    assert excerpt.endswith("…")


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "x" * 10_000,
        "bok " * 2_500,
        "bok\x00bøker",
        "\x00",
        "\x01\x02\x1b[31m",
        "'; DROP TABLE wagtailcore_page; --",
        "bok' OR '1'='1",
        "\\",
        "!!! & | :* <-> ()",
        "<script>alert(1)</script>",
        "og",
    ],
)
def test_odd_queries_give_a_normal_page(client, content, query):
    response = client.get(search_url(), {"q": query, "side": "abc"})
    assert response.status_code == 200
    assert "<h1>Søk i Kompetansebanken</h1>" in response.content.decode()
    assert Page.objects.filter(pk=content["course"].pk).exists()


def test_clean_query_bounds_and_strips_control_characters():
    assert clean_query("bok\x00 \x1f bøker\n") == "bok bøker"
    assert len(clean_query("x" * 10_000)) == 200
    assert expand_query("'; --") is None
    assert expand_query("") is None


def test_pagination_keeps_the_query(client, contributor):
    for number in range(12):
        factories.ResourcePageFactory(
            parent=contributor, title=f"Sjekkliste {number}", summary="En sjekkliste for bokprat."
        )
    response = client.get(search_url(), {"q": "sjekkliste"})
    html = response.content.decode()
    assert len(result_titles(response)) == 10
    assert 'href="?q=sjekkliste&amp;side=2"' in html
    assert len(result_titles(client.get(search_url(), {"q": "sjekkliste", "side": "2"}))) == 2


def test_suggestions(client, content):
    with translation.override("nb"):
        url = reverse("search_suggestions")
    data = json.loads(client.get(url, {"q": "bokp"}).content)
    assert "Bokprat" in data["suggestions"]  # the topic
    assert "Bokprat for nybegynnere" in data["suggestions"]  # a page title
    assert "Bokprat på nynorsk" not in data["suggestions"]
    for odd in ("", "b", "\x00", "x" * 10_000, "'; DROP TABLE x; --"):
        response = client.get(url, {"q": odd})
        assert response.status_code == 200
        assert isinstance(json.loads(response.content)["suggestions"], list)


def test_header_has_a_search_form(client, content):
    html = client.get(content["course"].url).content.decode()
    header = html.split("</header>", 1)[0]
    assert 'role="search"' in header
    assert 'action="/nb/sok/"' in header
    assert '<label for="site-search-q"' in header
    assert 'name="q"' in header
    assert "/static/home/js/search-suggest.js" in header
