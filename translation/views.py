"""Admin views: Målform report, send-to-review, and guards around wagtail-localize views."""

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.snippets.permissions import user_can_edit_snippet_type
from wagtail.snippets.views.snippets import get_snippet_model_from_url_params
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views import (
    convert,
    edit_translation,
    submit_translations,
    update_translations,
)

from translation.apertium import MachineTranslationError
from translation.live import (
    LiveTranslationGuard,
    existing_targets,
    in_review,
    subtree_translated_now,
)
from translation.report import MINIMUM_SHARE, malform_rows
from translation.review import ReviewError, send_for_review


def can_view_malform_report(user):
    return user.is_active and user.has_perm("translation.view_malform_report")


class PercentColumn(Column):
    def get_value(self, instance):
        return f"{super().get_value(instance):.1f} %".replace(".", ",")


class MalformReportView(ReportView):
    """Språklova: pages and words originally written in Bokmål and Nynorsk, live pages only."""

    page_title = gettext_lazy("Målform")
    header_icon = "site"
    index_url_name = "kb_malform_report"
    index_results_url_name = "kb_malform_report_results"
    results_template_name = "translation/malform_report_results.html"
    paginate_by = None
    export_filename = "malform"
    columns = [
        Column("label", label=gettext_lazy("Organisasjon")),
        Column("nb_pages", label=gettext_lazy("Sider nb")),
        Column("nb_words", label=gettext_lazy("Ord nb")),
        PercentColumn("nb_share", label=gettext_lazy("Andel nb")),
        Column("nn_pages", label=gettext_lazy("Sider nn")),
        Column("nn_words", label=gettext_lazy("Ord nn")),
        PercentColumn("nn_share", label=gettext_lazy("Andel nn")),
        Column("both_languages", label=gettext_lazy("På begge")),
        Column("status", label=gettext_lazy("Krav: 25 %")),
    ]
    list_export = [
        "label",
        "nb_pages",
        "nb_words",
        "nb_share",
        "nn_pages",
        "nn_words",
        "nn_share",
        "both_languages",
        "status",
    ]
    export_headings = {
        "label": gettext_lazy("Organisasjon"),
        "nb_pages": gettext_lazy("Sider opprinnelig på bokmål"),
        "nb_words": gettext_lazy("Ord opprinnelig på bokmål"),
        "nb_share": gettext_lazy("Andel bokmål (%)"),
        "nn_pages": gettext_lazy("Sider opprinnelig på nynorsk"),
        "nn_words": gettext_lazy("Ord opprinnelig på nynorsk"),
        "nn_share": gettext_lazy("Andel nynorsk (%)"),
        "both_languages": gettext_lazy("Sider på begge målformer"),
        "status": gettext_lazy("Minst 25 % av hver"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not can_view_malform_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return malform_rows()

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        row["status"] = str(row["status"])
        return row

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["minimum_share"] = MINIMUM_SHARE
        return context


def _back(request, fallback):
    return redirect(get_valid_next_url_from_request(request) or fallback)


@require_POST
def send_translation_for_review(request, translation_id):
    """The translation editor's "Send til gjennomgang": draft revision + workflow."""
    translation = get_object_or_404(Translation, id=translation_id, enabled=True)
    target = translation.get_target_instance()
    fallback = reverse("wagtailadmin_pages:edit", args=[target.pk])
    try:
        page = send_for_review(translation, request.user)
    except ReviewError as error:
        messages.error(request, str(error))
        return _back(request, fallback)
    messages.success(
        request,
        _("Oversettelsen «%(title)s» er sendt til gjennomgang. Den publiseres når den er godkjent.")
        % {"title": page.get_admin_display_title()},
    )
    return _back(request, fallback)


@require_POST
def machine_translate(request, translation_id):
    """wagtail-localize's machine translation, with Apertium's errors shown to the editor."""
    try:
        return edit_translation.machine_translate(request, translation_id)
    except MachineTranslationError as error:
        messages.error(request, str(error))
        return _back(request, reverse("wagtailadmin_home"))


def _cannot_publish_all(user, source):
    for translation in source.translations.filter(enabled=True):
        try:
            target = translation.get_target_instance()
        except ObjectDoesNotExist:
            continue  # a deleted target is not published
        if isinstance(target, Page) and not target.permissions_for_user(user).can_publish():
            return True
    return False


def _refuse_snippet_translation(request, model):
    """Only those who may change a snippet type (Ressursgruppen for the taxonomy) translate it.

    Snippets have no workflow: a saved snippet translation is public at once.
    """
    if user_can_edit_snippet_type(request.user, model):
        return None
    messages.error(
        request,
        _("Bare de som kan endre %(items)s (Ressursgruppen), kan oversette dem.")
        % {"items": model._meta.verbose_name_plural},
    )
    return redirect("wagtailadmin_home")


def _names(pages):
    return ", ".join(f"«{page.get_admin_display_title()}»" for page in pages)


class SubmitPageTranslationView(submit_translations.SubmitPageTranslationView):
    """wagtail-localize's «Translate this page» (and subtree); live translations stay as they are.

    An existing live translation is updated as a draft revision only (its public row is put
    back), to be sent for review; a translation in review is not touched at all.
    """

    def form_valid(self, form):
        pages = [self.object]
        if form.cleaned_data["include_subtree"]:
            if not subtree_translated_now():
                messages.error(
                    self.request,
                    _("Undersider kan ikke oversettes samlet her. Oversett én side om gangen."),
                )
                return redirect(self.request.get_full_path())
            pages += list(self.object.get_descendants())
        targets = existing_targets(pages, form.cleaned_data["locales"])
        busy = in_review(targets)
        if busy:
            messages.error(
                self.request,
                _(
                    "Ingenting er oversatt: %(pages)s er til gjennomgang. Vent til "
                    "gjennomgangen er ferdig, og prøv igjen."
                )
                % {"pages": _names(busy)},
            )
            return redirect(self.request.get_full_path())
        with transaction.atomic():
            guard = LiveTranslationGuard(targets)
            response = super().form_valid(form)
            kept = guard.restore()
        if kept:
            messages.warning(
                self.request,
                _(
                    "Publiserte oversettelser er ikke endret på nettstedet: endringene i "
                    "%(pages)s er lagret som utkast. Send dem til gjennomgang fra "
                    "oversettelsesredigeringen."
                )
                % {"pages": _names(kept)},
            )
        return response


class SubmitSnippetTranslationView(submit_translations.SubmitSnippetTranslationView):
    """«Translate» for snippets: only for those who may change the snippet type."""

    def dispatch(self, request, *args, **kwargs):
        model = get_snippet_model_from_url_params(kwargs["app_label"], kwargs["model_name"])
        refused = _refuse_snippet_translation(request, model)
        return refused or super().dispatch(request, *args, **kwargs)


def update_translations_view(request, translation_source_id):
    """wagtail-localize's "Sync translated pages", without its publish bypass.

    "Publish immediately" requires publish permission on every translated page; for anyone
    else the flag is dropped, the translations are updated as drafts, and each is sent for
    review from its translation editor. Snippet translations are synced only by those who may
    change the snippet type.
    """
    source = get_object_or_404(TranslationSource, id=translation_source_id)
    model = source.specific_content_type.model_class()
    if not issubclass(model, Page):
        refused = _refuse_snippet_translation(request, model)
        if refused:
            return refused
    if (
        request.method == "POST"
        and request.POST.get("publish_translations")
        and _cannot_publish_all(request.user, source)
    ):
        post = request.POST.copy()
        post.pop("publish_translations")
        request.POST = post
        messages.warning(
            request,
            _(
                "Du kan ikke publisere oversettelsene direkte. De er oppdatert; send dem til "
                "gjennomgang fra oversettelsesredigeringen."
            ),
        )
    view = update_translations.UpdateTranslationsView.as_view()
    try:
        return view(request, translation_source_id=translation_source_id)
    except MachineTranslationError as error:
        messages.error(request, str(error))
        return redirect(request.path)


def convert_to_alias(request, page_id):
    """Converting a translation to an alias publishes the source content: publishers only."""
    page = get_object_or_404(Page, id=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)
