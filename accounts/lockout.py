"""What a locked-out sign-in sees: the admin login page with a Norwegian message (status 429)."""

import logging

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from wagtail.admin.forms.auth import LoginForm

logger = logging.getLogger("kb.accounts")


def lockout_message():
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return _(
        "For mange mislykkede innloggingsforsøk. Kontoen er låst fra denne adressen i "
        "%(minutes)s minutter. Prøv igjen senere, eller be en administrator om å låse den opp."
    ) % {"minutes": minutes}


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the login form again, its only error the lockout message."""
    username = (credentials or {}).get("username", "")
    logger.warning("Sign-in locked out: user name %r from %s", username, request.axes_ip_address)
    context = getattr(original_response, "context_data", None)
    form = (context or {}).get("form")
    if form is None:
        form = LoginForm(request, initial={"username": username})
        context = {"form": form, "show_password_reset": True}
    form.errors[NON_FIELD_ERRORS] = form.error_class([lockout_message()])
    response = TemplateResponse(request, "wagtailadmin/login.html", context, status=429)
    return response.render()
