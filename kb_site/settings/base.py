"""Settings shared by every environment. Deploy-time values come from the environment."""

import os
from pathlib import Path

from django.utils.translation import gettext_lazy as _

import dj_database_url
from botocore.config import Config as BotoConfig

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    """A comma-separated environment variable as a list, empty items dropped."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "kb_site",
    "home",
    "courses",
    "initiatives",
    "workflows",
    "admin_locale",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "wagtailmedia",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "storages",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "kb_site.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "home.translation.middleware.NotTranslatedMiddleware",
]

ROOT_URLCONF = "kb_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "kb_site.wsgi.application"

# Database: DATABASE_URL, SQLite file when unset (dev and tests only; production requires it).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DATABASE_IS_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Cache: Redis when REDIS_URL is set (with a separate alias for image renditions),
# local memory otherwise.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "kb",
            "TIMEOUT": 300,
        },
        "renditions": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "kb-renditions",
            "TIMEOUT": 60 * 60 * 24 * 7,
        },
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "kb-default",
        },
        "renditions": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "kb-renditions",
            "TIMEOUT": 60 * 60 * 24,
        },
    }

# Languages: Bokmål is the default and unprefixed URLs redirect to /nb/.
LANGUAGE_CODE = "nb"
LANGUAGES = [
    ("nb", _("Bokmål")),
    ("nn", _("Nynorsk")),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nb", "Norsk (bokmål)"), ("nn", "Norsk (nynorsk)")]
WAGTAIL_USER_DEFAULT_LANGUAGE = "nb"
# admin_locale is here too: Wagtail's JavaScript catalogues read only their package and these.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "admin_locale" / "locale"]
TIME_ZONE = "Europe/Oslo"
USE_I18N = True
USE_TZ = True

# Static files: our own CSS and JS, served by the site itself (WhiteNoise in production).
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "static_collected"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Object storage: media in S3 when a bucket is named, local files otherwise (docs/media.md).
# A private bucket: no ACLs, every URL signed (documents 5 minutes after Wagtail's permission
# check, images a day, video six hours). Keys: original_images/, renditions/, documents/,
# media/ (video), media/captions/, media_thumbnails/ (under AWS_LOCATION when set).
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "home.media.storage.MediaStorage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": AWS_S3_ENDPOINT_URL,
            "region_name": os.environ.get("AWS_S3_REGION_NAME", "eu-north-1"),
            "access_key": os.environ.get("AWS_ACCESS_KEY_ID"),
            "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY"),
            "location": os.environ.get("AWS_LOCATION", ""),
            "file_overwrite": False,
            "default_acl": None,
            "querystring_auth": True,
            "querystring_expire": int(os.environ.get("AWS_QUERYSTRING_EXPIRE", "300")),
            # A custom client_config replaces django-storages' own signature and addressing
            # settings, so they are set here. Short timeouts and few retries: a failing store
            # must give a quick form error or a page without the image, not a hung worker.
            "client_config": BotoConfig(
                signature_version="s3v4",
                s3={
                    "addressing_style": os.environ.get(
                        "AWS_S3_ADDRESSING_STYLE", "path" if AWS_S3_ENDPOINT_URL else "virtual"
                    )
                },
                connect_timeout=float(os.environ.get("AWS_S3_CONNECT_TIMEOUT", "3")),
                read_timeout=float(os.environ.get("AWS_S3_READ_TIMEOUT", "20")),
                retries={"mode": "standard", "max_attempts": 2},
            ),
        },
    }
# Documents: Wagtail's serve view checks collection view restrictions, then (on S3) redirects
# to a signed URL (home/media/hooks.py); locally it streams the file itself.
WAGTAILDOCS_SERVE_METHOD = "redirect" if AWS_STORAGE_BUCKET_NAME else "serve_view"
KB_DOCUMENT_URL_EXPIRE = int(os.environ.get("AWS_QUERYSTRING_EXPIRE", "300"))
KB_IMAGE_URL_EXPIRE = int(os.environ.get("AWS_IMAGE_URL_EXPIRE", str(24 * 60 * 60)))
KB_VIDEO_URL_EXPIRE = int(os.environ.get("AWS_VIDEO_URL_EXPIRE", str(6 * 60 * 60)))
# Upload limits (the image and document limits are Wagtail settings further down).
KB_VIDEO_MAX_UPLOAD_SIZE = 500 * 1024 * 1024
KB_CAPTIONS_MAX_UPLOAD_SIZE = 1024 * 1024
# Office/OpenDocument/EPUB files are zip containers: refuse ones that would unpack to more than
# this, or to more than KB_ZIP_MAX_RATIO times their size.
KB_ZIP_MAX_UNCOMPRESSED_SIZE = 300 * 1024 * 1024
KB_ZIP_MAX_RATIO = 100
KB_ZIP_MAX_ENTRIES = 10_000

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = "Kompetansebanken"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The database backend with Norwegian lemmas added to index and queries (home/search_backend.py).
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "home.search_backend",
        "SEARCH_CONFIG": "norwegian",
    }
}
WAGTAILIMAGES_IMAGE_MODEL = "home.KbImage"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# 60 megapixels: a modern camera photo fits; larger images (and decompression bombs) are refused.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 60_000_000
# Upload forms with content checks, safe file names and storage errors as form errors.
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.media.forms.KbImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "home.media.forms.KbDocumentForm"
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "docx",
    "xlsx",
    "pptx",
    "odt",
    "ods",
    "odp",
    "txt",
    "csv",
    "epub",
    "vtt",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 50 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILMEDIA = {
    "MEDIA_MODEL": "home.Video",
    "AUDIO_EXTENSIONS": [],
    "VIDEO_EXTENSIONS": ["mp4", "webm"],
    "MEDIA_FORM_BASE": "home.media.forms.KbMediaForm",
}
# A resubmission after a request for changes restarts at the step that asked for them, and the
# final approval publishes (docs/workflow.md).
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = False
WAGTAIL_WORKFLOW_CANCEL_ON_PUBLISH = True
WAGTAILADMIN_COMMENTS_ENABLED = True
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Machine translation nb <-> nn with a local Apertium (home/translation/apertium.py).
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "home.translation.apertium.ApertiumTranslator",
    "OPTIONS": {
        "MODES": {"nb:nn": "nob-nno_e", "nn:nb": "nno-nob"},
        "TIMEOUT": int(os.environ.get("APERTIUM_TIMEOUT", "30")),
    },
}

DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "kompetansebanken@nb.no")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
# Workflow e-mail goes to the people who can act (workflows/notifications.py), not to superusers.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("DJANGO_EMAIL_PORT", "25"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "kb": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
