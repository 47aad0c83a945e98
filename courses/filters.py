"""Catalog filters for courses and learning resources."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from courses.choices import Format, Level, ResourceKind
from home.filters import ContentFilterSet, FieldChoiceFilter, MultipleFilter, has_field, range_q

# Time needed for a course, in minutes: (key, from, below, label).
TIME_BANDS = [
    ("under-30", None, 30, _("Under 30 minutter")),
    ("30-60", 30, 61, _("30–60 minutter")),
    ("1-3-timer", 61, 181, _("1–3 timer")),
    ("over-3-timer", 181, None, _("Over 3 timer")),
]


class TimeFilter(MultipleFilter):
    """Time needed, in bands; a content type without an estimate gives nothing."""

    def filter(self, qs, value):
        if not value:
            return qs
        if not has_field(qs.model, "estimated_minutes"):
            return qs.none()
        condition = Q()
        for key, low, high, _label in TIME_BANDS:
            if key in value:
                condition |= range_q("estimated_minutes", low, high)
        return qs.filter(condition)


class CourseFilterSet(ContentFilterSet):
    format = FieldChoiceFilter(label=_("Kursform"), choices=Format.choices, model_field="format")
    niva = FieldChoiceFilter(label=_("Nivå"), choices=Level.choices, model_field="level")
    tid = TimeFilter(
        label=_("Tidsbruk"), choices=[(key, label) for key, _low, _high, label in TIME_BANDS]
    )


class ResourceFilterSet(ContentFilterSet):
    ressurstype = FieldChoiceFilter(
        label=_("Type ressurs"), choices=ResourceKind.choices, model_field="kind"
    )
