"""The 16 contributing organisations: the 15 county libraries and Nasjonalbiblioteket."""

from home.counties import County
from home.models import ContributorPage

CONTACT_EMAILS = {
    County.AGDER: "fylkesbiblioteket@agderfk.no",
    County.AKERSHUS: "fylkesbiblioteket@akershus.no",
    County.BUSKERUD: "fylkesbiblioteket@bfk.no",
    County.FINNMARK: "fylkesbiblioteket@ffk.no",
    County.INNLANDET: "fylkesbiblioteket@innlandetfylke.no",
    County.MORE_OG_ROMSDAL: "fylkesbiblioteket@mrfylke.no",
    County.NORDLAND: "fylkesbiblioteket@nfk.no",
    County.OSLO: "fylkesbiblioteket@deichman.no",
    County.ROGALAND: "fylkesbiblioteket@rogfk.no",
    County.TELEMARK: "fylkesbiblioteket@telemarkfylke.no",
    County.TROMS: "fylkesbiblioteket@tromsfylke.no",
    County.TRONDELAG: "fylkesbiblioteket@trondelagfylke.no",
    County.VESTFOLD: "fylkesbiblioteket@vestfoldfylke.no",
    County.VESTLAND: "fylkesbiblioteket@vlfk.no",
    County.OSTFOLD: "fylkesbiblioteket@ostfoldfk.no",
}


def _county_library(county):
    title = county.library_name
    return {
        "key": county.value,
        "slug": f"{county.value}-fylkesbibliotek",
        "title": title,
        "kind": ContributorPage.Kind.COUNTY_LIBRARY,
        "contact_email": CONTACT_EMAILS[county],
        "about": {
            "nb": f"<p>{title} utvikler bibliotektilbudet i fylket sammen med kommunene. Vi "
            "tilbyr kurs, veiledning og nettverk for folkebibliotekene, og vi godkjenner det "
            "bibliotekene i fylket publiserer i Kompetansebanken.</p>",
            "nn": f"<p>{title} utviklar bibliotektilbodet i fylket saman med kommunane. Vi "
            "tilbyr kurs, rettleiing og nettverk for folkebiblioteka, og vi godkjenner det "
            "biblioteka i fylket publiserer i Kompetansebanken.</p>",
        },
    }


ORGANISATIONS = [_county_library(county) for county in County] + [
    {
        "key": "nasjonalbiblioteket",
        "slug": "nasjonalbiblioteket",
        "title": "Nasjonalbiblioteket",
        "kind": ContributorPage.Kind.NATIONAL_LIBRARY,
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
