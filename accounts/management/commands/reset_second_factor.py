"""Remove every second factor of one person, e.g. after a lost phone."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from django_otp import devices_for_user

from accounts.policy import second_factor_required


class Command(BaseCommand):
    help = (
        "Fjerner alle tofaktorenheter (apper, gjenopprettingskoder) for en bruker. Brukeren må "
        "sette opp en ny app ved neste innlogging hvis rollen krever det."
    )

    def add_arguments(self, parser):
        parser.add_argument("username", help="Brukernavnet")

    def handle(self, *args, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get(**{User.USERNAME_FIELD: username})
        except User.DoesNotExist:
            raise CommandError(f"Fant ingen bruker med brukernavnet «{username}».") from None
        with transaction.atomic():
            devices = list(devices_for_user(user, confirmed=None))
            for device in devices:
                device.delete()
        if not devices:
            self.stdout.write(f"«{username}» hadde ingen tofaktorenheter. Ingenting er endret.")
            return
        names = ", ".join(
            f"{device.name} ({type(device)._meta.verbose_name})" for device in devices
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Fjernet {len(devices)} tofaktorenhet(er) for «{username}»: {names}."
            )
        )
        if second_factor_required(user):
            self.stdout.write(
                "Rollen krever tofaktorinnlogging: ved neste innlogging må brukeren sette opp "
                "en ny app før admin kan brukes. Innlogginger som pågår, må bekrefte på nytt."
            )
        else:
            self.stdout.write("Brukeren logger nå inn med passord alene, til en ny app legges til.")
