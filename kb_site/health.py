"""GET /healthz: a small JSON status of database, cache and storage for a load balancer."""

import logging

from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger("kb.health")


def _check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _check_cache():
    cache.set("healthz", "ok", 10)
    if cache.get("healthz") != "ok":
        raise RuntimeError("cache did not return the value it was given")


def _check_storage():
    default_storage.exists("healthz-probe")


CHECKS = {"database": _check_database, "cache": _check_cache, "storage": _check_storage}
CRITICAL = {"database"}


@never_cache
@require_GET
def healthz(request):
    status = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception:  # any failure of a dependency is a status, not a 500
            logger.exception("healthz: %s check failed", name)
            status[name] = "error"
        else:
            status[name] = "ok"
    healthy = all(status[name] == "ok" for name in CRITICAL)
    status["status"] = "ok" if healthy else "error"
    return JsonResponse(status, status=200 if healthy else 503)
