"""Taxonomy snippets, translatable between Bokmål and Nynorsk."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class TaxonomyTermQuerySet(models.QuerySet):
    def for_keys(self, keys):
        return self.filter(translation_key__in=list(keys))

    def in_locale_else_any(self, locale):
        """One term per translation key: its row in `locale` where there is one, else any,
        sorted by name."""
        best = {}
        for term in self.select_related("locale").order_by("name", "pk"):
            current = best.get(term.translation_key)
            if current is None or (term.locale_id == locale.pk and current.locale_id != locale.pk):
                best[term.translation_key] = term
        return sorted(best.values(), key=lambda term: term.name.casefold())


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    """A term with a name per locale; the slug is shared by all translations."""

    name = models.CharField(_("navn"), max_length=100)
    slug = models.SlugField(
        _("kortnavn i adresser"),
        max_length=100,
        allow_unicode=True,
        help_text=_("Brukes i filtre og adresser, f.eks. «meråpent-bibliotek»."),
    )
    description = models.TextField(_("beskrivelse"), blank=True)

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]
    override_translatable_fields = [SynchronizedField("slug")]

    objects = TaxonomyTermQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class Topic(TaxonomyTerm):
    """A theme (tema) such as «meråpent bibliotek» or «bokprat»."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("tema")
        verbose_name_plural = _("temaer")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Audience(TaxonomyTerm):
    """A target group (målgruppe) such as «alle bibliotekansatte» or «ledere»."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("målgruppe")
        verbose_name_plural = _("målgrupper")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
