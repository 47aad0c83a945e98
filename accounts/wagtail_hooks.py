from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from accounts import views


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("tofaktor/", views.ManageView.as_view(), name="kb_second_factor"),
        path("tofaktor/bekreft/", views.VerifyView.as_view(), name="kb_second_factor_verify"),
        path("tofaktor/ny-app/", views.SetupView.as_view(), name="kb_second_factor_setup"),
        path(
            "tofaktor/nye-koder/",
            views.regenerate_recovery_codes,
            name="kb_second_factor_recovery_codes",
        ),
        path("tofaktor/fjern/<int:pk>/", views.remove_app, name="kb_second_factor_remove"),
        path(
            "tofaktor/fjern-passkey/<int:pk>/",
            views.remove_passkey,
            name="kb_second_factor_remove_passkey",
        ),
        path("laste-innlogginger/", views.LockedLoginsView.as_view(), name="kb_locked_logins"),
        path("laste-innlogginger/<int:pk>/las-opp/", views.unlock, name="kb_locked_logins_unlock"),
    ]


@hooks.register("register_account_menu_item")
def second_factor_menu_item(request):
    return {
        "url": reverse("kb_second_factor"),
        "label": _("Tofaktorinnlogging"),
        "help_text": _("Logg inn med en kode fra en app på telefonen i tillegg til passordet."),
    }


class LockedLoginsMenuItem(MenuItem):
    def is_shown(self, request):
        return views.can_unlock(request.user)


@hooks.register("register_settings_menu_item")
def locked_logins_menu_item():
    return LockedLoginsMenuItem(
        _("Låste innlogginger"), reverse("kb_locked_logins"), icon_name="lock", order=900
    )
