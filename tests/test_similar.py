"""«Bibliotek som ligner ditt»: related initiatives from similar libraries, with the reasons."""

import datetime

import pytest

from initiatives.similar import population_band, similar_initiatives
from tests import factories

pytestmark = pytest.mark.django_db


def initiative(parent, title, **library):
    return factories.InitiativePageFactory(
        parent=parent,
        title=title,
        period_end=datetime.date(2024, 12, 31),
        library=factories.LibraryFactory(**library),
    )


@pytest.mark.parametrize(
    ("population", "band"),
    [
        (1, "under-5000"),
        (4_999, "under-5000"),
        (5_000, "5000-20000"),
        (19_999, "5000-20000"),
        (20_000, "20000-50000"),
        (49_999, "20000-50000"),
        (50_000, "over-50000"),
        (717_710, "over-50000"),
    ],
)
def test_population_bands(population, band):
    assert population_band(population).key == band


@pytest.fixture
def libraries(contributor):
    base = dict(library_type="hovedbibliotek", county="innlandet")
    page = initiative(contributor, "Meråpent i Løten", population=7_600, self_service=True, **base)
    same_band = initiative(
        contributor,
        "Lesekro i Stryn",
        population=7_200,
        self_service=False,
        library_type="filial",
        county="vestland",
    )
    self_service_county = initiative(
        contributor,
        "Meråpent på Gjøvik",
        population=31_000,
        self_service=True,
        library_type="kombinert",
        county="innlandet",
    )
    county_only = initiative(
        contributor,
        "Hamar leser",
        population=32_000,
        self_service=False,
        library_type="filial",
        county="innlandet",
    )
    unrelated = initiative(
        contributor,
        "Oslo spiller",
        population=717_000,
        self_service=False,
        library_type="filial",
        county="oslo",
    )
    return {
        "page": page,
        "same_band": same_band,
        "self_service_county": self_service_county,
        "county_only": county_only,
        "unrelated": unrelated,
    }


def test_similar_initiatives_are_ranked_with_reasons(libraries):
    found = similar_initiatives(libraries["page"])
    titles = [item.page.title for item in found]
    assert titles == ["Lesekro i Stryn", "Meråpent på Gjøvik", "Hamar leser"]
    reasons = {item.page.title: [str(reason) for reason in item.reasons] for item in found}
    assert reasons["Lesekro i Stryn"] == ["Fra bibliotek i kommuner med 5 000–20 000 innbyggere"]
    assert reasons["Meråpent på Gjøvik"] == ["Også meråpent", "Samme fylke (Innlandet)"]
    assert reasons["Hamar leser"] == ["Samme fylke (Innlandet)"]


def test_initiative_page_shows_similar_initiatives_with_reasons(client, libraries):
    html = client.get(libraries["page"].url).content.decode()
    section = html.split('id="similar-heading"', 1)[1].split("</section>", 1)[0]
    assert "Tiltak fra bibliotek som ligner" in html
    assert "Lesekro i Stryn" in section
    assert "Fra bibliotek i kommuner med 5 000–20 000 innbyggere" in section
    assert "Også meråpent" in section
    assert "Samme fylke (Innlandet)" in section
    assert "Oslo spiller" not in section
    assert "Meråpent i Løten" not in section


def test_same_library_and_library_type_reasons(contributor):
    library = factories.LibraryFactory(population=60_000, library_type="filial", county="oslo")
    first = factories.InitiativePageFactory(
        parent=contributor, title="Først", library=library, period_end=datetime.date(2024, 1, 2)
    )
    factories.InitiativePageFactory(
        parent=contributor, title="Så", library=library, period_end=datetime.date(2024, 1, 2)
    )
    initiative(
        contributor,
        "Annen filial",
        population=900,
        self_service=False,
        library_type="filial",
        county="finnmark",
    )
    found = {item.page.title: [str(r) for r in item.reasons] for item in similar_initiatives(first)}
    assert found["Så"] == ["Fra samme bibliotek"]
    assert found["Annen filial"] == ["Samme bibliotektype (Filial)"]


def test_only_live_initiatives_in_the_same_language(contributor, home_nn, libraries):
    draft = initiative(contributor, "Utkast", population=7_000, self_service=True)
    draft.unpublish()
    org_nn = factories.ContributorPageFactory(parent=home_nn, title="Innlandet (nynorsk)")
    initiative(org_nn, "Nynorsk tiltak", population=7_000, self_service=True)
    titles = [item.page.title for item in similar_initiatives(libraries["page"])]
    assert "Utkast" not in titles
    assert "Nynorsk tiltak" not in titles


def test_similar_initiatives_cost_two_queries(django_assert_num_queries, libraries):
    # Private-page restrictions (for .public()), then the initiatives with their libraries.
    with django_assert_num_queries(2):
        found = similar_initiatives(libraries["page"])
        for item in found:
            str(item.page.library)
