"""Filters for the catalog and topic pages: a plain GET form, forgiving about what it is sent.

Values nobody could have picked (a tampered or stale URL: an unknown topic, a long string, a NUL
character) are dropped instead of failing the form, so every address gives a normal page.
Taxonomy terms are filtered by slug, which is the same in Bokmål and Nynorsk, so a filtered
address works in both languages.
"""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

import django_filters

from home.models.content import LANGUAGE_CHOICES

MAX_VALUES_PER_FIELD = 30

SORT_CHOICES = [("nyeste", _("Nyeste først")), ("tittel", _("Tittel (A–Å)"))]
SORT_ORDERING = {
    "nyeste": ("-first_published_at", "-pk"),
    "tittel": ("title", "pk"),
}

# Time needed for a course, in minutes: (key, from, below, label).
TIME_BANDS = [
    ("under-30", None, 30, _("Under 30 minutter")),
    ("30-60", 30, 61, _("30–60 minutter")),
    ("1-3-timer", 61, 181, _("1–3 timer")),
    ("over-3-timer", 181, None, _("Over 3 timer")),
]

# Content types by the key used in addresses.
CONTENT_TYPES = {
    "nettkurs": "courses.CoursePage",
    "ressurs": "courses.ResourcePage",
    "tiltak": "initiatives.InitiativePage",
}
CONTENT_TYPE_CHOICES = [
    ("nettkurs", _("Nettkurs")),
    ("ressurs", _("Læringsressurser")),
    ("tiltak", _("Tiltak")),
]

# Display order of the filters (sorting is shown apart).
FIELD_ORDER = [
    "type",
    "tema",
    "malgruppe",
    "organisasjon",
    "ressurstype",
    "format",
    "niva",
    "tid",
    "sprak",
    "innbyggere",
    "bibliotektype",
    "meraapent",
    "fylke",
]

SELF_SERVICE_CHOICES = [("ja", _("Meråpent")), ("nei", _("Ikke meråpent"))]


class FilterForm(forms.Form):
    """The filter form: no colon after labels."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


class KnownValuesMultipleChoiceField(forms.MultipleChoiceField):
    """Several choices as checkboxes; unknown values are dropped rather than rejected."""

    widget = forms.CheckboxSelectMultiple

    def clean(self, value):
        try:
            values = self.to_python(value)
        except forms.ValidationError:
            return []
        known = [item for item in dict.fromkeys(values) if self.valid_value(item)]
        return known[:MAX_VALUES_PER_FIELD]


class KnownValueChoiceField(django_filters.fields.ChoiceField):
    """One choice from a list; an unknown value counts as no choice."""

    def clean(self, value):
        value = self.to_python(value)
        return value if value and self.valid_value(value) else ""


class MultipleFilter(django_filters.MultipleChoiceFilter):
    field_class = KnownValuesMultipleChoiceField

    def __init__(self, *args, model_field=None, **kwargs):
        self.model_field = model_field
        super().__init__(*args, **kwargs)


class SingleFilter(django_filters.ChoiceFilter):
    field_class = KnownValueChoiceField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("empty_label", _("Alle"))
        super().__init__(*args, **kwargs)


def _has_field(model, name):
    return any(field.name == name for field in model._meta.get_fields())


def _within(qs, **lookups):
    """Rows of `qs` whose own model matches `lookups` (a subquery, so no duplicates)."""
    return qs.filter(pk__in=qs.model.objects.filter(**lookups).values("pk"))


def _range_q(field, low, high):
    condition = Q()
    if low is not None:
        condition &= Q(**{f"{field}__gte": low})
    if high is not None:
        condition &= Q(**{f"{field}__lt": high})
    return condition


def taxonomy_choices(model, locale):
    """(slug, name) per term, named in `locale` where a translation exists, else in any."""
    best = {}
    for term in model.objects.order_by("name"):
        current = best.get(term.translation_key)
        if current is None or (term.locale_id == locale.pk and current.locale_id != locale.pk):
            best[term.translation_key] = term
    return sorted(((term.slug, term.name) for term in best.values()), key=lambda c: c[1].lower())


def organisation_choices(locale):
    from home.models import ContributorPage

    return list(
        ContributorPage.objects.live()
        .filter(locale=locale)
        .order_by("title")
        .values_list("slug", "title")
    )


class ContentFilterSet(django_filters.FilterSet):
    """Filters shared by every listing of content pages."""

    tema = MultipleFilter(label=_("Tema"), method="filter_topics")
    malgruppe = MultipleFilter(label=_("Målgruppe"), method="filter_audiences")
    organisasjon = SingleFilter(label=_("Organisasjon"), method="filter_organisation")
    sprak = MultipleFilter(
        label=_("Opprinnelig målform"), choices=LANGUAGE_CHOICES, method="filter_language"
    )
    sorter = SingleFilter(
        label=_("Sorter"), choices=SORT_CHOICES, empty_label=None, method="keep_all"
    )

    #: Groups of fields shown under their own heading: (heading, field names).
    groups = []

    class Meta:
        form = FilterForm

    def __init__(self, data=None, queryset=None, *, locale, **kwargs):
        # The querysets to filter are passed to filter_queryset(), one per content type.
        if queryset is None:
            from wagtail.models import Page

            queryset = Page.objects.none()
        super().__init__(data if data is not None else {}, queryset, **kwargs)
        from home.models import Audience, Topic

        self.locale = locale
        dynamic = {
            "tema": lambda: taxonomy_choices(Topic, locale),
            "malgruppe": lambda: taxonomy_choices(Audience, locale),
            "organisasjon": lambda: organisation_choices(locale),
        }
        for name, choices in dynamic.items():
            if name in self.filters:
                self.filters[name].extra["choices"] = choices()

    # Filter methods. Each one leaves a model without the field empty: a visitor who asks for
    # a course level wants courses only.

    def filter_topics(self, qs, name, value):
        return _within(qs, topics__slug__in=value)

    def filter_audiences(self, qs, name, value):
        return _within(qs, audiences__slug__in=value)

    def filter_organisation(self, qs, name, value):
        return qs.filter(organisation__slug=value)

    def filter_language(self, qs, name, value):
        # A page saved before it had a locale has no original language yet: it is its own.
        return qs.filter(
            Q(original_language__in=value)
            | Q(original_language="", locale__language_code__in=value)
        )

    def keep_all(self, qs, name, value):
        return qs

    def filter_choice_field(self, qs, name, value):
        field = self.filters[name].model_field
        if not _has_field(qs.model, field):
            return qs.none()
        return qs.filter(**{f"{field}__in": value})

    def filter_time(self, qs, name, value):
        if not _has_field(qs.model, "estimated_minutes"):
            return qs.none()
        condition = Q()
        for key, low, high, _label in TIME_BANDS:
            if key in value:
                condition |= _range_q("estimated_minutes", low, high)
        return qs.filter(condition)

    def filter_content_type(self, qs, name, value):
        labels = {CONTENT_TYPES[key] for key in value}
        return qs if qs.model._meta.label in labels else qs.none()

    # Results.

    def cleaned(self):
        self.form.is_valid()
        return self.form.cleaned_data

    def ordering(self):
        return SORT_ORDERING.get(self.cleaned().get("sorter") or "nyeste", SORT_ORDERING["nyeste"])

    def querystring_items(self):
        """(name, value) pairs of the valid choices, for links that keep the filters."""
        items = []
        for name, value in self.cleaned().items():
            if name == "sorter" and value in ("", "nyeste"):
                continue
            for item in value if isinstance(value, list) else [value]:
                if item:
                    items.append((name, item))
        return items

    def active(self):
        return any(name != "sorter" for name, _value in self.querystring_items())

    def field_groups(self):
        """[(heading or None, [bound fields])] in display order; sorting is shown apart."""
        grouped = {name for _heading, names in self.groups for name in names}

        def shown(names):
            return [
                self.form[name]
                for name in names
                if name in self.filters
                and any(value for value, _label in self.form[name].field.choices)
            ]

        plain = shown(name for name in FIELD_ORDER if name not in grouped)
        result = [(None, plain)] if plain else []
        for heading, names in self.groups:
            fields = shown(names)
            if fields:
                result.append((heading, fields))
        return result


def _course_choices(name):
    from courses.models import CoursePage

    return getattr(CoursePage, name)


class CourseFilterSet(ContentFilterSet):
    format = MultipleFilter(
        label=_("Kursform"),
        choices=lambda: _course_choices("FORMAT_CHOICES"),
        method="filter_choice_field",
        model_field="format",
    )
    niva = MultipleFilter(
        label=_("Nivå"),
        choices=lambda: _course_choices("LEVEL_CHOICES"),
        method="filter_choice_field",
        model_field="level",
    )
    tid = MultipleFilter(
        label=_("Tidsbruk"),
        choices=[(key, label) for key, _low, _high, label in TIME_BANDS],
        method="filter_time",
    )


def _resource_kinds():
    from courses.models import ResourcePage

    return ResourcePage.KIND_CHOICES


class ResourceFilterSet(ContentFilterSet):
    ressurstype = MultipleFilter(
        label=_("Type ressurs"),
        choices=_resource_kinds,
        method="filter_choice_field",
        model_field="kind",
    )


def _library_choices(name):
    from initiatives import models

    return {"county": models.COUNTY_CHOICES, "type": models.Library.TYPE_CHOICES}[name]


def _band_choices():
    from initiatives.similar import population_band_choices

    return population_band_choices()


class InitiativeFilterSet(ContentFilterSet):
    """Initiatives, with «Bibliotek som ligner ditt»: filters on the library's conditions."""

    innbyggere = MultipleFilter(
        label=_("Innbyggere i kommunen"), choices=_band_choices, method="filter_population"
    )
    bibliotektype = MultipleFilter(
        label=_("Bibliotektype"),
        choices=lambda: _library_choices("type"),
        method="filter_library_type",
    )
    meraapent = SingleFilter(
        label=_("Meråpent"), choices=SELF_SERVICE_CHOICES, method="filter_self_service"
    )
    fylke = SingleFilter(
        label=_("Fylke"), choices=lambda: _library_choices("county"), method="filter_county"
    )

    groups = [
        (_("Bibliotek som ligner ditt"), ["innbyggere", "bibliotektype", "meraapent", "fylke"])
    ]

    def filter_population(self, qs, name, value):
        from initiatives.similar import BANDS_BY_KEY

        condition = Q()
        for key in value:
            condition |= BANDS_BY_KEY[key].q()
        return qs.filter(condition)

    def filter_library_type(self, qs, name, value):
        return qs.filter(library__library_type__in=value)

    def filter_self_service(self, qs, name, value):
        return qs.filter(library__self_service=(value == "ja"))

    def filter_county(self, qs, name, value):
        return qs.filter(library__county=value)


class TopicFilterSet(CourseFilterSet):
    """A topic page lists every content type; the topic itself is fixed."""

    type = MultipleFilter(
        label=_("Innholdstype"), choices=CONTENT_TYPE_CHOICES, method="filter_content_type"
    )
    tema = None


FILTERSETS = {
    "courses.CoursePage": CourseFilterSet,
    "courses.ResourcePage": ResourceFilterSet,
    "initiatives.InitiativePage": InitiativeFilterSet,
}


def filterset_for(model):
    """The filter set for a catalog of one content type."""
    return FILTERSETS.get(model._meta.label, ContentFilterSet)
