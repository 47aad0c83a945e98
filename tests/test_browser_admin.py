"""The admin views people use, in headless Chromium: no Content-Security-Policy violation under
the admin policy, and no request to another host (no Gravatar, no release check).

Views: the dashboard, the page editor with StreamField blocks (a block opened, the image
chooser), the workflow action dialog, wagtail-localize's translation editor and the Målform
report. Users are signed in with `login_browser`'s session cookies, made before Playwright
starts. The data is built once for the module and removed afterwards.
"""

from types import SimpleNamespace

from django.test import Client
from django.test.testcases import LiveServerThread

from wagtail_localize.models import Translation, TranslationSource

import pytest
import wagtail_factories
from playwright.sync_api import sync_playwright

from home.models import StandardPage
from tests import factories
from tests.browser import CspViolations, launch_chromium, login_browser, session_cookie
from tests.test_browser import NetworkLog, StorageMediaHandler, restore_database, snapshot_database
from tests.workflow_support import build_world, submit

pytestmark = pytest.mark.django_db

DESKTOP = {"width": 1280, "height": 900}


def build_admin_content():
    """A page with StreamField blocks and an image, a course in review, a translation."""
    world = build_world()
    image = wagtail_factories.ImageFactory(title="Lesesal")
    page = StandardPage(
        title="Om bokprat",
        slug="om-bokprat",
        intro="Alt om bokprat.",
        body=[
            ("text", "<p>Bokprat er en samtale om bøker.</p>"),
            ("image", {"image": image, "alt_text": "En lesesal", "caption": "Lesesal"}),
            ("callout", {"kind": "tips", "title": "Tips", "text": "<p>Start i det små.</p>"}),
        ],
    )
    world.home.add_child(instance=page)
    page.save_revision().publish()

    nn = factories.locale("nn")
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=nn)
    translation.save_target(publish=False)
    translated = page.get_translation(nn)

    editor = Client()
    editor.force_login(world.users.editor)
    response = submit(editor, world.course)
    assert response.status_code == 302, response.status_code
    return SimpleNamespace(
        world=world, page=page, translated=translated, course=world.course, users=world.users
    )


@pytest.fixture(scope="module")
def admin_site(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        snapshot = snapshot_database()
        try:
            content = build_admin_content()
            server = LiveServerThread("127.0.0.1", StorageMediaHandler)
            server.daemon = True
            server.start()
            server.is_ready.wait()
            if server.error:
                raise server.error
            base_url = f"http://127.0.0.1:{server.port}"
            try:
                yield SimpleNamespace(
                    base_url=base_url,
                    host=f"127.0.0.1:{server.port}",
                    content=content,
                    # Sessions made now, before Playwright's event loop starts.
                    cookies={
                        "admin": session_cookie(base_url, content.users.admin),
                        "reviewer": session_cookie(base_url, content.users.reviewer),
                    },
                )
            finally:
                server.terminate()
        finally:
            restore_database(snapshot)


@pytest.fixture(scope="module")
def browser(admin_site):
    with pytest.MonkeyPatch.context() as patch:
        # Only pytest-django's per-test transaction touches the ORM while the browser is open.
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            yield browser
            browser.close()


class Visit(SimpleNamespace):
    """A signed-in browser context with its CSP and network logs."""

    def check(self):
        assert self.csp.violations == [], "\n".join(self.csp.violations)
        assert self.network.foreign(self.host) == []
        failed = [item for item in self.network.failed if item[0] != 404]
        assert failed == [], failed


@pytest.fixture
def visit(browser, admin_site):
    def open_as(role):
        context = browser.new_context(base_url=admin_site.base_url, viewport=DESKTOP)
        context.add_cookies([admin_site.cookies[role]])
        csp = CspViolations(context)
        page = context.new_page()
        contexts.append(context)
        return Visit(page=page, csp=csp, network=NetworkLog(page), host=admin_site.host)

    contexts = []
    yield open_as
    for context in contexts:
        context.close()


def goto(page, path):
    response = page.goto(path, wait_until="load")
    assert response.status == 200, f"{path}: {response.status}"
    page.wait_for_load_state("networkidle")
    return response


def test_dashboard(visit):
    admin = visit("admin")
    response = goto(admin.page, "/admin/")
    assert admin.page.locator("main").count() == 1
    policy = response.headers["content-security-policy"]
    assert "frame-ancestors 'self'" in policy and "script-src 'self' 'unsafe-inline'" in policy
    assert "gravatar" not in admin.page.content()
    admin.check()


def test_page_editor_with_blocks_and_the_image_chooser(visit, admin_site):
    admin = visit("admin")
    page = admin.page
    goto(page, f"/admin/pages/{admin_site.content.page.pk}/edit/")
    # Collapse and reopen a block; open the block picker with a block's preview; add an image
    # block and open its image chooser.
    toggle = page.locator("[data-contentpath='body'] [data-panel-toggle]").first
    toggle.click()
    toggle.click()
    page.locator("[data-contentpath='body'] button.c-sf-add-button").first.click()
    option = page.locator("[role=option]").filter(has=page.get_by_text("Bilde", exact=True))
    page.locator(
        "[role=option]:has-text('Faktaboks') + button.w-combobox__option-preview"
    ).first.click()
    page.locator("iframe[src*='block-preview'], iframe[src*='preview']").first.wait_for()
    page.wait_for_load_state("networkidle")
    option.first.click()
    page.locator("[data-contentpath='body'] [data-chooser-action-choose]:visible").first.click()
    modal = page.locator(".modal-dialog")
    modal.wait_for()
    modal.get_by_text("Lesesal").first.wait_for()
    page.wait_for_load_state("networkidle")
    admin.check()


def test_workflow_action_dialog(visit, admin_site):
    reviewer = visit("reviewer")
    page = reviewer.page
    goto(page, f"/admin/pages/{admin_site.content.course.pk}/edit/")
    action = page.locator("button[data-workflow-action-modal-url]").first
    if not action.is_visible():
        page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    action.click()
    page.locator(".modal-dialog textarea[name='comment']").wait_for()
    page.wait_for_load_state("networkidle")
    reviewer.check()


def test_translation_editor(visit, admin_site):
    admin = visit("admin")
    page = admin.page
    goto(page, f"/admin/pages/{admin_site.content.translated.pk}/edit/")
    page.get_by_text("Bokprat er en samtale om bøker.").first.wait_for()
    admin.check()


def test_malform_report(visit):
    admin = visit("admin")
    goto(admin.page, "/admin/rapporter/malform/")
    admin.page.get_by_role("table").first.wait_for()
    admin.check()


def test_public_page_with_the_editors_userbar(visit, admin_site):
    """A signed-in editor sees Wagtail's userbar on the public site, under the strict policy."""
    admin = visit("admin")
    response = goto(admin.page, admin_site.content.page.url)
    assert "script-src 'self';" in response.headers["content-security-policy"] + ";"
    admin.page.locator("wagtail-userbar").first.wait_for(state="attached")
    admin.check()


def test_the_collector_sees_a_violation(visit, admin_site):
    """The checks above would see a violation: an inline script on a public page is one."""
    visitor = visit("admin")
    goto(visitor.page, "/nb/")
    visitor.page.evaluate(
        """() => {
            const script = document.createElement('script');
            script.textContent = 'window.kbInline = true;';
            document.body.append(script);
        }"""
    )
    visitor.page.wait_for_timeout(300)
    assert visitor.page.evaluate("window.kbInline") is None
    assert any("script-src" in violation for violation in visitor.csp.violations)


@pytest.fixture(scope="module")
def translator_context(browser, admin_site, django_db_blocker):
    """Signed in with login_browser outside any test transaction, so the live server sees the
    session."""
    context = browser.new_context(base_url=admin_site.base_url)
    with django_db_blocker.unblock():
        login_browser(context, admin_site.base_url, admin_site.content.users.translator)
    yield context
    context.close()


def test_login_browser_signs_in(translator_context):
    page = translator_context.new_page()
    try:
        response = page.goto("/admin/", wait_until="load")
        assert response.status == 200
        assert "/login/" not in page.url
    finally:
        page.close()
