"""The admin API's page endpoint with the rule table applied to its actions.

Wagtail's admin API actions (`POST /admin/api/main/pages/<id>/action/<name>/`) check Wagtail's
permissions but not workflow locks, reviews in progress or our roles. Every action goes through
`workflows.rules.refusal` first; an action the table does not know is for superusers only.
"""

from wagtail.admin.api.views import PagesAdminAPIViewSet

from rest_framework.response import Response

from workflows.rules import RULES_BY_ACTION, refusal


class GuardedPagesAdminAPIViewSet(PagesAdminAPIViewSet):
    def action_view(self, request, pk, action_name):
        page = self.get_object()
        action = f"api_{action_name}"
        if action not in RULES_BY_ACTION:
            action = "api_publish"  # unknown actions: as strict as publishing
        message = refusal(request.user, page, action)
        if message is not None:
            return Response({"message": message}, status=403)
        return super().action_view(request, pk, action_name)
