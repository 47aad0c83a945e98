"""Fill the site with demo content: sections, taxonomy, courses, resources and initiatives.

Idempotent: what exists is left alone, so a second run creates nothing. `--reset` removes the
demo pages, libraries and media first and builds them again.
"""

from django.core.management.base import BaseCommand

from demo.builder import DemoBuilder


class Command(BaseCommand):
    help = "Oppretter demoinnhold (nettkurs, læringsressurser, tiltak) på bokmål og nynorsk."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Slett demoinnholdet først og bygg det opp på nytt.",
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="Ikke vis fremdriftsindikator."
        )

    def handle(self, *args, reset=False, no_progress=False, verbosity=1, **options):
        builder = DemoBuilder(show_progress=not no_progress and verbosity > 0)
        if reset:
            removed = builder.reset()
            self.stdout.write(f"Slettet: {self._summary(removed)}")
        created = builder.build()
        self.stdout.write(f"Demoinnhold opprettet: {self._summary(created)}")

    @staticmethod
    def _summary(counts):
        parts = [f"{name} {count}" for name, count in sorted(counts.items()) if count]
        return ", ".join(parts) if parts else "ingenting nytt"
