"""Content-Security-Policy and Permissions-Policy on public and admin responses; no Gravatar.

What the policies allow is checked in Chromium: tests/test_browser.py (public pages) and
tests/test_browser_admin.py (the admin).
"""

from urllib.parse import urlsplit

from django.contrib.auth import get_user_model

from wagtail.users.utils import get_gravatar_url

import boto3
import pytest
from botocore.config import Config

from kb_site.settings.base import media_origin
from tests.test_foundation import SETUP, production_env, run_python


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split("; ")}


@pytest.mark.parametrize("url", ["/nb/", "/nn/", "/robots.txt", "/nb/finnes-ikke/"])
def test_public_responses_carry_the_strict_policy(client, home_nb, home_nn, url):
    response = client.get(url)
    policy = directives(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["img-src"] == ["'self'"] and policy["media-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"):
        assert feature in permissions
    assert "fullscreen=(self)" in permissions


def test_admin_responses_carry_the_admin_policy(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["frame-src"] == ["'self'"]
    assert policy["connect-src"] == ["'self'"]
    assert "Permissions-Policy" in response
    login = admin_client.get("/admin/login/")
    assert "Content-Security-Policy" in login


def test_media_origin_is_where_boto3_signs_urls():
    """img-src/media-src name the host signed media URLs point at, for AWS and an endpoint."""
    cases = [
        ("kb-media", None, "eu-north-1", "virtual"),
        ("kb-media", None, "eu-north-1", "path"),
        ("kb-media", "https://s3.example.no", "eu-north-1", "path"),
        ("kb-media", "https://s3.example.no", "eu-north-1", "virtual"),
        ("kb-media", "http://127.0.0.1:9000", "eu-north-1", "virtual"),
    ]
    for bucket, endpoint, region, style in cases:
        client = boto3.client(
            "s3",
            region_name=region,
            endpoint_url=endpoint,
            aws_access_key_id="key",
            aws_secret_access_key="secret",
            config=Config(signature_version="s3v4", s3={"addressing_style": style}),
        )
        url = client.generate_presigned_url("get_object", Params={"Bucket": bucket, "Key": "a.png"})
        parts = urlsplit(url)
        assert media_origin(bucket, endpoint, region, style) == f"{parts.scheme}://{parts.netloc}"
    assert media_origin("", None, "eu-north-1", "virtual") is None


def test_no_gravatar(db):
    user = get_user_model().objects.create_user("kari", "kari@example.no", "pw")
    assert get_gravatar_url(user.email) is None


def test_production_policy_names_the_bucket_host():
    code = SETUP + (
        "from django.conf import settings; "
        "print(settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'], "
        "settings.KB_ADMIN_CONTENT_SECURITY_POLICY['DIRECTIVES']['media-src'])"
    )
    result = run_python(code, **production_env())
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("https://s3.example.no") == 2


@pytest.mark.parametrize("module", ["dev", "test", "production"])
def test_every_settings_module_sends_both_headers(module):
    env = production_env() if module == "production" else {}
    code = SETUP + (
        "from django.conf import settings; "
        "print('kb_site.security.ContentSecurityPolicyMiddleware' in settings.MIDDLEWARE, "
        "'django_permissions_policy.PermissionsPolicyMiddleware' in settings.MIDDLEWARE, "
        "bool(settings.CONTENT_SECURITY_POLICY), settings.WAGTAIL_GRAVATAR_PROVIDER_URL)"
    )
    result = run_python(code, **{**env, "DJANGO_SETTINGS_MODULE": f"kb_site.settings.{module}"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True", "True", "None"]
