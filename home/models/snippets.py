"""Taxonomy snippets, translatable between Bokmål and Nynorsk."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


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
