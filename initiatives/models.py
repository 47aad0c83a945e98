"""Initiatives (tiltak): what one library did, for libraries with similar conditions."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from home.api_fields import content_api_fields, display
from home.blocks import RICH_TEXT_FEATURES, BaseContentBlock
from home.counties import County
from home.models import CatalogPage, ContentPage
from initiatives.blocks import FollowUpBlock
from initiatives.choices import LibraryType, Status
from initiatives.filters import InitiativeFilterSet
from initiatives.serializers import LibrarySerializer
from initiatives.similar import similar_initiatives


class Library(index.Indexed, models.Model):
    """A library whose initiatives are described: the facts that make libraries comparable."""

    name = models.CharField(_("navn"), max_length=200)
    municipality = models.CharField(_("kommune"), max_length=100)
    municipality_number = models.CharField(
        _("kommunenummer"),
        max_length=4,
        validators=[RegexValidator(r"^\d{4}$", _("Kommunenummeret har fire sifre."))],
    )
    county = models.CharField(_("fylke"), max_length=30, choices=County.choices)
    population = models.PositiveIntegerField(
        _("innbyggere i kommunen"), validators=[MinValueValidator(1)]
    )
    library_type = models.CharField(_("bibliotektype"), max_length=20, choices=LibraryType.choices)
    self_service = models.BooleanField(_("meråpent"), default=False)
    staff_fte = models.DecimalField(
        _("årsverk"), max_digits=6, decimal_places=1, validators=[MinValueValidator(0)]
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("municipality"), FieldPanel("municipality_number")]),
        FieldPanel("county"),
        FieldRowPanel([FieldPanel("population"), FieldPanel("staff_fte")]),
        FieldPanel("library_type"),
        FieldPanel("self_service"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("municipality"),
        index.AutocompleteField("name"),
        index.FilterField("county"),
        index.FilterField("library_type"),
        index.FilterField("self_service"),
    ]

    class Meta:
        verbose_name = _("bibliotek")
        verbose_name_plural = _("bibliotek")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.municipality})"


class InitiativePage(ContentPage):
    """An initiative one library carried out, with resources, results and a follow-up."""

    library = models.ForeignKey(
        Library, verbose_name=_("bibliotek"), on_delete=models.PROTECT, related_name="initiatives"
    )
    period_start = models.DateField(_("startdato"))
    period_end = models.DateField(_("sluttdato"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    goals = RichTextField(_("mål"), features=RICH_TEXT_FEATURES)
    body = StreamField(BaseContentBlock(), verbose_name=_("dette gjorde vi"))
    budget_nok = models.PositiveIntegerField(_("budsjett (kr)"), null=True, blank=True)
    staff_hours = models.PositiveIntegerField(_("arbeidstimer"), null=True, blank=True)
    resources_note = models.TextField(_("andre ressurser"), blank=True)
    results = RichTextField(_("resultater"), features=RICH_TEXT_FEATURES)
    lessons_learned = RichTextField(_("erfaringer"), features=RICH_TEXT_FEATURES)
    contact_name = models.CharField(_("kontaktperson"), max_length=200)
    contact_email = models.EmailField(_("e-post til kontaktperson"))
    follow_ups = StreamField(
        [("follow_up", FollowUpBlock())], verbose_name=_("oppfølging"), blank=True
    )
    related = StreamField(
        [
            (
                "page",
                blocks.PageChooserBlock(
                    label=_("Relatert kurs eller ressurs"),
                    page_type=["courses.CoursePage", "courses.ResourcePage"],
                ),
            )
        ],
        verbose_name=_("relaterte kurs og ressurser"),
        blank=True,
    )

    content_panels = (
        ContentPage.content_panels
        + ContentPage.shared_panels
        + [
            FieldPanel("library"),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
                    FieldPanel("status"),
                ],
                heading=_("Periode"),
            ),
            FieldPanel("goals"),
            FieldPanel("body"),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("budget_nok"), FieldPanel("staff_hours")]),
                    FieldPanel("resources_note"),
                ],
                heading=_("Ressurser"),
            ),
            FieldPanel("results"),
            FieldPanel("lessons_learned"),
            MultiFieldPanel(
                [FieldPanel("contact_name"), FieldPanel("contact_email")],
                heading=_("Kontakt"),
            ),
            FieldPanel("follow_ups"),
            FieldPanel("related"),
        ]
        + ContentPage.review_panels
    )
    search_fields = ContentPage.search_fields + [
        index.SearchField("goals"),
        index.SearchField("body"),
        index.SearchField("results"),
        index.SearchField("lessons_learned"),
        index.SearchField("follow_ups"),
        index.SearchField("resources_note"),
        index.FilterField("status"),
        index.FilterField("library"),
        index.RelatedFields(
            "library", [index.SearchField("name"), index.SearchField("municipality")]
        ),
    ]
    api_fields = content_api_fields() + [
        APIField("library", serializer=LibrarySerializer(read_only=True)),
        APIField("period_start"),
        APIField("period_end"),
        APIField("status"),
        display("status"),
        APIField("goals"),
        APIField("body"),
        APIField("budget_nok"),
        APIField("staff_hours"),
        APIField("resources_note"),
        APIField("results"),
        APIField("lessons_learned"),
        APIField("contact_name"),
        APIField("contact_email"),
        APIField("follow_ups"),
        APIField("related"),
    ]

    parent_page_types = ["home.ContributorPage"]
    subpage_types = []

    type_key = "tiltak"
    filterset_class = InitiativeFilterSet
    card_template = "initiatives/includes/card.html"
    listing_related = ("organisation", "library")
    schema_type = "Article"

    class Meta:
        verbose_name = _("tiltak")
        verbose_name_plural = _("tiltak")

    def clean(self):
        super().clean()
        if self.period_end and self.period_start and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("Sluttdatoen kan ikke være før startdatoen.")})
        if self.status == Status.FINISHED and not self.period_end:
            raise ValidationError({"period_end": _("Et avsluttet tiltak må ha en sluttdato.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["similar_initiatives"] = similar_initiatives(self)
        return context

    def get_structured_data(self, request, context):
        data = super().get_structured_data(request, context)
        data["headline"] = self.title[:110]
        data["publisher"] = self.publisher_data(request)
        data["contentLocation"] = {
            "@type": "Place",
            "name": f"{self.library.municipality}, {self.library.get_county_display()}",
        }
        return data


class InitiativeIndexPage(CatalogPage):
    """«Tiltak»: every initiative from every organisation."""

    listed_model = InitiativePage

    class Meta:
        verbose_name = _("katalog over tiltak")
