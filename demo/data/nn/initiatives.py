"""Demo initiatives (tiltak) written in Nynorsk by libraries in nynorsk municipalities."""

from demo.data.initiatives import library

INITIATIVES = [
    {
        "lang": "nn",
        "slug": "meirope-bibliotek-i-lom",
        "org": "innlandet",
        "topics": ["meråpent-bibliotek"],
        "audiences": ["ledere"],
        "image": "meråpent-bibliotek",
        "age": 140,
        "library": library(
            "Lom folkebibliotek", "Lom", "3434", "innlandet", 2300, "kombinert", True, 1.5
        ),
        "period_start": "2024-03-01",
        "period_end": "2024-09-30",
        "status": "avsluttet",
        "budget": 280000,
        "hours": 150,
        "resources_note": "Tilskot frå fylkeskommunen til utstyr.",
        "contact_name": "Astrid Brimi",
        "contact_email": "astrid.brimi@lom.kommune.no",
        "related": ["meraapent-fra-plan-til-drift", "startpakke-meraapent-bibliotek"],
        "title": "Meirope bibliotek i ei lita bygd",
        "summary": "Med halvannan stilling kunne biblioteket berre halde ope tre dagar i veka. "
        "No er det ope frå sju til tjueein kvar dag.",
        "goals": "<p>Gje innbyggjarane, turistane og hyttefolket eit bibliotek som er ope når "
        "dei har tid.</p>",
        "body": [
            (
                "text",
                "<p>Biblioteket deler lokale med skulen. Vi sette opp kortlesar på den eine "
                "inngangen, flytta utlånsautomaten og laga eit eige reglement saman med "
                "rektor. Skuleelevane kan bruke biblioteket i meirope tid frå dei er 13 år, "
                "om foreldra har skrive under.</p>",
            ),
            (
                "image",
                {
                    "image": "meråpent-bibliotek",
                    "caption": "Inngangen med kortlesar.",
                },
            ),
            ("document", {"doc": "meraapent-reglement"}),
        ],
        "results": "<p>Besøket vart dobla første halvåret. Om sommaren står turistar og "
        "hyttefolk for nesten halvparten av besøket.</p>",
        "lessons_learned": "<p>Ta med skulen frå starten av. Vi brukte mykje tid på å bli "
        "samde om kven som har ansvar for lokalet om kvelden.</p>",
        "follow_ups": [
            {
                "date": "2025-09-15",
                "heading": "Eitt år etter",
                "text": "<p>Ordninga held fram. Bygdekvinnelaget og sjakklubben har no faste "
                "kveldar i biblioteket.</p>",
            }
        ],
    },
    {
        "lang": "nn",
        "slug": "nytt-bibliotekrom-i-stryn",
        "org": "vestland",
        "topics": ["samskaping"],
        "audiences": ["ledere", "alle-bibliotekansatte"],
        "image": "samskaping",
        "age": 65,
        "library": library(
            "Stryn folkebibliotek",
            "Stryn",
            "4651",
            "vestland",
            7300,
            "hovedbibliotek",
            True,
            3.6,
        ),
        "period_start": "2024-10-01",
        "period_end": "2025-08-31",
        "status": "avsluttet",
        "budget": 400000,
        "hours": 600,
        "contact_name": "Kjersti Loen",
        "contact_email": "kjersti.loen@stryn.kommune.no",
        "related": ["samskaping-i-praksis", "startpakke-samskaping"],
        "title": "Innbyggjarane planla det nye biblioteket",
        "summary": "Då biblioteket skulle flytte inn i kulturhuset, fekk innbyggjarane vere med "
        "å planleggje rommet gjennom fire verkstader.",
        "goals": "<p>Eit bibliotek som innbyggjarane kjenner seg heime i, og som fleire "
        "grupper brukar.</p>",
        "body": [
            (
                "text",
                "<p>Vi heldt fire verkstader: eitt for ungdom, eitt for eldre, eitt for lag og "
                "organisasjonar og eitt ope for alle. Deltakarane skreiv ønske på lappar, "
                "sorterte dei og teikna skisser. Arkitekten var med på to av verkstadene.</p>",
            ),
            ("image", {"image": "personalmote"}),
            ("document", {"doc": "samskaping-workshop"}),
        ],
        "results": "<p>Det nye biblioteket har eit stillerom, ein scene og ei ungdomskrå som "
        "ungdommane sjølve har innreidd. Besøket auka med 40 prosent etter flyttinga.</p>",
        "lessons_learned": "<p>Vi burde ha sagt tydelegare kva som var bestemt på førehand, "
        "slik at ingen vart skuffa.</p>",
    },
    {
        "lang": "nn",
        "slug": "bokprat-pa-sjukeheimen-volda",
        "org": "more-og-romsdal",
        "topics": ["bokprat"],
        "audiences": ["alle-bibliotekansatte"],
        "image": "bokprat",
        "age": 420,
        "library": library(
            "Volda folkebibliotek",
            "Volda",
            "1577",
            "more-og-romsdal",
            10800,
            "hovedbibliotek",
            False,
            4.0,
        ),
        "period_start": "2023-08-15",
        "period_end": "2024-06-15",
        "status": "avsluttet",
        "budget": 12000,
        "hours": 100,
        "contact_name": "Solveig Hovden",
        "contact_email": "solveig.hovden@volda.kommune.no",
        "related": ["bokprat-for-nybegynnere", "handbok-om-bokprat"],
        "title": "Bokprat og høgtlesing på sjukeheimen",
        "summary": "Ein gong i månaden kom biblioteket til sjukeheimen med bokprat, høgtlesing "
        "og bøker med stor skrift.",
        "goals": "<p>Gje bebuarane litteraturopplevingar og samtale, og nå dei som ikkje lenger "
        "kan kome til biblioteket.</p>",
        "body": [
            (
                "text",
                "<p>Vi valde bøker og dikt med lokal tilknyting, song og stadnamn som "
                "bebuarane kjende att. Kvar samling varte i førti minutt, med kaffi. "
                "Helsefagarbeidarane var med og heldt samtalen i gang etterpå.</p>",
            ),
            (
                "callout",
                {
                    "kind": "tips",
                    "title": "Lokale tekstar",
                    "text": "<p>Dikt av Ivar Aasen og forteljingar frå bygdeboka skapte mest "
                    "samtale.</p>",
                },
            ),
        ],
        "results": "<p>Mellom 12 og 20 bebuarar deltok kvar gong. Sjukeheimen har no eit eige "
        "depot med lydbøker og bøker med stor skrift.</p>",
        "lessons_learned": "<p>Korte tekstar og mykje rom for forteljingane til bebuarane "
        "fungerte best.</p>",
        "follow_ups": [
            {
                "date": "2024-12-01",
                "heading": "Eitt år etter",
                "text": "<p>Tilbodet er utvida til heimebuande eldre gjennom "
                "frivilligsentralen.</p>",
            }
        ],
    },
    {
        "lang": "nn",
        "slug": "spelkveld-for-heile-familien-bykle",
        "org": "agder",
        "topics": ["spillformidling"],
        "audiences": ["barn-og-unge"],
        "image": "spillformidling",
        "age": 190,
        "library": library(
            "Bykle folkebibliotek", "Bykle", "4222", "agder", 1000, "kombinert", True, 0.8
        ),
        "period_start": "2024-01-15",
        "status": "pagar",
        "budget": 20000,
        "hours": 60,
        "contact_name": "Gunhild Bjørgum",
        "contact_email": "gunhild.bjorgum@bykle.kommune.no",
        "related": ["spillformidling-i-biblioteket", "verktoykasse-spillkvelder"],
        "title": "Spelkveld for heile familien",
        "summary": "Første fredag i månaden er det spelkveld i biblioteket for born, foreldre og "
        "besteforeldre. I ei bygd med tusen innbyggjarar kjem opptil femti.",
        "goals": "<p>Ein møtestad på tvers av generasjonar, og fleire som brukar biblioteket.</p>",
        "body": [
            (
                "text",
                "<p>Vi kjøpte inn tjue brettspel som passar for ulike aldrar, og fekk to "
                "frivillige til å vere spelverter. Ungdomsklubben lagar mat.</p>",
            ),
            ("document", {"doc": "spillkveld-plan"}),
        ],
        "results": "<p>Mellom 25 og 50 deltakarar kvar gong, og utlånet av brettspel har auka "
        "kraftig.</p>",
        "lessons_learned": "<p>Samarbeidet med ungdomsklubben gjorde at ungdommane òg kom.</p>",
    },
    {
        "lang": "nn",
        "slug": "forfattarsamtalar-pa-nett-voss",
        "org": "vestland",
        "topics": ["formidling-på-nett"],
        "audiences": ["alle-bibliotekansatte"],
        "image": "formidling-på-nett",
        "age": 230,
        "library": library(
            "Voss bibliotek", "Voss", "4621", "vestland", 16000, "hovedbibliotek", True, 7.0
        ),
        "period_start": "2024-02-01",
        "period_end": "2024-11-30",
        "status": "avsluttet",
        "budget": 90000,
        "hours": 250,
        "contact_name": "Eirik Lydvo",
        "contact_email": "eirik.lydvo@voss.kommune.no",
        "related": ["digitale-arrangementer", "sosiale-medier-for-bibliotek"],
        "title": "Forfattarsamtalar direkte på nett",
        "summary": "Åtte forfattarsamtalar vart strøymde direkte og lagra med teksting, slik at "
        "folk i heile kommunen kunne følgje dei.",
        "goals": "<p>Nå innbyggjarar som bur langt frå sentrum, og gjere arrangementa "
        "tilgjengelege for fleire.</p>",
        "body": [
            (
                "text",
                "<p>Vi kjøpte to kamera, ein miksar og trådlause mikrofonar. Forfattarane "
                "skreiv under på ein avtale om opptak, og kvar samtale låg ute i tre månader "
                "etterpå.</p>",
            ),
            (
                "video",
                {
                    "title": "Døme på ein kort video med teksting",
                    "transcript": "<p>Velkomen til Kompetansebanken.</p>",
                },
            ),
        ],
        "results": "<p>I snitt 40 i salen og 150 på nett. Opptaka vart sett over 2 000 gonger.</p>",
        "lessons_learned": "<p>God lyd er viktigare enn godt bilete. Teksting tok tid, men "
        "vart sett pris på.</p>",
    },
]
