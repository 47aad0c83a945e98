"""The demo courses (nettkurs), written in Bokmål. `age` is days since publishing."""

AUTHORS = {
    "kari": {
        "name": "Kari Nordheim",
        "role": "Rådgiver, Innlandet fylkesbibliotek",
        "bio": "Kari har holdt bokprat for over 200 skoleklasser og leder nettverket for "
        "litteraturformidlere i Innlandet.",
    },
    "ole": {
        "name": "Ole Bakken",
        "role": "Seniorrådgiver, Oslo fylkesbibliotek",
        "bio": "Ole har bakgrunn fra vekterbransjen og har jobbet med trygghet og "
        "konflikthåndtering i bibliotek i ti år.",
    },
    "ingrid": {
        "name": "Ingrid Solberg",
        "role": "Bibliotekrådgiver, Agder fylkesbibliotek",
        "bio": "Ingrid har fulgt over tjue bibliotek gjennom overgangen til meråpent.",
    },
    "anders": {
        "name": "Anders Lie",
        "role": "Spillbibliotekar, Akershus fylkesbibliotek",
        "bio": "Anders har bygd opp spillsamlinger i fem bibliotek og arrangerer landets største "
        "brettspilldag for bibliotek.",
    },
    "siri": {
        "name": "Siri Haugland",
        "role": "Utviklingsleder, Vestland fylkesbibliotek",
        "bio": "Siri jobber med stedsutvikling og samskaping og har ledet flere prosjekter med "
        "innbyggermedvirkning.",
    },
    "mona": {
        "name": "Mona Eriksen",
        "role": "Rådgiver for digital formidling, Telemark fylkesbibliotek",
        "bio": "Mona har drevet bibliotekets kanaler i sosiale medier i sju år og underviser i "
        "digital formidling.",
    },
    "jon": {
        "name": "Jon Aasen",
        "role": "Seniorrådgiver, Nasjonalbiblioteket",
        "bio": "Jon er jurist og personvernrådgiver og har skrevet veiledere om personvern for "
        "bibliotek og arkiv.",
    },
    "lise": {
        "name": "Lise Berg",
        "role": "Skolebibliotekrådgiver, Østfold fylkesbibliotek",
        "bio": "Lise er lektor og bibliotekar og underviser lærere og bibliotekarer i "
        "informasjonskompetanse.",
    },
    "nils": {
        "name": "Nils Mathisen",
        "role": "Bibliotekar, Finnmark fylkesbibliotek",
        "bio": "Nils har jobbet med referansetjeneste og fjernlån i tjue år.",
    },
    "hanne": {
        "name": "Hanne Strand",
        "role": "Førstebibliotekar, Nasjonalbiblioteket",
        "bio": "Hanne underviser i bruk av Nasjonalbibliotekets samlinger og tjenester.",
    },
}


def authors(*keys):
    return [AUTHORS[key] for key in keys]


COURSES = [
    {
        "slug": "bokprat-for-nybegynnere",
        "org": "innlandet",
        "topics": ["bokprat"],
        "audiences": ["alle-bibliotekansatte", "nyansatte"],
        "image": "bokprat",
        "age": 40,
        "level": "grunnleggende",
        "minutes": 90,
        "format": "selvstudium",
        "contact_email": "bokprat@innlandetfylke.no",
        "title": "Bokprat for nybegynnere",
        "summary": "Lær å velge bøker, bygge opp en bokprat og fange publikum. Kurset passer for "
        "deg som aldri har holdt bokprat, eller som vil bli tryggere.",
        "goals": [
            "Kunne velge ut bøker som passer for en bestemt gruppe",
            "Kunne bygge opp en bokprat med åpning, høytlesing og avslutning",
            "Kunne evaluere egen bokprat og forbedre den",
        ],
        "authors": authors("kari"),
        "intro": [
            (
                "text",
                "<p>Bokprat er en av de mest effektive måtene å få barn og unge til å låne "
                "bøker på. I dette kurset lærer du grunnprinsippene, og du lager din egen første "
                "bokprat underveis.</p>",
            ),
            ("image", {"image": "bokprat", "caption": "Gode bokprater starter med gode bøker."}),
        ],
        "lessons": [
            {
                "slug": "hva-er-bokprat",
                "title": "Hva er bokprat?",
                "summary": "Hva bokprat er, og hvorfor det virker.",
                "body": [
                    (
                        "text",
                        "<p>En bokprat er en kort, muntlig presentasjon av flere bøker for en "
                        "gruppe. Målet er ikke å anmelde bøkene, men å gjøre tilhørerne "
                        "nysgjerrige nok til å låne dem. En typisk bokprat for en skoleklasse "
                        "varer 20–30 minutter og presenterer fem til åtte bøker.</p><p>Bokprat "
                        "virker fordi den gir bøkene et ansikt. Når en bibliotekar forteller "
                        "engasjert om en bok, blir det lettere for en tolvåring å velge den "
                        "blant tusen andre på hylla.</p>",
                    ),
                    (
                        "video",
                        {
                            "title": "Velkommen til Kompetansebanken",
                            "transcript": "<p>Velkommen til Kompetansebanken. Her lærer "
                            "bibliotekansatte av hverandre, med nettkurs, læringsressurser og "
                            "tiltak fra hele landet.</p>",
                        },
                    ),
                    (
                        "reflection",
                        {
                            "heading": "Tenk over",
                            "questions": [
                                "Husker du en bok noen anbefalte deg så godt at du måtte lese "
                                "den? Hva gjorde anbefalingen god?",
                                "Hvilke grupper i din kommune får aldri bokprat i dag?",
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "a-velge-boker",
                "title": "Å velge bøker",
                "summary": "Slik setter du sammen et utvalg som treffer hele gruppa.",
                "body": [
                    (
                        "text",
                        "<p>Utvalget er halve jobben. Velg bøker du selv liker, men tenk på hele "
                        "gruppa: ta med både tynne og tykke bøker, lettleste bøker, tegneserier og "
                        "sakprosa. Har gruppa elever med et annet morsmål, kan du ta med en bok "
                        "som finnes på flere språk.</p><ul><li>Fem til åtte bøker er nok.</li>"
                        "<li>Sjekk at bøkene finnes i flere eksemplarer.</li><li>Ha med minst én "
                        "bok som er lett å lese.</li></ul>",
                    ),
                    (
                        "document",
                        {
                            "doc": "bokprat-boklister",
                            "description": "Eksempler på boklister for ulike aldersgrupper.",
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "Hvor mange bøker passer det å presentere i en bokprat "
                            "for en skoleklasse?",
                            "answers": [
                                [
                                    "To eller tre",
                                    False,
                                    "Det blir for lite å velge mellom for en hel klasse.",
                                ],
                                [
                                    "Fem til åtte",
                                    True,
                                    "Riktig. Da er det noe for de fleste, og tiden strekker til.",
                                ],
                                [
                                    "Femten eller flere",
                                    False,
                                    "Da rekker du ikke å gjøre hver bok levende.",
                                ],
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "a-bygge-opp-bokpraten",
                "title": "Å bygge opp bokpraten",
                "summary": "Åpning, høytlesing og avslutning.",
                "body": [
                    (
                        "text",
                        "<p>Start med noe som fanger oppmerksomheten: et spørsmål, en gjenstand "
                        "eller en kort høytlesing midt i en spennende scene. Bytt mellom å "
                        "fortelle og å lese høyt, og stopp gjerne på det mest spennende. Avslutt "
                        "med å vise hvor bøkene står, og la tilhørerne låne med en gang.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tips",
                            "title": "Stopp før slutten",
                            "text": "<p>Les aldri så langt at spenningen forsvinner. Det er "
                            "nysgjerrigheten som gjør at boka blir lånt.</p>",
                        },
                    ),
                    (
                        "document",
                        {
                            "doc": "bokprat-planlegging",
                            "description": "Skjema du kan fylle ut når du planlegger.",
                        },
                    ),
                ],
            },
            {
                "slug": "etter-bokpraten",
                "title": "Etter bokpraten",
                "summary": "Evaluer, og gjør den neste enda bedre.",
                "body": [
                    (
                        "text",
                        "<p>Noter hvilke bøker som ble lånt, og hvilke som ble stående. Spør "
                        "læreren hva elevene sa etterpå. Etter tre–fire bokprater ser du mønstre "
                        "som gjør utvalget ditt bedre.</p>",
                    ),
                    (
                        "case",
                        {
                            "title": "Bokpraten som ikke traff",
                            "text": "<p>Marit holdt bokprat for 9. trinn. Hun hadde valgt bøker "
                            "hun selv likte godt, men elevene var urolige, og bare én bok ble "
                            "lånt.</p>",
                            "questions": [
                                "Hva kan ha gått galt?",
                                "Hvordan kunne Marit ha forberedt seg annerledes?",
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "bokprat-for-ungdom",
        "org": "trondelag",
        "topics": ["bokprat"],
        "audiences": ["barn-og-unge"],
        "image": "bokprat",
        "age": 120,
        "level": "videregaende",
        "minutes": 60,
        "format": "samlinger",
        "contact_email": "litteratur@trondelagfylke.no",
        "title": "Bokprat for ungdom",
        "summary": "Ungdom er et krevende publikum. Her får du grep som gjør bokpraten relevant "
        "for 13–19-åringer, også for dem som sier at de ikke leser.",
        "goals": [
            "Kunne tilpasse bokprat til ungdom",
            "Kunne bruke sosiale medier og lydbøker i bokpraten",
        ],
        "authors": [
            {
                "name": "Eirik Fossum",
                "role": "Ungdomsbibliotekar, Trøndelag fylkesbibliotek",
                "bio": "Eirik har drevet Trondheims ungdomsbibliotek og lager bokvideoer med "
                "ungdom.",
            }
        ],
        "lessons": [
            {
                "slug": "ungdom-som-publikum",
                "title": "Ungdom som publikum",
                "summary": "Hva kjennetegner ungdom som lesere?",
                "body": [
                    (
                        "text",
                        "<p>Mange ungdommer leser mindre enn før, men de leser mye på skjerm og "
                        "hører lydbøker. Ta dem på alvor: snakk om temaene de er opptatt av, og "
                        "ikke vær redd for bøker som tar opp vanskelige ting. Ungdom merker fort "
                        "om du later som.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "heading": "Refleksjonsspørsmål",
                            "questions": [
                                "Hvilke ungdomsbøker har du selv lest det siste året?",
                                "Hvordan kan du få ungdom til å anbefale bøker til hverandre?",
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "lydbok-og-bokvideo",
                "title": "Lydbøker og bokvideoer",
                "summary": "Bruk formatene ungdom allerede bruker.",
                "body": [
                    (
                        "text",
                        "<p>Spill av et kort lydbokutdrag i stedet for å lese høyt selv, og vis "
                        "hvordan elevene kan låne lydbøker og e-bøker på mobilen. Korte "
                        "bokvideoer laget av andre ungdommer kan også være en god inngang.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "Strømming i klasserommet",
                            "text": "<p>Sjekk at du har rett til å spille av lydutdrag for en "
                            "gruppe. Tjenestene biblioteket abonnerer på, tillater det som "
                            "regel.</p>",
                        },
                    ),
                ],
            },
            {
                "slug": "samtalen-etterpa",
                "title": "Samtalen etterpå",
                "summary": "La ungdommene snakke.",
                "body": [
                    (
                        "text",
                        "<p>En bokprat for ungdom blir best når den blir en samtale. Still åpne "
                        "spørsmål, og la elevene stemme over hvilken bok du skal lese mer fra.</p>",
                    ),
                    (
                        "quiz",
                        {
                            "question": "Hva er et godt åpent spørsmål til ungdom etter en "
                            "bokprat?",
                            "answers": [
                                [
                                    "Likte dere bøkene?",
                                    False,
                                    "Dette er et ja/nei-spørsmål som sjelden gir samtale.",
                                ],
                                [
                                    "Hvilken av bøkene ville dere helst sett som serie, og "
                                    "hvorfor?",
                                    True,
                                    "Ja, spørsmålet inviterer til meninger og begrunnelser.",
                                ],
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "konflikthandtering-i-skranken",
        "org": "oslo",
        "topics": ["konflikthåndtering"],
        "audiences": ["alle-bibliotekansatte"],
        "image": "konflikthåndtering",
        "age": 410,
        "level": "grunnleggende",
        "minutes": 120,
        "format": "samlinger",
        "contact_email": "fylkesbiblioteket@deichman.no",
        "title": "Konflikthåndtering i skranken",
        "summary": "Slik møter du sinte, fortvilte og truende lånere på en trygg måte. Kurset er "
        "laget for å tas sammen med kollegaene dine, med case til personalmøtet.",
        "goals": [
            "Forstå hvordan konflikter trappes opp og ned",
            "Kunne bruke enkle teknikker for å roe ned en situasjon",
            "Vite hva du gjør etter en alvorlig hendelse",
        ],
        "authors": authors("ole"),
        "intro": [
            (
                "text",
                "<p>Nesten alle som jobber i bibliotek, opplever konflikter med publikum. De "
                "fleste er små, men noen blir alvorlige. Kurset gir dere et felles språk og "
                "felles rutiner.</p>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Slik bruker dere kurset",
                    "text": "<p>Ta én leksjon per personalmøte. Hver leksjon har et case dere "
                    "diskuterer i grupper på tre–fire.</p>",
                },
            ),
        ],
        "lessons": [
            {
                "slug": "konflikttrappa",
                "title": "Konflikttrappa",
                "summary": "Hvordan en uenighet blir til en konflikt.",
                "body": [
                    (
                        "text",
                        "<p>Konflikter utvikler seg ofte trinnvis: fra uenighet om en sak, via "
                        "personlige angrep, til at partene ikke lenger snakker sammen. Jo "
                        "tidligere du griper inn, desto lettere er det å snu.</p>",
                    ),
                    ("image", {"image": "konflikthåndtering"}),
                    (
                        "case",
                        {
                            "title": "Purringen",
                            "text": "<p>En låner kommer til skranken med et purrebrev og sier "
                            "høyt at han har levert boka. Køen bak ham vokser.</p>",
                            "questions": [
                                "Hvor i konflikttrappa er dere?",
                                "Hva sier du først?",
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "a-roe-ned",
                "title": "Å roe ned en situasjon",
                "summary": "Stemme, kropp og ord.",
                "body": [
                    (
                        "text",
                        "<p>Senk stemmen, snakk langsomt og bruk navnet til personen hvis du "
                        "kjenner det. Anerkjenn følelsen («Jeg skjønner at dette er irriterende») "
                        "uten å gi etter i saken. Flytt gjerne samtalen bort fra køen.</p>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Når noen blir sinte",
                            "items": [
                                "Hold avstand, minst en armlengde",
                                "Snakk rolig og lavt",
                                "Anerkjenn følelsen",
                                "Tilby en løsning eller et valg",
                                "Tilkall en kollega hvis du blir usikker",
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "trusler",
                "title": "Når det blir truende",
                "summary": "Trusler, vold og når du skal ringe politiet.",
                "body": [
                    (
                        "text",
                        "<p>Din sikkerhet går foran alt annet. Avtal på forhånd hvordan dere "
                        "varsler hverandre, og hvem som ringer 112. Alle ansatte skal vite hvor "
                        "rømningsveiene er.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "viktig",
                            "title": "Ved akutt fare",
                            "text": "<p>Ring 112. Ikke prøv å holde igjen noen som vil gå.</p>",
                        },
                    ),
                    (
                        "document",
                        {
                            "doc": "konflikt-handlingsplan",
                            "description": "Tilpass malen til ditt bibliotek.",
                        },
                    ),
                ],
            },
            {
                "slug": "etter-hendelsen",
                "title": "Etter hendelsen",
                "summary": "Ta vare på hverandre, og lær av det som skjedde.",
                "body": [
                    (
                        "text",
                        "<p>Snakk sammen samme dag. Skriv en kort, saklig melding om hendelsen, "
                        "og la leder følge opp. Mange reagerer først dagen etter.</p>",
                    ),
                    ("document", {"doc": "avviksskjema"}),
                    (
                        "reflection",
                        {
                            "heading": "Til personalmøtet",
                            "questions": [
                                "Har vi en fast rutine for samtale etter en hendelse?",
                                "Hvem skriver avviksmeldingen hos oss?",
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "ovelse",
                "title": "Øvelse: rollespill",
                "summary": "Tre korte rollespill dere kan gjøre i personalgruppa.",
                "body": [
                    (
                        "text",
                        "<p>Del dere i grupper på tre: én låner, én ansatt og én observatør. "
                        "Spill hver situasjon i tre minutter, og snakk om den etterpå.</p>",
                    ),
                    (
                        "accordion",
                        {
                            "title": "Situasjonene",
                            "items": [
                                [
                                    "Datamaskinen",
                                    "<p>En låner nekter å gå fra PC-en når tiden er ute.</p>",
                                ],
                                [
                                    "Bråket",
                                    "<p>En gruppe ungdommer bråker i stillesonen og ler av "
                                    "deg når du sier fra.</p>",
                                ],
                                [
                                    "Gebyret",
                                    "<p>En forelder vil ikke betale for en bok barnet har "
                                    "mistet.</p>",
                                ],
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "trygg-pa-jobb",
        "org": "rogaland",
        "topics": ["konflikthåndtering", "meråpent-bibliotek"],
        "audiences": ["ledere"],
        "image": "konflikthåndtering",
        "age": 200,
        "level": "videregaende",
        "minutes": 45,
        "format": "selvstudium",
        "contact_email": "fylkesbiblioteket@rogfk.no",
        "title": "Trygg på jobb: risikovurdering for ledere",
        "summary": "Et kort kurs for bibliotekledere om å kartlegge risiko, lage rutiner og "
        "følge opp ansatte, også når biblioteket har meråpen tid.",
        "goals": [
            "Kunne gjennomføre en enkel risikovurdering",
            "Kjenne arbeidsgivers plikter etter arbeidsmiljøloven",
        ],
        "authors": [
            {
                "name": "Tone Vik",
                "role": "Bibliotekrådgiver, Rogaland fylkesbibliotek",
                "bio": "Tone har vært biblioteksjef i Sokndal og Time og er verneombud i "
                "fylkeskommunen.",
            }
        ],
        "lessons": [
            {
                "slug": "risikovurdering",
                "title": "Risikovurdering steg for steg",
                "summary": "Kartlegg hva som kan skje, og hvor sannsynlig det er.",
                "body": [
                    (
                        "text",
                        "<p>Gå gjennom lokalet og arbeidsdagen sammen med verneombudet. For "
                        "hver situasjon: hvor sannsynlig er det at noe skjer, og hvor alvorlig "
                        "blir det? Prioriter tiltak der begge deler er høyt.</p>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Gå gjennom",
                            "items": [
                                "Alenearbeid og sene vakter",
                                "Rømningsveier og alarmer",
                                "Meråpen tid og kameraovervåking",
                                "Rutiner for varsling",
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "arbeidsgivers-plikter",
                "title": "Arbeidsgivers plikter",
                "summary": "Hva arbeidsmiljøloven krever.",
                "body": [
                    (
                        "text",
                        "<p>Arbeidsgiver skal sørge for at ansatte ikke utsettes for vold og "
                        "trusler, og skal ha rutiner for å forebygge og følge opp. Hendelser "
                        "skal registreres, og ansatte skal få opplæring.</p>",
                    ),
                    (
                        "accordion",
                        {
                            "title": "Spørsmål ledere ofte stiller",
                            "items": [
                                [
                                    "Må vi ha vekter i meråpen tid?",
                                    "<p>Nei, men dere må vurdere risikoen. Mange bibliotek "
                                    "bruker kamera og avtale med vaktselskap.</p>",
                                ],
                                [
                                    "Hvem skal få vite om en hendelse?",
                                    "<p>Nærmeste leder, verneombud og, ved alvorlige "
                                    "hendelser, Arbeidstilsynet.</p>",
                                ],
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "oppfolging",
                "title": "Oppfølging av ansatte",
                "summary": "Når noe har skjedd.",
                "body": [
                    (
                        "text",
                        "<p>Ta kontakt samme dag, og igjen etter noen dager. Tilby "
                        "bedriftshelsetjenesten. Gå gjennom hendelsen i personalgruppa uten å "
                        "lete etter syndebukker.</p>",
                    ),
                    (
                        "quiz",
                        {
                            "question": "Når bør leder først ta kontakt etter en alvorlig "
                            "hendelse?",
                            "answers": [
                                ["Samme dag", True, "Riktig. Tidlig kontakt er viktig."],
                                [
                                    "På neste medarbeidersamtale",
                                    False,
                                    "Det er altfor sent. Reaksjoner kommer ofte de første dagene.",
                                ],
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "meraapent-fra-plan-til-drift",
        "org": "agder",
        "topics": ["meråpent-bibliotek"],
        "audiences": ["ledere", "alle-bibliotekansatte"],
        "image": "meråpent-bibliotek",
        "age": 75,
        "level": "grunnleggende",
        "minutes": 150,
        "format": "selvstudium",
        "contact_email": "fylkesbiblioteket@agderfk.no",
        "title": "Meråpent bibliotek: fra plan til drift",
        "summary": "Alt du trenger å vite før, under og etter innføringen av meråpent bibliotek: "
        "vedtak, teknikk, trygghet, lånere og evaluering.",
        "goals": [
            "Kjenne stegene fra politisk vedtak til åpning",
            "Kunne lage reglement og rutiner for meråpen tid",
            "Kunne evaluere bruken",
        ],
        "authors": authors("ingrid"),
        "intro": [
            (
                "text",
                "<p>Mer enn halvparten av norske folkebibliotek har nå meråpen tid. Kurset "
                "bygger på erfaringene fra bibliotekene i Agder.</p>",
            ),
        ],
        "lessons": [
            {
                "slug": "hvorfor-meraapent",
                "title": "Hvorfor meråpent?",
                "summary": "Mål og begrunnelser.",
                "body": [
                    (
                        "text",
                        "<p>Meråpent bibliotek betyr at lånerne kan bruke biblioteket uten at "
                        "ansatte er til stede. Det gir lengre åpningstid, men erstatter ikke "
                        "bemannet tid. Start med å bestemme hvem dere vil nå: pendlere, studenter, "
                        "lag og foreninger?</p>",
                    ),
                    ("image", {"image": "meråpent-bibliotek"}),
                    (
                        "reflection",
                        {
                            "heading": "Tenk over",
                            "questions": ["Hvem bruker ikke biblioteket i dag, og hvorfor?"],
                        },
                    ),
                ],
            },
            {
                "slug": "teknikk-og-lokaler",
                "title": "Teknikk og lokaler",
                "summary": "Adgangskontroll, kamera, lys og selvbetjening.",
                "body": [
                    (
                        "text",
                        "<p>Dere trenger adgangskontroll med lånekort og PIN, selvbetjent utlån "
                        "og innlevering, styring av lys og alarm, og som regel kameraovervåking. "
                        "Tenk også på hvilke deler av lokalet som skal være åpne.</p>",
                    ),
                    ("document", {"doc": "meraapent-sjekkliste"}),
                ],
            },
            {
                "slug": "reglement-og-lanere",
                "title": "Reglement og lånere",
                "summary": "Aldersgrense, registrering og informasjon.",
                "body": [
                    (
                        "text",
                        "<p>De fleste bibliotek har en aldersgrense på 15 eller 18 år, og barn "
                        "kan komme inn sammen med voksne. Lånerne må registreres og godta "
                        "reglementet før de får tilgang.</p>",
                    ),
                    ("document", {"doc": "meraapent-reglement"}),
                    (
                        "case",
                        {
                            "title": "Ungdommene på kvelden",
                            "text": "<p>En gjeng 16-åringer bruker biblioteket hver kveld i "
                            "meråpen tid. Noen klager på bråk, andre synes det er fint at "
                            "ungdommene har et sted å være.</p>",
                            "questions": [
                                "Hva gjør dere?",
                                "Bør aldersgrensen endres?",
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "drift",
                "title": "Den daglige driften",
                "summary": "Rutiner for åpning, stenging og avvik.",
                "body": [
                    (
                        "text",
                        "<p>Lag faste rutiner for hvem som sjekker lokalet om morgenen, hvordan "
                        "avvik meldes, og hvem som har vakttelefonen. Gå gjennom kameraopptak "
                        "bare når det har skjedd noe.</p>",
                    ),
                    (
                        "accordion",
                        {
                            "title": "Ofte stilte spørsmål",
                            "items": [
                                [
                                    "Hva hvis noen blir innelåst?",
                                    "<p>Dørene skal alltid kunne åpnes innenfra. Skilt viser "
                                    "nødnummer.</p>",
                                ],
                                [
                                    "Øker svinnet?",
                                    "<p>Erfaringene viser lite eller ingen økning i svinn.</p>",
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
                        "<p>Tell besøk i betjent og meråpen tid hver måned, og spør lånerne hva "
                        "de synes. Etter et halvt år har dere grunnlag for å justere "
                        "åpningstidene.</p>",
                    ),
                    ("image", {"image": "statistikk", "caption": "Eksempel: besøket økte."}),
                    ("document", {"doc": "besokstall-mal"}),
                    (
                        "quiz",
                        {
                            "question": "Erstatter meråpen tid bemannet åpningstid?",
                            "answers": [
                                ["Ja", False, "Nei, meråpen tid er et tillegg."],
                                [
                                    "Nei",
                                    True,
                                    "Riktig. Bibliotekloven forutsetter bemannede bibliotek.",
                                ],
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "meraapent-og-ungdom",
        "org": "nordland",
        "topics": ["meråpent-bibliotek", "konflikthåndtering"],
        "audiences": ["barn-og-unge"],
        "image": "meråpent-bibliotek",
        "age": 380,
        "level": "videregaende",
        "minutes": 40,
        "format": "selvstudium",
        "contact_email": "fylkesbiblioteket@nfk.no",
        "title": "Ungdom i meråpent bibliotek",
        "summary": "Hvordan kan meråpent bibliotek være et trygt sted for ungdom uten at det går "
        "ut over andre brukere? Erfaringer fra bibliotekene i Nordland.",
        "goals": ["Kunne lage gode ordninger for ungdom i meråpen tid"],
        "authors": [
            {
                "name": "Marte Johansen",
                "role": "Rådgiver, Nordland fylkesbibliotek",
                "bio": "Marte har jobbet med ungdom og bibliotek i Bodø og Vefsn.",
            }
        ],
        "lessons": [
            {
                "slug": "erfaringer",
                "title": "Erfaringer fra Nordland",
                "summary": "Hva bibliotekene har lært.",
                "body": [
                    (
                        "text",
                        "<p>Flere bibliotek i Nordland har senket aldersgrensen til 15 år. De "
                        "som lykkes, har snakket med ungdommene før og etter, og gitt dem et "
                        "eget rom.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tips",
                            "title": "Involver ungdomsrådet",
                            "text": "<p>Ungdomsrådet i kommunen kan være med på å lage "
                            "reglene.</p>",
                        },
                    ),
                ],
            },
            {
                "slug": "regler-sammen-med-ungdom",
                "title": "Regler laget sammen med ungdom",
                "summary": "Når ungdommene eier reglene.",
                "body": [
                    (
                        "text",
                        "<p>Regler ungdom har vært med på å lage, blir oftere fulgt. Hold et "
                        "møte med ungdommene, og skriv reglene i deres språk.</p>",
                    ),
                    (
                        "case",
                        {
                            "title": "Fotballen",
                            "text": "<p>Noen spiller fotball mellom hyllene i meråpen tid. "
                            "Kameraet viser hvem det er.</p>",
                            "questions": ["Hvordan tar dere det opp med ungdommene?"],
                        },
                    ),
                ],
            },
            {
                "slug": "nar-det-skjer-noe",
                "title": "Når det skjer noe",
                "summary": "Reaksjoner som står i forhold til det som skjedde.",
                "body": [
                    (
                        "text",
                        "<p>Start med en samtale, ikke utestenging. Ved gjentatte brudd kan "
                        "tilgangen stenges for en periode, og foreldre kontaktes.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "heading": "Refleksjon",
                            "questions": ["Hva er en rimelig reaksjon på første brudd?"],
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "samskaping-i-praksis",
        "org": "vestland",
        "topics": ["samskaping"],
        "audiences": ["alle-bibliotekansatte", "ledere"],
        "image": "samskaping",
        "age": 30,
        "level": "grunnleggende",
        "minutes": 100,
        "format": "samlinger",
        "contact_email": "fylkesbiblioteket@vlfk.no",
        "title": "Samskaping i praksis",
        "summary": "Hvordan utvikler dere biblioteket sammen med innbyggerne? Metoder, eksempler "
        "og fallgruver fra bibliotekene i Vestland.",
        "goals": [
            "Forstå forskjellen på medvirkning og samskaping",
            "Kunne planlegge et samskapingsverksted",
            "Kunne følge opp det innbyggerne bidrar med",
        ],
        "authors": authors("siri"),
        "lessons": [
            {
                "slug": "hva-er-samskaping",
                "title": "Hva er samskaping?",
                "summary": "Fra å spørre til å skape sammen.",
                "body": [
                    (
                        "text",
                        "<p>Når biblioteket spør innbyggerne hva de mener, er det medvirkning. "
                        "Samskaping er mer: innbyggerne er med på å utvikle og gjennomføre "
                        "tiltaket, og får et reelt ansvar.</p>",
                    ),
                    ("image", {"image": "samskaping"}),
                    (
                        "quiz",
                        {
                            "question": "Hva skiller samskaping fra medvirkning?",
                            "answers": [
                                [
                                    "Innbyggerne svarer på en spørreundersøkelse",
                                    False,
                                    "Det er medvirkning, ikke samskaping.",
                                ],
                                [
                                    "Innbyggerne er med på å utvikle og gjennomføre",
                                    True,
                                    "Riktig.",
                                ],
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "verkstedet",
                "title": "Samskapingsverkstedet",
                "summary": "Et opplegg dere kan bruke.",
                "body": [
                    (
                        "text",
                        "<p>Et verksted på to timer med 8–20 deltakere er en god start. Inviter "
                        "bredt, og sørg for at også de som ikke bruker biblioteket, kommer.</p>",
                    ),
                    ("image", {"image": "personalmote"}),
                    ("document", {"doc": "samskaping-workshop"}),
                ],
            },
            {
                "slug": "hvem-inviterer-vi",
                "title": "Hvem inviterer vi?",
                "summary": "Å nå dem som ikke kommer av seg selv.",
                "body": [
                    (
                        "text",
                        "<p>Samarbeid med frivilligsentralen, innvandrerorganisasjoner, "
                        "ungdomsrådet og eldrerådet. Gå dit folk er, i stedet for å vente på at "
                        "de kommer til dere.</p>",
                    ),
                    (
                        "case",
                        {
                            "title": "Bare de vanlige",
                            "text": "<p>Til det første verkstedet kom bare faste lånere over "
                            "60.</p>",
                            "questions": ["Hvordan når dere andre neste gang?"],
                        },
                    ),
                ],
            },
            {
                "slug": "folge-opp",
                "title": "Å følge opp",
                "summary": "Vis hva som skjedde med innspillene.",
                "body": [
                    (
                        "text",
                        "<p>Det verste dere kan gjøre, er å samle inn ideer og så ikke gjøre "
                        "noe. Fortell hva dere gjør, hva dere ikke gjør, og hvorfor.</p>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Etter verkstedet",
                            "items": [
                                "Send oppsummering til deltakerne innen en uke",
                                "Velg ett tiltak dere starter med en gang",
                                "Inviter deltakerne til å være med videre",
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "frivillige-og-partnere",
        "org": "buskerud",
        "topics": ["samskaping"],
        "audiences": ["ledere"],
        "image": "samskaping",
        "age": 260,
        "level": "videregaende",
        "minutes": 50,
        "format": "webinar",
        "contact_email": "fylkesbiblioteket@bfk.no",
        "title": "Frivillige og samarbeidspartnere i biblioteket",
        "summary": "Slik får dere til gode samarbeid med frivillige, lag og foreninger, uten at "
        "det blir mer arbeid enn det gir.",
        "goals": ["Kunne inngå og følge opp samarbeidsavtaler"],
        "authors": [
            {
                "name": "Per Kristiansen",
                "role": "Rådgiver, Buskerud fylkesbibliotek",
                "bio": "Per har ledet frivillighetsarbeidet i Drammensbiblioteket.",
            }
        ],
        "lessons": [
            {
                "slug": "hvorfor-samarbeide",
                "title": "Hvorfor samarbeide?",
                "summary": "Hva partnerne tilfører.",
                "body": [
                    (
                        "text",
                        "<p>Frivillige og foreninger når grupper biblioteket ikke når alene: "
                        "språkkafé, leksehjelp, strikkekafé og sjakklubb er typiske eksempler.</p>",
                    ),
                ],
            },
            {
                "slug": "avtaler",
                "title": "Avtaler og roller",
                "summary": "Skriv ned hvem som gjør hva.",
                "body": [
                    (
                        "text",
                        "<p>En enkel skriftlig avtale forebygger misforståelser: hva gjør "
                        "biblioteket, hva gjør partneren, og hvem kontakter hvem?</p>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Avtalen bør si noe om",
                            "items": [
                                "Formål og målgruppe",
                                "Tid og sted",
                                "Kontaktpersoner",
                                "Taushetsplikt og politiattest der det trengs",
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "ta-vare-pa-frivillige",
                "title": "Ta vare på de frivillige",
                "summary": "Anerkjennelse holder folk i gang.",
                "body": [
                    (
                        "text",
                        "<p>Inviter de frivillige til en årlig samling, gi dem navneskilt og "
                        "fortell hva innsatsen deres betyr.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "heading": "Refleksjon",
                            "questions": ["Hvordan takker dere frivillige i dag?"],
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "spillformidling-i-biblioteket",
        "org": "akershus",
        "topics": ["spillformidling"],
        "audiences": ["barn-og-unge", "alle-bibliotekansatte"],
        "image": "spillformidling",
        "age": 55,
        "level": "grunnleggende",
        "minutes": 80,
        "format": "selvstudium",
        "contact_email": "fylkesbiblioteket@akershus.no",
        "title": "Spillformidling i biblioteket",
        "summary": "Dataspill og brettspill er kultur på linje med bøker. Lær å bygge en "
        "spillsamling, arrangere spillkvelder og snakke om spill.",
        "goals": [
            "Kunne begrunne spill som en del av bibliotekets samfunnsoppdrag",
            "Kunne bygge opp en liten spillsamling",
            "Kunne arrangere en spillkveld",
        ],
        "authors": authors("anders"),
        "lessons": [
            {
                "slug": "spill-som-kultur",
                "title": "Spill som kultur",
                "summary": "Hvorfor spill hører hjemme i biblioteket.",
                "body": [
                    (
                        "text",
                        "<p>Spill forteller historier, lærer bort samarbeid og samler "
                        "generasjoner. Bibliotekloven sier at biblioteket skal formidle "
                        "kunnskap og kultur, og spill er en stor del av kulturen i dag.</p>",
                    ),
                    ("image", {"image": "spillformidling"}),
                ],
            },
            {
                "slug": "samlingen",
                "title": "Å bygge en spillsamling",
                "summary": "Hva skal dere kjøpe først?",
                "body": [
                    (
                        "text",
                        "<p>Start med 20–30 brettspill med ulik lengde og vanskelighetsgrad, og "
                        "noen konsollspill som kan spilles av flere samtidig. Sjekk "
                        "aldersgrensene, og snakk med spillerne om hva de savner.</p>",
                    ),
                    (
                        "accordion",
                        {
                            "title": "Spørsmål og svar",
                            "items": [
                                [
                                    "Kan vi låne ut dataspill?",
                                    "<p>Ja, fysiske spill kan lånes ut som andre medier.</p>",
                                ],
                                [
                                    "Hva med brikker som forsvinner?",
                                    "<p>Tell brikkene ved innlevering, og ha en kasse med "
                                    "reservebrikker.</p>",
                                ],
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "spillkvelden",
                "title": "Spillkvelden",
                "summary": "Planlegging og gjennomføring.",
                "body": [
                    (
                        "text",
                        "<p>En god spillkveld har spillforklarere, korte spill i starten og "
                        "lengre spill utover kvelden. Sørg for bord nok og god plass.</p>",
                    ),
                    ("document", {"doc": "spillkveld-plan"}),
                ],
            },
            {
                "slug": "snakke-om-spill",
                "title": "Å snakke om spill",
                "summary": "Spillprat som bokprat.",
                "body": [
                    (
                        "text",
                        "<p>Du kan presentere spill på samme måte som bøker: fortell om "
                        "historien, vis et klipp, og la publikum prøve.</p>",
                    ),
                    (
                        "quiz",
                        {
                            "question": "Hva passer best i starten av en spillkveld?",
                            "answers": [
                                [
                                    "Et strategispill på tre timer",
                                    False,
                                    "Det er bedre senere, når folk er varme.",
                                ],
                                [
                                    "Korte spill som er lette å lære",
                                    True,
                                    "Riktig. Da kommer alle raskt i gang.",
                                ],
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "brettspillkvelder",
        "org": "vestfold",
        "topics": ["spillformidling"],
        "audiences": ["alle-bibliotekansatte"],
        "image": "spillformidling",
        "age": 150,
        "level": "grunnleggende",
        "minutes": 35,
        "format": "selvstudium",
        "contact_email": "fylkesbiblioteket@vestfoldfylke.no",
        "title": "Brettspillkvelder for voksne",
        "summary": "Et kort kurs om å lage brettspillkvelder som trekker voksne til biblioteket, "
        "også dem som aldri har spilt.",
        "goals": ["Kunne velge spill for nybegynnere og erfarne spillere"],
        "authors": [
            {
                "name": "Thomas Nygård",
                "role": "Bibliotekar, Vestfold fylkesbibliotek",
                "bio": "Thomas leder spillklubben i Tønsberg og Færder bibliotek.",
            }
        ],
        "lessons": [
            {
                "slug": "publikum",
                "title": "Hvem kommer?",
                "summary": "Nybegynnere, familier og entusiaster.",
                "body": [
                    (
                        "text",
                        "<p>Voksne som kommer på brettspillkveld, er ofte nysgjerrige "
                        "nybegynnere. Ha egne bord for dem, med en vert som forklarer.</p>",
                    ),
                ],
            },
            {
                "slug": "spillvalg",
                "title": "Hvilke spill?",
                "summary": "Et utvalg som fungerer.",
                "body": [
                    (
                        "text",
                        "<p>Samarbeidsspill er fine for nybegynnere fordi ingen taper alene. "
                        "Ordspill og quizspill fungerer godt i bibliotek.</p>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Spillutvalget",
                            "items": [
                                "Minst to samarbeidsspill",
                                "Et par korte festspill",
                                "Ett eller to lengre strategispill",
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "gjenta-suksessen",
                "title": "Å gjenta suksessen",
                "summary": "Faste kvelder bygger fellesskap.",
                "body": [
                    (
                        "text",
                        "<p>En fast kveld i måneden gjør det lett for folk å komme igjen. La "
                        "faste deltakere bli spillverter.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "heading": "Refleksjon",
                            "questions": ["Hvem i lokalmiljøet kan bli spillverter?"],
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "sosiale-medier-for-bibliotek",
        "org": "telemark",
        "topics": ["formidling-på-nett"],
        "audiences": ["alle-bibliotekansatte"],
        "image": "formidling-på-nett",
        "age": 90,
        "level": "grunnleggende",
        "minutes": 70,
        "format": "selvstudium",
        "contact_email": "fylkesbiblioteket@telemarkfylke.no",
        "title": "Formidling i sosiale medier",
        "summary": "Lag innlegg som blir sett, skriv gode bildetekster og alternative tekster, og "
        "planlegg uten at det tar hele arbeidsdagen.",
        "goals": [
            "Kunne lage en enkel publiseringsplan",
            "Kunne skrive innlegg som er tilgjengelige for alle",
        ],
        "authors": authors("mona"),
        "lessons": [
            {
                "slug": "hvorfor-og-hvor",
                "title": "Hvorfor og hvor?",
                "summary": "Velg kanaler etter målgruppe.",
                "body": [
                    (
                        "text",
                        "<p>Facebook når fortsatt mange voksne, Instagram og TikTok når yngre. "
                        "Velg heller én eller to kanaler dere klarer å holde levende, enn fem "
                        "som står stille.</p>",
                    ),
                    (
                        "video",
                        {
                            "title": "Kort om Kompetansebanken",
                            "transcript": "<p>Velkommen til Kompetansebanken. Her lærer "
                            "bibliotekansatte av hverandre.</p>",
                        },
                    ),
                ],
            },
            {
                "slug": "gode-innlegg",
                "title": "Gode innlegg",
                "summary": "Bilde, tekst og tidspunkt.",
                "body": [
                    (
                        "text",
                        "<p>Vis mennesker og bøker, ikke bare bøker. Skriv kort, og legg det "
                        "viktigste først. Alle bilder skal ha en alternativ tekst som beskriver "
                        "hva bildet viser.</p>",
                    ),
                    ("image", {"image": "formidling-på-nett"}),
                    (
                        "callout",
                        {
                            "kind": "viktig",
                            "title": "Tilgjengelighet",
                            "text": "<p>Videoer skal ha teksting. Bruk store forbokstaver i "
                            "emneknagger (#BokTips) så skjermlesere leser dem riktig.</p>",
                        },
                    ),
                ],
            },
            {
                "slug": "planlegging",
                "title": "Planlegging",
                "summary": "En plan gjør det lettere.",
                "body": [
                    (
                        "text",
                        "<p>Lag en plan for en måned om gangen, og fordel ansvaret. Legg inn "
                        "faste innslag, som ukens boktips.</p>",
                    ),
                    ("document", {"doc": "sosiale-medier-plan"}),
                ],
            },
            {
                "slug": "kommentarer",
                "title": "Kommentarer og kritikk",
                "summary": "Svar vennlig, og vit når du skal la være.",
                "body": [
                    (
                        "text",
                        "<p>Svar på spørsmål raskt. Kritikk besvares saklig og vennlig. "
                        "Hets og personangrep kan skjules etter bibliotekets retningslinjer.</p>",
                    ),
                    (
                        "case",
                        {
                            "title": "Den sinte kommentaren",
                            "text": "<p>Under et innlegg om en Pride-utstilling skriver en "
                            "person at biblioteket driver propaganda.</p>",
                            "questions": ["Svarer dere? Hva skriver dere?"],
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "digitale-arrangementer",
        "org": "more-og-romsdal",
        "topics": ["formidling-på-nett"],
        "audiences": ["alle-bibliotekansatte"],
        "image": "formidling-på-nett",
        "age": 400,
        "level": "videregaende",
        "minutes": 60,
        "format": "webinar",
        "contact_email": "fylkesbiblioteket@mrfylke.no",
        "title": "Digitale arrangementer og strømming",
        "summary": "Forfattersamtaler og foredrag på nett: utstyr, rettigheter og hvordan dere "
        "får publikum til å delta.",
        "goals": ["Kunne gjennomføre et strømmet arrangement"],
        "authors": [
            {
                "name": "Guri Hjelle",
                "role": "Rådgiver, Møre og Romsdal fylkesbibliotek",
                "bio": "Guri har produsert over hundre strømmede forfattersamtaler.",
            }
        ],
        "lessons": [
            {
                "slug": "utstyr",
                "title": "Utstyr",
                "summary": "Du trenger mindre enn du tror.",
                "body": [
                    (
                        "text",
                        "<p>En god mikrofon er viktigere enn et godt kamera. Start med en "
                        "bærbar PC, et webkamera, to trådløse mikrofoner og godt lys.</p>",
                    ),
                ],
            },
            {
                "slug": "rettigheter",
                "title": "Rettigheter og avtaler",
                "summary": "Avtal opptak og deling på forhånd.",
                "body": [
                    (
                        "text",
                        "<p>Forfattere skal ha honorar også for digitale arrangementer. Avtal "
                        "skriftlig om arrangementet skal ligge tilgjengelig etterpå, og hvor "
                        "lenge.</p>",
                    ),
                    (
                        "accordion",
                        {
                            "items": [
                                [
                                    "Må vi betale mer for opptak?",
                                    "<p>Ofte ja. Sjekk gjeldende satser fra "
                                    "forfatterorganisasjonene.</p>",
                                ],
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "publikum-pa-nett",
                "title": "Publikum på nett",
                "summary": "Få folk til å delta, ikke bare se.",
                "body": [
                    (
                        "text",
                        "<p>La publikum stille spørsmål i chatten, og ha en moderator som "
                        "løfter dem fram. Teksting gjør opptaket tilgjengelig for flere.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "heading": "Refleksjon",
                            "questions": ["Hvilke arrangementer passer best på nett?"],
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "bibliotekdidaktikk-grunnkurs",
        "org": "nasjonalbiblioteket",
        "topics": ["bibliotekdidaktikk"],
        "audiences": ["skolebibliotek", "alle-bibliotekansatte"],
        "image": "bibliotekdidaktikk",
        "age": 20,
        "level": "grunnleggende",
        "minutes": 120,
        "format": "selvstudium",
        "contact_email": "kompetansebanken@nb.no",
        "title": "Bibliotekdidaktikk: å undervise i biblioteket",
        "summary": "Bibliotekansatte underviser oftere enn de tror: klassebesøk, kurs for "
        "seniorer, veiledning i skranken. Lær å planlegge undervisning som virker.",
        "goals": [
            "Kunne formulere læringsmål",
            "Kunne velge aktiviteter som passer målene",
            "Kunne vurdere om deltakerne har lært",
        ],
        "authors": authors("hanne", "lise"),
        "lessons": [
            {
                "slug": "larer-i-biblioteket",
                "title": "Læring i biblioteket",
                "summary": "Biblioteket som læringsarena.",
                "body": [
                    (
                        "text",
                        "<p>Didaktikk handler om hva som skal læres, hvorfor, og hvordan. I "
                        "biblioteket er undervisningen ofte kort og uten karakterer, og det "
                        "stiller egne krav.</p>",
                    ),
                    ("image", {"image": "bibliotekdidaktikk"}),
                ],
            },
            {
                "slug": "laeringsmal",
                "title": "Læringsmål",
                "summary": "Hva skal deltakerne kunne etterpå?",
                "body": [
                    (
                        "text",
                        "<p>Et godt læringsmål beskriver noe deltakeren kan gjøre: «kunne finne "
                        "en bok i katalogen» er bedre enn «kjenne til katalogen».</p>",
                    ),
                    (
                        "quiz",
                        {
                            "question": "Hvilket læringsmål er best formulert?",
                            "answers": [
                                ["Kjenne til kildekritikk", False, "For vagt: hva skal de gjøre?"],
                                [
                                    "Kunne vurdere om en nettside er troverdig ved å sjekke "
                                    "avsender",
                                    True,
                                    "Riktig. Målet beskriver en handling du kan observere.",
                                ],
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "aktiviteter",
                "title": "Aktiviteter",
                "summary": "La deltakerne gjøre noe selv.",
                "body": [
                    (
                        "text",
                        "<p>Folk lærer mest når de gjør noe selv. Bytt mellom kort "
                        "gjennomgang og oppgaver i par. Ti minutter med forelesning er ofte "
                        "nok.</p>",
                    ),
                    ("document", {"doc": "undervisningsplan"}),
                ],
            },
            {
                "slug": "vurdering",
                "title": "Vurdering",
                "summary": "Hvordan vet du at de lærte noe?",
                "body": [
                    (
                        "text",
                        "<p>Avslutt med en kort oppgave som viser om målet er nådd, for eksempel "
                        "at alle finner en bestemt bok på hylla. Spør også hva som var "
                        "vanskelig.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "heading": "Refleksjon",
                            "questions": [
                                "Når underviste du sist?",
                                "Hvordan visste du om deltakerne lærte noe?",
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "kildekritikk-for-elever",
        "org": "ostfold",
        "topics": ["bibliotekdidaktikk", "søk"],
        "audiences": ["skolebibliotek"],
        "image": "søk",
        "age": 180,
        "level": "videregaende",
        "minutes": 60,
        "format": "samlinger",
        "contact_email": "fylkesbiblioteket@ostfoldfk.no",
        "title": "Kildekritikk og informasjonskompetanse for elever",
        "summary": "Et undervisningsopplegg for skolebibliotekarer og lærere om å finne, vurdere "
        "og bruke kilder, fra 5. trinn til videregående.",
        "goals": [
            "Kunne undervise elever i kildevurdering",
            "Kunne samarbeide med faglærer om opplegget",
        ],
        "authors": authors("lise"),
        "lessons": [
            {
                "slug": "kildekritikk-i-lareplanen",
                "title": "Kildekritikk i læreplanen",
                "summary": "Hvor i læreplanen hører dette hjemme?",
                "body": [
                    (
                        "text",
                        "<p>Kildekritikk er en del av den digitale ferdigheten i alle fag. "
                        "Finn kompetansemålene sammen med læreren før dere planlegger.</p>",
                    ),
                ],
            },
            {
                "slug": "sjekk-avsenderen",
                "title": "Sjekk avsenderen",
                "summary": "Hvem står bak, og hvorfor?",
                "body": [
                    (
                        "text",
                        "<p>Lær elevene tre spørsmål: Hvem står bak? Hva vil de? Hva sier andre "
                        "kilder? Øv på nettsider med og uten tydelig avsender.</p>",
                    ),
                    (
                        "case",
                        {
                            "title": "Nettsiden om vaksiner",
                            "text": "<p>En elev bruker en pen nettside om vaksiner som kilde. "
                            "Det står ikke hvem som har laget den.</p>",
                            "questions": ["Hvordan hjelper du eleven videre?"],
                        },
                    ),
                ],
            },
            {
                "slug": "oppgaven",
                "title": "Oppgaven",
                "summary": "Et opplegg for en dobbelttime.",
                "body": [
                    (
                        "text",
                        "<p>Elevene får et spørsmål, finner tre kilder og vurderer dem i par. "
                        "Til slutt presenterer de den beste kilden for klassen.</p>",
                    ),
                    ("document", {"doc": "sokeord-skjema"}),
                ],
            },
        ],
    },
    {
        "slug": "gdpr-i-folkebiblioteket",
        "org": "nasjonalbiblioteket",
        "topics": ["gdpr-og-personvern"],
        "audiences": ["alle-bibliotekansatte", "ledere"],
        "image": "gdpr-og-personvern",
        "age": 390,
        "level": "grunnleggende",
        "minutes": 90,
        "format": "selvstudium",
        "contact_email": "kompetansebanken@nb.no",
        "title": "GDPR og personvern i folkebiblioteket",
        "summary": "Hva betyr personvernforordningen for lånerregisteret, lånehistorikken, "
        "arrangementene og kameraene? Et grunnkurs for alle ansatte.",
        "goals": [
            "Kjenne de grunnleggende prinsippene i personvernforordningen",
            "Vite hvilke personopplysninger biblioteket behandler",
            "Kunne svare lånere som spør om egne opplysninger",
        ],
        "authors": authors("jon"),
        "lessons": [
            {
                "slug": "prinsippene",
                "title": "Prinsippene",
                "summary": "Formål, dataminimering og lagringstid.",
                "body": [
                    (
                        "text",
                        "<p>Personopplysninger skal bare samles inn for et bestemt formål, ikke "
                        "mer enn nødvendig, og ikke lagres lenger enn formålet krever. Dette "
                        "gjelder alt fra lånerregisteret til påmeldingslister.</p>",
                    ),
                    ("image", {"image": "gdpr-og-personvern"}),
                ],
            },
            {
                "slug": "lanerregister-og-historikk",
                "title": "Lånerregister og lånehistorikk",
                "summary": "Hva lagres, og hvor lenge?",
                "body": [
                    (
                        "text",
                        "<p>Biblioteket trenger navn og kontaktinformasjon for å låne ut. "
                        "Lånehistorikken skal slettes når boka er levert, med mindre låneren "
                        "selv har bedt om å beholde den.</p>",
                    ),
                    ("document", {"doc": "personvern-behandlingsoversikt"}),
                ],
            },
            {
                "slug": "innsyn",
                "title": "Når låneren ber om innsyn",
                "summary": "Låneren har rett til å se egne opplysninger.",
                "body": [
                    (
                        "text",
                        "<p>Låneren har rett til innsyn, retting og sletting. Svar innen en "
                        "måned, og sjekk identiteten før du gir ut opplysninger.</p>",
                    ),
                    (
                        "case",
                        {
                            "title": "Moren som vil se",
                            "text": "<p>En mor vil vite hvilke bøker den 16 år gamle sønnen "
                            "har lånt.</p>",
                            "questions": ["Hva svarer dere, og hvorfor?"],
                        },
                    ),
                ],
            },
            {
                "slug": "kamera-og-meraapent",
                "title": "Kamera i meråpen tid",
                "summary": "Kameraovervåking krever begrunnelse og skilting.",
                "body": [
                    (
                        "text",
                        "<p>Kameraovervåking må være nødvendig, skiltes tydelig, og opptakene "
                        "skal slettes etter kort tid, som regel sju dager.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "viktig",
                            "title": "Skilting",
                            "text": "<p>Skiltet skal si at området er overvåket, og hvem som "
                            "er behandlingsansvarlig.</p>",
                        },
                    ),
                ],
            },
            {
                "slug": "test-deg-selv",
                "title": "Test deg selv",
                "summary": "Tre spørsmål om personvern.",
                "body": [
                    (
                        "quiz",
                        {
                            "question": "Hvor lenge skal lånehistorikken lagres når låneren "
                            "ikke har bedt om noe annet?",
                            "answers": [
                                ["I fem år", False, "Nei, det er altfor lenge."],
                                [
                                    "Til boka er levert",
                                    True,
                                    "Riktig. Etter det trengs ikke opplysningen.",
                                ],
                            ],
                        },
                    ),
                    (
                        "quiz",
                        {
                            "question": "Må kameraovervåking skiltes?",
                            "answers": [
                                ["Ja", True, "Riktig."],
                                ["Nei, ikke i bibliotek", False, "Jo, skilting er påkrevd."],
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "personvern-pa-arrangementer",
        "org": "troms",
        "topics": ["gdpr-og-personvern", "formidling-på-nett"],
        "audiences": ["alle-bibliotekansatte"],
        "image": "gdpr-og-personvern",
        "age": 130,
        "level": "grunnleggende",
        "minutes": 30,
        "format": "selvstudium",
        "contact_email": "fylkesbiblioteket@tromsfylke.no",
        "title": "Personvern på arrangementer: bilder og påmelding",
        "summary": "Kan dere ta bilder av publikum og legge dem ut? Hvor lenge kan dere ha "
        "påmeldingslister? Korte svar og maler.",
        "goals": ["Kunne innhente samtykke til bilder", "Kunne håndtere påmeldingslister"],
        "authors": [
            {
                "name": "Sara Labba",
                "role": "Rådgiver, Troms fylkesbibliotek",
                "bio": "Sara jobber med arrangementer og formidling i Tromsø.",
            }
        ],
        "lessons": [
            {
                "slug": "bilder-av-publikum",
                "title": "Bilder av publikum",
                "summary": "Oversiktsbilder og portretter.",
                "body": [
                    (
                        "text",
                        "<p>Oversiktsbilder av en sal kan som regel publiseres. Bilder der "
                        "enkeltpersoner er i fokus, krever samtykke, og for barn under 15 år må "
                        "foreldrene samtykke.</p>",
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
                        "<p>Be bare om det dere trenger, som navn og e-post. Slett lista når "
                        "arrangementet er gjennomført og eventuelle etterarbeider er gjort.</p>",
                    ),
                ],
            },
            {
                "slug": "sjekk-deg-selv",
                "title": "Sjekk deg selv",
                "summary": "Et spørsmål til slutt.",
                "body": [
                    (
                        "quiz",
                        {
                            "question": "Dere vil legge ut et nærbilde av et barn på "
                            "eventyrstund. Hva trenger dere?",
                            "answers": [
                                [
                                    "Ingenting, det er et offentlig arrangement",
                                    False,
                                    "Nei. Nærbilder av barn krever samtykke.",
                                ],
                                [
                                    "Samtykke fra en forelder",
                                    True,
                                    "Riktig. For barn under 15 år samtykker foreldrene.",
                                ],
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "soketeknikk-for-bibliotekarer",
        "org": "finnmark",
        "topics": ["søk"],
        "audiences": ["alle-bibliotekansatte", "nyansatte"],
        "image": "søk",
        "age": 60,
        "level": "videregaende",
        "minutes": 75,
        "format": "selvstudium",
        "contact_email": "fylkesbiblioteket@ffk.no",
        "title": "Søketeknikk for bibliotekansatte",
        "summary": "Boolske operatorer, trunkering, frasesøk og emneord: teknikkene som gjør at "
        "du finner det låneren leter etter, i katalogen og på nettet.",
        "goals": [
            "Kunne bruke OG, ELLER og IKKE",
            "Kunne bruke trunkering og frasesøk",
            "Kunne gjennomføre et referanseintervju",
        ],
        "authors": authors("nils"),
        "lessons": [
            {
                "slug": "referanseintervjuet",
                "title": "Referanseintervjuet",
                "summary": "Finn ut hva låneren egentlig spør om.",
                "body": [
                    (
                        "text",
                        "<p>Det første spørsmålet er sjelden det egentlige. Still åpne "
                        "spørsmål: «Hva skal du bruke det til?» gir ofte et bedre søk enn "
                        "låneren selv foreslår.</p>",
                    ),
                    (
                        "case",
                        {
                            "title": "Boka om Finnmark",
                            "text": "<p>En låner spør etter «en bok om Finnmark». Det viser "
                            "seg at hun skal skrive om bestefarens fiskebåt.</p>",
                            "questions": ["Hvilke spørsmål ville du stilt?"],
                        },
                    ),
                ],
            },
            {
                "slug": "boolske-operatorer",
                "title": "OG, ELLER og IKKE",
                "summary": "Kombiner søkeord.",
                "body": [
                    (
                        "text",
                        "<p>OG gir færre treff, ELLER gir flere, IKKE utelukker. Bruk ELLER "
                        "mellom synonymer: <b>fiske ELLER fiskeri</b>.</p>",
                    ),
                    ("image", {"image": "søk"}),
                    (
                        "quiz",
                        {
                            "question": "Hvilket søk gir flest treff?",
                            "answers": [
                                ["fiske OG Finnmark", False, "OG snevrer inn søket."],
                                ["fiske ELLER fiskeri", True, "Riktig. ELLER utvider søket."],
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "trunkering-og-fraser",
                "title": "Trunkering og frasesøk",
                "summary": "Stjerne og anførselstegn.",
                "body": [
                    (
                        "text",
                        "<p>Fisk* finner fisk, fiske, fisker og fiskeri. Anførselstegn søker "
                        "etter en hel frase: «samisk historie».</p>",
                    ),
                    ("document", {"doc": "sokeord-skjema"}),
                ],
            },
            {
                "slug": "emneord",
                "title": "Emneord",
                "summary": "Når ordene i tittelen ikke holder.",
                "body": [
                    (
                        "text",
                        "<p>Emneord beskriver hva boka handler om, uavhengig av ordene i "
                        "tittelen. Finn én god post, og se hvilke emneord den har fått.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "heading": "Refleksjon",
                            "questions": ["Hvilke søk opplever du som vanskeligst i skranken?"],
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "sok-i-nasjonalbibliotekets-samlinger",
        "org": "nasjonalbiblioteket",
        "topics": ["søk"],
        "audiences": ["alle-bibliotekansatte"],
        "image": "søk",
        "age": 240,
        "level": "grunnleggende",
        "minutes": 40,
        "format": "selvstudium",
        "contact_email": "kompetansebanken@nb.no",
        "title": "Søk i Nasjonalbibliotekets samlinger",
        "summary": "Bøker, aviser, bilder og kart i nettbiblioteket: slik hjelper du lånere med "
        "slektsforskning, lokalhistorie og gamle avisartikler.",
        "goals": ["Kunne søke i nettbiblioteket", "Kunne avgrense søk i aviser"],
        "authors": authors("hanne"),
        "lessons": [
            {
                "slug": "nettbiblioteket",
                "title": "Nettbiblioteket",
                "summary": "Hva som finnes der.",
                "body": [
                    (
                        "text",
                        "<p>Nettbiblioteket gir tilgang til digitaliserte bøker, aviser, "
                        "tidsskrifter, bilder og kart. Norske bøker er tilgjengelige for alle "
                        "med norsk IP-adresse.</p>",
                    ),
                ],
            },
            {
                "slug": "aviser",
                "title": "Søk i aviser",
                "summary": "Avgrens på tid og sted.",
                "body": [
                    (
                        "text",
                        "<p>Avgrens søket til en periode og en avis. Navn kan være stavet på "
                        "flere måter i gamle aviser, så prøv varianter.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tips",
                            "title": "Gotisk skrift",
                            "text": "<p>Tekstgjenkjenningen i eldre aviser er ikke perfekt. "
                            "Søk på flere stavemåter.</p>",
                        },
                    ),
                ],
            },
            {
                "slug": "slektsforskning",
                "title": "Slektsforskning",
                "summary": "Hjelp lånere med å finne forfedre.",
                "body": [
                    (
                        "text",
                        "<p>Kombiner avissøk med bygdebøker og adressebøker. Lær låneren å "
                        "søke selv.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "heading": "Refleksjon",
                            "questions": ["Hvilke lokalhistoriske kilder har ditt bibliotek?"],
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "lesestimulering-flersprakelige",
        "org": "akershus",
        "topics": ["bokprat", "bibliotekdidaktikk"],
        "audiences": ["barn-og-unge"],
        "image": "bokprat",
        "age": 100,
        "level": "fordypning",
        "minutes": 60,
        "format": "samlinger",
        "contact_email": "fylkesbiblioteket@akershus.no",
        "title": "Leseglede for flerspråklige barn",
        "summary": "Bokprat, språkkafé og bøker på morsmål: hvordan biblioteket kan styrke "
        "leselysten hos barn som snakker flere språk.",
        "goals": [
            "Kjenne til Det flerspråklige bibliotek",
            "Kunne tilpasse bokprat til flerspråklige grupper",
        ],
        "authors": [
            {
                "name": "Amina Hassan",
                "role": "Bibliotekar, Akershus fylkesbibliotek",
                "bio": "Amina leder språkkafeen i Lillestrøm bibliotek og snakker fire språk.",
            }
        ],
        "lessons": [
            {
                "slug": "morsmal",
                "title": "Bøker på morsmål",
                "summary": "Morsmålet er en ressurs.",
                "body": [
                    (
                        "text",
                        "<p>Barn som leser på morsmålet, lærer også norsk bedre. Det "
                        "flerspråklige bibliotek kan sende depoter med bøker på over 50 "
                        "språk.</p>",
                    ),
                ],
            },
            {
                "slug": "tilpasset-bokprat",
                "title": "Tilpasset bokprat",
                "summary": "Bilder, gjenstander og enkle ord.",
                "body": [
                    (
                        "text",
                        "<p>Bruk bildebøker også for eldre barn, vis gjenstander, og snakk "
                        "langsomt uten å forenkle for mye.</p>",
                    ),
                    (
                        "checklist",
                        {
                            "title": "Før bokpraten",
                            "items": [
                                "Spør læreren hvilke språk elevene snakker",
                                "Finn minst én bok på et av språkene",
                                "Velg bøker med mange bilder",
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "foreldrene",
                "title": "Foreldrene",
                "summary": "Nå familien.",
                "body": [
                    (
                        "text",
                        "<p>Inviter foreldre til åpne kvelder med tolk eller språkvenner. Vis "
                        "hvordan de kan låne bøker på eget språk.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "heading": "Refleksjon",
                            "questions": ["Hvilke språk snakkes i din kommune?"],
                        },
                    ),
                ],
            },
        ],
    },
]
