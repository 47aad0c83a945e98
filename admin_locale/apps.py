from django.apps import AppConfig


class AdminLocaleConfig(AppConfig):
    """The Wagtail admin in Bokmål and Nynorsk.

    Holds catalogues that fill the gaps in Wagtail's, wagtail-localize's and wagtailmedia's
    Bokmål translations and give the whole admin in Nynorsk. The `django` domain wins over
    those apps because this app comes before them in INSTALLED_APPS (Django merges app
    catalogues last-listed first). Wagtail's JavaScript catalogues (`djangojs`) only read the
    named package plus LOCALE_PATHS, so this app's locale directory is in LOCALE_PATHS too.
    """

    name = "admin_locale"
    verbose_name = "Admin-språk"
