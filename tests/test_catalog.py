"""Catalog and topic pages: every filter, sorting, pagination that keeps filters, and addresses
that nobody could have produced from the form (which must still give a normal page)."""

import datetime
import re

from django.utils import timezone

from wagtail.models import Page

import pytest

from courses.models import CourseIndexPage, ResourceIndexPage
from home.models import TopicPage
from initiatives.models import InitiativeIndexPage
from tests import factories
from tests.factories import add_catalog

pytestmark = pytest.mark.django_db


def titles(response):
    """Titles of the result cards, in order."""
    html = response.content.decode()
    section = html.split('id="results-heading"', 1)[1]
    return re.findall(r'class="card__title"><a href="[^"]*">([^<]+)</a>', section)


def result_count(response):
    html = response.content.decode()
    match = re.search(r'id="results-heading">(\d+) treff', html)
    return int(match.group(1))


def published(page, days_ago):
    """Give a page a publication date `days_ago` days back, for sorting by newest."""
    moment = timezone.now() - datetime.timedelta(days=days_ago)
    Page.objects.filter(pk=page.pk).update(first_published_at=moment)


@pytest.fixture
def site(home_nb, contributor):
    """A small catalog: three courses that differ in every filterable way, plus taxonomy."""
    other_org = factories.ContributorPageFactory(parent=home_nb, title="Vestland fylkesbibliotek")
    bokprat = factories.TopicFactory(name="Bokprat", slug="bokprat")
    spill = factories.TopicFactory(name="Spillformidling", slug="spillformidling")
    leaders = factories.AudienceFactory(name="Ledere", slug="ledere")
    everyone = factories.AudienceFactory(name="Alle bibliotekansatte", slug="alle")
    short = factories.CoursePageFactory(
        parent=contributor,
        title="Kort bokpratkurs",
        level="grunnleggende",
        format="selvstudium",
        estimated_minutes=20,
        topics=[bokprat],
        audiences=[everyone],
    )
    medium = factories.CoursePageFactory(
        parent=other_org,
        title="Spill i biblioteket",
        level="videregaende",
        format="samlinger",
        estimated_minutes=50,
        topics=[spill],
        audiences=[leaders],
        original_language="nn",
    )
    long = factories.CoursePageFactory(
        parent=contributor,
        title="Aksjonslæring for ledere",
        level="fordypning",
        format="webinar",
        estimated_minutes=240,
        topics=[bokprat, spill],
        audiences=[leaders, everyone],
    )
    published(short, 3)
    published(medium, 2)
    published(long, 1)
    catalog = add_catalog(home_nb, CourseIndexPage, "Nettkurs", "nettkurs")
    return {
        "catalog": catalog,
        "other_org": other_org,
        "contributor": contributor,
        "topics": (bokprat, spill),
        "courses": (short, medium, long),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"Kort bokpratkurs", "Spill i biblioteket", "Aksjonslæring for ledere"}),
        ("tema=bokprat", {"Kort bokpratkurs", "Aksjonslæring for ledere"}),
        (
            "tema=bokprat&tema=spillformidling",
            {"Kort bokpratkurs", "Spill i biblioteket", "Aksjonslæring for ledere"},
        ),
        ("malgruppe=ledere", {"Spill i biblioteket", "Aksjonslæring for ledere"}),
        ("organisasjon=vestland-fylkesbibliotek", {"Spill i biblioteket"}),
        ("format=webinar", {"Aksjonslæring for ledere"}),
        ("format=selvstudium&format=samlinger", {"Kort bokpratkurs", "Spill i biblioteket"}),
        ("niva=videregaende", {"Spill i biblioteket"}),
        ("tid=under-30", {"Kort bokpratkurs"}),
        ("tid=30-60", {"Spill i biblioteket"}),
        ("tid=over-3-timer", {"Aksjonslæring for ledere"}),
        ("tid=1-3-timer", set()),
        ("sprak=nn", {"Spill i biblioteket"}),
        ("sprak=nb", {"Kort bokpratkurs", "Aksjonslæring for ledere"}),
        ("tema=bokprat&malgruppe=ledere&niva=fordypning", {"Aksjonslæring for ledere"}),
    ],
)
def test_course_catalog_filters(client, site, query, expected):
    response = client.get(site["catalog"].url + "?" + query)
    assert response.status_code == 200
    assert set(titles(response)) == expected
    assert result_count(response) == len(expected)


def test_sorting_newest_and_by_title(client, site):
    newest = titles(client.get(site["catalog"].url))
    assert newest == ["Aksjonslæring for ledere", "Spill i biblioteket", "Kort bokpratkurs"]
    by_title = titles(client.get(site["catalog"].url + "?sorter=tittel"))
    assert by_title == ["Aksjonslæring for ledere", "Kort bokpratkurs", "Spill i biblioteket"]
    by_title_bokprat = titles(client.get(site["catalog"].url + "?sorter=tittel&tema=bokprat"))
    assert by_title_bokprat == ["Aksjonslæring for ledere", "Kort bokpratkurs"]


def test_filter_form_is_a_plain_labelled_get_form(client, site):
    html = client.get(site["catalog"].url + "?tema=bokprat").content.decode()
    form = html.split('class="filters"', 1)[1].split("</form>", 1)[0]
    assert 'method="get"' in html.split('class="filters"', 1)[0][-200:]
    for legend in ("Tema", "Målgruppe", "Kursform", "Nivå", "Tidsbruk", "Opprinnelig målform"):
        assert f"<legend>{legend}</legend>" in form
    assert '<label for="id_organisasjon">Organisasjon</label>' in form
    assert '<label for="id_sorter">Sorter</label>' in form
    # The chosen topic stays ticked, the others do not.
    assert re.search(r'value="bokprat"[^>]*checked', form)
    assert not re.search(r'value="spillformidling"[^>]*checked', form)
    assert 'type="submit"' in form
    assert "Fjern alle filtre" in form


def test_pagination_keeps_filters(client, site, contributor):
    bokprat = site["topics"][0]
    for number in range(13):
        factories.CoursePageFactory(
            parent=contributor, title=f"Bokpratkurs {number:02d}", topics=[bokprat]
        )
    response = client.get(site["catalog"].url + "?tema=bokprat&sorter=tittel")
    html = response.content.decode()
    assert result_count(response) == 15
    assert len(titles(response)) == 12
    assert 'href="?tema=bokprat&amp;sorter=tittel&amp;side=2"' in html
    page_two = client.get(site["catalog"].url + "?tema=bokprat&sorter=tittel&side=2")
    assert titles(page_two) == ["Bokpratkurs 11", "Bokpratkurs 12", "Kort bokpratkurs"]
    assert 'href="?tema=bokprat&amp;sorter=tittel&amp;side=1"' in page_two.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "side=abc",
        "side=-1",
        "side=999999999999999999999999",
        "side=" + "9" * 5_000,
        "side=1.5",
        "topic=999999",
        "tema=999999",
        "tema=" + "x" * 10_000,
        "organisasjon=" + "å" * 5_000,
        "tema=%00",
        "organisasjon=%00abc",
        "side=%00",
        "sorter=%27%3B%20DROP%20TABLE%20wagtailcore_page%3B--",
        "niva=ukjent&niva=grunnleggende",
        "tid[]=1&format=",
        "tema=bokprat&tema=bokprat",
        "q=%01%02%03",
    ],
)
def test_malformed_parameters_give_a_normal_page(client, site, query):
    response = client.get(site["catalog"].url + "?" + query)
    assert response.status_code == 200
    assert result_count(response) in {1, 2, 3}


def test_unknown_values_are_ignored_and_known_ones_kept(client, site):
    response = client.get(site["catalog"].url + "?niva=ukjent&niva=grunnleggende&tema=999999")
    assert titles(response) == ["Kort bokpratkurs"]
    assert "999999" not in response.content.decode().split('id="results-heading"')[1]


def test_drafts_and_other_languages_are_not_listed(client, site, home_nn):
    factories.CoursePageFactory(parent=site["contributor"], title="Utkast", live=False)
    nn_org = factories.ContributorPageFactory(parent=home_nn, title="Vestland (nynorsk)")
    factories.CoursePageFactory(parent=nn_org, title="Nynorskkurs")
    names = titles(client.get(site["catalog"].url))
    assert "Utkast" not in names
    assert "Nynorskkurs" not in names


def test_resource_catalog_filters_by_kind(client, home_nb, contributor):
    catalog = add_catalog(home_nb, ResourceIndexPage, "Læringsressurser", "ressurser")
    factories.ResourcePageFactory(
        parent=contributor, title="Startpakke meråpent", kind="startpakke"
    )
    factories.ResourcePageFactory(parent=contributor, title="Håndbok i bokprat", kind="handbok")
    response = client.get(catalog.url + "?ressurstype=handbok")
    assert titles(response) == ["Håndbok i bokprat"]
    html = response.content.decode()
    assert "<legend>Type ressurs</legend>" in html
    # Course-only filters are not offered for resources.
    assert "<legend>Nivå</legend>" not in html


def test_nynorsk_catalog_filters_by_the_shared_slug_and_names_topics_in_nynorsk(
    client, home_nb, home_nn
):
    topic_nb = factories.TopicFactory(name="Bokprat", slug="bokprat")
    topic_nn = topic_nb.copy_for_translation(factories.locale("nn"))
    topic_nn.name = "Bokprat på nynorsk"
    topic_nn.save()
    other = factories.TopicFactory(name="Søk", slug="sok")
    org_nn = factories.ContributorPageFactory(parent=home_nn, title="Vestland fylkesbibliotek")
    # A translated page keeps pointing at the Bokmål topic (wagtail-localize copies M2M).
    factories.CoursePageFactory(parent=org_nn, title="Kurs om bokprat", topics=[topic_nb])
    factories.CoursePageFactory(parent=org_nn, title="Kurs om søk", topics=[other])
    catalog_nn = add_catalog(home_nn, CourseIndexPage, "Nettkurs", "nettkurs")
    response = client.get(catalog_nn.url + "?tema=bokprat")
    assert catalog_nn.url.startswith("/nn/")
    assert titles(response) == ["Kurs om bokprat"]
    html = response.content.decode()
    assert "Bokprat på nynorsk" in html
    # A topic without a Nynorsk translation is still offered, under its Bokmål name.
    assert re.search(r'value="sok"[^>]*>\s*Søk</label>', html)
    assert "Bokprat</label>" not in html


def test_topic_page_lists_every_type_and_filters_them(client, home_nb, contributor):
    topic = factories.TopicFactory(name="Meråpent bibliotek", slug="meraapent-bibliotek")
    other = factories.TopicFactory(name="Søk", slug="sok")
    factories.CoursePageFactory(parent=contributor, title="Meråpent-kurs", topics=[topic])
    factories.ResourcePageFactory(parent=contributor, title="Startpakke meråpent", topics=[topic])
    factories.InitiativePageFactory(
        parent=contributor,
        title="Meråpent i Hamar",
        topics=[topic],
        period_end=datetime.date(2024, 6, 1),
    )
    factories.CoursePageFactory(parent=contributor, title="Søkekurs", topics=[other])
    topic_page = TopicPage(title="Meråpent bibliotek", slug="meraapent", topic=topic)
    home_nb.add_child(instance=topic_page)

    everything = client.get(topic_page.url)
    assert set(titles(everything)) == {"Meråpent-kurs", "Startpakke meråpent", "Meråpent i Hamar"}
    assert set(titles(client.get(topic_page.url + "?type=tiltak&type=ressurs"))) == {
        "Startpakke meråpent",
        "Meråpent i Hamar",
    }
    # Asking for a course level means courses only.
    assert titles(client.get(topic_page.url + "?niva=grunnleggende")) == ["Meråpent-kurs"]
    assert titles(client.get(topic_page.url + "?sprak=nn")) == []
    assert client.get(topic_page.url + "?side=abc&type=%00").status_code == 200


@pytest.fixture
def initiatives(home_nb, contributor):
    def initiative(title, **library):
        return factories.InitiativePageFactory(
            parent=contributor,
            title=title,
            period_end=datetime.date(2024, 12, 31),
            library=factories.LibraryFactory(**library),
        )

    initiative(
        "Lite og meråpent",
        population=3_000,
        self_service=True,
        county="finnmark",
        library_type="filial",
    )
    initiative(
        "Mellomstort",
        population=12_000,
        self_service=False,
        county="innlandet",
        library_type="hovedbibliotek",
    )
    initiative(
        "Stort", population=30_000, self_service=True, county="innlandet", library_type="kombinert"
    )
    initiative(
        "Storby",
        population=700_000,
        self_service=True,
        county="oslo",
        library_type="hovedbibliotek",
    )
    return add_catalog(home_nb, InitiativeIndexPage, "Tiltak", "tiltak")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("innbyggere=under-5000", {"Lite og meråpent"}),
        ("innbyggere=5000-20000", {"Mellomstort"}),
        ("innbyggere=20000-50000", {"Stort"}),
        ("innbyggere=over-50000", {"Storby"}),
        ("innbyggere=under-5000&innbyggere=over-50000", {"Lite og meråpent", "Storby"}),
        ("bibliotektype=hovedbibliotek", {"Mellomstort", "Storby"}),
        ("meraapent=ja", {"Lite og meråpent", "Stort", "Storby"}),
        ("meraapent=nei", {"Mellomstort"}),
        ("fylke=innlandet", {"Mellomstort", "Stort"}),
        ("fylke=innlandet&meraapent=ja", {"Stort"}),
        (
            "fylke=atlantis&meraapent=kanskje",
            {"Lite og meråpent", "Mellomstort", "Stort", "Storby"},
        ),
    ],
)
def test_initiative_catalog_filters_by_library(client, initiatives, query, expected):
    response = client.get(initiatives.url + "?" + query)
    assert response.status_code == 200
    assert set(titles(response)) == expected


def test_initiative_catalog_groups_library_filters(client, initiatives):
    html = client.get(initiatives.url).content.decode()
    group = html.split("<legend>Bibliotek som ligner ditt</legend>", 1)[1].split("</fieldset>\n")[0]
    assert "<legend>Innbyggere i kommunen</legend>" in html
    assert "5 000–20 000 innbyggere" in html
    assert 'name="innbyggere"' in group
    assert '<label for="id_fylke">Fylke</label>' in html
    assert '<label for="id_meraapent">Meråpent</label>' in html


def test_initiative_cards_describe_the_library(client, initiatives):
    html = client.get(initiatives.url + "?innbyggere=over-50000").content.decode()
    card = html.split('class="card-list"', 1)[1].split("</ul>", 1)[0]
    assert re.search(r"Testbibliotek \d+, Hamar · over 50 000 innbyggere · meråpent", card)
