"""The 16 contributing organisations: the 15 county libraries and Nasjonalbiblioteket."""

COUNTY_LIBRARIES = [
    # (key, county name, contact e-mail)
    ("agder", "Agder", "fylkesbiblioteket@agderfk.no"),
    ("akershus", "Akershus", "fylkesbiblioteket@akershus.no"),
    ("buskerud", "Buskerud", "fylkesbiblioteket@bfk.no"),
    ("finnmark", "Finnmark", "fylkesbiblioteket@ffk.no"),
    ("innlandet", "Innlandet", "fylkesbiblioteket@innlandetfylke.no"),
    ("more-og-romsdal", "Møre og Romsdal", "fylkesbiblioteket@mrfylke.no"),
    ("nordland", "Nordland", "fylkesbiblioteket@nfk.no"),
    ("oslo", "Oslo", "fylkesbiblioteket@deichman.no"),
    ("rogaland", "Rogaland", "fylkesbiblioteket@rogfk.no"),
    ("telemark", "Telemark", "fylkesbiblioteket@telemarkfylke.no"),
    ("troms", "Troms", "fylkesbiblioteket@tromsfylke.no"),
    ("trondelag", "Trøndelag", "fylkesbiblioteket@trondelagfylke.no"),
    ("vestfold", "Vestfold", "fylkesbiblioteket@vestfoldfylke.no"),
    ("vestland", "Vestland", "fylkesbiblioteket@vlfk.no"),
    ("ostfold", "Østfold", "fylkesbiblioteket@ostfoldfk.no"),
]


def _county_library(key, county, email):
    title = f"{county} fylkesbibliotek"
    return {
        "key": key,
        "slug": f"{key}-fylkesbibliotek",
        "title": title,
        "kind": "fylkesbibliotek",
        "contact_email": email,
        "about": {
            "nb": f"<p>{title} utvikler bibliotektilbudet i fylket sammen med kommunene. Vi "
            "tilbyr kurs, veiledning og nettverk for folkebibliotekene, og vi godkjenner det "
            "bibliotekene i fylket publiserer i Kompetansebanken.</p>",
            "nn": f"<p>{title} utviklar bibliotektilbodet i fylket saman med kommunane. Vi "
            "tilbyr kurs, rettleiing og nettverk for folkebiblioteka, og vi godkjenner det "
            "biblioteka i fylket publiserer i Kompetansebanken.</p>",
        },
    }


ORGANISATIONS = [_county_library(*row) for row in COUNTY_LIBRARIES] + [
    {
        "key": "nasjonalbiblioteket",
        "slug": "nasjonalbiblioteket",
        "title": "Nasjonalbiblioteket",
        "kind": "nasjonalbiblioteket",
        "contact_email": "kompetansebanken@nb.no",
        "about": {
            "nb": "<p>Nasjonalbiblioteket er utviklingsaktør for folkebibliotekene og står for "
            "den tekniske driften av Kompetansebanken. Her finner du kurs og veiledere som "
            "gjelder hele landet, blant annet om personvern og søk i samlingene.</p>",
            "nn": "<p>Nasjonalbiblioteket er utviklingsaktør for folkebiblioteka og står for "
            "den tekniske drifta av Kompetansebanken. Her finn du kurs og rettleiarar som "
            "gjeld heile landet, mellom anna om personvern og søk i samlingane.</p>",
        },
    }
]
