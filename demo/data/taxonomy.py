"""The nine launch topics and the audiences, with Bokmål and Nynorsk names (shared slugs)."""

TOPICS = [
    {
        "slug": "meråpent-bibliotek",
        "nb": ("Meråpent bibliotek", "Selvbetjent åpningstid: teknikk, trygghet og drift."),
        "nn": ("Meirope bibliotek", "Sjølvbetent opningstid: teknikk, tryggleik og drift."),
    },
    {
        "slug": "bokprat",
        "nb": ("Bokprat", "Muntlig formidling av bøker for barn, unge og voksne."),
        "nn": ("Bokprat", "Munnleg formidling av bøker for barn, unge og vaksne."),
    },
    {
        "slug": "konflikthåndtering",
        "nb": ("Konflikthåndtering", "Vanskelige samtaler, trusler og trygghet på jobb."),
        "nn": ("Konflikthandtering", "Vanskelege samtalar, truslar og tryggleik på jobb."),
    },
    {
        "slug": "samskaping",
        "nb": ("Samskaping", "Å utvikle biblioteket sammen med innbyggerne."),
        "nn": ("Samskaping", "Å utvikle biblioteket saman med innbyggjarane."),
    },
    {
        "slug": "spillformidling",
        "nb": ("Spillformidling", "Brettspill, dataspill og spillkultur i biblioteket."),
        "nn": ("Spelformidling", "Brettspel, dataspel og spelkultur i biblioteket."),
    },
    {
        "slug": "formidling-på-nett",
        "nb": ("Formidling på nett", "Sosiale medier, strømming og digitale arrangementer."),
        "nn": ("Formidling på nett", "Sosiale medium, strøyming og digitale arrangement."),
    },
    {
        "slug": "bibliotekdidaktikk",
        "nb": ("Bibliotekdidaktikk", "Å planlegge og holde undervisning i biblioteket."),
        "nn": ("Bibliotekdidaktikk", "Å planleggje og halde undervisning i biblioteket."),
    },
    {
        "slug": "gdpr-og-personvern",
        "nb": ("GDPR og personvern", "Personopplysninger om lånere, ansatte og deltakere."),
        "nn": ("GDPR og personvern", "Personopplysningar om lånarar, tilsette og deltakarar."),
    },
    {
        "slug": "søk",
        "nb": ("Søk", "Søketeknikk, kildekritikk og søk i samlingene."),
        "nn": ("Søk", "Søketeknikk, kjeldekritikk og søk i samlingane."),
    },
]

AUDIENCES = [
    {
        "slug": "alle-bibliotekansatte",
        "nb": "Alle bibliotekansatte",
        "nn": "Alle bibliotektilsette",
    },
    {"slug": "ledere", "nb": "Ledere", "nn": "Leiarar"},
    {"slug": "skolebibliotek", "nb": "Skolebibliotekarer", "nn": "Skulebibliotekarar"},
    {
        "slug": "barn-og-unge",
        "nb": "Ansatte som jobber med barn og unge",
        "nn": "Tilsette som jobbar med barn og unge",
    },
    {"slug": "nyansatte", "nb": "Nyansatte", "nn": "Nytilsette"},
]
