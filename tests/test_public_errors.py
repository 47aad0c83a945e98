"""Custom 404 and 500 pages in Norwegian (DEBUG is False in the test settings)."""

import re

from django.conf.urls.i18n import i18n_patterns
from django.test import RequestFactory, override_settings
from django.urls import path
from django.utils import translation
from django.utils.translation import gettext

import pytest

from kb_site import urls as site_urls
from kb_site.errors import server_error


def boom(request):
    raise RuntimeError("Noe i en visning feilet")


# Used as ROOT_URLCONF by the 500 tests: the site's URLs plus a view that fails.
urlpatterns = i18n_patterns(path("boom/", boom), prefix_default_language=True) + list(
    site_urls.urlpatterns
)
handler500 = site_urls.handler500


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "language"), [("/nb/finnes-ikke/", "nb"), ("/nn/finst-ikkje/", "nn")]
)
def test_404_is_our_norwegian_page(client, url, language):
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    with translation.override(language):  # Bokmål, or the Nynorsk catalogue's wording
        assert f"<h1>{gettext('Fant ikke siden')}</h1>" in html
    assert f'href="/{language}/"' in html  # back to the home page in the same language
    assert 'class="skip-link"' in html and '<main id="main"' in html
    assert "Page not found" not in html


@pytest.mark.django_db
def test_404_without_language_prefix_lands_on_the_norwegian_page(client):
    response = client.get("/finnes-ikke/", follow=True)
    assert response.redirect_chain[0][0] == "/nb/finnes-ikke/"
    assert response.status_code == 404
    assert "Fant ikke siden" in response.content.decode()


@pytest.mark.django_db
@override_settings(ROOT_URLCONF=__name__)
@pytest.mark.parametrize(("url", "language"), [("/nb/boom/", "nb"), ("/nn/boom/", "nn")])
def test_500_is_our_norwegian_page(client, url, language):
    client.raise_request_exception = False
    response = client.get(url)
    assert response.status_code == 500
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    with translation.override(language):
        assert gettext("Noe gikk galt hos oss") in html
    assert f'href="/{language}/"' in html
    assert "RuntimeError" not in html and "Traceback" not in html
    # The inline <style> is allowed by this response's CSP nonce, and only by it.
    policy = response["Content-Security-Policy"]
    nonce = re.search(r"'nonce-([^']+)'", policy).group(1)
    assert f'<style nonce="{nonce}">' in html
    assert "unsafe-inline" not in policy


def test_500_page_needs_no_database():
    """No django_db mark: any database query here would fail the test."""
    response = server_error(RequestFactory().get("/nn/noe/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="nn">' in html
    with translation.override("nn"):
        assert gettext("Noe gikk galt hos oss") in html
    assert "<link" not in html  # self-contained: no stylesheet request to a failing server


@override_settings(
    TEMPLATES=[
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "DIRS": [],
            "APP_DIRS": True,
            "OPTIONS": {"libraries": {"broken": "kb_site.finnes_ikke"}},
        }
    ]
)
def test_500_page_survives_a_broken_template_engine():
    response = server_error(RequestFactory().get("/nb/noe/"))
    assert response.status_code == 500
    assert "Noe gikk galt hos oss" in response.content.decode()
