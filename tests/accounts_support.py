"""Signing in in tests: `client.force_login(user)` gives a session that passed the second factor.

Superusers, Ressursgruppen and the county reviewers cannot reach the admin without a second
factor (accounts/middleware.py). So that every test can keep signing in with a plain
`force_login`, conftest.py installs `verified_force_login` on Django's test client: it signs in,
gives the user a confirmed django-otp device if they have none, and puts that device in the
session under django-otp's own key (`otp_device_id`), as a real second-factor step would.
Tests of the second factor itself use `force_login_unverified`. `client.login(username=...,
password=...)` works too (django-axes needs the request Django's version leaves out) and gives
the same verified session.
"""

from django.contrib.auth import authenticate
from django.http import HttpRequest
from django.test.client import ClientMixin

from django_otp import DEVICE_ID_SESSION_KEY, devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice

TEST_DEVICE_NAME = "Testinnlogging"
_plain_force_login = ClientMixin.force_login


def verified_device(user):
    """A confirmed device of the user's (one is made the first time)."""
    device = next(iter(devices_for_user(user, confirmed=True)), None)
    if device is None:
        device = StaticDevice.objects.create(user=user, name=TEST_DEVICE_NAME, confirmed=True)
    return device


def mark_verified(client, user):
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = verified_device(user).persistent_id
    session.save()


def verified_force_login(self, user, backend=None):
    _plain_force_login(self, user, backend)
    mark_verified(self, user)


def verified_login(self, **credentials):
    """Django's Client.login, with the request django-axes requires, then verified."""
    request = HttpRequest()
    request.META["REMOTE_ADDR"] = "127.0.0.1"
    user = authenticate(request, **credentials)
    if user is None:
        return False
    self._login(user)
    mark_verified(self, user)
    return True


def force_login_unverified(client, user, backend=None):
    """Signed in with the password only: the second factor is still owed."""
    _plain_force_login(client, user, backend)


def install():
    ClientMixin.force_login = verified_force_login
    ClientMixin.login = verified_login
