"""Review reminders: each organisation's reviewers get their overdue pages, once a day per page."""

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone

from wagtail.admin.mail import send_mail

from workflows.models import EditorialTeam, ReviewReminder
from workflows.notifications import render_mail
from workflows.review import overdue_pages


def send_review_reminders(today=None):
    """Send the reminders; returns [(team, pages, recipients)] for what was sent."""
    today = today or timezone.localdate()
    sent = []
    for team in EditorialTeam.objects.exclude(section_key=None).select_related("reviewers"):
        paths = list(team.get_sections().values_list("path", flat=True))
        pages = overdue_pages(paths, today=today)
        already = set(
            ReviewReminder.objects.filter(
                sent_on=today, page_id__in=[page.pk for page in pages]
            ).values_list("page_id", flat=True)
        )
        pages = [page for page in pages if page.pk not in already]
        recipients = [
            user
            for user in get_user_model().objects.filter(groups=team.reviewers, is_active=True)
            if user.email
        ]
        if not pages or not recipients:
            continue
        try:
            with transaction.atomic():
                ReviewReminder.objects.bulk_create(
                    [
                        ReviewReminder(
                            page_id=page.pk,
                            sent_on=today,
                            recipients=", ".join(user.email for user in recipients),
                        )
                        for page in pages
                    ]
                )
        except IntegrityError:
            continue  # another run is sending these right now
        for user in recipients:
            context = {"team": team, "pages": pages, "user": user}
            subject, body = render_mail("review_reminder", context)
            send_mail(subject, body, [user.email])
        sent.append((team, pages, recipients))
    return sent
