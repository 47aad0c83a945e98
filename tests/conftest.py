from django.conf import settings
from django.core.cache import caches
from django.utils import translation

import pytest

from tests import accounts_support, factories

# client.force_login(user) signs in with a verified second factor (tests/accounts_support.py).
accounts_support.install()


@pytest.fixture(autouse=True)
def start_in_bokmal():
    """Every test starts and ends in Bokmål: a request under /nn/ leaves Nynorsk active in the
    thread (LocaleMiddleware does not reset it), and the nn catalogue would then translate
    messages in the next test."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def empty_caches():
    """Caches outlive the test's database transaction: Wagtail keeps the site root paths there,
    so a Site created (and rolled back) in one test would give the next test wrong URLs."""
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def home_nb(db):
    return factories.home("nb")


@pytest.fixture
def home_nn(db):
    return factories.home("nn")


@pytest.fixture
def contributor(home_nb):
    return factories.ContributorPageFactory(parent=home_nb, title="Innlandet fylkesbibliotek")
