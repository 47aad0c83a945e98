"""How the browser tests start Debian's Chromium, what axe checks, how a test signs a user in,
and how CSP violations are collected."""

import os
from contextlib import contextmanager

from django.conf import settings
from django.test import Client

CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium calls Google's hosts at start-up.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def launch_chromium(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)


@contextmanager
def orm_beside_playwright():
    """Playwright's sync API keeps an event loop in this thread, and Django then refuses ORM
    calls. Allow them for the duration of a short, sequential set-up step (nothing else runs
    on that loop meanwhile); better still, do the ORM work before Playwright starts."""
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        yield
    finally:
        if previous is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


def session_cookie(base_url, user):
    """A signed-in session for `user` made with Django's test client (`force_login`), as a
    Playwright cookie for `base_url`."""
    client = Client()
    client.force_login(user)
    return {
        "name": settings.SESSION_COOKIE_NAME,
        "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
        "url": base_url,
        "httpOnly": True,
        "sameSite": "Lax",
    }


def login_browser(context, base_url, user):
    """Sign `user` in to the Playwright browser `context` on the live server at `base_url`,
    second factor passed (the suite's `force_login` verifies one, tests/accounts_support.py).

    The session is created with the test client's `force_login` and its cookie copied into the
    context. Callers that can should make the cookie with `session_cookie` before starting
    Playwright (the ORM work then runs outside Playwright's event loop)."""
    with orm_beside_playwright():
        cookie = session_cookie(base_url, user)
    context.add_cookies([cookie])
    return cookie


# Every Content-Security-Policy violation a page reports, from every frame: the
# `securitypolicyviolation` event (init scripts run outside the page's CSP) and Chromium's own
# console message ("Refused to ... because it violates the following Content Security Policy
# directive").
_CSP_LISTENER = """
document.addEventListener('securitypolicyviolation', (event) => {
    window.kbReportCspViolation([
        event.effectiveDirective, event.blockedURI, event.sourceFile + ':' + event.lineNumber,
        (event.sample || '').slice(0, 80),
    ].join(' | '));
});
"""


class CspViolations:
    """Collects the CSP violations of every page in a browser context."""

    def __init__(self, context):
        self.violations = []
        context.expose_binding(
            "kbReportCspViolation",
            lambda source, text: self.violations.append(f"{source['frame'].url}: {text}"),
        )
        context.add_init_script(_CSP_LISTENER)
        context.on("page", self.watch)

    def watch(self, page):
        page.on("console", self._console)
        return page

    def _console(self, message):
        if "Content Security Policy" in message.text:
            self.violations.append(f"console: {message.text}")
