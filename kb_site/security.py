"""Content-Security-Policy: the strict public policy, and the one Wagtail's admin needs.

django-csp sends CONTENT_SECURITY_POLICY on every response; under KB_ADMIN_PATH_PREFIX this
middleware sends KB_ADMIN_CONTENT_SECURITY_POLICY instead (docs/security.md).
"""

from django.conf import settings

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config


def is_admin_path(path):
    return path.startswith(settings.KB_ADMIN_PATH_PREFIX)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with a separate policy for the admin."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None or not is_admin_path(request.path_info):
            return parts
        admin_policy = settings.KB_ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return PolicyParts(default_config(admin_policy), parts.update, parts.replace, parts.nonce)
