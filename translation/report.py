"""Språklova figures: how much published text was originally written in Bokmål and Nynorsk.

A page and its translation form one translation group (same translation_key). Each group
with at least one live page counts once, under its original language, with the words of its
original-language version (the translation's words when only the translation is live).
"""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from home.models import ContributorPage, content_types
from translation.languages import language_name

MINIMUM_SHARE = 25  # per cent, språklova § 15 for central state bodies
LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)
SKIPPED_FIELDS = {"slug"}

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def count_words(text):
    return len(_WORD.findall(text))


def page_words(page):
    """Words of readable text in a page: title, summary, body and every other text field."""
    total = 0
    for segment in extract_segments(page):
        if not isinstance(segment, StringSegmentValue):
            continue
        if segment.path.split(".")[0] in SKIPPED_FIELDS:
            continue
        total += count_words(segment.string.render_text())
    return total


@dataclass
class LanguageRow:
    """One line of the report: a whole platform total or one organisation."""

    label: str
    pages: dict = field(default_factory=lambda: dict.fromkeys(LANGUAGES, 0))
    words: dict = field(default_factory=lambda: dict.fromkeys(LANGUAGES, 0))
    both_languages: int = 0
    is_total: bool = False

    def add(self, language, words, in_both):
        self.pages[language] += 1
        self.words[language] += words
        if in_both:
            self.both_languages += 1

    @property
    def total_words(self):
        return sum(self.words.values())

    def share(self, language):
        """Share of words originally written in the language, in per cent (one decimal)."""
        if not self.total_words:
            return 0.0
        return round(100 * self.words[language] / self.total_words, 1)

    nb_pages = property(lambda self: self.pages["nb"])
    nn_pages = property(lambda self: self.pages["nn"])
    nb_words = property(lambda self: self.words["nb"])
    nn_words = property(lambda self: self.words["nn"])
    nb_share = property(lambda self: self.share("nb"))
    nn_share = property(lambda self: self.share("nn"))

    @property
    def meets_minimum(self):
        """True when each language has at least the minimum share of the words."""
        return bool(self.total_words) and all(
            self.share(language) >= MINIMUM_SHARE for language in LANGUAGES
        )

    @property
    def status(self):
        if not self.total_words:
            return _("Ingen publisert tekst")
        if self.meets_minimum:
            return _("Oppfyller kravet")
        short = [
            language_name(language).lower()
            for language in LANGUAGES
            if self.share(language) < MINIMUM_SHARE
        ]
        return _("Under %(minimum)s %% %(languages)s") % {
            "minimum": MINIMUM_SHARE,
            "languages": ", ".join(str(name) for name in short),
        }


def malform_rows():
    """The total row first, then one row per organisation (by name), then pages without one."""
    groups = {}
    for model in content_types():
        # Alias pages only mirror another page; they are not text in their own language.
        live = model.objects.live().filter(alias_of__isnull=True)
        for page in live.select_related("locale", "organisation"):
            groups.setdefault(page.translation_key, {})[page.locale.language_code] = page

    org_names = {}
    for org in ContributorPage.objects.select_related("locale"):
        if org.translation_key not in org_names or org.locale.language_code == "nb":
            org_names[org.translation_key] = org.title

    total = LanguageRow(label=str(_("Hele Kompetansebanken")), is_total=True)
    per_org = {}
    for versions in groups.values():
        any_page = next(iter(versions.values()))
        original = any_page.original_language or any_page.locale.language_code
        if original not in LANGUAGES:
            continue
        text_page = versions.get(original, any_page)
        words = page_words(text_page)
        in_both = all(language in versions for language in LANGUAGES)
        total.add(original, words, in_both)
        org_key = text_page.organisation.translation_key if text_page.organisation_id else None
        if org_key not in per_org:
            label = org_names.get(org_key) if org_key else str(_("Uten organisasjon"))
            per_org[org_key] = LanguageRow(label=label)
        per_org[org_key].add(original, words, in_both)

    orgs = sorted(
        (row for key, row in per_org.items() if key is not None), key=lambda r: r.label.casefold()
    )
    if None in per_org:
        orgs.append(per_org[None])
    return [total, *orgs]
