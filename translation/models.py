"""Rights in the translation area that belong to no stored model."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class MalformReport(models.Model):
    """Holds the right to see the Målform report (granted to Ressursgruppen by setup_editorial);
    it has no table."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("view_malform_report", _("Kan se målformrapporten"))]

    def __str__(self):
        return str(self._meta.verbose_name)
