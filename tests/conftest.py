import pytest

from tests import factories


@pytest.fixture
def home_nb(db):
    return factories.home("nb")


@pytest.fixture
def home_nn(db):
    return factories.home("nn")


@pytest.fixture
def contributor(home_nb):
    return factories.ContributorPageFactory(parent=home_nb, title="Innlandet fylkesbibliotek")
