"""Bokmål versions of the Nynorsk demo pages, by slug.

Machine-translated with Apertium (`python -m demo.translate`), then proofread and
corrected by hand: regenerating overwrites those corrections, so review the diff.
"""

TRANSLATIONS = {
    "meirope-bibliotek-i-lom": {
        "resources_note": "Tilskudd fra fylkeskommunen til utstyr.",
        "title": "Meråpent bibliotek i en liten bygd",
        "summary": "Med halvannen stilling kunne biblioteket bare holde åpent "
        "tre dager i uken. Nå er det åpent fra syv til tjueen hver "
        "dag.",
        "goals": "<p>Gi innbyggerne, turistene og hyttefolket et bibliotek "
        "som er åpent når de har tid.</p>",
        "body": [
            (
                "text",
                "<p>Biblioteket deler lokale med skolen. Vi satte opp "
                "kortleser på den ene inngangen, flyttet utlånsautomaten og "
                "laget et eget reglement sammen med rektor. Skoleelevene "
                "kan bruke biblioteket i meråpen tid fra de er 13 år, om "
                "foreldrene har skrevet under.</p>",
            ),
            ("image", {"image": "meråpent-bibliotek", "caption": "Inngangen med kortleser."}),
            ("document", {"doc": "meraapent-reglement"}),
        ],
        "results": "<p>Besøket ble doblet det første halvåret. Om sommeren står "
        "turister og hyttefolk for nesten halvparten av "
        "besøket.</p>",
        "lessons_learned": "<p>Ta med skolen fra starten av. Vi brukte mye "
        "tid på å bli enige om hvem som har ansvar for "
        "lokalet om kvelden.</p>",
        "follow_ups": [
            {
                "date": "2025-09-15",
                "heading": "Et år etter",
                "text": "<p>Ordningen fortsetter. Bygdekvinnelaget og "
                "sjakklubben har nå faste kvelder i "
                "biblioteket.</p>",
            }
        ],
    },
    "nytt-bibliotekrom-i-stryn": {
        "title": "Innbyggerne planla det nye biblioteket",
        "summary": "Da biblioteket skulle flytte inn i kulturhuset, fikk "
        "innbyggerne være med å planlegge rommet gjennom fire "
        "verksteder.",
        "goals": "<p>Et bibliotek som innbyggerne føler seg hjemme i, og "
        "som flere grupper bruker.</p>",
        "body": [
            (
                "text",
                "<p>Vi holdt fire verksteder: et for ungdom, et for "
                "eldre, et for lag og organisasjoner og et åpent for "
                "alle. Deltakerne skrev ønsker på lapper, sorterte dem og "
                "tegnet skisser. Arkitekten var med på to av "
                "verkstedene.</p>",
            ),
            ("image", {"image": "personalmote"}),
            ("document", {"doc": "samskaping-workshop"}),
        ],
        "results": "<p>Det nye biblioteket har et stillerom, en scene og en "
        "ungdomskrå som ungdommene selv har innredet. Besøket "
        "økte med 40 prosent etter flyttingen.</p>",
        "lessons_learned": "<p>Vi burde ha sagt tydeligere hva som var "
        "bestemt på forhånd, slik at ingen ble "
        "skuffet.</p>",
    },
    "bokprat-pa-sjukeheimen-volda": {
        "title": "Bokprat og høytlesing på sykehjemmet",
        "summary": "En gang i måneden kom biblioteket til sykehjemmet "
        "med bokprat, høytlesing og bøker med stor skrift.",
        "goals": "<p>Gi beboerne litteraturopplevelser og samtaler, og nå "
        "dem som ikke lenger kan komme til biblioteket.</p>",
        "body": [
            (
                "text",
                "<p>Vi valgte bøker og dikt med lokal tilknytning, "
                "sang og stedsnavn som beboerne gjenkjente. Hver "
                "samling varte i førti minutter, med kaffe. "
                "Helsefagarbeiderne var med og holdt samtalen i gang "
                "etterpå.</p>",
            ),
            (
                "callout",
                {
                    "kind": "tips",
                    "title": "Lokale tekster",
                    "text": "<p>Dikt av Ivar Aasen og fortellinger fra "
                    "bygdeboken skapte mest samtale.</p>",
                },
            ),
        ],
        "results": "<p>Mellom 12 og 20 beboere deltok hver gang. "
        "Sykehjemmet har nå et eget depot med lydbøker og "
        "bøker med stor skrift.</p>",
        "lessons_learned": "<p>Korte tekster og mye rom for "
        "fortellingene til beboerne fungerte "
        "best.</p>",
        "follow_ups": [
            {
                "date": "2024-12-01",
                "heading": "Et år etter",
                "text": "<p>Tilbudet er utvidet til hjemmeboende "
                "eldre gjennom "
                "frivilligsentralen.</p>",
            }
        ],
    },
    "spelkveld-for-heile-familien-bykle": {
        "title": "Spillkveld for hele familien",
        "summary": "Første fredag i måneden er det spillkveld i "
        "biblioteket for barn, foreldre og "
        "besteforeldre. I en bygd med tusen innbyggere "
        "kommer opptil femti.",
        "goals": "<p>Et møtested på tvers av generasjoner, og flere som bruker biblioteket.</p>",
        "body": [
            (
                "text",
                "<p>Vi kjøpte inn tjue brettspill som passer for "
                "ulike aldre, og fikk to frivillige til å være "
                "spillverter. Ungdomsklubben lager mat.</p>",
            ),
            ("document", {"doc": "spillkveld-plan"}),
        ],
        "results": "<p>Mellom 25 og 50 deltakere hver gang, og "
        "utlånet av brettspill har økt kraftig.</p>",
        "lessons_learned": "<p>Samarbeidet med ungdomsklubben gjorde at ungdommene også kom.</p>",
    },
    "forfattarsamtalar-pa-nett-voss": {
        "title": "Forfattersamtaler direkte på nett",
        "summary": "Åtte forfattersamtaler ble strømmet direkte og "
        "lagret med teksting, slik at folk i hele kommunen "
        "kunne følge dem.",
        "goals": "<p>Nå innbyggere som bor langt fra sentrum, og gjøre "
        "arrangementene tilgjengelige for flere.</p>",
        "body": [
            (
                "text",
                "<p>Vi kjøpte to kameraer, en mikser og trådløse "
                "mikrofoner. Forfatterne skrev under på en avtale om "
                "opptak, og hver samtale lå ute i tre måneder "
                "etterpå.</p>",
            ),
            (
                "video",
                {
                    "title": "Eksempel på en kort video med teksting",
                    "transcript": "<p>Velkommen til Kompetansebanken.</p>",
                },
            ),
        ],
        "results": "<p>I snitt 40 i salen og 150 på nett. Opptakene "
        "ble sett over 2 000 ganger.</p>",
        "lessons_learned": "<p>God lyd er viktigere enn godt bilde. "
        "Teksting tok tid, men ble sett pris "
        "på.</p>",
    },
}
