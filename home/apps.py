from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Forside og felles innhold"

    def ready(self):
        from home import signals  # noqa: F401
        from home.media import hooks as media_hooks  # noqa: F401
