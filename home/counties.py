"""Norway's fifteen counties (fylker), each with its county library (fylkesbibliotek)."""

from django.db import models


class County(models.TextChoices):
    AGDER = "agder", "Agder"
    AKERSHUS = "akershus", "Akershus"
    BUSKERUD = "buskerud", "Buskerud"
    FINNMARK = "finnmark", "Finnmark"
    INNLANDET = "innlandet", "Innlandet"
    MORE_OG_ROMSDAL = "more-og-romsdal", "Møre og Romsdal"
    NORDLAND = "nordland", "Nordland"
    OSLO = "oslo", "Oslo"
    ROGALAND = "rogaland", "Rogaland"
    TELEMARK = "telemark", "Telemark"
    TROMS = "troms", "Troms"
    TRONDELAG = "trondelag", "Trøndelag"
    VESTFOLD = "vestfold", "Vestfold"
    VESTLAND = "vestland", "Vestland"
    OSTFOLD = "ostfold", "Østfold"

    @property
    def library_name(self):
        """The county library's name, e.g. «Agder fylkesbibliotek»."""
        return f"{self.label} fylkesbibliotek"
