"""Fields and behaviour shared by every content page (course, lesson, resource, initiative)."""

import datetime

from django import forms
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from modelcluster.fields import ParentalManyToManyField

from home.blocks import AuthorBlock
from home.visibility import visible_pages

REVIEW_INTERVAL_DAYS = 365

LANGUAGE_CHOICES = [("nb", _("Bokmål")), ("nn", _("Nynorsk"))]

# The content types offered as related content on a content page.
RELATED_MODELS = ("courses.CoursePage", "courses.ResourcePage", "initiatives.InitiativePage")
RELATED_LIMIT = 4


def default_next_review(from_date=None):
    """Twelve months after the given date (today by default)."""
    from_date = from_date or timezone.localdate()
    return from_date + datetime.timedelta(days=REVIEW_INTERVAL_DAYS)


class ContentPageForm(WagtailAdminPageForm):
    """Offers the topics and audiences of the page's own language.

    A translated page may still point at the source language's terms (wagtail-localize copies
    many-to-many values as they are); the form shows the same terms in the page's language.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or (self.parent_page and self.parent_page.locale_id)
        for name in ("topics", "audiences"):
            if name not in self.fields or not locale_id:
                continue
            field = self.fields[name]
            field.queryset = field.queryset.filter(locale_id=locale_id)
            if self.instance.pk and not self.is_bound:
                keys = getattr(self.instance, name).values_list("translation_key", flat=True)
                self.initial[name] = list(
                    field.queryset.filter(translation_key__in=list(keys)).values_list(
                        "pk", flat=True
                    )
                )


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
        index.RelatedFields("audiences", [index.SearchField("name")]),
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

    def clean(self):
        super().clean()
        errors = {}
        if self.last_reviewed and self.last_reviewed > timezone.localdate():
            errors["last_reviewed"] = _("Datoen for siste gjennomgang kan ikke være fram i tid.")
        elif self.last_reviewed and self.next_review and self.next_review <= self.last_reviewed:
            errors["next_review"] = _(
                "Neste gjennomgang må være etter datoen for siste gjennomgang."
            )
        if errors:
            raise ValidationError(errors)

    def full_clean(self, *args, **kwargs):
        if self.path:
            self.organisation = self.get_organisation()
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        if self.path:
            self.organisation = self.get_organisation()
        if not self.locale_id and self.path:
            # add_child() saves before Wagtail's full_clean() has taken the parent's locale.
            self.locale = self.get_default_locale()
        if not self.original_language and self.locale_id:
            self.original_language = self.locale.language_code
        if self.live and not self.next_review:
            base = self.last_reviewed or timezone.localdate()
            self.next_review = default_next_review(base)
        return super().save(*args, **kwargs)

    @property
    def type_label(self):
        """The page type as readers see it, e.g. «Nettkurs» (for cards and listings)."""
        return capfirst(self._meta.verbose_name)

    @property
    def review_overdue(self):
        return bool(self.next_review and self.next_review < timezone.localdate())

    def get_topic_source(self):
        """The page whose topics describe this one (a lesson uses its course's)."""
        return self

    def _topic_keys(self):
        if not hasattr(self, "_kb_topic_keys"):
            source = self.get_topic_source()
            self._kb_topic_keys = (
                list(source.topics.values_list("translation_key", flat=True)) if source else []
            )
        return self._kb_topic_keys

    def _terms_in_locale(self, model, keys):
        """Terms with these translation keys in the page's language (else the original)."""
        if not keys:
            return []
        terms = {}
        for term in model.objects.filter(translation_key__in=keys).select_related("locale"):
            if term.locale_id == self.locale_id or term.translation_key not in terms:
                terms[term.translation_key] = term
        return sorted(terms.values(), key=lambda term: term.name.casefold())

    def get_topics(self):
        """The page's topics in its own language (the original term where none exists)."""
        from home.models.snippets import Topic

        return self._terms_in_locale(Topic, self._topic_keys())

    def get_audiences(self):
        """The page's audiences in its own language (the original term where none exists)."""
        from home.models.snippets import Audience

        keys = list(self.audiences.values_list("translation_key", flat=True))
        return self._terms_in_locale(Audience, keys)

    def get_topic_links(self):
        """(topic, topic page or None) for each topic, linking to the page's language."""
        from home.models.pages import TopicPage

        topics = self.get_topics()
        if not topics:
            return []
        pages = {
            page.topic.translation_key: page
            for page in visible_pages(TopicPage.objects.filter(locale_id=self.locale_id))
            .filter(topic__translation_key__in=self._topic_keys())
            .select_related("topic")
        }
        return [(topic, pages.get(topic.translation_key)) for topic in topics]

    def get_related_exclusions(self):
        """Page ids never offered as related content for this page."""
        return {self.pk}

    def get_related_pages(self, limit=RELATED_LIMIT):
        """Other live pages in the same language sharing a topic, newest first.

        One query per content type (plus one for view restrictions), however many pages match.
        """
        keys = self._topic_keys()
        if not keys or not self.locale_id:
            return []
        exclude = {pk for pk in self.get_related_exclusions() if pk}
        found = []
        for label in RELATED_MODELS:
            model = apps.get_model(label)
            found.extend(
                visible_pages(model.objects.filter(locale_id=self.locale_id))
                .filter(topics__translation_key__in=keys)
                .exclude(pk__in=exclude)
                .select_related("organisation")
                .distinct()
                .order_by("-first_published_at", "pk")[:limit]
            )
        oldest = datetime.datetime.min.replace(tzinfo=datetime.UTC)
        found.sort(key=lambda page: page.first_published_at or oldest, reverse=True)
        return found[:limit]

    def get_contact_email(self):
        """The page's own contact address, else its organisation's."""
        own = getattr(self, "contact_email", "")
        if own:
            return own
        return self.organisation.contact_email if self.organisation_id else ""

    def get_authors(self):
        return self.authors

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topic_links"] = self.get_topic_links()
        context["related_pages"] = self.get_related_pages()
        return context
