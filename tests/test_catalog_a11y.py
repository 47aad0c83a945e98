"""axe-core in headless Chromium on the states the page-type tour does not reach: catalogs with
filters applied, the Tiltak catalog's library filters, an initiative with similar initiatives,
and search results with highlighted excerpts and narrowing links.

The pages are rendered with the Django test client first (the ORM cannot run once Playwright's
sync API owns the event loop), then loaded into Chromium with the site's stylesheet inlined.
"""

import datetime
from pathlib import Path

from django.conf import settings
from django.utils import translation

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

from courses.models import CourseIndexPage
from home.models import TopicPage
from initiatives.models import InitiativeIndexPage
from tests import factories
from tests.browser import WCAG_TAGS, launch_chromium

pytestmark = pytest.mark.django_db

STYLESHEET = Path(settings.PROJECT_DIR, "static", "css", "site.css").read_text()


def inline_styles(html):
    link = '<link rel="stylesheet" href="/static/css/site.css">'
    assert link in html
    return html.replace(link, f"<style>{STYLESHEET}</style>")


def build_pages(client, home, contributor):
    topic = factories.TopicFactory(name="Bokprat", slug="bokprat")
    leaders = factories.AudienceFactory(name="Ledere", slug="ledere")
    for number, (level, minutes) in enumerate([("grunnleggende", 20), ("fordypning", 200)]):
        factories.CoursePageFactory(
            parent=contributor,
            title=f"Bokprat {number}",
            summary="Et kurs om bokprat og bøker.",
            level=level,
            estimated_minutes=minutes,
            topics=[topic],
            audiences=[leaders],
        )
    libraries = [
        dict(population=7_600, self_service=True, county="innlandet"),
        dict(population=7_200, self_service=True, county="vestland"),
        dict(population=30_000, self_service=False, county="innlandet"),
    ]
    initiatives = [
        factories.InitiativePageFactory(
            parent=contributor,
            title=f"Lesekveld {number}",
            summary="Bokprat for voksne i et meråpent bibliotek.",
            period_end=datetime.date(2024, 12, 31),
            library=factories.LibraryFactory(**library),
            topics=[topic],
        )
        for number, library in enumerate(libraries)
    ]
    course_index = CourseIndexPage(title="Nettkurs", slug="nettkurs")
    home.add_child(instance=course_index)
    initiative_index = InitiativeIndexPage(title="Tiltak", slug="tiltak")
    home.add_child(instance=initiative_index)
    topic_page = TopicPage(title="Bokprat", slug="bokprat", topic=topic)
    home.add_child(instance=topic_page)
    with translation.override("nb"):
        from django.urls import reverse

        search = reverse("search")
    paths = {
        "course catalog, filtered": course_index.url
        + "?tema=bokprat&niva=fordypning&sorter=tittel",
        "course catalog, no results": course_index.url + "?tid=1-3-timer&malgruppe=ledere",
        "initiative catalog, library filters": initiative_index.url
        + "?innbyggere=5000-20000&meraapent=ja&fylke=innlandet",
        "topic page, filtered": topic_page.url + "?type=tiltak&sprak=nb",
        "initiative with similar initiatives": initiatives[0].url,
        "search results": search + "?q=bøker",
        "search, narrowed": search + "?q=bokprat&type=tiltak",
        "search, no results": search + "?q=finnesikke",
    }
    pages = {}
    for name, path in paths.items():
        response = client.get(path)
        assert response.status_code == 200, name
        pages[name] = inline_styles(response.content.decode())
    assert "Også meråpent" in pages["initiative with similar initiatives"]
    assert "<mark>" in pages["search results"]
    return pages


def test_filtered_catalogs_and_search_have_no_axe_violations(client, home_nb, contributor):
    pages = build_pages(client, home_nb, contributor)
    axe = Axe()
    failures = {}
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            requested = []

            def refuse(route):
                requested.append(route.request.url)
                route.abort()

            for width in (1280, 320):
                page = browser.new_page(viewport={"width": width, "height": 800})
                page.route("**/*", refuse)
                for name, html in pages.items():
                    page.set_content(html, wait_until="load")
                    results = axe.run(page, options={"runOnly": WCAG_TAGS})
                    assert results.response["passes"], f"axe checked nothing on {name}"
                    violations = [
                        f"{v['id']}: {', '.join(n['target'][0] for n in v['nodes'][:3])}"
                        for v in results.response["violations"]
                    ]
                    if violations:
                        failures[f"{name} at {width}px"] = violations
                    if width == 320:
                        overflow = page.evaluate(
                            "document.documentElement.scrollWidth > window.innerWidth"
                        )
                        assert not overflow, f"{name} scrolls sideways at 320 px"
                page.close()
                # Only the site's own script may be asked for (and is refused here).
                assert all("search-suggest.js" in url for url in requested), requested
        finally:
            browser.close()
    assert not failures, failures
