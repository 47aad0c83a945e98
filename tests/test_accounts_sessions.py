"""Admin sessions end after a working day without activity, and when the password changes."""

import datetime

from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.test.utils.form_data import querydict_from_html

import pytest
import time_machine

from tests.factories import PASSWORD
from tests.workflow_support import make_user

pytestmark = pytest.mark.django_db

LOGIN = reverse("wagtailadmin_login")


def dashboard(client):
    return client.get(reverse("wagtailadmin_home"))


def signed_out(response):
    return response.status_code == 302 and response["Location"].startswith(LOGIN)


def account_form(html):
    """The account settings form as the browser would post it."""
    index = 0
    while True:
        data = querydict_from_html(html, form_index=index)
        if "password-old_password" in data:
            return data
        index += 1


def test_a_session_ends_after_eight_hours_without_activity(client):
    assert settings.SESSION_COOKIE_AGE == 8 * 60 * 60
    admin = make_user("admin", superuser=True)
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        client.force_login(admin)
        assert dashboard(client).status_code == 200

    # Each request moves the end forward: active all day, signed in all day.
    for hours in (7, 14, 21):
        with time_machine.travel(start + datetime.timedelta(hours=hours), tick=False):
            assert dashboard(client).status_code == 200

    with time_machine.travel(start + datetime.timedelta(hours=29, minutes=1), tick=False):
        assert signed_out(dashboard(client))


def test_changing_the_password_ends_the_other_sessions(client):
    admin = make_user("admin", superuser=True)
    laptop, phone = client, Client()
    laptop.force_login(admin)
    phone.force_login(admin)
    assert dashboard(phone).status_code == 200

    account = laptop.get(reverse("wagtailadmin_account")).content.decode()
    data = account_form(account)
    data["name_email-last_name"] = "Nordmann"
    data["password-old_password"] = PASSWORD
    data["password-new_password1"] = data["password-new_password2"] = "Et-helt-nytt-passord-2026"
    response = laptop.post(reverse("wagtailadmin_account"), data)
    assert response.status_code == 302

    admin.refresh_from_db()
    assert admin.check_password("Et-helt-nytt-passord-2026")
    # The session that changed it stays signed in; every other session is signed out.
    assert dashboard(laptop).status_code == 200
    assert signed_out(dashboard(phone))


def test_a_password_set_by_an_administrator_signs_the_person_out(client):
    editor = make_user("ingrid", superuser=True)
    client.force_login(editor)
    assert dashboard(client).status_code == 200

    editor.set_password("Tilbakestilt-av-admin-2026")
    editor.save()

    assert signed_out(dashboard(client))
