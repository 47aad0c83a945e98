"""Settings shared by every environment. Deploy-time values come from the environment."""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

from django.utils.translation import gettext_lazy as _

import dj_database_url
from botocore.config import Config as BotoConfig
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

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
    "search",
    "translation",
    "demo",
    "admin_locale",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
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
    # Sign-in security (accounts/, docs/security.md)
    "accounts",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_otp_webauthn",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    # --- Security headers (issue 11, headers part) ---
    "csp",
    # --- end security headers ---
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # --- Security headers (issue 11, headers part) ---
    "kb_site.security.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # --- end security headers ---
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "kb_site.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "accounts.middleware.SecondFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "translation.middleware.NotTranslatedMiddleware",
    # Last, as django-axes asks: it turns a lockout into the login page with its message.
    "axes.middleware.AxesMiddleware",
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
# The database backend with Norwegian lemmas added to index and queries (search/backend.py).
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "search.backend",
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
# --- Uploads (issue 11): only PDFs open in the browser; txt, csv, vtt and the rest download
# as attachments (Wagtail's default, stated here so it stays so). ---
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILMEDIA = {
    "MEDIA_MODEL": "home.Video",
    "AUDIO_EXTENSIONS": [],
    "VIDEO_EXTENSIONS": ["mp4", "webm"],
    "MEDIA_FORM_BASE": "home.media.forms.KbMediaForm",
}
# Whether an edit during review restarts it is decided by our tasks (workflows/models.py: a
# changed page goes back to the first step), not by Wagtail; the final approval publishes
# exactly the approved revision (docs/workflow.md).
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = False
WAGTAIL_FINISH_WORKFLOW_ACTION = "workflows.publishing.publish_approved_revision"
WAGTAIL_WORKFLOW_CANCEL_ON_PUBLISH = True
WAGTAILADMIN_COMMENTS_ENABLED = True
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Machine translation nb <-> nn with a local Apertium (translation/apertium.py).
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "translation.apertium.ApertiumTranslator",
    "OPTIONS": {
        "MODES": {"nb:nn": "nob-nno_e", "nn:nb": "nno-nob"},
        "TIMEOUT": int(os.environ.get("APERTIUM_TIMEOUT", "30")),
        # --- Apertium under abuse (issue 11; docs/security.md) ---
        "MAX_CHARACTERS": int(os.environ.get("APERTIUM_MAX_CHARACTERS", "100000")),
        "MAX_CONCURRENT": int(os.environ.get("APERTIUM_MAX_CONCURRENT", "2")),
        "LOCK_DIR": os.environ.get("APERTIUM_LOCK_DIR") or None,
        # --- end Apertium ---
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


# --- Accounts: lockout, second factor, sessions (docs/security.md) -------------------
# django-axes checks every sign-in before the password does (its backend comes first).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Five wrong passwords for one user name from one address lock that pair for 15 minutes; a
# failure during the lock starts the 15 minutes again, a successful sign-in clears the count.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
AXES_CLIENT_IP_CALLABLE = "accounts.client_ip.client_ip"
# Keep the record of failures, not every successful sign-in. Failures and lockouts go to the
# log with user name and client address (a security log); passwords are always masked.
AXES_DISABLE_ACCESS_LOG = True
AXES_SENSITIVE_PARAMETERS = []
# How many reverse proxies stand in front of the app and append to X-Forwarded-For. 0: the
# client address is REMOTE_ADDR and X-Forwarded-For is ignored (it can be forged).
KB_TRUSTED_PROXY_COUNT = int(os.environ.get("DJANGO_TRUSTED_PROXY_COUNT", "0"))
# Password-reset requests: at most this many per client address and per e-mail address an hour.
KB_PASSWORD_RESET_LIMIT_PER_IP = 10
KB_PASSWORD_RESET_LIMIT_PER_EMAIL = 3
KB_PASSWORD_RESET_WINDOW = 60 * 60

# Two-factor sign-in (django-otp): TOTP apps, passkeys (django-otp-webauthn) and recovery codes.
OTP_TOTP_ISSUER = "Kompetansebanken"
KB_RECOVERY_CODE_COUNT = 10
# Passkeys belong to the public host name (WAGTAILADMIN_BASE_URL); they are a second factor
# only, never a password. Browsers allow them on https:// and on http://localhost only: on any
# other plain-http address (a local run on 127.0.0.1) they work through http://localhost:8000.
OTP_WEBAUTHN_RP_NAME = "Kompetansebanken"
OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN = False
_public_address = urlsplit(WAGTAILADMIN_BASE_URL)
if _public_address.scheme == "https" or _public_address.hostname == "localhost":
    OTP_WEBAUTHN_RP_ID = _public_address.hostname
    OTP_WEBAUTHN_ALLOWED_ORIGINS = [f"{_public_address.scheme}://{_public_address.netloc}"]
else:
    OTP_WEBAUTHN_RP_ID = "localhost"
    OTP_WEBAUTHN_ALLOWED_ORIGINS = ["http://localhost:8000"]

# Sessions end after a working day without activity (each request moves the end forward) and
# when the password changes (Django checks the session's password hash on every request).
SESSION_COOKIE_AGE = int(os.environ.get("DJANGO_SESSION_IDLE_SECONDS", str(8 * 60 * 60)))
SESSION_SAVE_EVERY_REQUEST = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# --- end of accounts ------------------------------------------------------------------------


# --- Security headers and third parties (issue 11, headers part; docs/security.md) ---
def media_origin(bucket, endpoint_url, region, addressing_style):
    """The origin signed media URLs point at (for the CSP's img-src and media-src).

    None when media are served by the site itself. Mirrors how boto3 builds the URL: path-style
    puts the bucket in the path, virtual-host style in the host name (not for an IP address).
    """
    if not bucket:
        return None
    if endpoint_url:
        parts = urlsplit(endpoint_url)
        host = parts.hostname or ""
        is_ip = host.replace(".", "").isdigit() or ":" in host
        netloc = parts.netloc
        if addressing_style == "virtual" and not is_ip:
            netloc = f"{bucket}.{netloc}"
        return f"{parts.scheme}://{netloc}"
    if addressing_style == "path":
        return f"https://s3.{region}.amazonaws.com"
    return f"https://{bucket}.s3.{region}.amazonaws.com"


KB_MEDIA_ORIGIN = media_origin(
    AWS_STORAGE_BUCKET_NAME,
    AWS_S3_ENDPOINT_URL,
    os.environ.get("AWS_S3_REGION_NAME", "eu-north-1"),
    os.environ.get("AWS_S3_ADDRESSING_STYLE", "path" if AWS_S3_ENDPOINT_URL else "virtual"),
)
_MEDIA_SOURCES = [SELF, KB_MEDIA_ORIGIN] if KB_MEDIA_ORIGIN else [SELF]
# The public site: our own scripts, styles and fonts only; images and video also from the bucket;
# no inline script, no inline style but the self-contained 500 page's (with a per-response nonce,
# kb_site/errors.py), no plugins, not framed by anyone, forms post only to us.
# kb_site.security.ContentSecurityPolicyMiddleware sends KB_ADMIN_CONTENT_SECURITY_POLICY under
# /admin/ instead.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, NONCE],
        "img-src": _MEDIA_SOURCES,
        "media-src": _MEDIA_SOURCES,
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "frame-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Wagtail 8's admin, as found in Chromium (tests/test_browser_admin.py): its templates write
# inline <script> elements (InlinePanel, date pickers, the page editor, wagtail-localize's
# editor) and its bundled vendor.js inserts inline <script> and <style> elements and style
# attributes, so both need 'unsafe-inline'; block previews are framed from /admin/
# (frame-src 'self'), and page previews need to be framed by the admin (frame-ancestors 'self').
# core.css uses a data: image; the multiple-image uploader previews files from blob: URLs.
# Nothing from another host but the media bucket.
KB_ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [*_MEDIA_SOURCES, "data:", "blob:"],
        "media-src": _MEDIA_SOURCES,
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "frame-src": [SELF],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
KB_ADMIN_PATH_PREFIX = "/admin/"
# Powerful browser features nobody here needs are off; fullscreen (video) and passkeys
# (publickey-credentials-*) only for our own pages.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": [],
    "browsing-topics": [],
    "camera": [],
    "display-capture": [],
    "encrypted-media": [],
    "fullscreen": ["self"],
    "geolocation": [],
    "gyroscope": [],
    "hid": [],
    "idle-detection": [],
    "interest-cohort": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "picture-in-picture": ["self"],
    "publickey-credentials-create": ["self"],
    "publickey-credentials-get": ["self"],
    "screen-wake-lock": [],
    "serial": [],
    "usb": [],
    "xr-spatial-tracking": [],
}
# No avatars from gravatar.com (they would send a hash of every editor's e-mail address), and
# no release check against wagtail.org from the dashboard.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
# --- end security headers and third parties ---
