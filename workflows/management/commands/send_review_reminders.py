"""E-mail each organisation's reviewers the pages whose review date has passed."""

from django.core.management.base import BaseCommand

from workflows.reminders import send_review_reminders


class Command(BaseCommand):
    help = (
        "Sender hver organisasjons godkjennere en liste over sider som har passert datoen for "
        "neste gjennomgang. Samme side varsles høyst én gang per dag."
    )

    def handle(self, *args, **options):
        sent = send_review_reminders()
        for team, pages, recipients in sent:
            self.stdout.write(f"{team.name}: {len(pages)} sider til {len(recipients)} godkjennere")
        if not sent:
            self.stdout.write("Ingen nye påminnelser i dag.")
