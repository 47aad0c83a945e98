"""The admin in headless Chromium, in Bokmål and Nynorsk: what the browser renders, including
the parts Wagtail's JavaScript builds (StreamField block menus, comments, side panels, the
translation editor), has no English.

A superuser and a county editor log in through the test client's force_login; its session
cookie is handed to Chromium.
"""

from types import SimpleNamespace

from django.conf import settings
from django.test import Client
from django.test.testcases import LiveServerThread
from django.urls import reverse

import pytest
from playwright.sync_api import sync_playwright

from tests.admin_language import WAGTAIL_HARDCODED, english_in, english_msgids
from tests.browser import launch_chromium
from tests.test_admin_language import set_admin_language
from tests.test_browser import StorageMediaHandler, restore_database, snapshot_database
from tests.workflow_support import build_world, login, submit

pytestmark = pytest.mark.django_db

# Visible text and the labels people read, from the rendered page.
RENDERED_TEXT_JS = """(hardcoded) => {
    const texts = document.body.innerText.split('\\n');
    for (const element of document.body.querySelectorAll('*')) {
        if (!element.checkVisibility()) continue;
        for (const name of ['placeholder', 'aria-label', 'title']) {
            const value = element.getAttribute(name);
            if (value) texts.push(value);
        }
        if (element.matches('input[type=submit], input[type=button]')
                && !hardcoded.includes(element.value)) {
            texts.push(element.value);
        }
    }
    return texts;
}"""


@pytest.fixture(scope="module")
def admin_site(django_db_setup, django_db_blocker):
    """Sections, people and a course in review, served on 127.0.0.1."""
    with django_db_blocker.unblock():
        snapshot = snapshot_database()
        try:
            world = build_world()
            client = Client()
            login(client, world.users.editor)
            assert submit(client, world.course).status_code == 302
            paths = {
                "dashboard": reverse("wagtailadmin_home"),
                "explorer": reverse("wagtailadmin_explore", args=[world.innlandet.pk]),
                "edit course": reverse("wagtailadmin_pages:edit", args=[world.course.pk]),
                "add course": reverse(
                    "wagtailadmin_pages:add", args=["courses", "coursepage", world.innlandet.pk]
                ),
                "image upload": reverse("wagtailimages:add_multiple"),
                "document upload": reverse("wagtaildocs:add_multiple"),
                "video upload": reverse("wagtailmedia:add", args=["video"]),
                "account": reverse("wagtailadmin_account"),
            }
            admin_only = {
                "translate page": reverse(
                    "wagtail_localize:submit_page_translation", args=[world.course.pk]
                ),
                "malform report": reverse("kb_malform_report"),
                "workflows report": reverse("wagtailadmin_reports:workflow"),
            }
            cookies = {}
            for code in ("nb", "nn"):
                for user in (world.users.admin, world.users.editor):
                    set_admin_language(user, code)
                    client = Client()
                    client.force_login(user)
                    cookies[code, user.is_superuser] = client.cookies[settings.SESSION_COOKIE_NAME]
            server = LiveServerThread("127.0.0.1", StorageMediaHandler)
            server.daemon = True
            server.start()
            server.is_ready.wait()
            if server.error:
                raise server.error
            try:
                yield SimpleNamespace(
                    base_url=f"http://127.0.0.1:{server.port}",
                    paths=paths,
                    admin_only=admin_only,
                    cookies=cookies,
                )
            finally:
                server.terminate()
        finally:
            restore_database(snapshot)


@pytest.fixture(scope="module")
def browser(admin_site):
    with (
        pytest.MonkeyPatch.context() as patch,
        sync_playwright() as playwright,
    ):
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


def english_on_page(page, code, msgids):
    page.wait_for_load_state("networkidle")
    return english_in(page.evaluate(RENDERED_TEXT_JS, sorted(WAGTAIL_HARDCODED)), code, msgids)


@pytest.mark.parametrize("code", ["nb", "nn"])
@pytest.mark.parametrize("superuser", [True, False], ids=["superuser", "editor"])
def test_admin_screens_render_without_english(admin_site, browser, code, superuser):
    msgids = english_msgids()
    context = browser.new_context(base_url=admin_site.base_url)
    session = admin_site.cookies[code, superuser]
    context.add_cookies([{"name": session.key, "value": session.value, "url": admin_site.base_url}])
    page = context.new_page()
    paths = dict(admin_site.paths)
    if superuser:
        paths.update(admin_site.admin_only)
    found = {}
    try:
        for name, path in paths.items():
            response = page.goto(path)
            assert response.ok and "/login/" not in page.url, (name, page.url)
            english = english_on_page(page, code, msgids)
            if name == "edit course":
                # The block menu of the first StreamField, built by Wagtail's JavaScript.
                page.locator("button.c-sf-add-button").last.dispatch_event("click")
                page.locator("[role=option]").first.wait_for(timeout=5000)
                english |= english_on_page(page, code, msgids)
            if english:
                found[name] = sorted(english)
    finally:
        context.close()
    assert found == {}
