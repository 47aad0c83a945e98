"""The text of the pages every Kompetansebanken site has from the start, in nb and nn."""

SITE_PAGES = [
    {
        "in_menu": False,
        "nb": {
            "slug": "om-kompetansebanken",
            "title": "Om Kompetansebanken",
            "intro": "Kompetansebanken er den nasjonale plattformen der bibliotekansatte i "
            "Norge lærer av hverandre.",
            "body": "<p>Fylkesbibliotekene og Nasjonalbiblioteket har laget Kompetansebanken "
            "sammen. Innholdet lages av fylkesbibliotekene og folkebibliotekene selv, mens "
            "Nasjonalbiblioteket står for den tekniske utviklingen. Ressursgruppen koordinerer "
            "arbeidet og godkjenner alt innhold før det publiseres.</p>"
            "<p>Her finner du nettkurs, læringsressurser som startpakker, håndbøker og "
            "verktøykasser, og tiltak som kan inspirere bibliotek med lignende forutsetninger.</p>",
        },
        "nn": {
            "slug": "om-kompetansebanken",
            "title": "Om Kompetansebanken",
            "intro": "Kompetansebanken er den nasjonale plattforma der bibliotektilsette i "
            "Noreg lærer av kvarandre.",
            "body": "<p>Fylkesbiblioteka og Nasjonalbiblioteket har laga Kompetansebanken "
            "saman. Innhaldet blir laga av fylkesbiblioteka og folkebiblioteka sjølve, medan "
            "Nasjonalbiblioteket står for den tekniske utviklinga. Ressursgruppa koordinerer "
            "arbeidet og godkjenner alt innhald før det blir publisert.</p>"
            "<p>Her finn du nettkurs, læringsressursar som startpakkar, handbøker og "
            "verktøykassar, og tiltak som kan inspirere bibliotek med liknande føresetnader.</p>",
        },
    },
    {
        "nb": {
            "slug": "tilgjengelighetserklaering",
            "title": "Tilgjengelighetserklæring",
            "intro": "Kompetansebanken skal kunne brukes av alle, uansett funksjonsevne.",
            "body": "<p>Nettstedet er laget for å oppfylle kravene i WCAG 2.1 på nivå A og AA, "
            "slik forskrift om universell utforming av IKT-løsninger krever. Vi tester sidene "
            "automatisk med axe-core og manuelt med tastatur og skjermleser.</p>"
            "<p>Videoer i nettkursene har teksting. Alle bilder som gir informasjon, har "
            "alternativ tekst.</p>"
            "<p>Finner du noe som ikke fungerer for deg, vil vi gjerne vite det. Skriv til "
            '<a href="mailto:kompetansebanken@nb.no">kompetansebanken@nb.no</a>. Du kan også '
            "melde fra til Tilsynet for universell utforming av IKT (Uutilsynet).</p>",
        },
        "nn": {
            "slug": "tilgjengelegheitserklaering",
            "title": "Tilgjengelegheitserklæring",
            "intro": "Kompetansebanken skal kunne brukast av alle, uansett funksjonsevne.",
            "body": "<p>Nettstaden er laga for å oppfylle krava i WCAG 2.1 på nivå A og AA, "
            "slik forskrift om universell utforming av IKT-løysingar krev. Vi testar sidene "
            "automatisk med axe-core og manuelt med tastatur og skjermlesar.</p>"
            "<p>Videoar i nettkursa har teksting. Alle bilete som gir informasjon, har "
            "alternativ tekst.</p>"
            "<p>Finn du noko som ikkje fungerer for deg, vil vi gjerne vite det. Skriv til "
            '<a href="mailto:kompetansebanken@nb.no">kompetansebanken@nb.no</a>. Du kan også '
            "melde frå til Tilsynet for universell utforming av IKT (Uutilsynet).</p>",
        },
    },
    {
        "nb": {
            "slug": "personvern",
            "title": "Personvern",
            "intro": "Kompetansebanken samler ikke inn personopplysninger om deg som leser.",
            "body": "<p>Nettstedet bruker ingen sporingskapsler og laster ikke inn skript, "
            "skrifttyper eller analyseverktøy fra andre nettsteder.</p>"
            "<p>Når du følger et nettkurs, lagres hvilke leksjoner du har fullført bare i din "
            "egen nettleser (localStorage). Ingenting av dette sendes til oss.</p>"
            "<p>Redaktører som logger inn, får en nødvendig øktkapsel. Behandlingsansvarlig er "
            "Nasjonalbiblioteket.</p>",
        },
        "nn": {
            "slug": "personvern",
            "title": "Personvern",
            "intro": "Kompetansebanken samlar ikkje inn personopplysningar om deg som les.",
            "body": "<p>Nettstaden bruker ingen sporingskapslar og lastar ikkje inn skript, "
            "skrifttypar eller analyseverktøy frå andre nettstader.</p>"
            "<p>Når du følgjer eit nettkurs, blir det lagra kva for leksjonar du har fullført "
            "berre i din eigen nettlesar (localStorage). Ingenting av dette blir sendt til oss.</p>"
            "<p>Redaktørar som loggar inn, får ein nødvendig øktkapsel. Behandlingsansvarleg er "
            "Nasjonalbiblioteket.</p>",
        },
    },
]
