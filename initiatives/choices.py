"""The fixed choices of libraries and initiatives (shared by the models and filters)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class LibraryType(models.TextChoices):
    MAIN = "hovedbibliotek", _("Hovedbibliotek")
    BRANCH = "filial", _("Filial")
    COMBINED = "kombinert", _("Kombinert skole- og folkebibliotek")
    COUNTY = "fylkesbibliotek", _("Fylkesbibliotek")


class Status(models.TextChoices):
    PLANNED = "planlagt", _("Planlagt")
    ONGOING = "pagar", _("Pågår")
    FINISHED = "avsluttet", _("Avsluttet")
