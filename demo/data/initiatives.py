"""Demo initiatives (tiltak) written in Bokmål, from real municipalities (2024 numbering).

Population figures are rounded to the right size; staff figures are plausible, not official.
"""


def library(name, municipality, number, county, population, type_, self_service, fte):
    return {
        "name": name,
        "municipality": municipality,
        "number": number,
        "county": county,
        "population": population,
        "type": type_,
        "self_service": self_service,
        "fte": fte,
    }


INITIATIVES = [
    {
        "slug": "spillkvelder-for-ungdom-lillestrom",
        "org": "akershus",
        "topics": ["spillformidling"],
        "audiences": ["barn-og-unge"],
        "image": "spillformidling",
        "age": 95,
        "library": library(
            "Lillestrøm bibliotek",
            "Lillestrøm",
            "3205",
            "akershus",
            92000,
            "hovedbibliotek",
            True,
            28.0,
        ),
        "period_start": "2024-09-01",
        "period_end": "2025-06-15",
        "status": "avsluttet",
        "budget": 85000,
        "hours": 420,
        "resources_note": "Spillkonsoller og brettspill fra Nasjonalbibliotekets spillstøtte.",
        "contact_name": "Jonas Holm",
        "contact_email": "jonas.holm@lillestrom.kommune.no",
        "related": ["spillformidling-i-biblioteket", "verktoykasse-spillkvelder"],
        "title": "Spillkvelder for ungdom i Lillestrøm",
        "summary": "Hver fredag kveld ble biblioteket et spillsted for ungdom mellom 13 og 18 år. "
        "Besøket blant ungdom ble tredoblet på ett år.",
        "goals": "<ul><li>Gi ungdom et trygt, gratis tilbud fredag kveld</li><li>Nå ungdom som "
        "ikke bruker biblioteket</li></ul>",
        "body": [
            (
                "text",
                "<p>Vi ryddet ungdomsavdelingen hver fredag fra klokka 18 til 22, satte opp tre "
                "konsoller og tjue brettspill, og hadde to ansatte og to ungdomsverter på jobb. "
                "Ungdomsrådet hjalp oss med å velge spill.</p>",
            ),
            ("image", {"image": "spillformidling"}),
        ],
        "results": "<p>I snitt kom 45 ungdommer hver fredag. Utlånet av spill og tegneserier "
        "økte med 30 prosent.</p>",
        "lessons_learned": "<p>Ungdomsverter var avgjørende. Start med få spill du kan godt, og "
        "utvid etter ønsker.</p>",
        "follow_ups": [
            {
                "date": "2025-09-01",
                "heading": "Ett år etter",
                "text": "<p>Spillkveldene er blitt et fast tilbud i kommunens budsjett, og to av "
                "ungdomsvertene er nå ansatt som ekstrahjelp.</p>",
            }
        ],
    },
    {
        "slug": "utvidet-meraapent-hamar",
        "org": "innlandet",
        "topics": ["meråpent-bibliotek"],
        "audiences": ["ledere"],
        "image": "meråpent-bibliotek",
        "age": 370,
        "library": library(
            "Hamar bibliotek", "Hamar", "3403", "innlandet", 32700, "hovedbibliotek", True, 14.5
        ),
        "period_start": "2023-01-15",
        "period_end": "2023-12-31",
        "status": "avsluttet",
        "budget": 450000,
        "hours": 300,
        "contact_name": "Randi Sæther",
        "contact_email": "randi.saether@hamar.kommune.no",
        "related": ["meraapent-fra-plan-til-drift", "startpakke-meraapent-bibliotek"],
        "title": "Meråpent fra sju til 23 alle dager",
        "summary": "Hamar bibliotek utvidet den meråpne tiden til 07–23 alle dager. Studenter og "
        "pendlere ble nye, faste brukere.",
        "goals": "<p>Gjøre biblioteket tilgjengelig for dem som ikke kan komme i betjent "
        "åpningstid.</p>",
        "body": [
            (
                "text",
                "<p>Vi oppgraderte adgangskontrollen, satte opp kameraer i inngangspartiet og "
                "laget et nytt reglement sammen med kommunens sikkerhetsrådgiver. Lånerne ble "
                "informert gjennom lokalavisen og på skjermer i biblioteket.</p>",
            ),
            ("image", {"image": "statistikk", "caption": "Besøk i meråpen tid, første halvår."}),
            ("document", {"doc": "besokstall-mal"}),
        ],
        "results": "<p>Besøket i meråpen tid økte fra 400 til 1 100 i måneden. Det ble registrert "
        "to mindre hendelser i løpet av året.</p>",
        "lessons_learned": "<p>Informasjon på flere språk var viktig. Vi skulle ha involvert "
        "ungdomsrådet tidligere.</p>",
        "follow_ups": [
            {
                "date": "2024-12-01",
                "heading": "Ett år etter",
                "text": "<p>Ordningen er videreført. Vi har nå egne studieplasser som kan bookes "
                "i meråpen tid.</p>",
            }
        ],
    },
    {
        "slug": "ungdommens-bibliotek-toyen",
        "org": "oslo",
        "topics": ["samskaping"],
        "audiences": ["barn-og-unge"],
        "image": "samskaping",
        "age": 200,
        "library": library("Deichman Tøyen", "Oslo", "0301", "oslo", 717000, "filial", True, 9.0),
        "period_start": "2024-02-01",
        "status": "pagar",
        "budget": 300000,
        "hours": 900,
        "contact_name": "Fatima Ali",
        "contact_email": "fatima.ali@deichman.no",
        "related": ["samskaping-i-praksis", "startpakke-samskaping"],
        "title": "Ungdommene innreder sitt eget bibliotek",
        "summary": "Ungdom fra 10 til 15 år har planlagt og innredet en ny avdeling sammen med "
        "ansatte og en arkitekt.",
        "goals": "<p>La ungdommene eie avdelingen, fra idé til innredning og regler.</p>",
        "body": [
            (
                "text",
                "<p>Over seks verksteder jobbet tjue ungdommer med ønsker, tegninger og "
                "modeller. Arkitekten oversatte ideene til en plan, og ungdommene stemte over "
                "de endelige løsningene.</p>",
            ),
            ("image", {"image": "personalmote"}),
        ],
        "results": "<p>Avdelingen åpnet i oktober og har i snitt 60 besøkende ungdommer om "
        "dagen.</p>",
        "lessons_learned": "<p>Det tok lengre tid enn planlagt, men eierskapet ga mindre hærverk "
        "og bråk.</p>",
    },
    {
        "slug": "konflikthandtering-for-alle-stavanger",
        "org": "rogaland",
        "topics": ["konflikthåndtering"],
        "audiences": ["alle-bibliotekansatte"],
        "image": "konflikthåndtering",
        "age": 150,
        "library": library(
            "Stavanger bibliotek og kulturhus",
            "Stavanger",
            "1103",
            "rogaland",
            149000,
            "hovedbibliotek",
            True,
            60.0,
        ),
        "period_start": "2024-08-15",
        "period_end": "2025-03-31",
        "status": "avsluttet",
        "budget": 120000,
        "hours": 600,
        "contact_name": "Henrik Egeland",
        "contact_email": "henrik.egeland@stavanger.kommune.no",
        "related": ["konflikthandtering-i-skranken", "verktoykasse-konflikthandtering"],
        "title": "Konflikthåndtering for alle ansatte",
        "summary": "Alle 70 ansatte tok kurset i konflikthåndtering på personalmøter, med "
        "rollespill og felles rutiner.",
        "goals": "<p>Felles språk og rutiner for vanskelige situasjoner.</p>",
        "body": [
            (
                "text",
                "<p>Vi brukte nettkurset fra Oslo fylkesbibliotek, én leksjon per personalmøte. "
                "Verneombudet ledet rollespillene.</p>",
            ),
            (
                "callout",
                {
                    "kind": "tips",
                    "title": "Ta det i små porsjoner",
                    "text": "<p>Tretti minutter per møte var nok til at alle deltok.</p>",
                },
            ),
        ],
        "results": "<p>Ansatte svarer at de føler seg tryggere. Antall avviksmeldinger økte, "
        "fordi flere meldte fra.</p>",
        "lessons_learned": "<p>Rollespill var uvant, men ble det mest verdifulle.</p>",
    },
    {
        "slug": "trygghet-tromso",
        "org": "troms",
        "topics": ["konflikthåndtering", "meråpent-bibliotek"],
        "audiences": ["ledere"],
        "image": "konflikthåndtering",
        "age": 60,
        "library": library(
            "Tromsø bibliotek og byarkiv",
            "Tromsø",
            "5501",
            "troms",
            78700,
            "hovedbibliotek",
            True,
            34.0,
        ),
        "period_start": "2025-01-01",
        "status": "pagar",
        "budget": 200000,
        "hours": 350,
        "contact_name": "Sigrid Pedersen",
        "contact_email": "sigrid.pedersen@tromso.kommune.no",
        "related": ["trygg-pa-jobb"],
        "title": "Tryggere kvelder i biblioteket",
        "summary": "Tromsø bibliotek fikk nye ordensregler og en fast vekterrunde på kveldstid "
        "etter flere uønskede hendelser.",
        "goals": "<p>Færre uønskede hendelser, og et bibliotek der alle føler seg trygge.</p>",
        "body": [
            (
                "text",
                "<p>Vi kartla hendelsene det siste året, laget nye ordensregler sammen med "
                "brukerne og avtalte en vekterrunde hver kveld klokka 20.</p>",
            ),
        ],
        "results": "<p>Foreløpig halvert antall hendelser på kveldstid.</p>",
        "lessons_learned": "<p>Reglene måtte skrives enkelt og henges opp flere steder.</p>",
    },
    {
        "slug": "bokprat-pa-samisk-kautokeino",
        "org": "finnmark",
        "topics": ["bokprat"],
        "audiences": ["barn-og-unge"],
        "image": "bokprat",
        "age": 110,
        "library": library(
            "Guovdageainnu girjerádju / Kautokeino bibliotek",
            "Guovdageaidnu – Kautokeino",
            "5612",
            "finnmark",
            2900,
            "kombinert",
            False,
            2.0,
        ),
        "period_start": "2024-08-20",
        "period_end": "2025-06-20",
        "status": "avsluttet",
        "budget": 40000,
        "hours": 160,
        "contact_name": "Máret Anne Sara",
        "contact_email": "maret.anne.sara@kautokeino.kommune.no",
        "related": ["bokprat-for-nybegynnere", "handbok-om-bokprat"],
        "title": "Bokprat på samisk og norsk i skolen",
        "summary": "Biblioteket holdt bokprat på nordsamisk og norsk for alle trinn på "
        "barneskolen, med bøker fra samiske forlag.",
        "goals": "<p>Øke utlånet av samiskspråklige bøker og leselysten hos barna.</p>",
        "body": [
            (
                "text",
                "<p>Hver klasse fikk to bokprater i året, én høst og én vår. Vi samarbeidet med "
                "samiske forlag og fikk forfatterbesøk to ganger.</p>",
            ),
        ],
        "results": "<p>Utlånet av samiskspråklige barnebøker ble doblet.</p>",
        "lessons_learned": "<p>Det finnes for få samiske barnebøker for de eldste barna.</p>",
        "follow_ups": [
            {
                "date": "2025-11-01",
                "heading": "Ett år etter",
                "text": "<p>Bokpratene fortsetter, og ungdomsskolen er med fra i høst.</p>",
            }
        ],
    },
    {
        "slug": "meraapent-i-vadso",
        "org": "finnmark",
        "topics": ["meråpent-bibliotek"],
        "audiences": ["ledere"],
        "image": "meråpent-bibliotek",
        "age": 300,
        "library": library(
            "Vadsø bibliotek", "Vadsø", "5607", "finnmark", 5700, "hovedbibliotek", True, 4.0
        ),
        "period_start": "2024-01-10",
        "period_end": "2024-06-30",
        "status": "avsluttet",
        "budget": 350000,
        "hours": 200,
        "contact_name": "Tor Isaksen",
        "contact_email": "tor.isaksen@vadso.kommune.no",
        "related": ["startpakke-meraapent-bibliotek"],
        "title": "Meråpent i en liten by",
        "summary": "Med fire årsverk klarte ikke biblioteket å holde åpent om kvelden. Meråpen "
        "tid ga innbyggerne bibliotek fra 08 til 22.",
        "goals": "<p>Lengre åpningstid uten flere ansatte.</p>",
        "body": [
            (
                "text",
                "<p>Vi søkte om midler fra fylkeskommunen, fikk på plass adgangskontroll og "
                "selvbetjening, og registrerte 600 lånere for meråpen tid første måned.</p>",
            ),
            ("document", {"doc": "meraapent-sjekkliste"}),
        ],
        "results": "<p>Nær en tredjedel av besøket skjer nå i meråpen tid.</p>",
        "lessons_learned": "<p>Lag og foreninger var de første til å bruke tilbudet.</p>",
    },
    {
        "slug": "digital-fortellerstund-notodden",
        "org": "telemark",
        "topics": ["formidling-på-nett"],
        "audiences": ["barn-og-unge"],
        "image": "formidling-på-nett",
        "age": 210,
        "library": library(
            "Notodden bibliotek",
            "Notodden",
            "4005",
            "telemark",
            13300,
            "hovedbibliotek",
            True,
            8.0,
        ),
        "period_start": "2024-03-01",
        "period_end": "2024-12-15",
        "status": "avsluttet",
        "budget": 25000,
        "hours": 140,
        "contact_name": "Line Bø",
        "contact_email": "line.bo@notodden.kommune.no",
        "related": ["sosiale-medier-for-bibliotek", "veileder-sosiale-medier"],
        "title": "Digital fortellerstund for barnehagene",
        "summary": "Korte, tekstede fortellervideoer som barnehagene i kommunen kan vise når det "
        "passer dem.",
        "goals": "<p>Nå barnehager som har lang vei til biblioteket.</p>",
        "body": [
            (
                "text",
                "<p>Vi spilte inn tolv fortellinger på ti minutter, med teksting. Forlagene ga "
                "tillatelse til bruk i ett år.</p>",
            ),
            (
                "video",
                {
                    "title": "Eksempel på en kort video med teksting",
                    "transcript": "<p>Velkommen til Kompetansebanken.</p>",
                },
            ),
        ],
        "results": "<p>Alle 14 barnehager i kommunen brukte videoene.</p>",
        "lessons_learned": "<p>Avklar rettigheter tidlig; det tok lengst tid.</p>",
    },
    {
        "slug": "sokekurs-for-seniorer-horten",
        "org": "vestfold",
        "topics": ["søk", "bibliotekdidaktikk"],
        "audiences": ["alle-bibliotekansatte"],
        "image": "søk",
        "age": 170,
        "library": library(
            "Horten bibliotek", "Horten", "3901", "vestfold", 28000, "hovedbibliotek", True, 12.0
        ),
        "period_start": "2024-09-01",
        "period_end": "2024-11-30",
        "status": "avsluttet",
        "budget": 10000,
        "hours": 80,
        "contact_name": "Bjørn Wold",
        "contact_email": "bjorn.wold@horten.kommune.no",
        "related": ["soketeknikk-for-bibliotekarer"],
        "title": "Lær å søke: kurs for seniorer",
        "summary": "Fire kurskvelder om å finne pålitelig informasjon på nett, for innbyggere "
        "over 65.",
        "goals": "<p>Styrke seniorers digitale kompetanse og kildekritikk.</p>",
        "body": [
            (
                "text",
                "<p>Vi brukte nettkurset om bibliotekdidaktikk til å planlegge, med korte "
                "innlegg og mye egen øving.</p>",
            ),
        ],
        "results": "<p>48 deltakere; 90 prosent ville anbefale kurset.</p>",
        "lessons_learned": "<p>Maks tolv deltakere per kveld, og ta med egne enheter.</p>",
    },
    {
        "slug": "personvernrutine-fredrikstad",
        "org": "ostfold",
        "topics": ["gdpr-og-personvern"],
        "audiences": ["alle-bibliotekansatte"],
        "image": "gdpr-og-personvern",
        "age": 400,
        "library": library(
            "Fredrikstad bibliotek",
            "Fredrikstad",
            "3107",
            "ostfold",
            85000,
            "hovedbibliotek",
            True,
            30.0,
        ),
        "period_start": "2023-09-01",
        "period_end": "2024-01-31",
        "status": "avsluttet",
        "hours": 120,
        "contact_name": "Camilla Olsen",
        "contact_email": "camilla.olsen@fredrikstad.kommune.no",
        "related": ["gdpr-i-folkebiblioteket", "veileder-personvern-arrangementer"],
        "title": "Ny personvernrutine for arrangementer",
        "summary": "En enkel rutine for samtykke til bilder og sletting av påmeldingslister.",
        "goals": "<p>Alle arrangementer skal følge samme rutine for personvern.</p>",
        "body": [
            (
                "text",
                "<p>Vi laget en mal for samtykke og en fast sletterutine, og gikk gjennom "
                "rutinen på et personalmøte.</p>",
            ),
            ("document", {"doc": "personvern-samtykke"}),
        ],
        "results": "<p>Rutinen brukes på alle arrangementer.</p>",
        "lessons_learned": "<p>Én side med rutine er bedre enn en lang veileder ingen leser.</p>",
    },
    {
        "slug": "kildekritikk-i-skolen-drammen",
        "org": "buskerud",
        "topics": ["bibliotekdidaktikk", "søk"],
        "audiences": ["skolebibliotek"],
        "image": "bibliotekdidaktikk",
        "age": 80,
        "library": library(
            "Drammensbiblioteket",
            "Drammen",
            "3301",
            "buskerud",
            104000,
            "hovedbibliotek",
            True,
            38.0,
        ),
        "period_start": "2025-01-06",
        "status": "pagar",
        "budget": 60000,
        "hours": 400,
        "contact_name": "Eva Lund",
        "contact_email": "eva.lund@drammen.kommune.no",
        "related": ["kildekritikk-for-elever", "handbok-sok-og-kildekritikk"],
        "title": "Kildekritikk for alle 9. trinn",
        "summary": "Biblioteket underviser alle elever på 9. trinn i søk og kildekritikk, i "
        "samarbeid med norsklærerne.",
        "goals": "<p>Alle elever skal kunne vurdere en kilde før de bruker den.</p>",
        "body": [
            (
                "text",
                "<p>Hver klasse får en dobbelttime i biblioteket og en oppfølgingstime på "
                "skolen.</p>",
            ),
        ],
        "results": "<p>Lærerne melder at elevene oppgir kilder oftere.</p>",
        "lessons_learned": "<p>Felles planlegging med lærerne er nøkkelen.</p>",
    },
    {
        "slug": "gamingrom-bodo",
        "org": "nordland",
        "topics": ["spillformidling", "samskaping"],
        "audiences": ["barn-og-unge"],
        "image": "spillformidling",
        "age": 35,
        "library": library(
            "Bodø bibliotek", "Bodø", "1804", "nordland", 53700, "hovedbibliotek", True, 25.0
        ),
        "period_start": "2025-02-01",
        "period_end": "2025-10-01",
        "status": "avsluttet",
        "budget": 250000,
        "hours": 500,
        "contact_name": "Kristian Olsen",
        "contact_email": "kristian.olsen@bodo.kommune.no",
        "related": ["spillformidling-i-biblioteket"],
        "title": "Et gamingrom laget av ungdom",
        "summary": "Ungdom planla og innredet et gamingrom i biblioteket, med egne regler og "
        "turneringer.",
        "goals": "<p>Et rom ungdom føler at de eier.</p>",
        "body": [
            (
                "text",
                "<p>Ungdommene valgte utstyr, farger og regler. Biblioteket sto for innkjøp og "
                "drift.</p>",
            ),
        ],
        "results": "<p>Rommet er fullbooket hver ettermiddag.</p>",
        "lessons_learned": "<p>Booking på nett hindret krangel om tid.</p>",
    },
    {
        "slug": "bokprat-i-barnehagen-orland",
        "org": "trondelag",
        "topics": ["bokprat"],
        "audiences": ["barn-og-unge"],
        "image": "bokprat",
        "age": 250,
        "library": library(
            "Ørland folkebibliotek",
            "Ørland",
            "5057",
            "trondelag",
            10800,
            "hovedbibliotek",
            False,
            4.5,
        ),
        "period_start": "2024-01-08",
        "period_end": "2024-12-20",
        "status": "avsluttet",
        "budget": 15000,
        "hours": 120,
        "contact_name": "Ida Rønning",
        "contact_email": "ida.ronning@orland.kommune.no",
        "related": ["bokprat-for-nybegynnere"],
        "title": "Bokprat i alle barnehager",
        "summary": "Biblioteket besøkte alle barnehagene med bokprat og bokkasser to ganger i "
        "året.",
        "goals": "<p>Alle barn skal møte biblioteket før skolestart.</p>",
        "body": [
            (
                "text",
                "<p>Vi lagde bokkasser med tjue bøker per avdeling og holdt en kort bokprat "
                "for de eldste barna.</p>",
            ),
        ],
        "results": "<p>Utlånet av bildebøker økte med 25 prosent.</p>",
        "lessons_learned": "<p>Barnehagene ønsket bøker på flere språk.</p>",
    },
]
