"""How the browser tests start Debian's Chromium, what axe checks, and how they sign in."""

import asyncio
import os
from concurrent.futures import ThreadPoolExecutor

from django.conf import settings
from django.db import connections
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


def login_browser(context, base_url, user):
    """Sign a Playwright browser context in to the admin as `user`, second factor passed.

    The session is made by the test client's `force_login` (verified, see
    tests/accounts_support.py) and its cookie handed to the browser; the server must see the
    session row, so the user and the session must be committed (live-server tests are).
    Playwright's sync API runs an event loop in this thread, where Django refuses database
    calls unless DJANGO_ALLOW_ASYNC_UNSAFE is set; without it the session is made in a worker
    thread.
    """

    def make_session():
        client = Client()
        client.force_login(user)
        return client.cookies[settings.SESSION_COOKIE_NAME].value

    def make_session_in_thread():
        try:
            return make_session()
        finally:
            connections.close_all()

    try:
        asyncio.get_running_loop()
        loop_running = True
    except RuntimeError:
        loop_running = False
    if not loop_running or os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE"):
        session_key = make_session()
    else:
        with ThreadPoolExecutor(max_workers=1) as pool:
            session_key = pool.submit(make_session_in_thread).result()
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": session_key,
                "url": base_url,
                "httpOnly": True,
                "sameSite": "Lax",
            }
        ]
    )
    return session_key
