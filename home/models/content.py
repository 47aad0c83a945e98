"""The content page base: fields and behaviour every content type shares, and the registry.

A content type is a concrete subclass of ContentPage in a feature app. It declares what the
base needs to list, filter, search and describe it (the attributes under "Listing settings");
the base finds every content type through Wagtail's page model registry, never a list of names.
"""

import datetime
from functools import cached_property

from django import forms
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.db import models
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, get_page_models
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from modelcluster.fields import ParentalManyToManyField

from home.blocks import AuthorBlock
from home.structured_data import common_data, organisation_data
from home.visibility import visible_pages

REVIEW_INTERVAL_DAYS = 365

RELATED_LIMIT = 4
# home's own section and topic page models, named as the foreign keys below name them.
ORGANISATION_MODEL = "home.ContributorPage"
TOPIC_PAGE_MODEL = "home.TopicPage"


def content_types():
    """Every content type (concrete ContentPage subclass), in the order Wagtail registered them.

    Fails loudly when a content type lacks its key or two types share one.
    """
    types = [
        model
        for model in get_page_models()
        if issubclass(model, ContentPage) and not model._meta.abstract
    ]
    keys = [model.type_key for model in types]
    if not all(keys) or len(set(keys)) != len(keys):
        raise ImproperlyConfigured(
            "Every ContentPage subclass needs its own type_key: "
            + ", ".join(f"{model._meta.label}={model.type_key!r}" for model in types)
        )
    return types


def listed_types():
    """The content types that catalogs, topic pages, feeds and related content list."""
    return [model for model in content_types() if model.listed]


def section_model():
    """The contributor section model (home.ContributorPage) that content belongs to."""
    return apps.get_model(ORGANISATION_MODEL)


def content_type_for_key(key):
    """The content type with this key; an unknown key is an error, not a silent default."""
    for model in content_types():
        if model.type_key == key:
            return model
    raise LookupError(f"No content type has the key {key!r}.")


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
        ORGANISATION_MODEL,
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
        choices=settings.LANGUAGES,
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

    # Listing settings, declared by each content type.
    #: The type's key in addresses (?type=nettkurs) and search facets.
    type_key = ""
    #: Listed by catalogs, topic pages, feeds and related content (lessons are reached
    #: through their course).
    listed = True
    #: The filter set of the type's catalog (a listed type must have one).
    filterset_class = None
    #: Filters of `filterset_class` that a topic page (all types together) offers too.
    topic_facets = ()
    #: The card that shows the page in listings, and what a catalog fetches along for it.
    card_template = "home/includes/card.html"
    listing_related = ("organisation",)
    #: schema.org type of the page's JSON-LD.
    schema_type = "WebPage"

    class Meta:
        abstract = True

    def get_organisation(self):
        """The contributor section this page sits in."""
        return section_model().section_of(self)

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

    def get_topic_source(self):
        """The page whose topics describe this one (a lesson uses its course's)."""
        return self

    @cached_property
    def topic_keys(self):
        source = self.get_topic_source()
        return list(source.topics.values_list("translation_key", flat=True)) if source else []

    def get_topics(self):
        """The page's topics in its own language (the original term where none exists)."""
        return self.topics.model.objects.for_keys(self.topic_keys).in_locale_else_any(self.locale)

    def get_audiences(self):
        """The page's audiences in its own language (the original term where none exists)."""
        keys = list(self.audiences.values_list("translation_key", flat=True))
        return self.audiences.model.objects.for_keys(keys).in_locale_else_any(self.locale)

    def get_topic_links(self):
        """(topic, topic page or None) for each topic, linking to the page's language."""
        topics = self.get_topics()
        if not topics:
            return []
        TopicPage = apps.get_model(TOPIC_PAGE_MODEL)
        pages = {
            page.topic.translation_key: page
            for page in visible_pages(TopicPage.objects.filter(locale_id=self.locale_id))
            .filter(topic__translation_key__in=self.topic_keys)
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
        keys = self.topic_keys
        if not keys or not self.locale_id:
            return []
        exclude = {pk for pk in self.get_related_exclusions() if pk}
        found = []
        for model in listed_types():
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

    def get_structured_data(self, request, context):
        """schema.org JSON-LD for the page; content types add their own facts."""
        data = common_data(self, request, self.schema_type)
        topics = [topic.name for topic in self.get_topics()]
        if topics:
            data["about"] = [{"@type": "Thing", "name": name} for name in topics]
        audiences = [audience.name for audience in self.get_audiences()]
        if audiences:
            data["audience"] = [{"@type": "Audience", "audienceType": name} for name in audiences]
        authors = [
            {"@type": "Person", "name": block.value["name"]}
            | ({"jobTitle": block.value["role"]} if block.value.get("role") else {})
            for block in self.get_authors() or []
        ]
        if authors:
            data["author"] = authors
        return data

    def publisher_data(self, request):
        return organisation_data(self.organisation, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topic_links"] = self.get_topic_links()
        context["related_pages"] = self.get_related_pages()
        return context
