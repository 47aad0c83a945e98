"""Two-factor sign-in (django-otp) in the admin: required for approvers, offered to everyone."""

import re

from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

import pytest
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

from tests.accounts_support import force_login_unverified
from tests.factories import PASSWORD
from tests.workflow_support import make_user
from workflows.editorial import setup_editorial
from workflows.models import EditorialTeam
from workflows.organisations import RESOURCE_GROUP, editors_group_name, reviewers_group_name

pytestmark = pytest.mark.django_db

INNLANDET = "Innlandet fylkesbibliotek"


@pytest.fixture
def groups(db):
    setup_editorial()


def current_code(device):
    return str(totp(device.bin_key, device.step, device.t0, device.digits, device.drift)).zfill(6)


def add_app(user):
    return TOTPDevice.objects.create(user=user, name="Mobil", confirmed=True)


def admin_views():
    return [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore_root"),
        reverse("wagtailadmin_account"),
        reverse("wagtailimages:index"),
        reverse("wagtailadmin_workflows:index"),
        reverse("wagtailusers_users:index"),
        "/admin/api/main/pages/",
        reverse("kb_second_factor"),
        reverse("kb_locked_logins"),
    ]


@pytest.mark.parametrize(
    "role",
    [reviewers_group_name(INNLANDET), reviewers_group_name("Nasjonalbiblioteket"), RESOURCE_GROUP],
)
def test_an_approver_without_a_second_factor_reaches_no_admin_view(client, groups, role):
    user = make_user("godkjenner", role)
    force_login_unverified(client, user)
    setup = reverse("kb_second_factor_setup")

    for url in admin_views():
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(f"{setup}?next="), url
    response = client.post(reverse("wagtailadmin_home"), {})
    assert response["Location"].startswith(setup)
    # What stays open: the set-up step and signing out.
    assert client.get(setup).status_code == 200
    assert client.post(reverse("wagtailadmin_logout")).status_code == 302
    assert "_auth_user_id" not in client.session


def test_a_superuser_with_an_app_must_use_it_before_any_admin_view(client, groups):
    admin = make_user("admin", superuser=True)
    add_app(admin)
    force_login_unverified(client, admin)
    verify = reverse("kb_second_factor_verify")

    for url in admin_views():
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(f"{verify}?next="), url
    # With a password alone nobody can enrol another phone.
    assert client.get(reverse("kb_second_factor_setup"))["Location"].startswith(verify)


def test_signing_in_with_password_then_the_app(client, groups):
    reviewer = make_user("rolf", reviewers_group_name(INNLANDET))
    device = add_app(reviewer)

    response = client.post(
        reverse("wagtailadmin_login"), {"username": "rolf", "password": PASSWORD}, follow=True
    )
    assert response.redirect_chain[-1][0].startswith(reverse("kb_second_factor_verify"))
    page = response.content.decode()
    assert "Bekreft innloggingen" in page
    assert '<label class="w-field__label" for="id_token"' in page

    wrong = client.post(reverse("kb_second_factor_verify"), {"token": "000000"})
    page = wrong.content.decode()
    assert "Koden stemmer ikke" in page
    assert 'aria-invalid="true"' in page
    assert re.search(r'aria-describedby="[^"]*id_token-error', page)
    assert client.get(reverse("wagtailadmin_home")).status_code == 302

    device.refresh_from_db()
    device.throttling_failure_count = 0  # the wrong code above started django-otp's back-off
    device.save()
    password_only_session = client.session.session_key
    response = client.post(
        reverse("kb_second_factor_verify"),
        {"token": current_code(device), "next": reverse("wagtailadmin_explore_root")},
    )

    assert response["Location"] == reverse("wagtailadmin_explore_root")
    assert client.session[DEVICE_ID_SESSION_KEY] == device.persistent_id
    assert client.session.session_key != password_only_session  # no session fixation
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_a_required_person_sets_up_an_app_and_gets_recovery_codes(client, groups):
    rita = make_user("rita", RESOURCE_GROUP)
    force_login_unverified(client, rita)

    page = client.get(reverse("kb_second_factor_setup")).content.decode()
    assert "Rollen din krever innlogging med to faktorer" in page
    assert "<svg" in page  # the QR code is drawn here, not fetched from another host
    assert not re.search(r'src="https?://', page)
    device = TOTPDevice.objects.get(user=rita, confirmed=False)
    bad = client.post(reverse("kb_second_factor_setup"), {"name": "Mobil", "token": "12345"})
    assert "Koden stemmer ikke" in bad.content.decode()
    device.refresh_from_db()
    device.throttling_failure_count = 0
    device.save()

    response = client.post(
        reverse("kb_second_factor_setup"),
        {"name": "Mobilen min", "token": current_code(device), "next": "/admin/pages/"},
    )

    device.refresh_from_db()
    assert device.confirmed and device.name == "Mobilen min"
    codes = re.findall(r"<li><code>([a-z0-9]+)</code></li>", response.content.decode())
    assert len(codes) == 10
    assert sorted(codes) == sorted(
        StaticToken.objects.filter(device__user=rita).values_list("token", flat=True)
    )
    assert client.session[DEVICE_ID_SESSION_KEY] == device.persistent_id
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_a_recovery_code_works_once(client, groups):
    rita = make_user("rita", RESOURCE_GROUP)
    add_app(rita)
    recovery = StaticDevice.objects.create(user=rita, name="Gjenopprettingskoder")
    recovery.token_set.create(token="abcd2345efgh")
    recovery.token_set.create(token="ijkl6789mnop")
    force_login_unverified(client, rita)

    response = client.post(reverse("kb_second_factor_verify"), {"token": "abcd 2345 efgh"})
    assert response.status_code == 302
    assert client.get(reverse("wagtailadmin_home")).status_code == 200

    other = type(client)()
    force_login_unverified(other, rita)
    again = other.post(reverse("kb_second_factor_verify"), {"token": "abcd2345efgh"})
    assert "Koden stemmer ikke" in again.content.decode()
    assert list(recovery.token_set.values_list("token", flat=True)) == ["ijkl6789mnop"]


def test_other_editors_are_offered_a_second_factor_in_their_account(client, groups):
    ingrid = make_user("ingrid", editors_group_name(INNLANDET))
    force_login_unverified(client, ingrid)

    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    account = client.get(reverse("wagtailadmin_account")).content.decode()
    assert reverse("kb_second_factor") in account and "Tofaktorinnlogging" in account
    manage = client.get(reverse("kb_second_factor")).content.decode()
    assert "Du har ikke lagt til noen autentiseringsapp" in manage
    assert reverse("kb_second_factor_setup") in manage


def test_an_editor_who_chose_a_second_factor_must_use_it(client, groups):
    ingrid = make_user("ingrid", editors_group_name(INNLANDET))
    add_app(ingrid)
    force_login_unverified(client, ingrid)

    response = client.get(reverse("wagtailadmin_home"))

    assert response["Location"].startswith(reverse("kb_second_factor_verify"))


def test_a_required_person_cannot_remove_the_last_app(client, groups):
    rolf = make_user("rolf", reviewers_group_name(INNLANDET))
    device = add_app(rolf)
    client.force_login(rolf)

    response = client.post(reverse("kb_second_factor_remove", args=[device.pk]), follow=True)

    assert "Legg til en ny app før du fjerner den siste" in response.content.decode()
    assert TOTPDevice.objects.filter(pk=device.pk).exists()


def test_an_editor_can_turn_the_second_factor_off_again(client, groups):
    ingrid = make_user("ingrid", editors_group_name(INNLANDET))
    device = add_app(ingrid)
    client.force_login(ingrid)

    response = client.post(reverse("kb_second_factor_remove", args=[device.pk]), follow=True)

    assert "er fjernet" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=ingrid).exists()
    assert not StaticDevice.objects.filter(user=ingrid).exists()


def test_renewing_recovery_codes_replaces_the_old_ones(client, groups):
    rolf = make_user("rolf", reviewers_group_name(INNLANDET))
    add_app(rolf)
    old = StaticDevice.objects.create(user=rolf, name="Gjenopprettingskoder")
    old.token_set.create(token="gammelkode1234")
    client.force_login(rolf)

    response = client.post(reverse("kb_second_factor_recovery_codes"))

    codes = re.findall(r"<li><code>([a-z0-9]+)</code></li>", response.content.decode())
    assert len(codes) == 10
    assert "gammelkode1234" not in StaticToken.objects.values_list("token", flat=True)


def test_an_administrator_resets_a_persons_factors(client, groups, capsys):
    rolf = make_user("rolf", reviewers_group_name(INNLANDET))
    add_app(rolf)
    client.force_login(rolf)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200

    call_command("reset_second_factor", "rolf")

    out = capsys.readouterr().out
    assert "Fjernet 1 tofaktorenhet(er) for «rolf»: Mobil (TOTP device)" in out
    assert "må brukeren sette opp en ny app" in out
    assert not TOTPDevice.objects.filter(user=rolf).exists()
    # The session that was verified with a removed device must set up a new one.
    response = client.get(reverse("wagtailadmin_home"))
    assert response["Location"].startswith(reverse("kb_second_factor_setup"))


def test_resetting_an_unknown_person_says_so(groups):
    with pytest.raises(CommandError, match="Fant ingen bruker"):
        call_command("reset_second_factor", "finnes-ikke")


def test_force_login_in_tests_gives_a_verified_session(client, groups):
    admin = make_user("admin", superuser=True)

    client.force_login(admin)

    assert client.session[DEVICE_ID_SESSION_KEY]
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_client_login_in_tests_works_with_the_lockout_and_is_verified(client, groups):
    make_user("admin", superuser=True)

    assert not client.login(username="admin", password="feil")
    assert client.login(username="admin", password=PASSWORD)

    assert client.session[DEVICE_ID_SESSION_KEY]
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_a_second_factor_is_owed_on_the_public_site_too(client, groups, home_nb):
    """Until the second factor, the public site treats the person as signed out."""
    rita = make_user("rita", RESOURCE_GROUP)
    force_login_unverified(client, rita)
    home_nb.save_revision().publish()

    page = client.get(home_nb.url).content.decode()

    assert "wagtail-userbar" not in page
    client.force_login(rita)
    assert "wagtail-userbar" in client.get(home_nb.url).content.decode()


def test_a_renamed_reviewer_group_still_counts_through_its_editorial_team(client, groups):
    team = EditorialTeam.objects.get(name=INNLANDET)
    team.reviewers.name = "Innlandet: fagansvarlige"
    team.reviewers.save()
    user = make_user("egen", "Innlandet: fagansvarlige")
    force_login_unverified(client, user)

    response = client.get(reverse("wagtailadmin_home"))

    assert response["Location"].startswith(reverse("kb_second_factor_setup"))


def add_passkey(user):
    return WebAuthnCredential.objects.create(
        user=user,
        name="Sikkerhetsnøkkel",
        confirmed=True,
        credential_id=b"test-credential",
        public_key=b"test-key",
        sign_count=0,
    )


def test_a_password_alone_cannot_register_a_passkey(client, groups):
    rolf = make_user("rolf", reviewers_group_name(INNLANDET))
    add_app(rolf)
    force_login_unverified(client, rolf)

    response = client.post(
        reverse("otp_webauthn:credential-registration-begin"), content_type="application/json"
    )

    assert response.status_code == 403
    assert not WebAuthnCredential.objects.filter(user=rolf).exists()


def test_a_passkey_alone_counts_as_the_required_factor_and_cannot_be_removed(client, groups):
    rolf = make_user("rolf", reviewers_group_name(INNLANDET))
    passkey = add_passkey(rolf)
    force_login_unverified(client, rolf)
    verify = client.get(reverse("wagtailadmin_home"))["Location"]
    assert verify.startswith(reverse("kb_second_factor_verify"))
    assert "passkey-verification-button" in client.get(verify).content.decode()

    client.force_login(rolf)
    response = client.post(
        reverse("kb_second_factor_remove_passkey", args=[passkey.pk]), follow=True
    )

    assert "Legg til en ny app før du fjerner den siste" in response.content.decode()
    assert WebAuthnCredential.objects.filter(pk=passkey.pk).exists()
    add_app(rolf)
    client.post(reverse("kb_second_factor_remove_passkey", args=[passkey.pk]))
    assert not WebAuthnCredential.objects.filter(pk=passkey.pk).exists()
