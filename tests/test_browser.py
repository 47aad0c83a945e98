"""Every public page type in headless Chromium, in Bokmål and Nynorsk.

Per page: zero axe-core violations for WCAG 2.0/2.1 A and AA, no request to another host,
no Content-Security-Policy violation,
the right <html lang>, landmarks, a skip link that moves focus to <main>, a visible focus
style, and content that reflows at 320 px without horizontal scrolling. Plus the course
progress script: stored only in the browser, and the course still works without JavaScript.

The site is built once for the module and committed (the server runs in its own thread);
the database is restored to its earlier state afterwards.
"""

import mimetypes
from types import SimpleNamespace
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection
from django.http import FileResponse, Http404
from django.test.testcases import FSFilesHandler, LiveServerThread

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

from tests.browser import WCAG_TAGS, CspViolations, launch_chromium
from tests.public_site import build_site

DESKTOP = {"width": 1280, "height": 800}
NARROW = {"width": 320, "height": 640}
PAGE_TYPES = [
    "home",
    "course_catalog",
    "resource_catalog",
    "initiative_catalog",
    "topic",
    "course",
    "lesson",
    "resource",
    "initiative",
    "search",
    "statement",
    "not_found",
]
NOT_FOUND = {"nb": "/nb/finnes-ikke/", "nn": "/nn/finst-ikkje/"}

# The mark makes pytest-django set up the test database and wrap each test in a transaction
# the test never uses: the tests only drive the browser, and the module's site is built and
# removed by the `live_site` fixture.
pytestmark = pytest.mark.django_db


# For the failure message: text that sticks out to the right of the viewport.
OVERFLOWING_TEXT_JS = """() => {
    const width = document.documentElement.clientWidth;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found = [];
    for (let node = walker.nextNode(); node && found.length < 5; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        if ([...range.getClientRects()].some((rect) => rect.right > width + 0.5)) {
            found.push(node.parentElement.tagName + ': ' + node.textContent.trim().slice(0, 40));
        }
    }
    return found;
}"""


class StorageMediaHandler(FSFilesHandler):
    """Serves MEDIA_URL from the default storage (in memory in the test settings)."""

    def get_base_dir(self):
        return ""

    def get_base_url(self):
        return settings.MEDIA_URL

    def serve(self, request):
        name = self.file_path(request.path).lstrip("/")
        if not default_storage.exists(name):
            raise Http404(name)
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        return FileResponse(default_storage.open(name), content_type=content_type)


def expected_links(ns):
    """Links each page type must show, so the checks run on pages with real content."""
    cards = [ns.course.title, ns.resource.title, ns.initiative.title]
    return {
        "home": cards,
        "course_catalog": [ns.course.title],
        "resource_catalog": [ns.resource.title],
        "initiative_catalog": [ns.initiative.title],
        "topic": cards,
        "course": [lesson.title for lesson in ns.lessons],
        "lesson": [ns.course.title],
        "resource": [],
        "initiative": [],
        "search": [ns.course.title],
        "statement": [],
        "not_found": [],
    }


def page_paths(ns):
    topic = f"?tema={ns.topic.slug}"
    return {
        "home": ns.home.url,
        "course_catalog": ns.course_index.url + topic,
        "resource_catalog": ns.resource_index.url + topic,
        "initiative_catalog": ns.initiative_index.url + topic,
        "topic": ns.topic_page.url,
        "course": ns.course.url,
        "lesson": ns.lessons[0].url,
        "resource": ns.resource.url,
        "initiative": ns.initiative.url,
        "search": f"/{ns.code}/sok/?q=bokprat",
        "statement": ns.statement.url,
        "not_found": NOT_FOUND[ns.code],
    }


def snapshot_database():
    """The database as JSON, as Django's serialized rollback makes it.

    The content-type cache is filled first: Wagtail's Page.__init__ looks content types up,
    and a lookup that misses after the flush would insert a row the snapshot then collides with.
    """
    ContentType.objects.get_for_models(*apps.get_models(), for_concrete_models=False)
    return connection.creation.serialize_db_to_string()


def restore_database(snapshot):
    call_command(
        "flush",
        verbosity=0,
        interactive=False,
        reset_sequences=False,
        inhibit_post_migrate=True,
    )
    connection.creation.deserialize_db_from_string(snapshot)


@pytest.fixture(scope="module")
def live_site(django_db_setup, django_db_blocker):
    """The public site with content in both languages, served on 127.0.0.1."""
    with django_db_blocker.unblock():
        snapshot = snapshot_database()
        try:
            site = build_site()
            paths = {code: page_paths(ns) for code, ns in site.items()}
            links = {code: expected_links(ns) for code, ns in site.items()}
            ids = {
                code: {"course": ns.course.pk, "lessons": [p.pk for p in ns.lessons]}
                for code, ns in site.items()
            }
            server = LiveServerThread("127.0.0.1", StorageMediaHandler)
            server.daemon = True
            server.start()
            server.is_ready.wait()
            if server.error:
                raise server.error
            try:
                yield SimpleNamespace(
                    base_url=f"http://127.0.0.1:{server.port}",
                    host=f"127.0.0.1:{server.port}",
                    paths=paths,
                    links=links,
                    ids=ids,
                )
            finally:
                server.terminate()
        finally:
            restore_database(snapshot)


@pytest.fixture(scope="module")
def allow_orm_beside_playwright():
    """Playwright's sync API keeps an event loop in this thread, and Django refuses ORM calls
    while one runs. The only ORM calls made here while the browser is open are pytest-django's
    per-test transaction (begin and roll back); the site itself is served by another thread."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        yield


@pytest.fixture(scope="module")
def browser(live_site, allow_orm_beside_playwright):
    """One headless Chromium for the module (started after the database work)."""
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


@pytest.fixture
def context(browser, live_site):
    context = browser.new_context(base_url=live_site.base_url, viewport=DESKTOP)
    yield context
    context.close()


@pytest.fixture(scope="module")
def axe():
    return Axe()


class NetworkLog:
    """Every request a page makes, and every response that failed."""

    def __init__(self, page):
        self.requests = []
        self.failed = []
        page.on("request", lambda request: self.requests.append(request.url))
        page.on(
            "response",
            lambda response: (
                response.status >= 400 and self.failed.append((response.status, response.url))
            ),
        )

    def foreign(self, host):
        """Requests to anything but our own server (data: and blob: URLs have no host)."""
        return [
            url
            for url in self.requests
            if urlsplit(url).scheme not in ("data", "blob") and urlsplit(url).netloc != host
        ]


def axe_report(results):
    lines = []
    for violation in results.response["violations"]:
        targets = [", ".join(node["target"]) for node in violation["nodes"][:5]]
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} – {targets}")
    return "\n".join(lines)


def focus_is_visible(page):
    return page.evaluate(
        """() => {
            const style = getComputedStyle(document.activeElement);
            const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
            const shadow = style.boxShadow && style.boxShadow !== 'none';
            return outline || shadow;
        }"""
    )


@pytest.mark.parametrize("language", ["nb", "nn"])
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_public_page_is_accessible_and_private(live_site, context, axe, page_type, language):
    csp = CspViolations(context)
    page = context.new_page()
    network = NetworkLog(page)
    path = live_site.paths[language][page_type]

    response = page.goto(path, wait_until="load")
    expected_status = 404 if page_type == "not_found" else 200
    assert response.status == expected_status, f"{path}: {response.status}"
    page.wait_for_load_state("networkidle")

    # Language and landmarks.
    assert page.get_attribute("html", "lang") == language
    assert page.get_by_role("banner").count() == 1
    assert page.get_by_role("navigation").count() >= 1
    assert page.get_by_role("main").count() == 1
    assert page.get_by_role("contentinfo").count() == 1
    assert page.locator("h1").count() == 1
    for title in live_site.links[language][page_type]:
        assert page.get_by_role("link", name=title, exact=True).count() >= 1, f"{path}: {title}"
    if page_type == "lesson":
        assert page.locator("video track[kind=captions]").count() == 2
        assert page.locator(".quiz details").count() == 2

    # axe-core (loaded from the package's own file, not a CDN).
    results = axe.run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]},
    )
    assert results.violations_count == 0, f"{path}\n{axe_report(results)}"

    # Keyboard: the first Tab reaches the skip link, visibly; Enter moves focus to <main>.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('skip-link')"), path
    assert page.locator(".skip-link").is_visible()
    assert focus_is_visible(page), f"{path}: the skip link has no visible focus"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main", path
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.tagName") in ("A", "BUTTON", "INPUT", "SUMMARY")
    assert focus_is_visible(page), f"{path}: the first link in main has no visible focus"

    # Reflow: at 320 CSS px nothing scrolls sideways.
    page.set_viewport_size(NARROW)
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, (
        f"{path}: {overflow}px horizontal scroll at 320px: {page.evaluate(OVERFLOWING_TEXT_JS)}"
    )

    # Privacy: nothing but our own host, and nothing broken on it.
    assert network.requests, "no requests recorded"
    assert network.foreign(live_site.host) == []
    failed = [item for item in network.failed if urlsplit(item[1]).path != path.split("?")[0]]
    assert failed == [], failed

    # Content-Security-Policy: the strict public policy, and nothing on the page breaks it
    # (JSON-LD is a data block, which CSP does not treat as script).
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy
    assert csp.violations == [], "\n".join(csp.violations)


def test_course_progress_stays_in_the_browser(live_site, context, axe):
    """Completing a lesson marks it on the course page with a progress bar and a
    «Fortsett der du slapp» link; nothing about it is sent to the server."""
    page = context.new_page()
    paths = live_site.paths["nb"]
    page.goto(paths["lesson"])
    checkbox = page.get_by_label("Jeg har fullført denne leksjonen")
    assert not checkbox.is_checked()

    network = NetworkLog(page)
    checkbox.check()
    assert page.get_by_role("status").inner_text().startswith("Leksjonen er merket som fullført")
    page.wait_for_timeout(200)
    assert network.requests == [], "completing a lesson must not send anything"
    assert page.context.cookies() == []

    stored = page.evaluate("JSON.parse(localStorage.getItem('kb-course-progress'))")
    course_id = str(live_site.ids["nb"]["course"])
    first, second = (str(pk) for pk in live_site.ids["nb"]["lessons"])
    assert stored == {course_id: {"done": [first], "last": first}}

    page.goto(paths["course"])
    progress = page.locator(".course-progress progress")
    assert progress.get_attribute("value") == "1"
    assert progress.get_attribute("max") == "2"
    assert page.locator("#course-progress-status").inner_text() == (
        "Du har fullført 1 av 2 leksjoner."
    )
    done = page.locator(f'[data-lesson="{first}"] .lesson-done')
    assert done.inner_text() == "Fullført"
    assert page.locator(f'[data-lesson="{second}"] .lesson-done').count() == 0
    # The last lesson visited is done, so «continue» points at the first open one.
    continue_link = page.get_by_role("link", name="Fortsett der du slapp")
    assert continue_link.get_attribute("href").endswith("/leksjon-2/")

    results = axe.run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]},
    )
    assert results.violations_count == 0, axe_report(results)

    # Unticking is remembered too.
    page.goto(paths["lesson"])
    page.get_by_label("Jeg har fullført denne leksjonen").uncheck()
    page.goto(paths["course"])
    assert page.locator(".course-progress progress").get_attribute("value") == "0"


def test_course_works_without_javascript(browser, live_site):
    context = browser.new_context(base_url=live_site.base_url, java_script_enabled=False)
    try:
        page = context.new_page()
        paths = live_site.paths["nn"]
        page.goto(paths["course"])
        assert page.locator(".course-progress").count() == 0
        lesson_links = page.locator(".lesson-list a")
        assert lesson_links.count() == 2
        lesson_links.first.click()
        page.wait_for_load_state()
        assert page.url.endswith(paths["lesson"])
        assert page.locator(".lesson-progress").is_hidden()
        page.locator("a[rel=next]").click()
        page.wait_for_load_state()
        assert page.url.endswith("/leksjon-2/")
    finally:
        context.close()
