"""Admin hooks for Bokmål/Nynorsk (imported from HomeConfig.ready()).

Five wagtail-localize admin routes are answered by our wrappers first (registered with a
lower hook order, so their URL patterns come before wagtail-localize's own):
machine translation (Apertium errors as messages), "translate this page" (live translations
change only as drafts), "translate" for snippets and "sync translated pages" (snippets only
for those who may change them; no publishing without publish permission) and "convert to
alias" (publishers only).
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail_localize.models import Translation

from translation import views


@hooks.register("register_admin_urls", order=-100)
def register_translation_urls():
    return [
        path(
            "localize/translate/<int:translation_id>/machine_translate/",
            views.machine_translate,
            name="kb_machine_translate",
        ),
        path(
            "localize/submit/page/<int:page_id>/",
            views.SubmitPageTranslationView.as_view(),
            name="kb_submit_page_translation",
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            views.SubmitSnippetTranslationView.as_view(),
            name="kb_submit_snippet_translation",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            views.update_translations_view,
            name="kb_update_translations",
        ),
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            views.convert_to_alias,
            name="kb_convert_to_alias",
        ),
        path(
            "oversettelse/<int:translation_id>/send-til-gjennomgang/",
            views.send_translation_for_review,
            name="kb_translation_send_for_review",
        ),
        path("rapporter/malform/", views.MalformReportView.as_view(), name="kb_malform_report"),
        path(
            "rapporter/malform/resultater/",
            views.MalformReportView.as_view(results_only=True),
            name="kb_malform_report_results",
        ),
    ]


class MalformReportMenuItem(MenuItem):
    def is_shown(self, request):
        return views.can_view_malform_report(request.user)


@hooks.register("register_reports_menu_item")
def register_malform_report_menu_item():
    return MalformReportMenuItem(
        gettext_lazy("Målform"), reverse("kb_malform_report"), icon_name="site", order=9100
    )


@hooks.register("before_edit_page", order=-100)
def guard_translation_publish(request, page):
    """The translation editor's Publish is for publishers only; others send for review."""
    if request.method == "POST" and request.POST.get("action") != "publish":
        return None
    if not Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).exists():
        return None
    if page.permissions_for_user(request.user).can_publish():
        return None
    if request.method != "POST":
        if page.workflow_in_progress:
            hint = _("Oversettelsen er til gjennomgang. Den publiseres når den er godkjent.")
        else:
            hint = _(
                "Når oversettelsen er ferdig, trykker du «Send til gjennomgang» nederst på "
                "siden. Ressursgruppen godkjenner og publiserer den."
            )
        messages.info(request, hint)
        return None
    messages.error(
        request,
        _("Du kan ikke publisere oversettelsen selv. Send den til gjennomgang."),
    )
    return redirect(request.path)
