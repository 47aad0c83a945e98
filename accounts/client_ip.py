"""The client's address, as the lockout and the password-reset throttle see it."""

from django.conf import settings


def client_ip(request):
    """REMOTE_ADDR, or the address the outermost trusted proxy saw.

    Each trusted proxy appends the address it received the request from to X-Forwarded-For, so
    with N proxies the client is the N-th entry from the right. Anything further left was sent
    by the client itself and is ignored: a forged header cannot choose the address.
    """
    count = settings.KB_TRUSTED_PROXY_COUNT
    remote_addr = request.META.get("REMOTE_ADDR", "")
    if count <= 0:
        return remote_addr
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if len(forwarded) < count:
        return remote_addr
    return forwarded[-count]
