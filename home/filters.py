"""Filters for the catalog and topic pages: a plain GET form, forgiving about what it is sent.

Values nobody could have picked (a tampered or stale URL: an unknown topic, a long string, a NUL
character) are dropped instead of failing the form, so every address gives a normal page.
Taxonomy terms are filtered by slug, which is the same in Bokmål and Nynorsk, so a filtered
address works in both languages.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db.models import Q
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

import django_filters

from home.models.content import listed_types, section_model
from home.models.snippets import Audience, Topic

MAX_VALUES_PER_FIELD = 30

SORT_CHOICES = [("nyeste", _("Nyeste først")), ("tittel", _("Tittel (A–Å)"))]
SORT_ORDERING = {
    "nyeste": ("-first_published_at", "-pk"),
    "tittel": ("title", "pk"),
}

# Display order: these first, then the filters of the content type(s), then the original
# language; filters in `groups` follow under their own headings (sorting is shown apart).
LEADING_FIELDS = ("type", "tema", "malgruppe", "organisasjon")
TRAILING_FIELDS = ("sprak",)


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


class SingleFilter(django_filters.ChoiceFilter):
    field_class = KnownValueChoiceField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("empty_label", _("Alle"))
        super().__init__(*args, **kwargs)


def has_field(model, name):
    return any(field.name == name for field in model._meta.get_fields())


def within(qs, **lookups):
    """Rows of `qs` whose own model matches `lookups` (a subquery, so no duplicates)."""
    return qs.filter(pk__in=qs.model.objects.filter(**lookups).values("pk"))


def range_q(field, low, high):
    """`field` from `low` (inclusive) to `high` (exclusive); None leaves that side open."""
    condition = Q()
    if low is not None:
        condition &= Q(**{f"{field}__gte": low})
    if high is not None:
        condition &= Q(**{f"{field}__lt": high})
    return condition


def taxonomy_choices(model, locale):
    """(slug, name) per term, named in `locale` where a translation exists, else in any."""
    terms = model.objects.in_locale_else_any(locale)
    return [(term.slug, term.name) for term in sorted(terms, key=lambda t: t.name.lower())]


def organisation_choices(locale):
    return list(
        section_model()
        .objects.live()
        .filter(locale=locale)
        .order_by("title")
        .values_list("slug", "title")
    )


class FieldChoiceFilter(MultipleFilter):
    """Choices of one model field; a content type without the field gives nothing (a visitor
    who asks for a course level wants courses only)."""

    def __init__(self, *args, model_field, **kwargs):
        self.model_field = model_field
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        if not has_field(qs.model, self.model_field):
            return qs.none()
        return qs.filter(**{f"{self.model_field}__in": value})


class ContentTypeFilter(MultipleFilter):
    """The content types to show, by their keys (a topic page lists every type)."""

    def filter(self, qs, value):
        if not value or getattr(qs.model, "type_key", None) in value:
            return qs
        return qs.none()


class ContentFilterSet(django_filters.FilterSet):
    """Filters shared by every listing of content pages."""

    tema = MultipleFilter(label=_("Tema"), method="filter_topics")
    malgruppe = MultipleFilter(label=_("Målgruppe"), method="filter_audiences")
    organisasjon = SingleFilter(label=_("Organisasjon"), method="filter_organisation")
    sprak = MultipleFilter(
        label=_("Opprinnelig målform"), choices=settings.LANGUAGES, method="filter_language"
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
            queryset = Page.objects.none()
        super().__init__(data if data is not None else {}, queryset, **kwargs)
        self.locale = locale
        dynamic = {
            "tema": lambda: taxonomy_choices(Topic, locale),
            "malgruppe": lambda: taxonomy_choices(Audience, locale),
            "organisasjon": lambda: organisation_choices(locale),
        }
        for name, choices in dynamic.items():
            if name in self.filters:
                self.filters[name].extra["choices"] = choices()

    def filter_topics(self, qs, name, value):
        return within(qs, topics__slug__in=value)

    def filter_audiences(self, qs, name, value):
        return within(qs, audiences__slug__in=value)

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

        own = [name for name in self.filters if name not in (*LEADING_FIELDS, *TRAILING_FIELDS)]
        order = [*LEADING_FIELDS, *own, *TRAILING_FIELDS]
        plain = shown(name for name in order if name not in grouped and name != "sorter")
        result = [(None, plain)] if plain else []
        for heading, names in self.groups:
            fields = shown(names)
            if fields:
                result.append((heading, fields))
        return result


def filterset_for(model):
    """The filter set of a content type's catalog; a type without one is a mistake."""
    if model.filterset_class is None:
        raise ImproperlyConfigured(f"{model._meta.label} declares no filterset_class.")
    return model.filterset_class


def topic_filterset():
    """The filters of a topic page: the shared ones (the topic is fixed), the content type,
    and each listed type's `topic_facets`."""
    types = listed_types()
    filters = {
        "type": ContentTypeFilter(
            label=_("Innholdstype"),
            choices=[
                (model.type_key, capfirst(model._meta.verbose_name_plural)) for model in types
            ],
        ),
        "tema": None,
    }
    for model in types:
        for name in model.topic_facets:
            filters[name] = filterset_for(model).base_filters[name]
    return type("TopicFilterSet", (ContentFilterSet,), filters)
