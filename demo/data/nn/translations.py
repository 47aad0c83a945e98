"""Nynorsk versions of the Bokmål demo pages, by slug.

Machine-translated with Apertium (`python -m demo.translate`), then proofread and corrected
by hand: regenerating overwrites those corrections, so review the diff.
"""

TRANSLATIONS = {
    "bokprat-for-nybegynnere": {
        "title": "Bokprat for nybyrjarar",
        "summary": "Lær å velje bøker, byggje opp ein bokprat og fange "
        "publikum. Kurset passar for deg som aldri har halde "
        "bokprat, eller som vil bli tryggare.",
        "goals": [
            "Kunne velje ut bøker som passar for ei bestemd gruppe",
            "Kunne byggje opp ein bokprat med opning, høgtlesing og avslutning",
            "Kunne evaluere eigen bokprat og forbetre han",
        ],
        "authors": [
            {
                "name": "Kari Nordheim",
                "role": "Rådgivar, Innlandet fylkesbibliotek",
                "bio": "Kari har halde bokprat for over 200 skuleklassar "
                "og leier nettverket for litteraturformidlarar i "
                "Innlandet.",
            }
        ],
        "intro": [
            (
                "text",
                "<p>Bokprat er ein av dei mest effektive måtane å få barn "
                "og unge til å låne bøker på. I dette kurset lærer du "
                "grunnprinsippa, og du lagar din eigen første bokprat "
                "undervegs.</p>",
            ),
            ("image", {"image": "bokprat", "caption": "Gode bokpratar startar med gode bøker."}),
        ],
        "lessons": [
            {
                "slug": "hva-er-bokprat",
                "title": "Kva er bokprat?",
                "summary": "Kva bokprat er, og kvifor det verkar.",
                "body": [
                    (
                        "text",
                        "<p>Ein bokprat er ein kort, munnleg "
                        "presentasjon av fleire bøker for ei gruppe. "
                        "Målet er ikkje å melde bøkene, men å gjere "
                        "tilhøyrarane nysgjerrige nok til å låne dei. "
                        "Ein typisk bokprat for ein skuleklasse varer "
                        "20–30 minutt og presenterer fem til åtte "
                        "bøker.</p><p>Bokprat verkar fordi han gir "
                        "bøkene eit ansikt. Når ein bibliotekar fortel "
                        "engasjert om ei bok, blir det lettare for ein "
                        "tolvåring å velje han blant tusen andre på "
                        "hylla.</p>",
                    ),
                    (
                        "video",
                        {
                            "title": "Velkomen til Kompetansebanken",
                            "transcript": "<p>Velkomen til "
                            "Kompetansebanken. Her lærer "
                            "bibliotektilsette av "
                            "kvarandre, med nettkurs, "
                            "læringsressursar og tiltak frå "
                            "heile landet.</p>",
                        },
                    ),
                    (
                        "reflection",
                        {
                            "heading": "Tenk over",
                            "questions": [
                                "Hugsar du ei bok nokon "
                                "tilrådde deg så godt at du "
                                "måtte lese ho? Kva gjorde "
                                "tilrådinga god?",
                                "Kva grupper i kommunen din får aldri bokprat i dag?",
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "a-velge-boker",
                "title": "Å velje bøker",
                "summary": "Slik set du saman eit utval som treffer heile gruppa.",
                "body": [
                    (
                        "text",
                        "<p>Utvalet er halve jobben. Vel bøker du "
                        "sjølv liker, men tenk på heile gruppa: ta med "
                        "både tynne og tjukke bøker, lettlesne bøker, "
                        "teikneseriar og sakprosa. Har gruppa elevar "
                        "med eit anna morsmål, kan du ta med ei bok "
                        "som finst på fleire språk.</p><ul><li>Fem til "
                        "åtte bøker er nok.</li><li>Sjekk at bøkene "
                        "finst i fleire eksemplar.</li><li>Ha med "
                        "minst éi bok som er lett å lese.</li></ul>",
                    ),
                    (
                        "document",
                        {
                            "doc": "bokprat-boklister",
                            "description": "Døme på boklister for ulike aldersgrupper.",
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "Kor mange bøker passar det å "
                            "presentere i ein bokprat for ein "
                            "skuleklasse?",
                            "answers": [
                                [
                                    "To eller tre",
                                    False,
                                    "Det blir for lite å velje mellom for ein heil klasse.",
                                ],
                                [
                                    "Fem til åtte",
                                    True,
                                    "Rett. Då er det noko for dei fleste, og tida strekk til.",
                                ],
                                [
                                    "Femten eller fleire",
                                    False,
                                    "Då rekk du ikkje å gjere kvar bok levande.",
                                ],
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "a-bygge-opp-bokpraten",
                "title": "Å byggje opp bokpraten",
                "summary": "Opning, høgtlesing og avslutning.",
                "body": [
                    (
                        "text",
                        "<p>Start med noko som fangar merksemda: eit "
                        "spørsmål, ein gjenstand eller ei kort "
                        "høgtlesing midt i ei spennande scene. Byt "
                        "mellom å fortelje og å lese høgt, og stopp "
                        "gjerne på det mest spennande. Avslutt med å "
                        "vise kvar bøkene står, og la tilhøyrarane "
                        "låne med ein gong.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tips",
                            "title": "Stopp før slutten",
                            "text": "<p>Les aldri så langt at spenninga "
                            "forsvinn. Det er nysgjerrigheita som "
                            "gjer at boka blir lånt.</p>",
                        },
                    ),
                    (
                        "document",
                        {
                            "doc": "bokprat-planlegging",
                            "description": "Skjema du kan fylle ut når du planlegg.",
                        },
                    ),
                ],
            },
            {
                "slug": "etter-bokpraten",
                "title": "Etter bokpraten",
                "summary": "Evaluer, og gjer den neste endå betre.",
                "body": [
                    (
                        "text",
                        "<p>Noter kva bøker som vart lånte, og kva for "
                        "nokre av dei som vart ståande. Spør læraren "
                        "kva elevane sa etterpå. Etter tre–fire "
                        "bokpratar ser du mønstre som gjer utvalet "
                        "ditt betre.</p>",
                    ),
                    (
                        "case",
                        {
                            "title": "Bokpraten som ikkje trefte",
                            "text": "<p>Marit heldt bokprat for 9. trinn. "
                            "Ho hadde valt bøker ho sjølv likte "
                            "godt, men elevane var urolege, og "
                            "berre éi bok vart lånt.</p>",
                            "questions": [
                                "Kva kan ha gått gale?",
                                "Korleis kunne Marit ha førebudd seg annleis?",
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    "bokprat-for-ungdom": {
        "title": "Bokprat for ungdom",
        "summary": "Ungdom er eit krevjande publikum. Her får du grep som gjer "
        "bokpraten relevant for 13–19-åringar, også for dei som seier "
        "at dei ikkje les.",
        "goals": [
            "Kunne tilpasse bokprat til ungdom",
            "Kunne bruke sosiale medium og lydbøker i bokpraten",
        ],
        "authors": [
            {
                "name": "Eirik Fossum",
                "role": "Ungdomsbibliotekar, Trøndelag fylkesbibliotek",
                "bio": "Eirik har drive Trondheims ungdomsbibliotek og lagar "
                "bokvideoar med ungdom.",
            }
        ],
        "lessons": [
            {
                "slug": "ungdom-som-publikum",
                "title": "Ungdom som publikum",
                "summary": "Kva kjenneteiknar ungdom som lesarar?",
                "body": [
                    (
                        "text",
                        "<p>Mange ungdommar les mindre enn før, men dei les "
                        "mykje på skjerm og høyrer lydbøker. Ta dei på "
                        "alvor: snakk om temaa dei er opptekne av, og ikkje "
                        "vêr redd for bøker som tek opp vanskelege ting. "
                        "Ungdom merkar fort om du lèt som.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "heading": "Refleksjonsspørsmål",
                            "questions": [
                                "Kva ungdomsbøker har du sjølv lese det siste året?",
                                "Korleis kan du få ungdom til å tilrå bøker til kvarandre?",
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "lydbok-og-bokvideo",
                "title": "Lydbøker og bokvideoar",
                "summary": "Bruk formata ungdom allereie bruker.",
                "body": [
                    (
                        "text",
                        "<p>Spel av eit kort lydbokutdrag i staden for å "
                        "lese høgt sjølv, og vis korleis elevane kan låne "
                        "lydbøker og e-bøker på mobilen. Korte bokvideoar "
                        "laga av andre ungdommar kan også vere ein god "
                        "inngang.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "Strøyming i klasserommet",
                            "text": "<p>Sjekk at du har rett til å spele av "
                            "lydutdrag for ei gruppe. Tenestene "
                            "biblioteket abonnerer på, tillèt det som "
                            "regel.</p>",
                        },
                    ),
                ],
            },
            {
                "slug": "samtalen-etterpa",
                "title": "Samtalen etterpå",
                "summary": "La ungdommane snakke.",
                "body": [
                    (
                        "text",
                        "<p>Ein bokprat for ungdom blir best når den blir "
                        "ein samtale. Still opne spørsmål, og la elevane "
                        "stemme over kva bok du skal lese meir frå.</p>",
                    ),
                    (
                        "quiz",
                        {
                            "question": "Kva er eit godt ope spørsmål til "
                            "ungdom etter ein bokprat?",
                            "answers": [
                                [
                                    "Likte de bøkene?",
                                    False,
                                    "Dette er eit ja/nei-spørsmål som sjeldan gir samtale.",
                                ],
                                [
                                    "Kva for ei av bøkene ville de helst "
                                    "sett som serie, og kvifor?",
                                    True,
                                    "Ja, spørsmålet inviterer til meiningar og grunngivingar.",
                                ],
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    "konflikthandtering-i-skranken": {
        "title": "Konflikthandtering i skranken",
        "summary": "Slik møter du sinte, fortvila og truande lånarar på "
        "ein trygg måte. Kurset er laga for å takast saman "
        "med kollegaene dine, med case til personalmøtet.",
        "goals": [
            "Forstå korleis konfliktar blir trappa opp og ned",
            "Kunne bruke enkle teknikkar for å roe ned ein situasjon",
            "Vite kva du gjer etter ei alvorleg hending",
        ],
        "authors": [
            {
                "name": "Ole Bakken",
                "role": "Seniorrådgivar, Oslo fylkesbibliotek",
                "bio": "Ole har bakgrunn frå vektarbransjen og har "
                "jobba med tryggleik og konflikthandtering "
                "i bibliotek i ti år.",
            }
        ],
        "intro": [
            (
                "text",
                "<p>Nesten alle som jobbar i bibliotek, opplever "
                "konfliktar med publikum. Dei fleste er små, men "
                "nokon blir alvorlege. Kurset gir de eit felles "
                "språk og felles rutinar.</p>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Slik bruker de kurset",
                    "text": "<p>Ta éin leksjon per personalmøte. Kvar "
                    "leksjon har eit case de diskuterer i "
                    "grupper på tre–fire.</p>",
                },
            ),
        ],
        "lessons": [
            {
                "slug": "konflikttrappa",
                "title": "Konflikttrappa",
                "summary": "Korleis ei usemje blir til ein konflikt.",
                "body": [
                    (
                        "text",
                        "<p>Konfliktar utviklar seg ofte "
                        "trinnvis: frå usemje om ei sak, via "
                        "personlege angrep, til at partane ikkje "
                        "lenger snakkar saman. Jo tidlegare du "
                        "grip inn, desto lettare er det å "
                        "snu.</p>",
                    ),
                    ("image", {"image": "konflikthåndtering"}),
                    (
                        "case",
                        {
                            "title": "Purringa",
                            "text": "<p>Ein lånar kjem til skranken "
                            "med eit purrebrev og seier "
                            "høgt at han har levert boka. "
                            "Køen bak han veks.</p>",
                            "questions": ["Kvar i konflikttrappa er de?", "Kva seier du først?"],
                        },
                    ),
                ],
            },
            {
                "slug": "a-roe-ned",
                "title": "Å roe ned ein situasjon",
                "summary": "Stemme, kropp og ord.",
                "body": [
                    (
                        "text",
                        "<p>Senk stemma, snakk langsamt og bruk "
                        "namnet til personen viss du kjenner "
                        "det. Anerkjenn kjensla («Eg skjønner at "
                        "dette er irriterande») utan å gi etter "
                        "i saka. Flytt gjerne samtalen bort frå "
                        "køen.</p>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Når nokon blir sinte",
                            "items": [
                                "Hald avstand, minst ei armlengd",
                                "Snakk roleg og lågt",
                                "Anerkjenn kjensla",
                                "Tilby ei løysing eller eit val",
                                "Tilkall ein kollega viss du blir usikker",
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "trusler",
                "title": "Når det blir truande",
                "summary": "Truslar, vald og når du skal ringje politiet.",
                "body": [
                    (
                        "text",
                        "<p>Tryggleiken din går føre alt anna. "
                        "Avtal på førehand korleis de varslar "
                        "kvarandre, og kven som ringjer 112. "
                        "Alle tilsette skal vite kvar "
                        "rømmingsvegane er.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "viktig",
                            "title": "Ved akutt fare",
                            "text": "<p>Ring 112. Ikkje prøv å halde igjen nokon som vil gå.</p>",
                        },
                    ),
                    (
                        "document",
                        {
                            "doc": "konflikt-handlingsplan",
                            "description": "Tilpass malen til biblioteket ditt.",
                        },
                    ),
                ],
            },
            {
                "slug": "etter-hendelsen",
                "title": "Etter hendinga",
                "summary": "Ta vare på kvarandre, og lær av det som skjedde.",
                "body": [
                    (
                        "text",
                        "<p>Snakk saman same dag. Skriv ein "
                        "kort, sakleg melding om hendinga, og la "
                        "leiar følgje opp. Mange reagerer først "
                        "dagen etter.</p>",
                    ),
                    ("document", {"doc": "avviksskjema"}),
                    (
                        "reflection",
                        {
                            "heading": "Til personalmøtet",
                            "questions": [
                                "Har vi ein fast rutine for samtale etter ei hending?",
                                "Kven skriv avviksmeldinga hos oss?",
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "ovelse",
                "title": "Øving: rollespel",
                "summary": "Tre korte rollespel de kan gjere i personalgruppa.",
                "body": [
                    (
                        "text",
                        "<p>Del dykk i grupper på tre: éin "
                        "lånar, éin tilsett og éin observatør. "
                        "Spel kvar situasjon i tre minutt, og "
                        "snakk om den etterpå.</p>",
                    ),
                    (
                        "accordion",
                        {
                            "title": "Situasjonane",
                            "items": [
                                [
                                    "Datamaskina",
                                    "<p>Ein lånar nektar å gå frå PC-en når tida er ute.</p>",
                                ],
                                [
                                    "Bråket",
                                    "<p>Ei gruppe ungdommar "
                                    "bråkar i stillesona og ler "
                                    "av deg når du seier "
                                    "frå.</p>",
                                ],
                                [
                                    "Gebyret",
                                    "<p>Ein forelder vil ikkje "
                                    "betale for ei bok barnet "
                                    "har mista.</p>",
                                ],
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    "trygg-pa-jobb": {
        "title": "Trygg på jobb: risikovurdering for leiarar",
        "summary": "Eit kort kurs for bibliotekleiarar om å kartleggje risiko, lage "
        "rutinar og følgje opp tilsette, også når biblioteket har meiropen "
        "tid.",
        "goals": [
            "Kunne gjennomføre ei enkel risikovurdering",
            "Kjenne pliktene til arbeidsgivaren etter arbeidsmiljølova",
        ],
        "authors": [
            {
                "name": "Tone Vik",
                "role": "Bibliotekrådgivar, Rogaland fylkesbibliotek",
                "bio": "Tone har vore biblioteksjef i Sokndal og Time og er "
                "verneombod i fylkeskommunen.",
            }
        ],
        "lessons": [
            {
                "slug": "risikovurdering",
                "title": "Risikovurdering steg for steg",
                "summary": "Kartlegg kva som kan skje, og kor sannsynleg det er.",
                "body": [
                    (
                        "text",
                        "<p>Gå gjennom lokalet og arbeidsdagen saman med "
                        "verneombodet. For kvar situasjon: kor sannsynleg er det "
                        "at noko skjer, og kor alvorleg blir det? Prioriter "
                        "tiltak der begge delar er høgt.</p>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Gå gjennom",
                            "items": [
                                "Åleinearbeid og sene vaktar",
                                "Rømmingsvegar og alarmar",
                                "Meiropen tid og kameraovervaking",
                                "Rutinar for varsling",
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "arbeidsgivers-plikter",
                "title": "Pliktene til arbeidsgivaren",
                "summary": "Kva arbeidsmiljølova krev.",
                "body": [
                    (
                        "text",
                        "<p>Arbeidsgivar skal sørgje for at tilsette ikkje blir "
                        "utsett for vald og truslar, og skal ha rutinar for å "
                        "førebyggje og følgje opp. Hendingar skal registrerast, "
                        "og tilsette skal få opplæring.</p>",
                    ),
                    (
                        "accordion",
                        {
                            "title": "Spørsmål leiarar ofte stiller",
                            "items": [
                                [
                                    "Må vi ha vektarar i meiropen tid?",
                                    "<p>Nei, men de må vurdere risikoen. Mange "
                                    "bibliotek bruker kamera og avtale med "
                                    "vaktselskap.</p>",
                                ],
                                [
                                    "Kven skal få vite om ei hending?",
                                    "<p>Næraste leiar, verneombod og, ved "
                                    "alvorlege hendingar, "
                                    "Arbeidstilsynet.</p>",
                                ],
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "oppfolging",
                "title": "Oppfølging av tilsette",
                "summary": "Når noko har skjedd.",
                "body": [
                    (
                        "text",
                        "<p>Ta kontakt same dag, og igjen etter nokre dagar. "
                        "Tilby bedriftshelsetenesta. Gå gjennom hendinga i "
                        "personalgruppa utan å leite etter syndebukkar.</p>",
                    ),
                    (
                        "quiz",
                        {
                            "question": "Når bør leiar først ta kontakt etter ei alvorleg hending?",
                            "answers": [
                                ["Same dag", True, "Rett. Tidleg kontakt er viktig."],
                                [
                                    "På neste medarbeidarsamtale",
                                    False,
                                    "Det er altfor seint. Reaksjonar kjem ofte dei første dagane.",
                                ],
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    "meraapent-fra-plan-til-drift": {
        "title": "Meirope bibliotek: frå plan til drift",
        "summary": "Alt du treng å vite før, under og etter innføringa "
        "av meirope bibliotek: vedtak, teknikk, tryggleik, "
        "lånarar og evaluering.",
        "goals": [
            "Kjenne stega frå politisk vedtak til opning",
            "Kunne lage reglement og rutinar for meiropen tid",
            "Kunne evaluere bruken",
        ],
        "authors": [
            {
                "name": "Ingrid Solberg",
                "role": "Bibliotekrådgivar, Agder fylkesbibliotek",
                "bio": "Ingrid har følgt over tjue bibliotek gjennom overgangen til meirope.",
            }
        ],
        "intro": [
            (
                "text",
                "<p>Meir enn halvparten av norske folkebibliotek har "
                "no meiropen tid. Kurset byggjer på erfaringane frå "
                "biblioteka i Agder.</p>",
            )
        ],
        "lessons": [
            {
                "slug": "hvorfor-meraapent",
                "title": "Kvifor meirope?",
                "summary": "Mål og grunngivingar.",
                "body": [
                    (
                        "text",
                        "<p>Meirope bibliotek betyr at lånarane "
                        "kan bruke biblioteket utan at tilsette "
                        "er til stades. Det gir lengre "
                        "opningstid, men erstattar ikkje bemanna "
                        "tid. Start med å bestemme kven de vil "
                        "nå: pendlarar, studentar, lag og "
                        "foreiningar?</p>",
                    ),
                    ("image", {"image": "meråpent-bibliotek"}),
                    (
                        "reflection",
                        {
                            "heading": "Tenk over",
                            "questions": ["Kven bruker ikkje biblioteket i dag, og kvifor?"],
                        },
                    ),
                ],
            },
            {
                "slug": "teknikk-og-lokaler",
                "title": "Teknikk og lokale",
                "summary": "Tilgangskontroll, kamera, lys og sjølvbetening.",
                "body": [
                    (
                        "text",
                        "<p>De treng tilgangskontroll med "
                        "lånekort og PIN, sjølvbetjent utlån og "
                        "innlevering, styring av lys og alarm, og "
                        "som regel kameraovervaking. Tenk også på "
                        "kva delar av lokalet som skal vere "
                        "opne.</p>",
                    ),
                    ("document", {"doc": "meraapent-sjekkliste"}),
                ],
            },
            {
                "slug": "reglement-og-lanere",
                "title": "Reglement og lånarar",
                "summary": "Aldersgrense, registrering og informasjon.",
                "body": [
                    (
                        "text",
                        "<p>Dei fleste bibliotek har ei "
                        "aldersgrense på 15 eller 18 år, og barn "
                        "kan komme inn saman med vaksne. Lånarane "
                        "må registrerast og godta reglementet før "
                        "dei får tilgang.</p>",
                    ),
                    ("document", {"doc": "meraapent-reglement"}),
                    (
                        "case",
                        {
                            "title": "Ungdommane på kvelden",
                            "text": "<p>Ein gjeng 16-åringar bruker "
                            "biblioteket kvar kveld i "
                            "meiropen tid. Nokon klagar på "
                            "bråk, andre synest det er fint "
                            "at ungdommane har ein stad å "
                            "vere.</p>",
                            "questions": ["Kva gjer de?", "Bør aldersgrensa endrast?"],
                        },
                    ),
                ],
            },
            {
                "slug": "drift",
                "title": "Den daglege drifta",
                "summary": "Rutinar for opning, stenging og avvik.",
                "body": [
                    (
                        "text",
                        "<p>Lag faste rutinar for kven som "
                        "sjekkar lokalet om morgonen, korleis "
                        "avvik blir meldt, og kven som har "
                        "vakttelefonen. Gå gjennom kameraopptak "
                        "berre når det har skjedd noko.</p>",
                    ),
                    (
                        "accordion",
                        {
                            "title": "Ofte stilte spørsmål",
                            "items": [
                                [
                                    "Kva viss nokon blir innelåst?",
                                    "<p>Dørene skal alltid kunne "
                                    "opnast innanfrå. Skilt viser "
                                    "nødnummer.</p>",
                                ],
                                [
                                    "Aukar svinnet?",
                                    "<p>Erfaringane viser lite eller ingen auke i svinn.</p>",
                                ],
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "evaluering",
                "title": "Evaluering",
                "summary": "Mål bruken, og juster.",
                "body": [
                    (
                        "text",
                        "<p>Tell besøk i betent og meiropen tid "
                        "kvar månad, og spør lånarane kva dei "
                        "synest. Etter eit halvt år har de "
                        "grunnlag for å justere "
                        "opningstidene.</p>",
                    ),
                    ("image", {"image": "statistikk", "caption": "Døme: besøket auka."}),
                    ("document", {"doc": "besokstall-mal"}),
                    (
                        "quiz",
                        {
                            "question": "Erstattar meiropen tid bemanna opningstid?",
                            "answers": [
                                ["Ja", False, "Nei, meiropen tid er eit tillegg."],
                                ["Nei", True, "Rett. Biblioteklova føreset bemanna bibliotek."],
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    "meraapent-og-ungdom": {
        "title": "Ungdom i meirope bibliotek",
        "summary": "Korleis kan meirope bibliotek vere ein trygg stad for ungdom "
        "utan at det går ut over andre brukarar? Erfaringar frå "
        "biblioteka i Nordland.",
        "goals": ["Kunne lage gode ordningar for ungdom i meiropen tid"],
        "authors": [
            {
                "name": "Marte Johansen",
                "role": "Rådgivar, Nordland fylkesbibliotek",
                "bio": "Marte har jobba med ungdom og bibliotek i Bodø og Vefsn.",
            }
        ],
        "lessons": [
            {
                "slug": "erfaringer",
                "title": "Erfaringar frå Nordland",
                "summary": "Kva biblioteka har lært.",
                "body": [
                    (
                        "text",
                        "<p>Fleire bibliotek i Nordland har senka "
                        "aldersgrensa til 15 år. Dei som lykkast, har "
                        "snakka med ungdommane før og etter, og gitt dei "
                        "eit eige rom.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tips",
                            "title": "Involver ungdomsrådet",
                            "text": "<p>Ungdomsrådet i kommunen kan vere med "
                            "på å lage reglane.</p>",
                        },
                    ),
                ],
            },
            {
                "slug": "regler-sammen-med-ungdom",
                "title": "Reglar laga saman med ungdom",
                "summary": "Når ungdommane eig reglane.",
                "body": [
                    (
                        "text",
                        "<p>Reglar ungdom har vore med på å lage, blir "
                        "oftare følgde. Hald eit møte med ungdommane, og "
                        "skriv reglane i deira språk.</p>",
                    ),
                    (
                        "case",
                        {
                            "title": "Fotballen",
                            "text": "<p>Nokon speler fotball mellom hyllene i "
                            "meiropen tid. Kameraet viser kven det "
                            "er.</p>",
                            "questions": ["Korleis tek de det opp med ungdommane?"],
                        },
                    ),
                ],
            },
            {
                "slug": "nar-det-skjer-noe",
                "title": "Når det skjer noko",
                "summary": "Reaksjonar som står i forhold til det som skjedde.",
                "body": [
                    (
                        "text",
                        "<p>Start med ein samtale, ikkje utestenging. Ved "
                        "fleire brot kan tilgangen stengjast for ein "
                        "periode, og foreldre blir kontakta.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "heading": "Refleksjon",
                            "questions": ["Kva er ein rimeleg reaksjon på første brot?"],
                        },
                    ),
                ],
            },
        ],
    },
    "samskaping-i-praksis": {
        "title": "Samskaping i praksis",
        "summary": "Korleis utviklar de biblioteket saman med innbyggjarane? "
        "Metodar, døme og fallgruver frå biblioteka i Vestland.",
        "goals": [
            "Forstå forskjellen på medverknad og samskaping",
            "Kunne planleggje ein samskapingsverkstad",
            "Kunne følgje opp det innbyggjarane bidreg med",
        ],
        "authors": [
            {
                "name": "Siri Haugland",
                "role": "Utviklingsleiar, Vestland fylkesbibliotek",
                "bio": "Siri jobbar med stadsutvikling og samskaping og har "
                "leidd fleire prosjekt med innbyggjarmedverknad.",
            }
        ],
        "lessons": [
            {
                "slug": "hva-er-samskaping",
                "title": "Kva er samskaping?",
                "summary": "Frå å spørje til å skape saman.",
                "body": [
                    (
                        "text",
                        "<p>Når biblioteket spør innbyggjarane kva dei "
                        "meiner, er det medverknad. Samskaping er meir: "
                        "innbyggjarane er med på å utvikle og gjennomføre "
                        "tiltaket, og får eit reelt ansvar.</p>",
                    ),
                    ("image", {"image": "samskaping"}),
                    (
                        "quiz",
                        {
                            "question": "Kva skil samskaping frå medverknad?",
                            "answers": [
                                [
                                    "Innbyggjarane svarer på ei spørjeundersøking",
                                    False,
                                    "Det er medverknad, ikkje samskaping.",
                                ],
                                ["Innbyggjarane er med på å utvikle og gjennomføre", True, "Rett."],
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "verkstedet",
                "title": "Samskapingsverkstaden",
                "summary": "Eit opplegg de kan bruke.",
                "body": [
                    (
                        "text",
                        "<p>Ein verkstad på to timar med 8–20 deltakarar "
                        "er ein god start. Inviter breitt, og sørg for at "
                        "også dei som ikkje bruker biblioteket, "
                        "kjem.</p>",
                    ),
                    ("image", {"image": "personalmote"}),
                    ("document", {"doc": "samskaping-workshop"}),
                ],
            },
            {
                "slug": "hvem-inviterer-vi",
                "title": "Kven inviterer vi?",
                "summary": "Å nå dei som ikkje kjem av seg sjølv.",
                "body": [
                    (
                        "text",
                        "<p>Samarbeid med frivilligsentralen, "
                        "innvandrarorganisasjonar, ungdomsrådet og "
                        "eldrerådet. Gå dit folk er, i staden for å vente "
                        "på at dei kjem til dykk.</p>",
                    ),
                    (
                        "case",
                        {
                            "title": "Berre dei vanlege",
                            "text": "<p>Til den første verkstaden kom berre "
                            "faste lånarar over 60.</p>",
                            "questions": ["Korleis når de andre neste gong?"],
                        },
                    ),
                ],
            },
            {
                "slug": "folge-opp",
                "title": "Å følgje opp",
                "summary": "Vis kva som skjedde med innspela.",
                "body": [
                    (
                        "text",
                        "<p>Det verste de kan gjere, er å samle inn idear "
                        "og så ikkje gjere noko. Fortel kva de gjer, kva "
                        "de ikkje gjer, og kvifor.</p>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Etter verkstaden",
                            "items": [
                                "Send oppsummering til deltakarane innan ei veke",
                                "Vel eitt tiltak de startar med ein gong",
                                "Inviter deltakarane til å vere med vidare",
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    "frivillige-og-partnere": {
        "title": "Frivillige og samarbeidspartnarar i biblioteket",
        "summary": "Slik får de til gode samarbeid med frivillige, lag og "
        "foreiningar, utan at det blir meir arbeid enn det gir.",
        "goals": ["Kunne inngå og følgje opp samarbeidsavtalar"],
        "authors": [
            {
                "name": "Per Kristiansen",
                "role": "Rådgivar, Buskerud fylkesbibliotek",
                "bio": "Per har leidd frivilligarbeidet i Drammensbiblioteket.",
            }
        ],
        "lessons": [
            {
                "slug": "hvorfor-samarbeide",
                "title": "Kvifor samarbeide?",
                "summary": "Kva partnarane tilfører.",
                "body": [
                    (
                        "text",
                        "<p>Frivillige og foreiningar når grupper "
                        "biblioteket ikkje når åleine: språkkafé, "
                        "leksehjelp, strikkekafé og sjakklubb er "
                        "typiske døme.</p>",
                    )
                ],
            },
            {
                "slug": "avtaler",
                "title": "Avtalar og rollar",
                "summary": "Skriv ned kven som gjer kva.",
                "body": [
                    (
                        "text",
                        "<p>Ein enkel skriftleg avtale førebyggjer "
                        "misforståingar: kva gjer biblioteket, kva gjer "
                        "partnaren, og kven kontaktar kven?</p>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Avtalen bør seie noko om",
                            "items": [
                                "Formål og målgruppe",
                                "Tid og stad",
                                "Kontaktpersonar",
                                "Teieplikt og politiattest der det trengst",
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "ta-vare-pa-frivillige",
                "title": "Ta vare på dei frivillige",
                "summary": "Anerkjenning held folk i gang.",
                "body": [
                    (
                        "text",
                        "<p>Inviter dei frivillige til ei årleg "
                        "samling, gi dei namneskilt og fortel kva "
                        "innsatsen deira betyr.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "heading": "Refleksjon",
                            "questions": ["Korleis takkar de frivillige i dag?"],
                        },
                    ),
                ],
            },
        ],
    },
    "spillformidling-i-biblioteket": {
        "title": "Spelformidling i biblioteket",
        "summary": "Dataspel og brettspel er kultur på linje med bøker. "
        "Lær å byggje ei spelesamling, arrangere "
        "spelekveldar og snakke om spel.",
        "goals": [
            "Kunne grunngi spel som ein del av samfunnsoppdraget til biblioteket",
            "Kunne byggje opp ei lita spelesamling",
            "Kunne arrangere ein spelekveld",
        ],
        "authors": [
            {
                "name": "Anders Lie",
                "role": "Spelebibliotekar, Akershus fylkesbibliotek",
                "bio": "Anders har bygd opp spelesamlingar i fem "
                "bibliotek og arrangerer landets største "
                "brettspeldag for bibliotek.",
            }
        ],
        "lessons": [
            {
                "slug": "spill-som-kultur",
                "title": "Spel som kultur",
                "summary": "Kvifor spel høyrer heime i biblioteket.",
                "body": [
                    (
                        "text",
                        "<p>Spel fortel historier, lærer bort "
                        "samarbeid og samlar generasjonar. "
                        "Biblioteklova seier at biblioteket skal "
                        "formidle kunnskap og kultur, og spel er "
                        "ein stor del av kulturen i dag.</p>",
                    ),
                    ("image", {"image": "spillformidling"}),
                ],
            },
            {
                "slug": "samlingen",
                "title": "Å byggje ei spelesamling",
                "summary": "Kva skal de kjøpe først?",
                "body": [
                    (
                        "text",
                        "<p>Start med 20–30 brettspel med ulik "
                        "lengd og vanskegrad, og nokre "
                        "konsollspel som kan spelast av fleire "
                        "samtidig. Sjekk aldersgrensene, og "
                        "snakk med spelarane om kva dei "
                        "saknar.</p>",
                    ),
                    (
                        "accordion",
                        {
                            "title": "Spørsmål og svar",
                            "items": [
                                [
                                    "Kan vi låne ut dataspel?",
                                    "<p>Ja, fysiske spel kan lånast ut som andre medium.</p>",
                                ],
                                [
                                    "Kva med brikker som forsvinn?",
                                    "<p>Tel brikkene ved "
                                    "innlevering, og ha ei kasse "
                                    "med "
                                    "reservebrikker.</p>",
                                ],
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "spillkvelden",
                "title": "Spelekvelden",
                "summary": "Planlegging og gjennomføring.",
                "body": [
                    (
                        "text",
                        "<p>Ein god spelekveld har "
                        "speleforklarare, korte spel i starten "
                        "og lengre spel utover kvelden. Sørg for "
                        "bord nok og god plass.</p>",
                    ),
                    ("document", {"doc": "spillkveld-plan"}),
                ],
            },
            {
                "slug": "snakke-om-spill",
                "title": "Å snakke om spel",
                "summary": "Speleprat som bokprat.",
                "body": [
                    (
                        "text",
                        "<p>Du kan presentere spel på same måte "
                        "som bøker: fortel om historia, vis eit "
                        "klipp, og la publikum prøve.</p>",
                    ),
                    (
                        "quiz",
                        {
                            "question": "Kva passar best i starten av ein spelekveld?",
                            "answers": [
                                [
                                    "Eit strategispel på tre timar",
                                    False,
                                    "Det er betre seinare, når folk er varme.",
                                ],
                                [
                                    "Korte spel som er lette å lære",
                                    True,
                                    "Rett. Då kjem alle raskt i gang.",
                                ],
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    "brettspillkvelder": {
        "title": "Brettspelkveldar for vaksne",
        "summary": "Eit kort kurs om å lage brettspelkveldar som trekkjer vaksne "
        "til biblioteket, også dei som aldri har spelt.",
        "goals": ["Kunne velje spel for nybyrjarar og erfarne spelarar"],
        "authors": [
            {
                "name": "Thomas Nygård",
                "role": "Bibliotekar, Vestfold fylkesbibliotek",
                "bio": "Thomas leier speleklubben i Tønsberg og Færder bibliotek.",
            }
        ],
        "lessons": [
            {
                "slug": "publikum",
                "title": "Kven kjem?",
                "summary": "Nybyrjarar, familiar og entusiastar.",
                "body": [
                    (
                        "text",
                        "<p>Vaksne som kjem på brettspelkveld, er ofte "
                        "nysgjerrige nybyrjarar. Ha eigne bord for dei, med "
                        "ein vert som forklarer.</p>",
                    )
                ],
            },
            {
                "slug": "spillvalg",
                "title": "Kva spel?",
                "summary": "Eit utval som fungerer.",
                "body": [
                    (
                        "text",
                        "<p>Samarbeidsspel er fine for nybyrjarar fordi "
                        "ingen taper åleine. Ordspel og kvisspel fungerer "
                        "godt i bibliotek.</p>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Speleutvalet",
                            "items": [
                                "Minst to samarbeidsspel",
                                "Eit par korte festspel",
                                "Eitt eller to lengre strategispel",
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "gjenta-suksessen",
                "title": "Å gjenta suksessen",
                "summary": "Faste kveldar byggjer fellesskap.",
                "body": [
                    (
                        "text",
                        "<p>Ein fast kveld i månaden gjer det lett for folk "
                        "å komme igjen. La faste deltakarar bli "
                        "spelevertar.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "heading": "Refleksjon",
                            "questions": ["Kven i lokalmiljøet kan bli spelevertar?"],
                        },
                    ),
                ],
            },
        ],
    },
    "sosiale-medier-for-bibliotek": {
        "title": "Formidling i sosiale medium",
        "summary": "Lag innlegg som blir sett, skriv gode bilettekstar "
        "og alternative tekstar, og planlegg utan at det tek "
        "heile arbeidsdagen.",
        "goals": [
            "Kunne lage ein enkel publiseringsplan",
            "Kunne skrive innlegg som er tilgjengelege for alle",
        ],
        "authors": [
            {
                "name": "Mona Eriksen",
                "role": "Rådgivar for digital formidling, Telemark fylkesbibliotek",
                "bio": "Mona har drive kanalane til biblioteket i "
                "sosiale medium i sju år og underviser i "
                "digital formidling.",
            }
        ],
        "lessons": [
            {
                "slug": "hvorfor-og-hvor",
                "title": "Kvifor og kvar?",
                "summary": "Vel kanalar etter målgruppe.",
                "body": [
                    (
                        "text",
                        "<p>Facebook når framleis mange vaksne, "
                        "Instagram og TikTok når yngre. Vel "
                        "heller éin eller to kanalar de klarer å "
                        "halde levande, enn fem som står "
                        "stille.</p>",
                    ),
                    (
                        "video",
                        {
                            "title": "Kort om Kompetansebanken",
                            "transcript": "<p>Velkomen til "
                            "Kompetansebanken. Her "
                            "lærer bibliotektilsette "
                            "av kvarandre.</p>",
                        },
                    ),
                ],
            },
            {
                "slug": "gode-innlegg",
                "title": "Gode innlegg",
                "summary": "Bilete, tekst og tidspunkt.",
                "body": [
                    (
                        "text",
                        "<p>Vis menneske og bøker, ikkje berre "
                        "bøker. Skriv kort, og legg det "
                        "viktigaste først. Alle bilete skal ha "
                        "ein alternativ tekst som beskriv kva "
                        "biletet viser.</p>",
                    ),
                    ("image", {"image": "formidling-på-nett"}),
                    (
                        "callout",
                        {
                            "kind": "viktig",
                            "title": "Tilgjengelegheit",
                            "text": "<p>Videoar skal ha teksting. "
                            "Bruk store forbokstavar i "
                            "emneknaggar (#BokTips) så "
                            "skjermlesarar les dei "
                            "rett.</p>",
                        },
                    ),
                ],
            },
            {
                "slug": "planlegging",
                "title": "Planlegging",
                "summary": "Ein plan gjer det lettare.",
                "body": [
                    (
                        "text",
                        "<p>Lag ein plan for ein månad om gongen, "
                        "og fordel ansvaret. Legg inn faste "
                        "innslag, som vekas boktips.</p>",
                    ),
                    ("document", {"doc": "sosiale-medier-plan"}),
                ],
            },
            {
                "slug": "kommentarer",
                "title": "Kommentarar og kritikk",
                "summary": "Svar vennleg, og vit når du skal la vere.",
                "body": [
                    (
                        "text",
                        "<p>Svar på spørsmål raskt. Kritikk blir "
                        "svart på sakleg og vennleg. Hets og "
                        "personangrep kan skjulast etter "
                        "retningslinjene til biblioteket.</p>",
                    ),
                    (
                        "case",
                        {
                            "title": "Den sinte kommentaren",
                            "text": "<p>Under eit innlegg om ei "
                            "Pride-utstilling skriv ein "
                            "person at biblioteket driv "
                            "propaganda.</p>",
                            "questions": ["Svarer de? Kva skriv de?"],
                        },
                    ),
                ],
            },
        ],
    },
    "digitale-arrangementer": {
        "title": "Digitale arrangement og strøyming",
        "summary": "Forfattarsamtalar og foredrag på nett: utstyr, rettar og "
        "korleis de får publikum til å delta.",
        "goals": ["Kunne gjennomføre eit strøymt arrangement"],
        "authors": [
            {
                "name": "Guri Hjelle",
                "role": "Rådgivar, Møre og Romsdal fylkesbibliotek",
                "bio": "Guri har produsert over hundre strøymde forfattarsamtalar.",
            }
        ],
        "lessons": [
            {
                "slug": "utstyr",
                "title": "Utstyr",
                "summary": "Du treng mindre enn du trur.",
                "body": [
                    (
                        "text",
                        "<p>Ein god mikrofon er viktigare enn eit godt "
                        "kamera. Start med ein berbar PC, eit "
                        "webkamera, to trådlause mikrofonar og godt "
                        "lys.</p>",
                    )
                ],
            },
            {
                "slug": "rettigheter",
                "title": "Rettar og avtaler",
                "summary": "Avtal opptak og deling på førehand.",
                "body": [
                    (
                        "text",
                        "<p>Forfattarar skal ha honorar også for "
                        "digitale arrangement. Avtal skriftleg om "
                        "arrangementet skal liggje tilgjengeleg "
                        "etterpå, og kor lenge.</p>",
                    ),
                    (
                        "accordion",
                        {
                            "items": [
                                [
                                    "Må vi betale meir for opptak?",
                                    "<p>Ofte ja. Sjekk gjeldande satsar "
                                    "frå "
                                    "forfattarorganisasjonane.</p>",
                                ]
                            ]
                        },
                    ),
                ],
            },
            {
                "slug": "publikum-pa-nett",
                "title": "Publikum på nett",
                "summary": "Få folk til å delta, ikkje berre sjå.",
                "body": [
                    (
                        "text",
                        "<p>La publikum stille spørsmål i chatten, og "
                        "ha ein moderator som løftar dei fram. Teksting "
                        "gjer opptaket tilgjengeleg for fleire.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "heading": "Refleksjon",
                            "questions": ["Kva arrangement passar best på nett?"],
                        },
                    ),
                ],
            },
        ],
    },
    "bibliotekdidaktikk-grunnkurs": {
        "title": "Bibliotekdidaktikk: å undervise i biblioteket",
        "summary": "Bibliotektilsette underviser oftare enn dei trur: "
        "klassebesøk, kurs for seniorar, rettleiing i "
        "skranken. Lær å planleggje undervisning som verkar.",
        "goals": [
            "Kunne formulere læringsmål",
            "Kunne velje aktivitetar som passar måla",
            "Kunne vurdere om deltakarane har lært",
        ],
        "authors": [
            {
                "name": "Hanne Strand",
                "role": "Førstebibliotekar, Nasjonalbiblioteket",
                "bio": "Hanne underviser i bruk av Nasjonalbibliotekets samlingar og tenester.",
            },
            {
                "name": "Lise Berg",
                "role": "Skulebibliotekrådgivar, Østfold fylkesbibliotek",
                "bio": "Lise er lektor og bibliotekar og underviser "
                "lærarar og bibliotekarar i "
                "informasjonskompetanse.",
            },
        ],
        "lessons": [
            {
                "slug": "larer-i-biblioteket",
                "title": "Læring i biblioteket",
                "summary": "Biblioteket som læringsarena.",
                "body": [
                    (
                        "text",
                        "<p>Didaktikk handlar om kva som skal "
                        "lærast, kvifor, og korleis. I "
                        "biblioteket er undervisninga ofte kort "
                        "og utan karakterar, og det stiller eigne "
                        "krav.</p>",
                    ),
                    ("image", {"image": "bibliotekdidaktikk"}),
                ],
            },
            {
                "slug": "laeringsmal",
                "title": "Læringsmål",
                "summary": "Kva skal deltakarane kunne etterpå?",
                "body": [
                    (
                        "text",
                        "<p>Eit godt læringsmål beskriv noko "
                        "deltakaren kan gjere: «kunne finne ei "
                        "bok i katalogen» er betre enn «kjenne "
                        "til katalogen».</p>",
                    ),
                    (
                        "quiz",
                        {
                            "question": "Kva læringsmål er best formulert?",
                            "answers": [
                                [
                                    "Kjenne til kjeldekritikk",
                                    False,
                                    "For vagt: kva skal dei gjere?",
                                ],
                                [
                                    "Kunne vurdere om ei "
                                    "nettside er truverdig ved "
                                    "å sjekke avsendar",
                                    True,
                                    "Rett. Målet beskriv ei handling du kan observere.",
                                ],
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "aktiviteter",
                "title": "Aktivitetar",
                "summary": "La deltakarane gjere noko sjølv.",
                "body": [
                    (
                        "text",
                        "<p>Folk lærer mest når dei gjer noko "
                        "sjølv. Byt mellom kort gjennomgang og "
                        "oppgåver i par. Ti minutt med forelesing "
                        "er ofte nok.</p>",
                    ),
                    ("document", {"doc": "undervisningsplan"}),
                ],
            },
            {
                "slug": "vurdering",
                "title": "Vurdering",
                "summary": "Korleis veit du at dei lærte noko?",
                "body": [
                    (
                        "text",
                        "<p>Avslutt med ei kort oppgåve som viser "
                        "om målet er nådd, til dømes at alle finn "
                        "ei bestemd bok på hylla. Spør også kva "
                        "som var vanskeleg.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "heading": "Refleksjon",
                            "questions": [
                                "Når underviste du sist?",
                                "Korleis visste du om deltakarane lærte noko?",
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    "kildekritikk-for-elever": {
        "title": "Kjeldekritikk og informasjonskompetanse for elevar",
        "summary": "Eit undervisningsopplegg for skulebibliotekarar og "
        "lærarar om å finne, vurdere og bruke kjelder, frå 5. "
        "trinn til vidaregåande.",
        "goals": [
            "Kunne undervise elevar i kjeldevurdering",
            "Kunne samarbeide med faglærar om opplegget",
        ],
        "authors": [
            {
                "name": "Lise Berg",
                "role": "Skulebibliotekrådgivar, Østfold fylkesbibliotek",
                "bio": "Lise er lektor og bibliotekar og underviser "
                "lærarar og bibliotekarar i "
                "informasjonskompetanse.",
            }
        ],
        "lessons": [
            {
                "slug": "kildekritikk-i-lareplanen",
                "title": "Kjeldekritikk i læreplanen",
                "summary": "Kvar i læreplanen høyrer dette heime?",
                "body": [
                    (
                        "text",
                        "<p>Kjeldekritikk er ein del av den digitale "
                        "ferdigheita i alle fag. Finn kompetansemåla "
                        "saman med læraren før de planlegg.</p>",
                    )
                ],
            },
            {
                "slug": "sjekk-avsenderen",
                "title": "Sjekk avsendaren",
                "summary": "Kven står bak, og kvifor?",
                "body": [
                    (
                        "text",
                        "<p>Lær elevane tre spørsmål: Kven står bak? "
                        "Kva vil dei? Kva seier andre kjelder? Øv på "
                        "nettsider med og utan tydeleg avsendar.</p>",
                    ),
                    (
                        "case",
                        {
                            "title": "Nettsida om vaksinar",
                            "text": "<p>Ein elev bruker ei fin nettside "
                            "om vaksinar som kjelde. Det står "
                            "ikkje kven som har laga ho.</p>",
                            "questions": ["Korleis hjelper du eleven vidare?"],
                        },
                    ),
                ],
            },
            {
                "slug": "oppgaven",
                "title": "Oppgåva",
                "summary": "Eit opplegg for ein dobbelttime.",
                "body": [
                    (
                        "text",
                        "<p>Elevane får eit spørsmål, finn tre kjelder "
                        "og vurderer dei i par. Til slutt presenterer "
                        "dei den beste kjelda for klassen.</p>",
                    ),
                    ("document", {"doc": "sokeord-skjema"}),
                ],
            },
        ],
    },
    "gdpr-i-folkebiblioteket": {
        "title": "GDPR og personvern i folkebiblioteket",
        "summary": "Kva betyr personvernforordninga for lånarregisteret, "
        "lånehistorikken, arrangementa og kameraa? Eit grunnkurs "
        "for alle tilsette.",
        "goals": [
            "Kjenne dei grunnleggjande prinsippa i personvernforordninga",
            "Vite kva personopplysningar biblioteket behandlar",
            "Kunne svare lånarar som spør om eigne opplysningar",
        ],
        "authors": [
            {
                "name": "Jon Aasen",
                "role": "Seniorrådgivar, Nasjonalbiblioteket",
                "bio": "Jon er jurist og personvernrådgivar og har "
                "skrive rettleiarar om personvern for bibliotek "
                "og arkiv.",
            }
        ],
        "lessons": [
            {
                "slug": "prinsippene",
                "title": "Prinsippa",
                "summary": "Formål, dataminimering og lagringstid.",
                "body": [
                    (
                        "text",
                        "<p>Personopplysningar skal berre samlast inn "
                        "for eit bestemt formål, ikkje meir enn "
                        "nødvendig, og ikkje lagrast lenger enn "
                        "formålet krev. Dette gjeld alt frå "
                        "lånarregisteret til påmeldingslister.</p>",
                    ),
                    ("image", {"image": "gdpr-og-personvern"}),
                ],
            },
            {
                "slug": "lanerregister-og-historikk",
                "title": "Lånarregister og lånehistorikk",
                "summary": "Kva blir lagra, og kor lenge?",
                "body": [
                    (
                        "text",
                        "<p>Biblioteket treng namn og "
                        "kontaktinformasjon for å låne ut. "
                        "Lånehistorikken skal slettast når boka er "
                        "levert, med mindre lånaren sjølv har bede om "
                        "å behalde han.</p>",
                    ),
                    ("document", {"doc": "personvern-behandlingsoversikt"}),
                ],
            },
            {
                "slug": "innsyn",
                "title": "Når lånaren ber om innsyn",
                "summary": "Lånaren har rett til å sjå eigne opplysningar.",
                "body": [
                    (
                        "text",
                        "<p>Lånaren har rett til innsyn, retting og "
                        "sletting. Svar innan ein månad, og sjekk "
                        "identiteten før du gir ut opplysningar.</p>",
                    ),
                    (
                        "case",
                        {
                            "title": "Mora som vil sjå",
                            "text": "<p>Ei mor vil vite kva bøker den 16 "
                            "år gamle sonen har lånt.</p>",
                            "questions": ["Kva svarer de, og kvifor?"],
                        },
                    ),
                ],
            },
            {
                "slug": "kamera-og-meraapent",
                "title": "Kamera i meiropen tid",
                "summary": "Kameraovervaking krev grunngiving og skilting.",
                "body": [
                    (
                        "text",
                        "<p>Kameraovervaking må vere nødvendig, "
                        "skiltast tydeleg, og opptaka skal slettast "
                        "etter kort tid, som regel sju dagar.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "viktig",
                            "title": "Skilting",
                            "text": "<p>Skiltet skal seie at området er "
                            "overvakt, og kven som er "
                            "behandlingsansvarleg.</p>",
                        },
                    ),
                ],
            },
            {
                "slug": "test-deg-selv",
                "title": "Test deg sjølv",
                "summary": "Tre spørsmål om personvern.",
                "body": [
                    (
                        "quiz",
                        {
                            "question": "Kor lenge skal lånehistorikken "
                            "lagrast når lånaren ikkje har "
                            "bede om noko anna?",
                            "answers": [
                                ["I fem år", False, "Nei, det er altfor lenge."],
                                [
                                    "Til boka er levert",
                                    True,
                                    "Rett. Etter det trengst ikkje opplysninga.",
                                ],
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "Må kameraovervaking skiltast?",
                            "answers": [
                                ["Ja", True, "Rett."],
                                ["Nei, ikkje i bibliotek", False, "Jo, skilting er påkravd."],
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    "personvern-pa-arrangementer": {
        "title": "Personvern på arrangement: bilete og påmelding",
        "summary": "Kan de ta bilete av publikum og leggje dei ut? Kor "
        "lenge kan de ha påmeldingslister? Korte svar og "
        "malar.",
        "goals": ["Kunne innhente samtykke til bilete", "Kunne handtere påmeldingslister"],
        "authors": [
            {
                "name": "Sara Labba",
                "role": "Rådgivar, Troms fylkesbibliotek",
                "bio": "Sara jobbar med arrangement og formidling i Tromsø.",
            }
        ],
        "lessons": [
            {
                "slug": "bilder-av-publikum",
                "title": "Bilete av publikum",
                "summary": "Oversiktsbilete og portrett.",
                "body": [
                    (
                        "text",
                        "<p>Oversiktsbilete av ein sal kan som "
                        "regel publiserast. Bilete der "
                        "enkeltpersonar er i fokus, krev samtykke, "
                        "og for barn under 15 år må foreldra "
                        "samtykkje.</p>",
                    ),
                    ("document", {"doc": "personvern-samtykke"}),
                ],
            },
            {
                "slug": "pameldingslister",
                "title": "Påmeldingslister",
                "summary": "Slett når arrangementet er over.",
                "body": [
                    (
                        "text",
                        "<p>Be berre om det de treng, som namn og "
                        "e-post. Slett lista når arrangementet er "
                        "gjennomført og eventuelle etterarbeid er "
                        "gjorde.</p>",
                    )
                ],
            },
            {
                "slug": "sjekk-deg-selv",
                "title": "Sjekk deg sjølv",
                "summary": "Eit spørsmål til slutt.",
                "body": [
                    (
                        "quiz",
                        {
                            "question": "De vil leggje ut eit "
                            "nærbilete av eit barn på "
                            "eventyrstund. Kva treng de?",
                            "answers": [
                                [
                                    "Ingenting, det er eit offentleg arrangement",
                                    False,
                                    "Nei. Nærbilete av barn krev samtykke.",
                                ],
                                [
                                    "Samtykke frå ein forelder",
                                    True,
                                    "Rett. For barn under 15 år samtykkjer foreldra.",
                                ],
                            ],
                        },
                    )
                ],
            },
        ],
    },
    "soketeknikk-for-bibliotekarer": {
        "title": "Søkjeteknikk for bibliotektilsette",
        "summary": "Boolske operatorar, trunkering, frasesøk og "
        "emneord: teknikkane som gjer at du finn det lånaren "
        "leitar etter, i katalogen og på nettet.",
        "goals": [
            "Kunne bruke OG, ELLER og IKKJE",
            "Kunne bruke trunkering og frasesøk",
            "Kunne gjennomføre eit referanseintervju",
        ],
        "authors": [
            {
                "name": "Nils Mathisen",
                "role": "Bibliotekar, Finnmark fylkesbibliotek",
                "bio": "Nils har jobba med referanseteneste og fjernlån i tjue år.",
            }
        ],
        "lessons": [
            {
                "slug": "referanseintervjuet",
                "title": "Referanseintervjuet",
                "summary": "Finn ut kva lånaren eigentleg spør om.",
                "body": [
                    (
                        "text",
                        "<p>Det første spørsmålet er sjeldan det "
                        "eigentlege. Still opne spørsmål: «Kva "
                        "skal du bruke det til?» gir ofte eit "
                        "betre søk enn lånaren sjølv "
                        "foreslår.</p>",
                    ),
                    (
                        "case",
                        {
                            "title": "Boka om Finnmark",
                            "text": "<p>Ein lånar spør etter «ei "
                            "bok om Finnmark». Det viser "
                            "seg at ho skal skrive om "
                            "fiskebåten til bestefaren.</p>",
                            "questions": ["Kva spørsmål ville du stilt?"],
                        },
                    ),
                ],
            },
            {
                "slug": "boolske-operatorer",
                "title": "OG, ELLER og IKKJE",
                "summary": "Kombiner søkjeord.",
                "body": [
                    (
                        "text",
                        "<p>OG gir færre treff, ELLER gir "
                        "fleire, IKKJE utelukkar. Bruk ELLER "
                        "mellom synonym: <b>fiske ELLER "
                        "fiskeri</b>.</p>",
                    ),
                    ("image", {"image": "søk"}),
                    (
                        "quiz",
                        {
                            "question": "Kva for eit søk gir flest treff?",
                            "answers": [
                                ["fiske OG Finnmark", False, "OG snevrar inn søket."],
                                ["fiske ELLER fiskeri", True, "Rett. ELLER utvidar søket."],
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "trunkering-og-fraser",
                "title": "Trunkering og frasesøk",
                "summary": "Stjerne og hermeteikn.",
                "body": [
                    (
                        "text",
                        "<p>Fisk* finn fisk, fiske, fiskar og "
                        "fiskeri. Hermeteikn søkjer etter ein "
                        "heil frase: «samisk historie».</p>",
                    ),
                    ("document", {"doc": "sokeord-skjema"}),
                ],
            },
            {
                "slug": "emneord",
                "title": "Emneord",
                "summary": "Når orda i tittelen ikkje held.",
                "body": [
                    (
                        "text",
                        "<p>Emneord beskriv kva boka handlar om, "
                        "uavhengig av orda i tittelen. Finn éin "
                        "god post, og sjå kva emneord han har "
                        "fått.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "heading": "Refleksjon",
                            "questions": ["Kva søk opplever du som vanskelegast i skranken?"],
                        },
                    ),
                ],
            },
        ],
    },
    "sok-i-nasjonalbibliotekets-samlinger": {
        "title": "Søk i Nasjonalbibliotekets samlingar",
        "summary": "Bøker, aviser, bilete og kart i "
        "nettbiblioteket: slik hjelper du lånarar med "
        "slektsforsking, lokalhistorie og gamle "
        "avisartiklar.",
        "goals": ["Kunne søkje i nettbiblioteket", "Kunne avgrense søk i aviser"],
        "authors": [
            {
                "name": "Hanne Strand",
                "role": "Førstebibliotekar, Nasjonalbiblioteket",
                "bio": "Hanne underviser i bruk av Nasjonalbibliotekets samlingar og tenester.",
            }
        ],
        "lessons": [
            {
                "slug": "nettbiblioteket",
                "title": "Nettbiblioteket",
                "summary": "Kva som finst der.",
                "body": [
                    (
                        "text",
                        "<p>Nettbiblioteket gir tilgang "
                        "til digitaliserte bøker, aviser, "
                        "tidsskrift, bilete og kart. "
                        "Norske bøker er tilgjengelege "
                        "for alle med norsk "
                        "IP-adresse.</p>",
                    )
                ],
            },
            {
                "slug": "aviser",
                "title": "Søk i aviser",
                "summary": "Avgrens på tid og stad.",
                "body": [
                    (
                        "text",
                        "<p>Avgrens søket til ein periode "
                        "og ei avis. Namn kan vere stava "
                        "på fleire måtar i gamle aviser, "
                        "så prøv variantar.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tips",
                            "title": "Gotisk skrift",
                            "text": "<p>Tekstgjenkjenninga i "
                            "eldre aviser er ikkje "
                            "perfekt. Søk på fleire "
                            "stavemåtar.</p>",
                        },
                    ),
                ],
            },
            {
                "slug": "slektsforskning",
                "title": "Slektsforsking",
                "summary": "Hjelp lånarar med å finne forfedrar.",
                "body": [
                    (
                        "text",
                        "<p>Kombiner avissøk med "
                        "bygdebøker og adressebøker. Lær "
                        "lånaren å søkje sjølv.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "heading": "Refleksjon",
                            "questions": [
                                "Kva for nokre lokalhistoriske kjelder har biblioteket ditt?"
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    "lesestimulering-flersprakelige": {
        "title": "Leseglede for fleirspråklege barn",
        "summary": "Bokprat, språkkafé og bøker på morsmål: korleis "
        "biblioteket kan styrkje leselysta hos barn som "
        "snakkar fleire språk.",
        "goals": [
            "Kjenne til Det fleirspråklege biblioteket",
            "Kunne tilpasse bokprat til fleirspråklege grupper",
        ],
        "authors": [
            {
                "name": "Amina Hassan",
                "role": "Bibliotekar, Akershus fylkesbibliotek",
                "bio": "Amina leier språkkafeen i Lillestrøm bibliotek og snakkar fire språk.",
            }
        ],
        "lessons": [
            {
                "slug": "morsmal",
                "title": "Bøker på morsmål",
                "summary": "Morsmålet er ein ressurs.",
                "body": [
                    (
                        "text",
                        "<p>Barn som les på morsmålet, lærer "
                        "også norsk betre. Det fleirspråklege "
                        "biblioteket kan sende depot med bøker "
                        "på over 50 språk.</p>",
                    )
                ],
            },
            {
                "slug": "tilpasset-bokprat",
                "title": "Tilpassa bokprat",
                "summary": "Bilete, gjenstandar og enkle ord.",
                "body": [
                    (
                        "text",
                        "<p>Bruk biletbøker også for eldre "
                        "barn, vis gjenstandar, og snakk "
                        "langsamt utan å forenkle for "
                        "mykje.</p>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Før bokpraten",
                            "items": [
                                "Spør læraren kva språk elevane snakkar",
                                "Finn minst éi bok på eit av språka",
                                "Vel bøker med mange bilete",
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "foreldrene",
                "title": "Foreldra",
                "summary": "Nå familien.",
                "body": [
                    (
                        "text",
                        "<p>Inviter foreldre til opne kveldar "
                        "med tolk eller språkvenner. Vis "
                        "korleis dei kan låne bøker på eige "
                        "språk.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "heading": "Refleksjon",
                            "questions": ["Kva språk snakkast i kommunen din?"],
                        },
                    ),
                ],
            },
        ],
    },
    "startpakke-meraapent-bibliotek": {
        "title": "Startpakke om meirope bibliotek",
        "summary": "Alt i éin pakke for bibliotek som skal innføre "
        "meiropen tid: saksgang, teknikk, reglement, "
        "informasjon til lånarane og evaluering.",
        "authors": [
            {
                "name": "Ingrid Solberg",
                "role": "Bibliotekrådgivar, Agder fylkesbibliotek",
                "bio": "Ingrid har følgt over tjue bibliotek gjennom overgangen til meirope.",
            }
        ],
        "body": [
            (
                "text",
                "<p>Startpakken byggjer på erfaringar frå meir enn "
                "tjue bibliotek. Bruk kapitla i rekkjefølgje, eller "
                "hopp til det de treng.</p>",
            ),
            (
                "chapter",
                {
                    "heading": "Saksgang og vedtak",
                    "body": [
                        (
                            "text",
                            "<p>Meirope bibliotek krev som regel eit "
                            "politisk vedtak, fordi det endrar "
                            "tenesta og kostar pengar. Lag ei kort "
                            "sak med mål, kostnader og ein plan for "
                            "evaluering.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tips",
                                "title": "Regn med tid",
                                "text": "<p>Frå vedtak til opning tek "
                                "det ofte seks til tolv "
                                "månader.</p>",
                            },
                        ),
                    ],
                },
            ),
            (
                "chapter",
                {
                    "heading": "Teknikk og tryggleik",
                    "body": [
                        (
                            "text",
                            "<p>Tilgangskontroll, sjølvbetening, lys, "
                            "alarm og kamera må verke saman. Be "
                            "leverandøren om ei samla løysing, og "
                            "gjer ei risikovurdering før opning.</p>",
                        ),
                        ("image", {"image": "meråpent-bibliotek"}),
                    ],
                },
            ),
            (
                "chapter",
                {
                    "heading": "Lånarane",
                    "body": [
                        (
                            "text",
                            "<p>Lånarane må registrerast og godta "
                            "reglementet. Informer i lokalavisa, på "
                            "nettsida og i biblioteket, gjerne på "
                            "fleire språk.</p>",
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
                            "<p>Tell besøk og utlån, og spør "
                            "lånarane. Legg fram resultata for "
                            "politikarane etter eitt år.</p>",
                        ),
                        ("image", {"image": "statistikk"}),
                    ],
                },
            ),
        ],
        "checklists": [
            {
                "title": "Før opning",
                "items": [
                    "Vedtak og budsjett er på plass",
                    "Risikovurdering er gjord",
                    "Reglement er vedteke",
                    "Lånarane er informerte",
                    "Tilsette har fått opplæring",
                ],
            }
        ],
        "downloads": [
            {"doc": "meraapent-sjekkliste"},
            {"doc": "meraapent-reglement"},
            {"doc": "besokstall-mal"},
        ],
    },
    "handbok-om-bokprat": {
        "title": "Handbok om bokprat",
        "summary": "Ei praktisk handbok for alle som skal halde bokprat for barn, "
        "unge eller vaksne: utval, oppbygging, stemmebruk og samarbeid "
        "med skulen.",
        "authors": [
            {
                "name": "Kari Nordheim",
                "role": "Rådgivar, Innlandet fylkesbibliotek",
                "bio": "Kari har halde bokprat for over 200 skuleklassar og "
                "leier nettverket for litteraturformidlarar i "
                "Innlandet.",
            }
        ],
        "body": [
            (
                "chapter",
                {
                    "heading": "Utvalet",
                    "body": [
                        (
                            "text",
                            "<p>Vel fem til åtte bøker med variasjon i sjanger, "
                            "lengd og vanskegrad. Les bøkene sjølv, og vel berre "
                            "bøker du kan stå inne for.</p>",
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
                            "<p>Opne med noko som vekkjer nysgjerrigheit, byt "
                            "mellom å fortelje og å lese høgt, og avslutt med at "
                            "tilhøyrarane kan låne.</p>",
                        ),
                        (
                            "accordion",
                            {
                                "title": "Ofte stilte spørsmål",
                                "items": [
                                    [
                                        "Skal eg lære teksten utanåt?",
                                        "<p>Nei, men kjenn bøkene godt nok til å "
                                        "fortelje fritt.</p>",
                                    ],
                                    [
                                        "Kva gjer eg viss klassen er uroleg?",
                                        "<p>Korte ned, les meir høgt, og still spørsmål.</p>",
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
                    "heading": "Samarbeid med skulen",
                    "body": [
                        (
                            "text",
                            "<p>Avtal tema og tidspunkt med læraren, og be om at "
                            "klassen får låne bøkene rett etterpå.</p>",
                        ),
                        (
                            "reflection",
                            {
                                "heading": "Til refleksjon",
                                "questions": ["Kva skular har de fast samarbeid med?"],
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
                    "Bøkene er reserverte og ligg klare",
                    "Utdraga til høgtlesing er merkte",
                    "Læraren veit når de kjem",
                ],
            }
        ],
        "downloads": [{"doc": "bokprat-planlegging"}, {"doc": "bokprat-boklister"}],
    },
    "verktoykasse-konflikthandtering": {
        "title": "Digital verktøykasse om konflikthandtering",
        "summary": "Malar, øvingar og case de kan bruke i "
        "personalgruppa for å bli tryggare i møte med "
        "vanskelege situasjonar.",
        "authors": [
            {
                "name": "Ole Bakken",
                "role": "Seniorrådgivar, Oslo fylkesbibliotek",
                "bio": "Ole har bakgrunn frå vektarbransjen og "
                "har jobba med tryggleik og "
                "konflikthandtering i bibliotek i ti "
                "år.",
            }
        ],
        "body": [
            (
                "chapter",
                {
                    "heading": "Slik bruker de verktøykassa",
                    "body": [
                        (
                            "text",
                            "<p>Verktøya kan brukast kvar for seg. "
                            "Sett av 30 minutt på eit personalmøte, "
                            "og vel eitt verktøy om gongen.</p>",
                        )
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
                                "title": "Stengjetid",
                                "text": "<p>Det er stengjetid, men ein "
                                "lånar nektar å gå før "
                                "utskrifta er ferdig. Du er "
                                "åleine på jobb.</p>",
                                "questions": ["Kva gjer du?", "Kva rutinar burde de hatt?"],
                            },
                        ),
                        (
                            "case",
                            {
                                "title": "Rasisme i skranken",
                                "text": "<p>Ein lånar kjem med "
                                "rasistiske kommentarar til ein "
                                "kollega.</p>",
                                "questions": ["Korleis støttar du kollegaen din?"],
                            },
                        ),
                    ],
                },
            ),
            (
                "chapter",
                {
                    "heading": "Malar",
                    "body": [
                        (
                            "text",
                            "<p>Tilpass malane til biblioteket ditt, "
                            "og gå gjennom dei med "
                            "verneombodet.</p>",
                        ),
                        ("document", {"doc": "konflikt-handlingsplan"}),
                        ("document", {"doc": "avviksskjema"}),
                    ],
                },
            ),
        ],
        "checklists": [
            {
                "title": "Rutinar alle skal kjenne",
                "items": [
                    "Kven ringjer 112?",
                    "Kvar er rømmingsvegane?",
                    "Korleis varslar vi kvarandre?",
                    "Kven skriv avviksmelding?",
                ],
            }
        ],
        "downloads": [{"doc": "konflikt-handlingsplan"}, {"doc": "avviksskjema"}],
    },
    "startpakke-samskaping": {
        "title": "Startpakke i samskaping",
        "summary": "Kom i gang med samskaping: frå første idé til den første "
        "verkstaden med innbyggjarane, med opplegg og sjekklister.",
        "authors": [
            {
                "name": "Siri Haugland",
                "role": "Utviklingsleiar, Vestland fylkesbibliotek",
                "bio": "Siri jobbar med stadsutvikling og samskaping og "
                "har leidd fleire prosjekt med "
                "innbyggjarmedverknad.",
            }
        ],
        "body": [
            (
                "chapter",
                {
                    "heading": "Kom i gang",
                    "body": [
                        (
                            "text",
                            "<p>Vel ei avgrensa oppgåve å samskape om, til "
                            "dømes innreiinga av ungdomsavdelinga eller "
                            "programmet for hausten.</p>",
                        ),
                        ("image", {"image": "personalmote"}),
                    ],
                },
            ),
            (
                "chapter",
                {
                    "heading": "Verkstaden",
                    "body": [
                        (
                            "text",
                            "<p>Bruk opplegget for samskapingsverkstad, og "
                            "sørg for at deltakarane ser resultatet av "
                            "arbeidet.</p>",
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
                            "<p>Oppsummer, gjennomfør minst eitt tiltak raskt, "
                            "og inviter deltakarane med vidare.</p>",
                        )
                    ],
                },
            ),
        ],
        "checklists": [
            {
                "title": "Før verkstaden",
                "items": [
                    "Oppgåva er avgrensa",
                    "Invitasjonen har nådd nye grupper",
                    "Leiinga har sagt ja til å følgje opp",
                ],
            }
        ],
        "downloads": [{"doc": "samskaping-workshop"}],
    },
    "veileder-personvern-arrangementer": {
        "title": "Rettleiar: personvern i folkebiblioteket",
        "summary": "Ein oppslagsrettleiar om personopplysningar i "
        "biblioteket: lånarar, arrangement, kamera og "
        "tilsette.",
        "authors": [
            {
                "name": "Jon Aasen",
                "role": "Seniorrådgivar, Nasjonalbiblioteket",
                "bio": "Jon er jurist og personvernrådgivar og "
                "har skrive rettleiarar om personvern "
                "for bibliotek og arkiv.",
            }
        ],
        "body": [
            (
                "chapter",
                {
                    "heading": "Oversikt over behandlingar",
                    "body": [
                        (
                            "text",
                            "<p>Biblioteket skal ha ei oversikt "
                            "over kva personopplysningar det "
                            "behandlar, kvifor, og kor lenge dei "
                            "blir lagra.</p>",
                        ),
                        ("document", {"doc": "personvern-behandlingsoversikt"}),
                    ],
                },
            ),
            (
                "chapter",
                {
                    "heading": "Arrangement",
                    "body": [
                        (
                            "text",
                            "<p>Samtykke til bilete, korte lagringstider for påmeldingslister.</p>",
                        ),
                        ("document", {"doc": "personvern-samtykke"}),
                    ],
                },
            ),
        ],
        "checklists": [
            {
                "title": "Årleg gjennomgang",
                "items": [
                    "Oversikta over behandlingar er oppdatert",
                    "Gamle påmeldingslister er sletta",
                    "Kameraopptak blir sletta automatisk",
                ],
            }
        ],
        "downloads": [{"doc": "personvern-samtykke"}, {"doc": "personvern-behandlingsoversikt"}],
    },
    "verktoykasse-spillkvelder": {
        "title": "Verktøykasse for spelekveldar",
        "summary": "Planar, spelelister og tips for spelekveldar med brettspel og dataspel.",
        "authors": [
            {
                "name": "Anders Lie",
                "role": "Spelebibliotekar, Akershus fylkesbibliotek",
                "bio": "Anders har bygd opp spelesamlingar i fem "
                "bibliotek og arrangerer landets største "
                "brettspeldag for bibliotek.",
            }
        ],
        "body": [
            (
                "chapter",
                {
                    "heading": "Planlegging",
                    "body": [
                        ("text", "<p>Bestem målgruppe, vel spel og skaff spelevertar.</p>"),
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
                            "<p>Ønsk velkomen, forklar reglane kort, og la folk byte bord.</p>",
                        ),
                    ],
                },
            ),
        ],
        "checklists": [
            {
                "title": "Spelekvelden",
                "items": ["Spel er talt og komplette", "Borda er rigga", "Vertane veit rolla si"],
            }
        ],
        "downloads": [{"doc": "spillkveld-plan"}],
    },
    "veileder-sosiale-medier": {
        "title": "Rettleiar for dei sosiale media til biblioteket",
        "summary": "Retningslinjer, publiseringsplan og tilgjengelegheit for "
        "kanalane til biblioteket.",
        "authors": [
            {
                "name": "Mona Eriksen",
                "role": "Rådgivar for digital formidling, Telemark fylkesbibliotek",
                "bio": "Mona har drive kanalane til biblioteket i "
                "sosiale medium i sju år og underviser i digital "
                "formidling.",
            }
        ],
        "body": [
            (
                "chapter",
                {
                    "heading": "Retningslinjer",
                    "body": [
                        (
                            "text",
                            "<p>Skriv ned kven som publiserer, korleis de "
                            "svarer, og kva de skjuler eller "
                            "slettar.</p>",
                        )
                    ],
                },
            ),
            (
                "chapter",
                {
                    "heading": "Tilgjengelegheit",
                    "body": [
                        (
                            "text",
                            "<p>Alt-tekst på bilete, teksting på video og "
                            "god kontrast i grafikk.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "viktig",
                                "title": "Lovkrav",
                                "text": "<p>Offentlege verksemder skal følgje "
                                "krava til universell utforming også i "
                                "sosiale medium.</p>",
                            },
                        ),
                    ],
                },
            ),
        ],
        "checklists": [
            {
                "title": "Før du publiserer",
                "items": ["Biletet har alt-tekst", "Videoen er teksta", "Lenkja verkar"],
            }
        ],
        "downloads": [{"doc": "sosiale-medier-plan"}],
    },
    "handbok-sok-og-kildekritikk": {
        "title": "Handbok i søk og kjeldekritikk for skulebiblioteket",
        "summary": "Undervisningsopplegg, arbeidsark og tips for "
        "skulebibliotekarar som underviser i søk og "
        "kjeldekritikk.",
        "authors": [
            {
                "name": "Lise Berg",
                "role": "Skulebibliotekrådgivar, Østfold fylkesbibliotek",
                "bio": "Lise er lektor og bibliotekar og underviser "
                "lærarar og bibliotekarar i "
                "informasjonskompetanse.",
            }
        ],
        "body": [
            (
                "chapter",
                {
                    "heading": "Søk",
                    "body": [
                        (
                            "text",
                            "<p>Frå spørsmål til søkjeord: lær elevane å bryte ned spørsmålet.</p>",
                        ),
                        ("document", {"doc": "sokeord-skjema"}),
                    ],
                },
            ),
            (
                "chapter",
                {
                    "heading": "Kjeldekritikk",
                    "body": [
                        ("text", "<p>Kven står bak, kva vil dei, og kva seier andre kjelder?</p>"),
                        (
                            "quiz",
                            {
                                "question": "Kva bør eleven sjekke først på ei ukjend nettside?",
                                "answers": [
                                    ["Kven som står bak", True, "Rett, start med avsendaren."],
                                    ["Kor fin sidan er", False, "Utsjånaden seier lite."],
                                ],
                            },
                        ),
                    ],
                },
            ),
        ],
        "checklists": [
            {
                "title": "Planlegging med faglærar",
                "items": ["Kompetansemål er valt", "Tidspunkt er avtalt", "Oppgåva er klar"],
            }
        ],
        "downloads": [{"doc": "sokeord-skjema"}, {"doc": "undervisningsplan"}],
    },
    "spillkvelder-for-ungdom-lillestrom": {
        "resources_note": "Spelekonsollar og brettspel frå Nasjonalbibliotekets spelestøtte.",
        "title": "Spelekveldar for ungdom i Lillestrøm",
        "summary": "Kvar fredag kveld vart biblioteket ein "
        "spelestad for ungdom mellom 13 og 18 år. "
        "Besøket blant ungdom vart tredobla på eitt år.",
        "goals": "<ul><li>Gi ungdom eit trygt, gratis tilbod "
        "fredag kveld</li><li>Nå ungdom som ikkje bruker "
        "biblioteket</li></ul>",
        "body": [
            (
                "text",
                "<p>Vi rydda ungdomsavdelinga kvar fredag frå "
                "klokka 18 til 22, sette opp tre konsollar og "
                "tjue brettspel, og hadde to tilsette og to "
                "ungdomsvertar på jobb. Ungdomsrådet hjelpte oss "
                "med å velje spel.</p>",
            ),
            ("image", {"image": "spillformidling"}),
        ],
        "results": "<p>I snitt kom 45 ungdommar kvar fredag. "
        "Utlånet av spel og teikneseriar auka med 30 "
        "prosent.</p>",
        "lessons_learned": "<p>Ungdomsvertar var avgjerande. Start "
        "med få spel du kan godt, og utvid "
        "etter ønske.</p>",
        "follow_ups": [
            {
                "date": "2025-09-01",
                "heading": "Eitt år etter",
                "text": "<p>Spelekveldane har vorte eit "
                "fast tilbod i budsjettet til "
                "kommunen, og to av ungdomsvertane "
                "er no tilsett som "
                "ekstrahjelp.</p>",
            }
        ],
    },
    "utvidet-meraapent-hamar": {
        "title": "Meirope frå sju til 23 alle dagar",
        "summary": "Hamar bibliotek utvida den meiropne tida til 07–23 alle "
        "dagar. Studentar og pendlarar vart nye, faste brukarar.",
        "goals": "<p>Gjere biblioteket tilgjengeleg for dei som ikkje kan "
        "komme i betent opningstid.</p>",
        "body": [
            (
                "text",
                "<p>Vi oppgraderte tilgangskontrollen, sette opp kamera i "
                "inngangspartiet og laga eit nytt reglement saman med "
                "tryggingsrådgivaren til kommunen. Lånarane vart informerte "
                "gjennom lokalavisa og på skjermar i biblioteket.</p>",
            ),
            ("image", {"image": "statistikk", "caption": "Besøk i meiropen tid, første halvår."}),
            ("document", {"doc": "besokstall-mal"}),
        ],
        "results": "<p>Besøket i meiropen tid auka frå 400 til 1 100 i "
        "månaden. Det vart registrert to mindre hendingar i løpet "
        "av året.</p>",
        "lessons_learned": "<p>Informasjon på fleire språk var viktig. Vi "
        "skulle ha involvert ungdomsrådet tidlegare.</p>",
        "follow_ups": [
            {
                "date": "2024-12-01",
                "heading": "Eitt år etter",
                "text": "<p>Ordninga er vidareført. Vi har no eigne "
                "studieplassar som kan bookast i meiropen "
                "tid.</p>",
            }
        ],
    },
    "ungdommens-bibliotek-toyen": {
        "title": "Ungdommane innreier sitt eige bibliotek",
        "summary": "Ungdom frå 10 til 15 år har planlagt og innreidd ei ny "
        "avdeling saman med tilsette og ein arkitekt.",
        "goals": "<p>La ungdommane eige avdelinga, frå idé til innreiing og reglar.</p>",
        "body": [
            (
                "text",
                "<p>Over seks verkstader jobba tjue ungdommar med ønske, "
                "teikningar og modellar. Arkitekten omsette ideane til "
                "ein plan, og ungdommane stemde over dei endelege "
                "løysingane.</p>",
            ),
            ("image", {"image": "personalmote"}),
        ],
        "results": "<p>Avdelinga opna i oktober og har i snitt 60 "
        "besøkjande ungdommar om dagen.</p>",
        "lessons_learned": "<p>Det tok lengre tid enn planlagt, men "
        "eigarskapen gav mindre hærverk og bråk.</p>",
    },
    "konflikthandtering-for-alle-stavanger": {
        "title": "Konflikthandtering for alle tilsette",
        "summary": "Alle 70 tilsette tok kurset i "
        "konflikthandtering på personalmøte, med "
        "rollespel og felles rutinar.",
        "goals": "<p>Felles språk og rutinar for vanskelege situasjonar.</p>",
        "body": [
            (
                "text",
                "<p>Vi brukte nettkurset frå Oslo "
                "fylkesbibliotek, éin leksjon per "
                "personalmøte. Verneombodet leidde "
                "rollespela.</p>",
            ),
            (
                "callout",
                {
                    "kind": "tips",
                    "title": "Ta det i små porsjonar",
                    "text": "<p>Tretti minutt per møte var nok til at alle deltok.</p>",
                },
            ),
        ],
        "results": "<p>Tilsette svarer at dei kjenner seg "
        "tryggare. Talet på avviksmeldingar auka, "
        "fordi fleire melde frå.</p>",
        "lessons_learned": "<p>Rollespel var uvant, men vart det mest verdifulle.</p>",
    },
    "trygghet-tromso": {
        "title": "Tryggare kveldar i biblioteket",
        "summary": "Tromsø bibliotek fekk nye ordensreglar og ein fast vektarrunde på "
        "kveldstid etter fleire uønskte hendingar.",
        "goals": "<p>Færre uønskte hendingar, og eit bibliotek der alle kjenner seg tryggje.</p>",
        "body": [
            (
                "text",
                "<p>Vi kartla hendingane det siste året, laga nye ordensreglar "
                "saman med brukarane og avtalte ein vektarrunde kvar kveld klokka "
                "20.</p>",
            )
        ],
        "results": "<p>Førebels halvert talet på hendingar på kveldstid.</p>",
        "lessons_learned": "<p>Reglane måtte skrivast enkelt og hengjast opp fleire stader.</p>",
    },
    "bokprat-pa-samisk-kautokeino": {
        "title": "Bokprat på samisk og norsk i skulen",
        "summary": "Biblioteket heldt bokprat på nordsamisk og norsk for "
        "alle trinn på barneskulen, med bøker frå samiske "
        "forlag.",
        "goals": "<p>Auke utlånet av samiskspråklege bøker og leselysta hos barna.</p>",
        "body": [
            (
                "text",
                "<p>Kvar klasse fekk to bokpratar i året, éin haust og "
                "éin vår. Vi samarbeidde med samiske forlag og fekk "
                "forfattarbesøk to gonger.</p>",
            )
        ],
        "results": "<p>Utlånet av samiskspråklege barnebøker vart dobla.</p>",
        "lessons_learned": "<p>Det finst for få samiske barnebøker for dei eldste barna.</p>",
        "follow_ups": [
            {
                "date": "2025-11-01",
                "heading": "Eitt år etter",
                "text": "<p>Bokpratane fortset, og ungdomsskulen er med frå i haust.</p>",
            }
        ],
    },
    "meraapent-i-vadso": {
        "title": "Meirope i ein liten by",
        "summary": "Med fire årsverk klarte ikkje biblioteket å halde ope om "
        "kvelden. Meiropen tid gav innbyggjarane bibliotek frå 08 til "
        "22.",
        "goals": "<p>Lengre opningstid utan fleire tilsette.</p>",
        "body": [
            (
                "text",
                "<p>Vi søkte om midlar frå fylkeskommunen, fekk på plass "
                "tilgangskontroll og sjølvbetening, og registrerte 600 lånarar "
                "for meiropen tid første månad.</p>",
            ),
            ("document", {"doc": "meraapent-sjekkliste"}),
        ],
        "results": "<p>Nær ein tredel av besøket skjer no i meiropen tid.</p>",
        "lessons_learned": "<p>Lag og foreiningar var dei første til å bruke tilbodet.</p>",
    },
    "digital-fortellerstund-notodden": {
        "title": "Digital forteljarstund for barnehagane",
        "summary": "Korte, teksta forteljarvideoar som barnehagane i "
        "kommunen kan vise når det passar dei.",
        "goals": "<p>Nå barnehagar som har lang veg til biblioteket.</p>",
        "body": [
            (
                "text",
                "<p>Vi spelte inn tolv forteljingar på ti minutt, "
                "med teksting. Forlaga gav løyve til bruk i eitt "
                "år.</p>",
            ),
            (
                "video",
                {
                    "title": "Døme på ein kort video med teksting",
                    "transcript": "<p>Velkomen til Kompetansebanken.</p>",
                },
            ),
        ],
        "results": "<p>Alle 14 barnehagar i kommunen brukte videoane.</p>",
        "lessons_learned": "<p>Avklar rettar tidleg; det tok lengst tid.</p>",
    },
    "sokekurs-for-seniorer-horten": {
        "title": "Lær å søkje: kurs for seniorar",
        "summary": "Fire kurskveldar om å finne påliteleg informasjon på "
        "nett, for innbyggjarar over 65.",
        "goals": "<p>Styrke seniorars digitale kompetanse og kjeldekritikk.</p>",
        "body": [
            (
                "text",
                "<p>Vi brukte nettkurset om bibliotekdidaktikk til å "
                "planleggje, med korte innlegg og mykje eiga "
                "øving.</p>",
            )
        ],
        "results": "<p>48 deltakarar; 90 prosent ville tilrå kurset.</p>",
        "lessons_learned": "<p>Maks tolv deltakarar per kveld, og ta med eigne einingar.</p>",
    },
    "personvernrutine-fredrikstad": {
        "title": "Ny personvernrutine for arrangement",
        "summary": "Ein enkel rutine for samtykke til bilete og sletting av påmeldingslister.",
        "goals": "<p>Alle arrangement skal følgje same rutine for personvern.</p>",
        "body": [
            (
                "text",
                "<p>Vi laga ein mal for samtykke og ein fast "
                "sletterutine, og gjekk gjennom rutinen på eit "
                "personalmøte.</p>",
            ),
            ("document", {"doc": "personvern-samtykke"}),
        ],
        "results": "<p>Rutinen blir brukt på alle arrangement.</p>",
        "lessons_learned": "<p>Éi side med rutine er betre enn ein lang rettleiar ingen les.</p>",
    },
    "kildekritikk-i-skolen-drammen": {
        "title": "Kjeldekritikk for alle 9. trinn",
        "summary": "Biblioteket underviser alle elevar på 9. trinn i "
        "søk og kjeldekritikk, i samarbeid med "
        "norsklærarane.",
        "goals": "<p>Alle elevar skal kunne vurdere ei kjelde før dei bruker ho.</p>",
        "body": [
            (
                "text",
                "<p>Kvar klasse får ein dobbelttime i biblioteket og "
                "ein oppfølgingstime på skulen.</p>",
            )
        ],
        "results": "<p>Lærarane melder at elevane oppgir kjelder oftare.</p>",
        "lessons_learned": "<p>Felles planlegging med lærarane er nøkkelen.</p>",
    },
    "gamingrom-bodo": {
        "title": "Eit gamingrom laga av ungdom",
        "summary": "Ungdom planla og innreidde eit gamingrom i biblioteket, med eigne "
        "reglar og turneringar.",
        "goals": "<p>Eit rom ungdom føler at dei eig.</p>",
        "body": [
            (
                "text",
                "<p>Ungdommane valde utstyr, fargar og reglar. Biblioteket stod for "
                "innkjøp og drift.</p>",
            )
        ],
        "results": "<p>Rommet er fullbooka kvar ettermiddag.</p>",
        "lessons_learned": "<p>Booking på nett hindra krangel om tid.</p>",
    },
    "bokprat-i-barnehagen-orland": {
        "title": "Bokprat i alle barnehagar",
        "summary": "Biblioteket besøkte alle barnehagane med bokprat og "
        "bokkasser to gonger i året.",
        "goals": "<p>Alle barn skal møte biblioteket før skulestart.</p>",
        "body": [
            (
                "text",
                "<p>Vi laga bokkasser med tjue bøker per avdeling og "
                "heldt ein kort bokprat for dei eldste barna.</p>",
            )
        ],
        "results": "<p>Utlånet av biletbøker auka med 25 prosent.</p>",
        "lessons_learned": "<p>Barnehagane ønskte bøker på fleire språk.</p>",
    },
}
