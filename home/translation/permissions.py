"""Who may start translations: wagtail-localize's "submit_translation" permission.

The editorial set-up (workflows/editorial.py) creates the groups; when "Oversettere" or
"Ressursgruppen" is created, it also gets permission to create translations. Their page
permissions (change, no publish) come from that set-up.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from django.dispatch import receiver

TRANSLATING_GROUPS = ("Oversettere", "Ressursgruppen")


def grant_translation_permission(group):
    permission = Permission.objects.filter(
        content_type__app_label="wagtail_localize", codename="submit_translation"
    ).first()
    if permission is not None:
        group.permissions.add(permission)


@receiver(post_save, sender=Group, dispatch_uid="kb_translation_group_permission")
def give_translators_their_permission(sender, instance, created, raw=False, **kwargs):
    if created and not raw and instance.name in TRANSLATING_GROUPS:
        grant_translation_permission(instance)
