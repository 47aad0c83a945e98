from django.apps import AppConfig
from django.db.models.signals import post_save


def _section_created(sender, instance, created, raw=False, **kwargs):
    """A contributor section created after `setup_editorial` gets its permissions and workflow."""
    if created and not raw:
        from workflows.editorial import attach_section

        attach_section(instance)


class WorkflowsConfig(AppConfig):
    name = "workflows"
    verbose_name = "Arbeidsflyt"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from home.models import ContributorPage
        from workflows import publishing  # noqa: F401 (connects the publish log receiver)
        from workflows.notifications import register_notifiers

        register_notifiers()
        post_save.connect(
            _section_created, sender=ContributorPage, dispatch_uid="kb_attach_new_section"
        )
