"""Keeps a signed-in person who owes a second factor out of everything but that step."""

from urllib.parse import urlencode

from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponseRedirect
from django.urls import Resolver404, resolve, reverse

from accounts.policy import has_second_factor, is_verified, second_factor_required

# Admin views a person may reach before the second factor: sign in and out, reset a password,
# the admin's icons and JavaScript catalogue, and the second-factor steps themselves (URL names).
OPEN_ADMIN_VIEWS = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
    "kb_second_factor_verify",
    "kb_second_factor_setup",
    # Passkeys: verifying, and registering (which django-otp-webauthn itself refuses to someone
    # who has a factor and has not used it in this session).
    "otp_webauthn:credential-authentication-begin",
    "otp_webauthn:credential-authentication-complete",
    "otp_webauthn:credential-registration-begin",
    "otp_webauthn:credential-registration-complete",
    "otp_webauthn:js-i18n-catalog",
}


class SecondFactorMiddleware:
    """After django-otp's OTPMiddleware.

    A person owes a second factor when their role requires one (accounts.policy) or when they
    have set one up themselves. Until this session has passed it (django-otp's `otp_device_id`),
    every admin view sends them to the verify step (or the set-up step when they have no factor
    yet), and the public site treats them as signed out.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and not is_verified(user) and self.owes_factor(user):
            admin_root = reverse("wagtailadmin_home")
            if request.path_info.startswith(admin_root):
                if not self.is_open(request.path_info):
                    return self.redirect(request, user)
            else:
                request.user = AnonymousUser()
        return self.get_response(request)

    @staticmethod
    def owes_factor(user):
        return second_factor_required(user) or has_second_factor(user)

    @staticmethod
    def is_open(path):
        try:
            match = resolve(path)
        except Resolver404:
            return False
        return match.view_name in OPEN_ADMIN_VIEWS

    @staticmethod
    def redirect(request, user):
        step = "kb_second_factor_verify" if has_second_factor(user) else "kb_second_factor_setup"
        query = urlencode({"next": request.get_full_path()})
        return HttpResponseRedirect(f"{reverse(step)}?{query}")
