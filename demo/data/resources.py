"""The demo learning resources (læringsressurser), written in Bokmål."""

from demo.data.courses import AUTHORS

RESOURCES = [
    {
        "slug": "startpakke-meraapent-bibliotek",
        "org": "agder",
        "kind": "startpakke",
        "topics": ["meråpent-bibliotek"],
        "audiences": ["ledere"],
        "image": "meråpent-bibliotek",
        "age": 70,
        "contact_email": "fylkesbiblioteket@agderfk.no",
        "title": "Startpakke om meråpent bibliotek",
        "summary": "Alt i én pakke for bibliotek som skal innføre meråpen tid: saksgang, "
        "teknikk, reglement, informasjon til lånerne og evaluering.",
        "authors": [AUTHORS["ingrid"]],
        "body": [
            (
                "text",
                "<p>Startpakken bygger på erfaringer fra mer enn tjue bibliotek. Bruk "
                "kapitlene i rekkefølge, eller hopp til det dere trenger.</p>",
            ),
            (
                "chapter",
                {
                    "heading": "Saksgang og vedtak",
                    "body": [
                        (
                            "text",
                            "<p>Meråpent bibliotek krever som regel et politisk vedtak, fordi "
                            "det endrer tjenesten og koster penger. Lag en kort sak med mål, "
                            "kostnader og en plan for evaluering.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tips",
                                "title": "Regn med tid",
                                "text": "<p>Fra vedtak til åpning tar det ofte seks til tolv "
                                "måneder.</p>",
                            },
                        ),
                    ],
                },
            ),
            (
                "chapter",
                {
                    "heading": "Teknikk og sikkerhet",
                    "body": [
                        (
                            "text",
                            "<p>Adgangskontroll, selvbetjening, lys, alarm og kamera må "
                            "virke sammen. Be leverandøren om en samlet løsning, og gjør en "
                            "risikovurdering før åpning.</p>",
                        ),
                        ("image", {"image": "meråpent-bibliotek"}),
                    ],
                },
            ),
            (
                "chapter",
                {
                    "heading": "Lånerne",
                    "body": [
                        (
                            "text",
                            "<p>Lånerne må registreres og godta reglementet. Informer i "
                            "lokalavisen, på nettsiden og i biblioteket, gjerne på flere "
                            "språk.</p>",
                        ),
                        ("document", {"doc": "meraapent-reglement"}),
                    ],
                },
            ),
            (
                "chapter",
                {
                    "heading": "Evaluering",
                    "body": [
                        (
                            "text",
                            "<p>Tell besøk og utlån, og spør lånerne. Legg fram resultatene "
                            "for politikerne etter ett år.</p>",
                        ),
                        ("image", {"image": "statistikk"}),
                    ],
                },
            ),
        ],
        "checklists": [
            {
                "title": "Før åpning",
                "items": [
                    "Vedtak og budsjett er på plass",
                    "Risikovurdering er gjort",
                    "Reglement er vedtatt",
                    "Lånerne er informert",
                    "Ansatte har fått opplæring",
                ],
            }
        ],
        "downloads": [
            {"doc": "meraapent-sjekkliste"},
            {"doc": "meraapent-reglement"},
            {"doc": "besokstall-mal"},
        ],
    },
    {
        "slug": "handbok-om-bokprat",
        "org": "innlandet",
        "kind": "handbok",
        "topics": ["bokprat"],
        "audiences": ["alle-bibliotekansatte", "skolebibliotek"],
        "image": "bokprat",
        "age": 45,
        "contact_email": "bokprat@innlandetfylke.no",
        "title": "Håndbok om bokprat",
        "summary": "En praktisk håndbok for alle som skal holde bokprat for barn, unge eller "
        "voksne: utvalg, oppbygging, stemmebruk og samarbeid med skolen.",
        "authors": [AUTHORS["kari"]],
        "body": [
            (
                "chapter",
                {
                    "heading": "Utvalget",
                    "body": [
                        (
                            "text",
                            "<p>Velg fem til åtte bøker med variasjon i sjanger, lengde og "
                            "vanskelighetsgrad. Les bøkene selv, og velg bare bøker du kan "
                            "stå inne for.</p>",
                        ),
                        ("document", {"doc": "bokprat-boklister"}),
                    ],
                },
            ),
            (
                "chapter",
                {
                    "heading": "Oppbygging",
                    "body": [
                        (
                            "text",
                            "<p>Åpne med noe som vekker nysgjerrighet, bytt mellom å fortelle og "
                            "å lese høyt, og avslutt med at tilhørerne kan låne.</p>",
                        ),
                        (
                            "accordion",
                            {
                                "title": "Ofte stilte spørsmål",
                                "items": [
                                    [
                                        "Skal jeg lære teksten utenat?",
                                        "<p>Nei, men kjenn bøkene godt nok til å fortelle "
                                        "fritt.</p>",
                                    ],
                                    [
                                        "Hva gjør jeg hvis klassen er urolig?",
                                        "<p>Korte ned, les mer høyt, og still spørsmål.</p>",
                                    ],
                                ],
                            },
                        ),
                    ],
                },
            ),
            (
                "chapter",
                {
                    "heading": "Samarbeid med skolen",
                    "body": [
                        (
                            "text",
                            "<p>Avtal tema og tidspunkt med læreren, og be om at klassen får "
                            "låne bøkene rett etterpå.</p>",
                        ),
                        (
                            "reflection",
                            {
                                "heading": "Til refleksjon",
                                "questions": ["Hvilke skoler har dere fast samarbeid med?"],
                            },
                        ),
                    ],
                },
            ),
        ],
        "checklists": [
            {
                "title": "Dagen før bokpraten",
                "items": [
                    "Bøkene er reservert og ligger klare",
                    "Utdragene til høytlesing er merket",
                    "Læreren vet når dere kommer",
                ],
            }
        ],
        "downloads": [{"doc": "bokprat-planlegging"}, {"doc": "bokprat-boklister"}],
    },
    {
        "slug": "verktoykasse-konflikthandtering",
        "org": "oslo",
        "kind": "verktoykasse",
        "topics": ["konflikthåndtering"],
        "audiences": ["alle-bibliotekansatte", "ledere"],
        "image": "konflikthåndtering",
        "age": 430,
        "contact_email": "fylkesbiblioteket@deichman.no",
        "title": "Digital verktøykasse om konflikthåndtering",
        "summary": "Maler, øvelser og case dere kan bruke i personalgruppa for å bli tryggere "
        "i møte med vanskelige situasjoner.",
        "authors": [AUTHORS["ole"]],
        "body": [
            (
                "chapter",
                {
                    "heading": "Slik bruker dere verktøykassa",
                    "body": [
                        (
                            "text",
                            "<p>Verktøyene kan brukes hver for seg. Sett av 30 minutter på et "
                            "personalmøte, og velg ett verktøy om gangen.</p>",
                        ),
                    ],
                },
            ),
            (
                "chapter",
                {
                    "heading": "Case til personalmøtet",
                    "body": [
                        (
                            "case",
                            {
                                "title": "Stengetid",
                                "text": "<p>Det er stengetid, men en låner nekter å gå før "
                                "utskriften er ferdig. Du er alene på jobb.</p>",
                                "questions": [
                                    "Hva gjør du?",
                                    "Hvilke rutiner burde dere hatt?",
                                ],
                            },
                        ),
                        (
                            "case",
                            {
                                "title": "Rasisme i skranken",
                                "text": "<p>En låner kommer med rasistiske kommentarer til en "
                                "kollega.</p>",
                                "questions": ["Hvordan støtter du kollegaen din?"],
                            },
                        ),
                    ],
                },
            ),
            (
                "chapter",
                {
                    "heading": "Maler",
                    "body": [
                        (
                            "text",
                            "<p>Tilpass malene til ditt bibliotek, og gå gjennom dem med "
                            "verneombudet.</p>",
                        ),
                        ("document", {"doc": "konflikt-handlingsplan"}),
                        ("document", {"doc": "avviksskjema"}),
                    ],
                },
            ),
        ],
        "checklists": [
            {
                "title": "Rutiner alle skal kjenne",
                "items": [
                    "Hvem ringer 112?",
                    "Hvor er rømningsveiene?",
                    "Hvordan varsler vi hverandre?",
                    "Hvem skriver avviksmelding?",
                ],
            }
        ],
        "downloads": [{"doc": "konflikt-handlingsplan"}, {"doc": "avviksskjema"}],
    },
    {
        "slug": "startpakke-samskaping",
        "org": "vestland",
        "kind": "startpakke",
        "topics": ["samskaping"],
        "audiences": ["ledere", "alle-bibliotekansatte"],
        "image": "samskaping",
        "age": 25,
        "contact_email": "fylkesbiblioteket@vlfk.no",
        "title": "Startpakke i samskaping",
        "summary": "Kom i gang med samskaping: fra første idé til det første verkstedet med "
        "innbyggerne, med opplegg og sjekklister.",
        "authors": [AUTHORS["siri"]],
        "body": [
            (
                "chapter",
                {
                    "heading": "Kom i gang",
                    "body": [
                        (
                            "text",
                            "<p>Velg en avgrenset oppgave å samskape om, for eksempel "
                            "innredningen av ungdomsavdelingen eller programmet for høsten.</p>",
                        ),
                        ("image", {"image": "personalmote"}),
                    ],
                },
            ),
            (
                "chapter",
                {
                    "heading": "Verkstedet",
                    "body": [
                        (
                            "text",
                            "<p>Bruk opplegget for samskapingsverksted, og sørg for at "
                            "deltakerne ser resultatet av arbeidet.</p>",
                        ),
                        ("document", {"doc": "samskaping-workshop"}),
                    ],
                },
            ),
            (
                "chapter",
                {
                    "heading": "Etterpå",
                    "body": [
                        (
                            "text",
                            "<p>Oppsummer, gjennomfør minst ett tiltak raskt, og inviter "
                            "deltakerne med videre.</p>",
                        ),
                    ],
                },
            ),
        ],
        "checklists": [
            {
                "title": "Før verkstedet",
                "items": [
                    "Oppgaven er avgrenset",
                    "Invitasjonen har nådd nye grupper",
                    "Ledelsen har sagt ja til å følge opp",
                ],
            }
        ],
        "downloads": [{"doc": "samskaping-workshop"}],
    },
    {
        "slug": "veileder-personvern-arrangementer",
        "org": "nasjonalbiblioteket",
        "kind": "veileder",
        "topics": ["gdpr-og-personvern"],
        "audiences": ["alle-bibliotekansatte"],
        "image": "gdpr-og-personvern",
        "age": 160,
        "contact_email": "kompetansebanken@nb.no",
        "title": "Veileder: personvern i folkebiblioteket",
        "summary": "En oppslagsveileder om personopplysninger i biblioteket: lånere, "
        "arrangementer, kamera og ansatte.",
        "authors": [AUTHORS["jon"]],
        "body": [
            (
                "chapter",
                {
                    "heading": "Oversikt over behandlinger",
                    "body": [
                        (
                            "text",
                            "<p>Biblioteket skal ha en oversikt over hvilke personopplysninger "
                            "det behandler, hvorfor, og hvor lenge de lagres.</p>",
                        ),
                        ("document", {"doc": "personvern-behandlingsoversikt"}),
                    ],
                },
            ),
            (
                "chapter",
                {
                    "heading": "Arrangementer",
                    "body": [
                        (
                            "text",
                            "<p>Samtykke til bilder, korte lagringstider for påmeldingslister.</p>",
                        ),
                        ("document", {"doc": "personvern-samtykke"}),
                    ],
                },
            ),
        ],
        "checklists": [
            {
                "title": "Årlig gjennomgang",
                "items": [
                    "Oversikten over behandlinger er oppdatert",
                    "Gamle påmeldingslister er slettet",
                    "Kameraopptak slettes automatisk",
                ],
            }
        ],
        "downloads": [{"doc": "personvern-samtykke"}, {"doc": "personvern-behandlingsoversikt"}],
    },
    {
        "slug": "verktoykasse-spillkvelder",
        "org": "vestfold",
        "kind": "verktoykasse",
        "topics": ["spillformidling"],
        "audiences": ["barn-og-unge", "alle-bibliotekansatte"],
        "image": "spillformidling",
        "age": 140,
        "contact_email": "fylkesbiblioteket@vestfoldfylke.no",
        "title": "Verktøykasse for spillkvelder",
        "summary": "Planer, spillister og tips for spillkvelder med brettspill og dataspill.",
        "authors": [AUTHORS["anders"]],
        "body": [
            (
                "chapter",
                {
                    "heading": "Planlegging",
                    "body": [
                        (
                            "text",
                            "<p>Bestem målgruppe, velg spill og skaff spillverter.</p>",
                        ),
                        ("document", {"doc": "spillkveld-plan"}),
                    ],
                },
            ),
            (
                "chapter",
                {
                    "heading": "Gjennomføring",
                    "body": [
                        ("image", {"image": "spillformidling"}),
                        (
                            "text",
                            "<p>Ønsk velkommen, forklar reglene kort, og la folk bytte bord.</p>",
                        ),
                    ],
                },
            ),
        ],
        "checklists": [
            {
                "title": "Spillkvelden",
                "items": [
                    "Spill er telt og komplette",
                    "Bordene er rigget",
                    "Vertene vet sin rolle",
                ],
            }
        ],
        "downloads": [{"doc": "spillkveld-plan"}],
    },
    {
        "slug": "veileder-sosiale-medier",
        "org": "telemark",
        "kind": "veileder",
        "topics": ["formidling-på-nett"],
        "audiences": ["alle-bibliotekansatte"],
        "image": "formidling-på-nett",
        "age": 85,
        "contact_email": "fylkesbiblioteket@telemarkfylke.no",
        "title": "Veileder for bibliotekets sosiale medier",
        "summary": "Retningslinjer, publiseringsplan og tilgjengelighet for bibliotekets kanaler.",
        "authors": [AUTHORS["mona"]],
        "body": [
            (
                "chapter",
                {
                    "heading": "Retningslinjer",
                    "body": [
                        (
                            "text",
                            "<p>Skriv ned hvem som publiserer, hvordan dere svarer, og hva "
                            "dere skjuler eller sletter.</p>",
                        ),
                    ],
                },
            ),
            (
                "chapter",
                {
                    "heading": "Tilgjengelighet",
                    "body": [
                        (
                            "text",
                            "<p>Alt-tekst på bilder, teksting på video og god kontrast i "
                            "grafikk.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "viktig",
                                "title": "Lovkrav",
                                "text": "<p>Offentlige virksomheter skal følge kravene til "
                                "universell utforming også i sosiale medier.</p>",
                            },
                        ),
                    ],
                },
            ),
        ],
        "checklists": [
            {
                "title": "Før du publiserer",
                "items": ["Bildet har alt-tekst", "Videoen er tekstet", "Lenken virker"],
            }
        ],
        "downloads": [{"doc": "sosiale-medier-plan"}],
    },
    {
        "slug": "handbok-sok-og-kildekritikk",
        "org": "ostfold",
        "kind": "handbok",
        "topics": ["søk", "bibliotekdidaktikk"],
        "audiences": ["skolebibliotek"],
        "image": "søk",
        "age": 210,
        "contact_email": "fylkesbiblioteket@ostfoldfk.no",
        "title": "Håndbok i søk og kildekritikk for skolebiblioteket",
        "summary": "Undervisningsopplegg, arbeidsark og tips for skolebibliotekarer som "
        "underviser i søk og kildekritikk.",
        "authors": [AUTHORS["lise"]],
        "body": [
            (
                "chapter",
                {
                    "heading": "Søk",
                    "body": [
                        (
                            "text",
                            "<p>Fra spørsmål til søkeord: lær elevene å bryte ned spørsmålet.</p>",
                        ),
                        ("document", {"doc": "sokeord-skjema"}),
                    ],
                },
            ),
            (
                "chapter",
                {
                    "heading": "Kildekritikk",
                    "body": [
                        (
                            "text",
                            "<p>Hvem står bak, hva vil de, og hva sier andre kilder?</p>",
                        ),
                        (
                            "quiz",
                            {
                                "question": "Hva bør eleven sjekke først på en ukjent nettside?",
                                "answers": [
                                    ["Hvem som står bak", True, "Riktig, start med avsenderen."],
                                    ["Hvor pen siden er", False, "Utseendet sier lite."],
                                ],
                            },
                        ),
                    ],
                },
            ),
        ],
        "checklists": [
            {
                "title": "Planlegging med faglærer",
                "items": ["Kompetansemål er valgt", "Tidspunkt er avtalt", "Oppgaven er klar"],
            }
        ],
        "downloads": [{"doc": "sokeord-skjema"}, {"doc": "undervisningsplan"}],
    },
]
