"""«Bibliotek som ligner ditt»: comparing libraries, and initiatives from similar libraries.

Libraries are alike when their municipalities fall in the same population band, when both are
self-service (meråpent), when they are the same kind of library, or when they are in the same
county. Each related initiative carries the reasons it was chosen, to show to the visitor.
"""

from dataclasses import dataclass, field

from django.db.models import Case, IntegerField, Q, Value, When
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from home.visibility import visible_pages

SIMILAR_LIMIT = 4


@dataclass(frozen=True)
class PopulationBand:
    key: str
    low: int | None
    high: int | None
    label: str

    def contains(self, population):
        if population is None:
            return False
        return (self.low is None or population >= self.low) and (
            self.high is None or population < self.high
        )

    def q(self, prefix="library__"):
        """A filter for initiatives (or, with prefix="", libraries) in this band."""
        condition = Q()
        if self.low is not None:
            condition &= Q(**{f"{prefix}population__gte": self.low})
        if self.high is not None:
            condition &= Q(**{f"{prefix}population__lt": self.high})
        return condition


POPULATION_BANDS = [
    PopulationBand("under-5000", None, 5_000, _("under 5 000")),
    PopulationBand("5000-20000", 5_000, 20_000, _("5 000–20 000")),
    PopulationBand("20000-50000", 20_000, 50_000, _("20 000–50 000")),
    PopulationBand("over-50000", 50_000, None, _("over 50 000")),
]
BANDS_BY_KEY = {band.key: band for band in POPULATION_BANDS}


def population_band(population):
    return next((band for band in POPULATION_BANDS if band.contains(population)), None)


def population_band_choices():
    return [
        (band.key, capfirst(_("%(band)s innbyggere") % {"band": band.label}))
        for band in POPULATION_BANDS
    ]


@dataclass
class SimilarInitiative:
    page: object
    reasons: list = field(default_factory=list)


def similarity_reasons(library, other):
    """Why `other` library is like `library`, as sentences for the visitor."""
    if library is None or other is None:
        return []
    if library.pk == other.pk:
        return [_("Fra samme bibliotek")]
    reasons = []
    band = population_band(library.population)
    if band is not None and band.contains(other.population):
        reasons.append(_("Fra bibliotek i kommuner med %(band)s innbyggere") % {"band": band.label})
    if library.self_service and other.self_service:
        reasons.append(_("Også meråpent"))
    if library.library_type == other.library_type:
        reasons.append(
            _("Samme bibliotektype (%(type)s)") % {"type": other.get_library_type_display()}
        )
    if library.county == other.county:
        reasons.append(_("Samme fylke (%(county)s)") % {"county": other.get_county_display()})
    return reasons


def similar_initiatives(page, limit=SIMILAR_LIMIT):
    """Live initiatives in the page's language from libraries like the page's library.

    One query: each criterion is scored in the database (population band weighs most), the
    best matches come first, newest first among equals.
    """
    library = page.library
    if library is None:
        return []
    band = population_band(library.population)
    criteria = [
        (3, band.q() if band else None),
        (2, Q(library__self_service=True) if library.self_service else None),
        (1, Q(library__library_type=library.library_type)),
        (1, Q(library__county=library.county)),
    ]
    criteria = [(weight, condition) for weight, condition in criteria if condition is not None]
    if not criteria:
        return []
    score = sum(
        (
            Case(When(condition, then=Value(weight)), default=Value(0), output_field=IntegerField())
            for weight, condition in criteria
        ),
        Value(0),
    )
    any_match = Q()
    for _weight, condition in criteria:
        any_match |= condition
    candidates = (
        visible_pages(type(page).objects.filter(locale_id=page.locale_id))
        .exclude(translation_key=page.translation_key)
        .filter(any_match | Q(library_id=library.pk))
        .select_related("library")
        .annotate(similarity=score)
        .order_by("-similarity", "-first_published_at", "pk")[:limit]
    )
    return [
        SimilarInitiative(page=candidate, reasons=similarity_reasons(library, candidate.library))
        for candidate in candidates
    ]
