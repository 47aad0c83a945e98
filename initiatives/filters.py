"""Catalog filters for initiatives, with «Bibliotek som ligner ditt»."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from home.counties import County
from home.filters import ContentFilterSet, MultipleFilter, SingleFilter
from initiatives.choices import LibraryType
from initiatives.similar import BANDS_BY_KEY, population_band_choices

SELF_SERVICE_CHOICES = [("ja", _("Meråpent")), ("nei", _("Ikke meråpent"))]


class InitiativeFilterSet(ContentFilterSet):
    """Initiatives, with «Bibliotek som ligner ditt»: filters on the library's conditions."""

    innbyggere = MultipleFilter(
        label=_("Innbyggere i kommunen"),
        choices=population_band_choices,
        method="filter_population",
    )
    bibliotektype = MultipleFilter(
        label=_("Bibliotektype"), choices=LibraryType.choices, method="filter_library_type"
    )
    meraapent = SingleFilter(
        label=_("Meråpent"), choices=SELF_SERVICE_CHOICES, method="filter_self_service"
    )
    fylke = SingleFilter(label=_("Fylke"), choices=County.choices, field_name="library__county")

    groups = [
        (_("Bibliotek som ligner ditt"), ["innbyggere", "bibliotektype", "meraapent", "fylke"])
    ]

    def filter_population(self, qs, name, value):
        condition = Q()
        for key in value:
            condition |= BANDS_BY_KEY[key].q()
        return qs.filter(condition)

    def filter_library_type(self, qs, name, value):
        return qs.filter(library__library_type__in=value)

    def filter_self_service(self, qs, name, value):
        return qs.filter(library__self_service=(value == "ja"))
