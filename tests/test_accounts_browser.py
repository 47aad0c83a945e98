"""The second factor in Chromium: the helper other browser tests sign in with, and the real
sign-in steps (password, new app, recovery codes) checked with axe."""

from urllib.parse import urlsplit

from django.contrib.auth import get_user_model

import pytest
from axe_playwright_python.sync_playwright import Axe
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential
from playwright.sync_api import expect, sync_playwright

from tests.browser import WCAG_TAGS, launch_chromium, login_browser
from tests.transactional import database_snapshot, migrated_rows  # noqa: F401 (fixtures)

PASSWORD = "riktig-passord-123"


# A live server needs committed rows: transactional tests, with the migrated rows put back.
pytestmark = pytest.mark.usefixtures("migrated_rows")


@pytest.fixture
def admin(transactional_db):
    return get_user_model().objects.create_superuser(
        username="admin", email="admin@example.no", password=PASSWORD
    )


@pytest.fixture
def browser(live_server, admin):
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


def foreign_requests(page, base_url):
    host = urlsplit(base_url).netloc
    found = []
    page.on("request", lambda r: urlsplit(r.url).netloc not in (host, "") and found.append(r.url))
    return found


def assert_accessible(page):
    results = Axe().run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]},
    )
    assert results.violations_count == 0, results.generate_report()


def test_login_browser_gives_a_verified_admin_session(browser, live_server, admin):
    context = browser.new_context(base_url=live_server.url)
    login_browser(context, live_server.url, admin)
    page = context.new_page()

    # An admin view that a superuser reaches only with the second factor passed (the dashboard
    # needs a page tree, which a transactional test does not have).
    response = page.goto("/admin/tofaktor/")

    assert response.status == 200
    assert urlsplit(page.url).path == "/admin/tofaktor/"
    assert page.locator("#wagtail-sidebar").count() == 1
    context.close()


def test_signing_in_sets_up_an_app_in_norwegian_and_accessibly(
    browser, live_server, admin, monkeypatch
):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # to read the new app's key
    page = browser.new_context(base_url=live_server.url).new_page()
    foreign = foreign_requests(page, live_server.url)

    page.goto("/admin/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")

    assert urlsplit(page.url).path == "/admin/tofaktor/ny-app/"
    assert page.locator("h1").inner_text() == "Legg til autentiseringsapp"
    assert page.locator("svg.kb-qr").count() == 1
    assert_accessible(page)

    page.fill("#id_token", "000000")
    page.click("form.login-form button[type=submit]")
    expect(page.locator("#id_token[aria-invalid=true]")).to_have_count(1)
    assert_accessible(page)

    device = TOTPDevice.objects.get(user=admin, confirmed=False)
    device.throttling_failure_count = 0
    device.save()
    code = str(totp(device.bin_key, device.step, device.t0, device.digits, device.drift))
    page.fill("#id_token", code.zfill(6))
    page.click("form.login-form button[type=submit]")

    expect(page.locator("h1")).to_have_text("Gjenopprettingskodene dine")
    assert page.locator(".kb-recovery-codes li").count() == 10
    assert_accessible(page)
    # The sign-in steps load nothing from another host (the dashboard is checked elsewhere).
    assert foreign == []
    page.goto("/admin/tofaktor/")
    assert urlsplit(page.url).path == "/admin/tofaktor/"
    expect(page.locator("#wagtail-sidebar")).to_have_count(1)


def add_virtual_authenticator(context, page):
    """Chromium's virtual authenticator (DevTools WebAuthn domain) standing in for a phone."""
    devtools = context.new_cdp_session(page)
    devtools.send("WebAuthn.enable")
    devtools.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
            }
        },
    )


def sign_in_with_password(page, next_url="/admin/"):
    page.goto(f"/admin/login/?next={next_url}")
    page.fill("#id_username", "admin")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")


def test_a_passkey_is_added_and_then_used_as_the_second_factor(
    browser, live_server, admin, settings, monkeypatch
):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    settings.OTP_WEBAUTHN_ALLOWED_ORIGINS = [live_server.url]
    context = browser.new_context(base_url=live_server.url)
    login_browser(context, live_server.url, admin)
    page = context.new_page()
    add_virtual_authenticator(context, page)

    page.goto("/admin/tofaktor/")
    page.click("#passkey-register-button")
    # The page reloads to list the new passkey.
    expect(page.locator(".kb-passkeys li")).to_have_count(1)
    assert WebAuthnCredential.objects.filter(user=admin, confirmed=True).count() == 1
    assert_accessible(page)

    # Signed out and in again with the password: the passkey passes the second step.
    context.clear_cookies()
    sign_in_with_password(page, "/admin/tofaktor/")
    assert urlsplit(page.url).path == "/admin/tofaktor/bekreft/"
    assert_accessible(page)
    page.click("#passkey-verification-button")

    page.wait_for_url("**/admin/tofaktor/")
    expect(page.locator("h1")).to_have_text("Tofaktorinnlogging")


def test_a_required_person_can_start_with_a_passkey_instead_of_an_app(
    browser, live_server, admin, settings, monkeypatch
):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    settings.OTP_WEBAUTHN_ALLOWED_ORIGINS = [live_server.url]
    context = browser.new_context(base_url=live_server.url)
    page = context.new_page()
    add_virtual_authenticator(context, page)

    sign_in_with_password(page)
    assert urlsplit(page.url).path == "/admin/tofaktor/ny-app/"
    page.click("#passkey-register-button")

    # Registering verified the session: the account page (closed until then) lists the passkey.
    page.wait_for_url("**/admin/tofaktor/")
    expect(page.locator(".kb-passkeys li")).to_have_count(1)
    assert not TOTPDevice.objects.filter(user=admin, confirmed=True).exists()
