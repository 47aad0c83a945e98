"""Fields and behaviour shared by every content page (course, lesson, resource, initiative)."""

import datetime

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from modelcluster.fields import ParentalManyToManyField

from home.blocks import AuthorBlock

REVIEW_INTERVAL_DAYS = 365

LANGUAGE_CHOICES = [("nb", _("Bokmål")), ("nn", _("Nynorsk"))]


def default_next_review(from_date=None):
    """Twelve months after the given date (today by default)."""
    from_date = from_date or timezone.localdate()
    return from_date + datetime.timedelta(days=REVIEW_INTERVAL_DAYS)


class ContentPageForm(WagtailAdminPageForm):
    """Offers the topics and audiences of the page's own language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or (self.parent_page and self.parent_page.locale_id)
        for name in ("topics", "audiences"):
            if name in self.fields and locale_id:
                field = self.fields[name]
                field.queryset = field.queryset.filter(locale_id=locale_id)


class ContentPage(Page):
    """Abstract base for content pages: summary, taxonomy, authors, review dates, organisation.

    The organisation is derived from the contributor section the page sits in; editors never
    type it.
    """

    summary = models.TextField(
        _("ingress"),
        max_length=600,
        help_text=_("Et kort sammendrag som vises i lister og søkeresultater."),
    )
    listing_image = models.ForeignKey(
        "home.KbImage",
        verbose_name=_("bilde i lister"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    topics = ParentalManyToManyField("home.Topic", verbose_name=_("temaer"), blank=True)
    audiences = ParentalManyToManyField("home.Audience", verbose_name=_("målgrupper"), blank=True)
    authors = StreamField([("author", AuthorBlock())], verbose_name=_("forfattere"), blank=True)
    last_reviewed = models.DateField(_("sist gjennomgått"), null=True, blank=True)
    next_review = models.DateField(
        _("neste gjennomgang"),
        null=True,
        blank=True,
        help_text=_("Tom: settes til 12 måneder etter publisering."),
    )
    organisation = models.ForeignKey(
        "home.ContributorPage",
        verbose_name=_("organisasjon"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    original_language = models.CharField(
        _("opprinnelig målform"),
        max_length=2,
        choices=LANGUAGE_CHOICES,
        blank=True,
        editable=False,
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("authors"),
        index.AutocompleteField("summary"),
        index.FilterField("organisation"),
        index.FilterField("locale_id"),
        index.RelatedFields("topics", [index.SearchField("name")]),
    ]

    override_translatable_fields = [
        SynchronizedField("next_review"),
        SynchronizedField("last_reviewed"),
        SynchronizedField("listing_image"),
    ]

    shared_panels = [
        FieldPanel("summary"),
        FieldPanel("listing_image"),
        MultiFieldPanel(
            [
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Temaer og målgrupper"),
        ),
        FieldPanel("authors"),
    ]
    review_panels = [
        MultiFieldPanel(
            [FieldPanel("last_reviewed"), FieldPanel("next_review")],
            heading=_("Gjennomgang"),
        )
    ]

    base_form_class = ContentPageForm

    class Meta:
        abstract = True

    def get_organisation(self):
        """The contributor section above this page, found from its tree path."""
        from home.models.pages import ContributorPage

        step = self.steplen
        ancestor_paths = [self.path[:n] for n in range(step, len(self.path), step)]
        return ContributorPage.objects.filter(path__in=ancestor_paths).order_by("-depth").first()

    def full_clean(self, *args, **kwargs):
        if self.path:
            self.organisation = self.get_organisation()
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        if self.path:
            self.organisation = self.get_organisation()
        if not self.original_language and self.locale_id:
            self.original_language = self.locale.language_code
        if self.live and not self.next_review:
            base = self.last_reviewed or timezone.localdate()
            self.next_review = default_next_review(base)
        return super().save(*args, **kwargs)

    @property
    def review_overdue(self):
        return bool(self.next_review and self.next_review < timezone.localdate())

    def get_topics(self):
        """Topics in the page's own locale, where a translation exists."""
        return [topic.localized for topic in self.topics.all()]
