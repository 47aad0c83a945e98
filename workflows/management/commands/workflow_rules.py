"""Print the rule table (workflows/rules.py) as Markdown, or write it into docs/workflow.md."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from workflows.rules import replace_rules_in, rules_markdown

DOC = Path(settings.BASE_DIR) / "docs" / "workflow.md"


class Command(BaseCommand):
    help = "Show who may do what (the rule table), or write it into docs/workflow.md."

    def add_arguments(self, parser):
        parser.add_argument(
            "--write", action="store_true", help="Replace the table in docs/workflow.md."
        )

    def handle(self, *args, write=False, **options):
        if not write:
            self.stdout.write(rules_markdown())
            return
        DOC.write_text(replace_rules_in(DOC.read_text(encoding="utf-8")), encoding="utf-8")
        self.stdout.write(f"Wrote the rule table into {DOC}.")
