"""The home page, contributor sections, topic pages and plain standard pages."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.forms.pages import CopyForm
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, get_page_models
from wagtail.search import index

from home.blocks import BaseContentBlock
from home.filters import topic_filterset
from home.models.content import listed_types
from home.queries import content_pages, listing_context
from home.structured_data import SITE_NAME, StructuredDataMixin, common_data


class ChildrenDeclareParentMixin:
    """Allows as children the page types that name this type among their `parent_page_types`,
    so the base needs no list of the feature apps' page types (Wagtail's own base Page, which
    names no parents, is not one of them)."""

    @classmethod
    def clean_subpage_models(cls):
        if cls._clean_subpage_models is None:
            cls._clean_subpage_models = [
                model
                for model in get_page_models()
                if model is not Page
                and model.parent_page_types is not None
                and cls in model.clean_parent_page_models()
            ]
        return cls._clean_subpage_models


class HomePage(ChildrenDeclareParentMixin, StructuredDataMixin, Page):
    """The site root in each locale."""

    intro = RichTextField(_("introduksjon"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(BaseContentBlock(), verbose_name=_("innhold"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("forside")

    def clean(self):
        super().clean()
        # One home page per language, each at the top of its own tree.
        if self.locale_id:
            others = HomePage.objects.filter(locale_id=self.locale_id)
            if self.pk:
                others = others.exclude(pk=self.pk)
            if others.exists():
                raise ValidationError(_("Det finnes allerede en forside for dette språket."))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest"] = content_pages(self.locale, listed_types()).specific()[:6]
        context["topic_pages"] = (
            TopicPage.objects.live().child_of(self).select_related("topic").order_by("title")
        )
        return context

    def get_structured_data(self, request, context):
        """The site as a WebSite, with its search as a SearchAction."""
        data = common_data(self, request, "WebSite")
        data["name"] = SITE_NAME
        data["publisher"] = {"@type": "Organization", "name": "Nasjonalbiblioteket"}
        try:
            search_path = reverse("search")
        except NoReverseMatch:
            return data
        site = self.get_site()
        origin = site.root_url if site else ""
        data["potentialAction"] = {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": f"{origin}{search_path}?q={{search_term_string}}",
            },
            "query-input": "required name=search_term_string",
        }
        return data


class StandardPage(StructuredDataMixin, Page):
    """A plain page: about, accessibility statement (tilgjengelighetserklæring), privacy."""

    intro = models.TextField(_("ingress"), blank=True)
    body = StreamField(BaseContentBlock(), verbose_name=_("innhold"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standardside")


def other_section_named(title, translation_key=None):
    """Another organisation's section with this title (any language), or None.

    An organisation has one section (with its translations): a second one with the same name
    would split its pages, permissions and workflow in two.
    """
    if not title:
        return None
    sections = ContributorPage.objects.filter(title__iexact=title.strip())
    if translation_key is not None:
        sections = sections.exclude(translation_key=translation_key)
    return sections.first()


def duplicate_section_error(title):
    return ValidationError(
        _(
            "Det finnes allerede en seksjon for «%(title)s». En organisasjon har bare én "
            "seksjon; gi den nye seksjonen et annet navn."
        )
        % {"title": title.strip()}
    )


class ContributorPageForm(WagtailAdminPageForm):
    """One section per organisation, and a section in another language must be a translation
    of the default-language section.

    Otherwise one organisation would exist twice (its Bokmål and Nynorsk sections unrelated),
    and its pages, permissions and reports would split in two.
    """

    def clean(self):
        cleaned_data = super().clean()
        page = self.instance
        title = cleaned_data.get("title")
        if other_section_named(title, page.translation_key):
            self.add_error("title", duplicate_section_error(title))
        default_locale = Locale.get_default()
        if page.locale_id and page.locale_id != default_locale.pk:
            source_exists = (
                ContributorPage.objects.filter(
                    translation_key=page.translation_key, locale=default_locale
                )
                .exclude(pk=page.pk)
                .exists()
            )
            if not source_exists:
                raise ValidationError(
                    _(
                        "En organisasjon på et annet språk må være en oversettelse av "
                        "organisasjonen på bokmål. Opprett den på bokmål, og oversett den."
                    )
                )
        return cleaned_data


class ContributorCopyForm(CopyForm):
    """A copy of a section is a new organisation's section: it needs a name of its own."""

    def clean(self):
        cleaned_data = super().clean()
        title = cleaned_data.get("new_title")
        if other_section_named(title):
            self.add_error("new_title", duplicate_section_error(title))
        return cleaned_data


class ContributorPage(ChildrenDeclareParentMixin, StructuredDataMixin, Page):
    """A contributing organisation's section: a county library or Nasjonalbiblioteket.

    Everything the organisation publishes lives below this page; permissions and workflows
    attach here. Its children: every content type that names it among its parent types.
    """

    class Kind(models.TextChoices):
        COUNTY_LIBRARY = "fylkesbibliotek", _("Fylkesbibliotek")  # the county step applies
        NATIONAL_LIBRARY = "nasjonalbiblioteket", _("Nasjonalbiblioteket")

    kind = models.CharField(_("type"), max_length=30, choices=Kind.choices)
    contact_email = models.EmailField(_("e-post for kontakt"))
    about = RichTextField(_("om organisasjonen"), blank=True, features=["bold", "italic", "link"])
    logo = models.ForeignKey(
        "home.KbImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("contact_email"),
        FieldPanel("about"),
        FieldPanel("logo"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("about"),
        index.FilterField("kind"),
    ]

    parent_page_types = ["home.HomePage"]
    base_form_class = ContributorPageForm
    copy_form_class = ContributorCopyForm

    class Meta:
        verbose_name = _("organisasjon")
        verbose_name_plural = _("organisasjoner")

    @property
    def name(self):
        return self.title

    @classmethod
    def section_of(cls, page):
        """The section a page sits in (the page itself if it is one), or None."""
        if page is None or not page.path:
            return None
        return cls.objects.ancestor_of(page, inclusive=True).order_by("-depth").first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        content = list(
            content_pages(self.locale, listed_types(), organisation=self).specific()[:50]
        )
        for item in content:
            # Every item belongs to this section: spare the card one query per item.
            item.organisation = self
        context["content"] = content
        return context


class TopicPageForm(WagtailAdminPageForm):
    """Offers only the topics in the page's own language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or (self.parent_page and self.parent_page.locale_id)
        if "topic" in self.fields and locale_id:
            field = self.fields["topic"]
            field.queryset = field.queryset.filter(locale_id=locale_id)


class TopicPage(StructuredDataMixin, Page):
    """Everything tagged with one topic, across all organisations, with pagination."""

    topic = models.ForeignKey(
        "home.Topic", verbose_name=_("tema"), on_delete=models.PROTECT, related_name="+"
    )
    intro = RichTextField(_("introduksjon"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("topic"), FieldPanel("intro")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.RelatedFields("topic", [index.SearchField("name")]),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    base_form_class = TopicPageForm
    schema_type = "CollectionPage"

    class Meta:
        verbose_name = _("temaside")
        verbose_name_plural = _("temasider")

    def clean(self):
        super().clean()
        if not self.topic_id or not self.locale_id:
            return
        if self.topic.locale_id != self.locale_id:
            raise ValidationError({"topic": _("Velg et tema på samme språk som siden.")})
        others = TopicPage.objects.filter(topic_id=self.topic_id, locale_id=self.locale_id)
        if self.pk:
            others = others.exclude(pk=self.pk)
        if others.exists():
            raise ValidationError(
                {
                    "topic": _("Det finnes allerede en temaside for «%(topic)s».")
                    % {"topic": self.topic}
                }
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        key = self.topic.translation_key
        context.update(
            listing_context(
                request,
                self.locale,
                listed_types(),
                topic_filterset(),
                base_filter=models.Q(topics__translation_key=key),
            )
        )
        return context
