from django.urls import path

from workflows import views

app_name = "kb_workflow"
urlpatterns = [
    path("handling/<int:task_state_id>/", views.action_notice, name="action_notice"),
    path("gjennomgatt/<int:page_id>/", views.mark_page_reviewed, name="mark_reviewed"),
]
