"""The fixed choices of courses and learning resources (shared by the models and filters)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Level(models.TextChoices):
    BASIC = "grunnleggende", _("Grunnleggende")
    INTERMEDIATE = "videregaende", _("Videregående")
    ADVANCED = "fordypning", _("Fordypning")


class Format(models.TextChoices):
    SELF_STUDY = "selvstudium", _("Selvstudium")
    SESSIONS = "samlinger", _("Med samlinger")
    WEBINAR = "webinar", _("Webinar")


class ResourceKind(models.TextChoices):
    STARTER_PACK = "startpakke", _("Startpakke")
    HANDBOOK = "handbok", _("Håndbok")
    TOOLKIT = "verktoykasse", _("Verktøykasse")
    GUIDE = "veileder", _("Veileder")
