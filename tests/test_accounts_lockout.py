"""Sign-in lockout (django-axes) through the real admin login view, and the throttled reset."""

import datetime
import logging

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

import pytest
import time_machine
from axes.models import AccessAttempt

pytestmark = pytest.mark.django_db

PASSWORD = "riktig-passord-123"
LOCK_MESSAGE = "For mange mislykkede innloggingsforsøk"


@pytest.fixture
def person(db):
    return get_user_model().objects.create_user(
        username="kari", email="kari@example.no", password=PASSWORD
    )


def sign_in(client, password, username="kari", **extra):
    return client.post(
        reverse("wagtailadmin_login"), {"username": username, "password": password}, **extra
    )


def signed_in(client):
    return "_auth_user_id" in client.session


def fail(client, times, **extra):
    return [sign_in(client, "feil-passord", **extra) for _ in range(times)]


def test_the_sixth_attempt_is_refused_even_with_the_right_password(client, person):
    responses = fail(client, 5)
    assert [r.status_code for r in responses[:4]] == [200] * 4
    assert LOCK_MESSAGE not in responses[3].content.decode()
    # The fifth failure locks: the login page says so, in Norwegian, with status 429.
    assert responses[4].status_code == 429
    assert LOCK_MESSAGE in responses[4].content.decode()

    response = sign_in(client, PASSWORD)

    assert response.status_code == 429
    page = response.content.decode()
    assert LOCK_MESSAGE in page and "15 minutter" in page
    assert 'name="password"' in page  # the admin login page, not a bare error
    assert not signed_in(client)


def test_the_lock_lifts_after_fifteen_minutes(client, person):
    fail(client, 5)
    now = timezone.now()

    with time_machine.travel(now + datetime.timedelta(minutes=14), tick=False):
        assert sign_in(client, PASSWORD).status_code == 429
    # That refused attempt started the 15 minutes again.
    with time_machine.travel(now + datetime.timedelta(minutes=28), tick=False):
        assert AccessAttempt.objects.filter(username="kari").exists()
    with time_machine.travel(now + datetime.timedelta(minutes=29, seconds=30), tick=False):
        response = sign_in(client, PASSWORD)

    assert response.status_code == 302
    assert signed_in(client)


def test_the_lock_holds_one_user_name_from_one_address(client, person, django_user_model):
    django_user_model.objects.create_user(username="ola", password=PASSWORD)
    fail(client, 5, REMOTE_ADDR="198.51.100.7")

    assert sign_in(client, PASSWORD, REMOTE_ADDR="198.51.100.7").status_code == 429
    # The same person from another address, and another person from that address, get in.
    assert sign_in(client, PASSWORD, REMOTE_ADDR="198.51.100.8").status_code == 302
    client.logout()
    assert sign_in(client, PASSWORD, username="ola", REMOTE_ADDR="198.51.100.7").status_code == 302


def test_four_failures_do_not_lock_and_a_success_clears_them(client, person):
    fail(client, 4)
    assert sign_in(client, PASSWORD).status_code == 302
    client.logout()
    fail(client, 4)
    assert sign_in(client, PASSWORD).status_code == 302


@override_settings(KB_TRUSTED_PROXY_COUNT=1)
def test_behind_one_proxy_the_client_is_the_address_the_proxy_saw(client, person):
    # The proxy appends the address it saw; what the client put in front is forged.
    for forged in ["1.1.1.1", "2.2.2.2", "3.3.3.3", "4.4.4.4", "5.5.5.5"]:
        sign_in(
            client,
            "feil-passord",
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=f"{forged}, 203.0.113.9",
        )

    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.9"}
    response = sign_in(
        client, PASSWORD, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="9.9.9.9, 203.0.113.9"
    )
    assert response.status_code == 429
    # Another client behind the same proxy is not locked.
    response = sign_in(
        client, PASSWORD, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="203.0.113.10"
    )
    assert response.status_code == 302


def test_without_a_trusted_proxy_x_forwarded_for_is_ignored(client, person):
    for n in range(5):
        sign_in(client, "feil-passord", REMOTE_ADDR="192.0.2.1", HTTP_X_FORWARDED_FOR=f"10.1.1.{n}")

    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"192.0.2.1"}
    assert sign_in(client, PASSWORD, REMOTE_ADDR="192.0.2.1").status_code == 429


def test_failures_and_lockouts_are_logged(client, person, caplog):
    with caplog.at_level(logging.INFO):
        fail(client, 5)

    text = caplog.text
    assert 'New login failure by {username: "kari", ip_address: "127.0.0.1"' in text
    assert 'Locking out {username: "kari", ip_address: "127.0.0.1"' in text
    assert "Sign-in locked out: user name 'kari' from 127.0.0.1" in text
    assert "feil-passord" not in text


def test_an_administrator_unlocks_in_the_admin(client, person, admin_user):
    fail(client, 5)
    admin = type(client)()
    admin.force_login(admin_user)

    listing = admin.get(reverse("kb_locked_logins"))
    assert listing.status_code == 200
    assert "kari" in listing.content.decode()
    attempt = AccessAttempt.objects.get(username="kari")
    response = admin.post(reverse("kb_locked_logins_unlock", args=[attempt.pk]), follow=True)

    assert "er låst opp" in response.content.decode()
    assert "kari" not in admin.get(reverse("kb_locked_logins")).content.decode()
    assert sign_in(client, PASSWORD).status_code == 302


def test_only_administrators_see_or_use_the_unlock_view(client, person, django_user_model):
    editor = django_user_model.objects.create_user(username="redaktor", password=PASSWORD)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    fail(client, 5)
    attempt = AccessAttempt.objects.get(username="kari")
    other = type(client)()
    other.force_login(editor)

    assert other.get(reverse("kb_locked_logins")).status_code != 200
    other.post(reverse("kb_locked_logins_unlock", args=[attempt.pk]))

    assert AccessAttempt.objects.filter(pk=attempt.pk).exists()
    assert sign_in(client, PASSWORD).status_code == 429


def test_an_administrator_unlocks_with_a_command(client, person):
    fail(client, 5)

    call_command("axes_reset_username", "kari")

    assert sign_in(client, PASSWORD).status_code == 302


def request_reset(client, email, **extra):
    return client.post(reverse("wagtailadmin_password_reset"), {"email": email}, **extra)


def test_password_reset_is_limited_per_address_without_telling_which_accounts_exist(client, person):
    done = reverse("wagtailadmin_password_reset_done")
    answers = [request_reset(client, "kari@example.no") for _ in range(5)]
    unknown = request_reset(client, "finnes.ikke@example.no")

    assert [a.status_code for a in answers] == [302] * 5
    assert all(a["Location"] == done for a in answers)
    assert unknown.status_code == 302 and unknown["Location"] == done
    # Three mails to kari, then nothing: the inbox cannot be flooded.
    assert [m.to for m in mail.outbox] == [["kari@example.no"]] * 3


def test_password_reset_is_limited_per_client(client, person):
    for n in range(10):
        request_reset(client, f"person{n}@example.no", REMOTE_ADDR="198.51.100.20")

    response = request_reset(client, "kari@example.no", REMOTE_ADDR="198.51.100.20")

    assert response.status_code == 429
    assert "For mange forespørsler om nytt passord" in response.content.decode()
    assert mail.outbox == []
    # Another client is not affected.
    assert request_reset(client, "kari@example.no", REMOTE_ADDR="198.51.100.21").status_code == 302
    assert len(mail.outbox) == 1
