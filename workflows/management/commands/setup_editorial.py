"""Create or update the editorial groups, permissions, media collections and the workflow."""

from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Site

from workflows.editorial import setup_editorial


class Command(BaseCommand):
    help = (
        "Oppretter eller oppdaterer grupper, rettigheter, mediesamlinger og arbeidsflyten "
        "«Publisering i Kompetansebanken». Trygt å kjøre ved hver utrulling."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--site",
            action="append",
            default=[],
            metavar="ORGANISASJON=VERTSNAVN",
            help=(
                "Server en organisasjons seksjon som eget nettsted på eget vertsnavn, f.eks. "
                "--site 'Innlandet fylkesbibliotek=kompetanse.innlandet.no'. Kan gjentas."
            ),
        )

    def handle(self, *args, **options):
        sites = []
        for value in options["site"]:
            name, _sep, hostname = value.partition("=")
            if not name.strip() or not hostname.strip():
                raise CommandError(f"Ugyldig --site «{value}»: bruk ORGANISASJON=VERTSNAVN.")
            sites.append((name.strip(), hostname.strip().lower()))

        teams = setup_editorial()
        linked = sum(1 for team in teams if team.section_key)
        self.stdout.write(
            f"{len(teams)} organisasjoner klare ({linked} med seksjon på nettstedet)."
        )

        for name, hostname in sites:
            team = next((team for team in teams if team.name == name), None)
            sections = team.get_sections() if team else None
            section = sections.filter(locale__language_code="nb").first() if team else None
            if section is None:
                raise CommandError(f"Fant ingen seksjon for «{name}».")
            site, created = Site.objects.update_or_create(
                hostname=hostname,
                port=80,
                defaults={"root_page": section, "site_name": name, "is_default_site": False},
            )
            self.stdout.write(f"Nettsted {site.hostname} → {section.title}")
