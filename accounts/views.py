"""Two-factor sign-in in the admin, locked sign-ins, and the throttled password reset."""

import hashlib
import logging
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView

from wagtail.admin.views import account as wagtail_account
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

import segno
from axes.models import AccessAttempt
from axes.utils import reset
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

from accounts.client_ip import client_ip
from accounts.forms import NewDeviceForm, TokenForm
from accounts.policy import has_second_factor, is_verified, second_factor_required

logger = logging.getLogger("kb.accounts")

RECOVERY_DEVICE_NAME = "Gjenopprettingskoder"


def next_url(request):
    """The safe `next` address from the query or form, else the dashboard."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


def step_url(name, request):
    return f"{reverse(name)}?{urlencode({'next': next_url(request)})}"


def verified(request, device):
    """Mark the session as having passed the second factor, under a new session key."""
    request.session.cycle_key()
    otp_login(request, device)


def new_recovery_codes(user):
    """Replace the user's recovery codes with a fresh set; the codes are shown once."""
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name=RECOVERY_DEVICE_NAME, defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(settings.KB_RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def qr_svg(data, title):
    """The QR code as inline SVG, drawn here: the secret never leaves the server."""
    return segno.make(data, error="m").svg_inline(
        scale=5, border=2, dark="#000", light="#fff", title=title, svgclass="kb-qr"
    )


@method_decorator(never_cache, name="dispatch")
class VerifyView(TemplateView):
    """Step two of signing in: a code from the app or a recovery code."""

    template_name = "accounts/verify.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect("wagtailadmin_login")
        if is_verified(request.user):
            return HttpResponseRedirect(next_url(request))
        if not has_second_factor(request.user):
            return redirect(step_url("kb_second_factor_setup", request))
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        form = TokenForm(request.user, request.POST)
        if form.is_valid():
            verified(request, form.device)
            logger.info(
                "Second factor passed: %s (%s)", request.user.get_username(), client_ip(request)
            )
            if isinstance(form.device, StaticDevice):
                left = form.device.token_set.count()
                messages.warning(
                    request,
                    _(
                        "Du brukte en gjenopprettingskode. Du har %(left)s igjen; lag nye "
                        "under Tofaktorinnlogging i kontoinnstillingene."
                    )
                    % {"left": left},
                )
            return HttpResponseRedirect(next_url(request))
        logger.warning(
            "Second factor failed: %s (%s)", request.user.get_username(), client_ip(request)
        )
        return self.render_to_response(self.get_context_data(form=form))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", TokenForm(self.request.user))
        context["next"] = next_url(self.request)
        context["has_passkey"] = WebAuthnCredential.objects.filter(
            user=self.request.user, confirmed=True
        ).exists()
        return context


@method_decorator(never_cache, name="dispatch")
class SetupView(TemplateView):
    """Add an authenticator app: scan the code, type the first code to confirm."""

    template_name = "accounts/setup.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect("wagtailadmin_login")
        # Someone who has a factor must use it before adding another: a stolen password alone
        # must not be enough to enrol the thief's phone.
        if has_second_factor(request.user) and not is_verified(request.user):
            return redirect(step_url("kb_second_factor_verify", request))
        self.device = self.pending_device()
        return super().dispatch(request, *args, **kwargs)

    def pending_device(self):
        device = (
            TOTPDevice.objects.filter(user=self.request.user, confirmed=False)
            .order_by("-pk")
            .first()
        )
        if device is None:
            device = TOTPDevice.objects.create(
                user=self.request.user, name=_("Autentiseringsapp"), confirmed=False
            )
        return device

    def post(self, request, *args, **kwargs):
        form = NewDeviceForm(self.device, request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        with transaction.atomic():
            self.device.name = form.cleaned_data["name"]
            self.device.confirmed = True
            self.device.save()
            TOTPDevice.objects.filter(user=request.user, confirmed=False).delete()
            has_codes = StaticToken.objects.filter(
                device__user=request.user, device__confirmed=True
            ).exists()
            codes = None if has_codes else new_recovery_codes(request.user)
        verified(request, self.device)
        logger.info("Authenticator app added: %s", request.user.get_username())
        if codes:
            return TemplateResponse(
                request, "accounts/recovery_codes.html", {"codes": codes, "next": next_url(request)}
            )
        messages.success(request, _("Autentiseringsappen er lagt til."))
        return HttpResponseRedirect(next_url(request))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", NewDeviceForm(self.device))
        url = self.device.config_url
        secret = url.split("secret=", 1)[1].split("&", 1)[0]
        context.update(
            {
                "qr_svg": qr_svg(url, _("QR-kode for autentiseringsappen")),
                "secret_groups": [secret[i : i + 4] for i in range(0, len(secret), 4)],
                "required": second_factor_required(self.request.user),
                "next": next_url(self.request),
            }
        )
        return context


@method_decorator(never_cache, name="dispatch")
class ManageView(WagtailAdminTemplateMixin, TemplateView):
    """In the account settings: the user's factors, offered to everyone."""

    template_name = "accounts/manage.html"
    page_title = gettext_lazy("Tofaktorinnlogging")
    header_icon = "key"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        apps = TOTPDevice.objects.filter(user=user, confirmed=True).order_by("created_at")
        codes_left = StaticToken.objects.filter(device__user=user, device__confirmed=True).count()
        passkeys = WebAuthnCredential.objects.filter(user=user, confirmed=True).order_by("pk")
        context.update(
            {
                "apps": apps,
                "passkeys": passkeys,
                "codes_left": codes_left,
                "required": second_factor_required(user),
                "verified": is_verified(user),
            }
        )
        return context


@never_cache
@require_POST
def regenerate_recovery_codes(request):
    if not has_second_factor(request.user):
        messages.error(request, _("Legg til en autentiseringsapp først."))
        return redirect("kb_second_factor")
    codes = new_recovery_codes(request.user)
    logger.info("Recovery codes renewed: %s", request.user.get_username())
    return TemplateResponse(
        request,
        "accounts/recovery_codes.html",
        {"codes": codes, "next": reverse("kb_second_factor")},
    )


def primary_factors(user):
    """The user's apps and passkeys (recovery codes only back them up)."""
    return [
        *TOTPDevice.objects.filter(user=user, confirmed=True),
        *WebAuthnCredential.objects.filter(user=user, confirmed=True),
    ]


def remove_factor(request, device):
    user = request.user
    others = [other for other in primary_factors(user) if other != device]
    if second_factor_required(user) and not others:
        messages.error(
            request,
            _("Rollen din krever tofaktorinnlogging. Legg til en ny app før du fjerner den siste."),
        )
        return redirect("kb_second_factor")
    with transaction.atomic():
        device.delete()
        if not others:
            # Without an app the recovery codes would be the only factor left: remove them too.
            StaticDevice.objects.filter(user=user).delete()
    logger.info("Second factor removed: %s (%s)", user.get_username(), type(device).__name__)
    messages.success(request, _("«%(name)s» er fjernet.") % {"name": device.name})
    return redirect("kb_second_factor")


@never_cache
@require_POST
def remove_app(request, pk):
    return remove_factor(
        request, get_object_or_404(TOTPDevice, pk=pk, user=request.user, confirmed=True)
    )


@never_cache
@require_POST
def remove_passkey(request, pk):
    return remove_factor(
        request, get_object_or_404(WebAuthnCredential, pk=pk, user=request.user, confirmed=True)
    )


def can_unlock(user):
    return user.is_superuser or user.has_perm("axes.delete_accessattempt")


def locked_attempts():
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    return AccessAttempt.objects.filter(
        failures_since_start__gte=settings.AXES_FAILURE_LIMIT, attempt_time__gte=since
    ).order_by("-attempt_time")


@method_decorator(never_cache, name="dispatch")
class LockedLoginsView(WagtailAdminTemplateMixin, TemplateView):
    """For administrators: sign-ins locked after too many wrong passwords, with unlock."""

    template_name = "accounts/locked_logins.html"
    page_title = gettext_lazy("Låste innlogginger")
    header_icon = "lock"

    def dispatch(self, request, *args, **kwargs):
        if not can_unlock(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["attempts"] = [
            (attempt, attempt.attempt_time + settings.AXES_COOLOFF_TIME)
            for attempt in locked_attempts()
        ]
        return context


@never_cache
@require_POST
def unlock(request, pk):
    if not can_unlock(request.user):
        raise PermissionDenied
    attempt = get_object_or_404(AccessAttempt, pk=pk)
    reset(ip=attempt.ip_address, username=attempt.username)
    logger.warning(
        "Sign-in unlocked by %s: user name %r from %s",
        request.user.get_username(),
        attempt.username,
        attempt.ip_address,
    )
    messages.success(
        request,
        _("Innloggingen for «%(username)s» fra %(ip)s er låst opp.")
        % {"username": attempt.username, "ip": attempt.ip_address},
    )
    return redirect("kb_locked_logins")


class ThrottledPasswordResetView(wagtail_account.PasswordResetView):
    """Wagtail's password reset, with a limit per client address and per e-mail address.

    Over the address limit the form says so (it names no account). Over the e-mail limit the
    visitor sees the usual "sent" page and no mail goes out: the answer is the same whether or
    not the address has an account, and nobody can flood an inbox.
    """

    def post(self, request, *args, **kwargs):
        ip = client_ip(request)
        if not self.count(f"kb-reset-ip:{ip}", settings.KB_PASSWORD_RESET_LIMIT_PER_IP):
            logger.warning("Password reset throttled for address %s", ip)
            form = self.get_form()
            form.is_valid()
            form.add_error(
                None,
                _(
                    "For mange forespørsler om nytt passord fra denne adressen. "
                    "Prøv igjen om en time."
                ),
            )
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        email = form.cleaned_data["email"].strip().lower()
        digest = hashlib.sha256(email.encode()).hexdigest()
        if not self.count(f"kb-reset-email:{digest}", settings.KB_PASSWORD_RESET_LIMIT_PER_EMAIL):
            logger.warning("Password reset throttled for an e-mail address")
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)

    @staticmethod
    def count(key, limit):
        """Count one request in the window; False when the limit is already reached."""
        window = settings.KB_PASSWORD_RESET_WINDOW
        cache.add(key, 0, window)
        try:
            used = cache.incr(key)
        except ValueError:
            cache.set(key, 1, window)
            used = 1
        return used <= limit
