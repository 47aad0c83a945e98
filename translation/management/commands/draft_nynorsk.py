"""Draft Nynorsk for untranslated UI strings with Apertium (marked fuzzy until checked)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from translation.apertium import MachineTranslationError
from translation.po import draft_po


class Command(BaseCommand):
    help = (
        "Fyller tomme oversettelser i locale/nn/LC_MESSAGES/django.po med utkast fra Apertium "
        "(merket «fuzzy» til noen har sjekket dem). Kjør makemessages -l nn først."
    )

    def add_arguments(self, parser):
        default = settings.LOCALE_PATHS[0] / "nn" / "LC_MESSAGES" / "django.po"
        parser.add_argument("--po", default=str(default), help="The .po file to fill in.")
        parser.add_argument("--mode", default="nob-nno_e", help="Apertium mode (nob-nno_e).")

    def handle(self, *args, po, mode, **options):
        try:
            count = draft_po(po, mode=mode)
        except FileNotFoundError as error:
            raise CommandError(
                f"Fant ikke {po}. Kjør «manage.py makemessages -l nn» først."
            ) from error
        except MachineTranslationError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"{count} utkast skrevet til {po}.")
