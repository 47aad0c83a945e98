"""Forms for the second factor: a one-time code, checked against the user's devices."""

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from django_otp import devices_for_user


class LinkedErrorsMixin:
    """Point each field with an error at its help text and its error message (WCAG 3.3.1).

    The templates give the error container the id `<field id>-error` (formattedfield's
    `error_message_id`); Wagtail's own help-text id is `<field id>-helptext`.
    """

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                field_id = self[name].auto_id
                described = [f"{field_id}-error"]
                if self.fields[name].help_text:
                    described.insert(0, f"{field_id}-helptext")
                self.fields[name].widget.attrs["aria-describedby"] = " ".join(described)


class TokenForm(LinkedErrorsMixin, forms.Form):
    """One code from the authenticator app, or one recovery code."""

    token = forms.CharField(
        label=_("Engangskode"),
        max_length=32,
        help_text=_(
            "De seks sifrene fra autentiseringsappen, eller en av gjenopprettingskodene dine."
        ),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autocapitalize": "off", "spellcheck": "false"}
        ),
    )

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.device = None

    def clean_token(self):
        token = "".join(self.cleaned_data["token"].split()).lower()
        with transaction.atomic():
            # Each device throttles its own failures (django-otp's ThrottlingMixin).
            for device in devices_for_user(self.user, for_verify=True):
                if device.verify_token(token):
                    self.device = device
                    break
        if self.device is None:
            raise forms.ValidationError(
                _("Koden stemmer ikke, eller den er brukt eller utløpt. Prøv en ny kode."),
                code="invalid",
            )
        return token


class NewDeviceForm(LinkedErrorsMixin, forms.Form):
    """The first code from a newly added authenticator app, which confirms it."""

    name = forms.CharField(
        label=_("Navn på enheten"),
        max_length=64,
        initial=_("Autentiseringsapp"),
        help_text=_("Et navn du kjenner igjen, for eksempel «Mobilen min»."),
    )
    token = forms.CharField(
        label=_("Kode fra appen"),
        max_length=8,
        help_text=_("Skriv inn de seks sifrene appen viser nå."),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "spellcheck": "false"}
        ),
    )

    def __init__(self, device, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_token(self):
        token = "".join(self.cleaned_data["token"].split())
        if not token.isdigit() or not self.device.verify_token(token):
            raise forms.ValidationError(
                _("Koden stemmer ikke. Sjekk at klokka på telefonen er riktig, og prøv igjen."),
                code="invalid",
            )
        return token
