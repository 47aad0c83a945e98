"""The "Målform" report (språklova): numbers on a small known set of pages, exports, access."""

import csv
import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from wagtail.models import Locale

import pytest
from openpyxl import load_workbook

from tests import factories
from tests.factories import publish
from translation.report import malform_rows

pytestmark = pytest.mark.django_db

# Words per factory course: title + summary + the learning goal "Kunne holde en bokprat" (4).


@pytest.fixture
def pages(home_nb):
    nn = Locale.objects.get(language_code="nn")
    innlandet = publish(
        factories.ContributorPageFactory(parent=home_nb, title="Innlandet fylkesbibliotek")
    )
    innlandet_nn = publish(innlandet.copy_for_translation(nn))
    vestland = publish(
        factories.ContributorPageFactory(parent=home_nb, title="Vestland fylkesbibliotek")
    )
    # Written in Bokmål (9 words) and translated: counted once, as Bokmål.
    both = publish(
        factories.CoursePageFactory(parent=innlandet, title="En to tre", summary="fire fem")
    )
    translated = both.copy_for_translation(nn)
    translated.title = "Ein to tre"
    translated.save()
    publish(translated)
    # Written in Nynorsk (7 words).
    publish(factories.CoursePageFactory(parent=innlandet_nn, title="Ein to", summary="tre"))
    # A draft is not counted.
    factories.CoursePageFactory(parent=innlandet, title="Utkast", summary="ikke med", live=False)
    # Vestland: Bokmål only (6 words).
    publish(factories.CoursePageFactory(parent=vestland, title="En", summary="to"))


def test_numbers_on_a_known_set_of_pages(pages):
    total, innlandet, vestland = malform_rows()
    assert (total.nb_pages, total.nb_words, total.nn_pages, total.nn_words) == (2, 15, 1, 7)
    assert total.both_languages == 1
    assert (total.nb_share, total.nn_share) == (68.2, 31.8)
    assert total.meets_minimum

    assert innlandet.label == "Innlandet fylkesbibliotek"
    assert (innlandet.nb_pages, innlandet.nb_words, innlandet.nn_pages, innlandet.nn_words) == (
        1,
        9,
        1,
        7,
    )
    assert innlandet.both_languages == 1
    assert innlandet.meets_minimum

    assert vestland.label == "Vestland fylkesbibliotek"
    assert (vestland.nb_words, vestland.nn_words, vestland.nn_share) == (6, 0, 0.0)
    assert not vestland.meets_minimum
    assert str(vestland.status) == "Under 25 % nynorsk"


@pytest.fixture
def ressursgruppen_user(db):
    group, _created = Group.objects.get_or_create(name="Ressursgruppen")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_malform_report"),
    )
    user = get_user_model().objects.create_user("ressurs", "r@example.com", "pw")
    user.groups.add(group)
    return user


def test_report_page_and_menu_for_ressursgruppen(client, pages, ressursgruppen_user):
    client.force_login(ressursgruppen_user)
    response = client.get(reverse("kb_malform_report"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Hele Kompetansebanken" in html
    assert "31,8 %" in html and "68,2 %" in html
    assert "Under 25 % nynorsk" in html
    assert "export=xlsx" in html and "export=csv" in html
    assert reverse("kb_malform_report") in client.get(reverse("wagtailadmin_home")).content.decode()


def test_csv_and_xlsx_export(client, pages, ressursgruppen_user):
    client.force_login(ressursgruppen_user)
    response = client.get(reverse("kb_malform_report"), {"export": "csv"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][0] == "Organisasjon"
    assert rows[0][6] == "Andel nynorsk (%)"
    assert rows[1][:8] == ["Hele Kompetansebanken", "2", "15", "68.2", "1", "7", "31.8", "1"]
    assert rows[3][0] == "Vestland fylkesbibliotek"

    response = client.get(reverse("kb_malform_report"), {"export": "xlsx"})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[1][:3] == ("Hele Kompetansebanken", 2, 15)
    assert values[2][0] == "Innlandet fylkesbibliotek"


def test_only_ressursgruppen_and_superusers(client, pages, ressursgruppen_user):
    editor = get_user_model().objects.create_user("redaktor", "e@example.com", "pw")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    response = client.get(reverse("kb_malform_report"))
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    response = client.get(reverse("kb_malform_report"), {"export": "csv"})
    assert response.status_code == 302
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("kb_malform_report") not in dashboard

    superuser = get_user_model().objects.create_superuser("admin", "a@example.com", "pw")
    client.force_login(superuser)
    assert client.get(reverse("kb_malform_report")).status_code == 200
