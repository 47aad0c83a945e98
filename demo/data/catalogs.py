"""The three catalogs in the main menu, in Bokmål and Nynorsk."""

CATALOGS = [
    {
        "kind": "courses",
        "nb": {
            "title": "Nettkurs",
            "slug": "nettkurs",
            "intro": "<p>Nettkurs fra fylkesbibliotekene og Nasjonalbiblioteket. Ta dem alene "
            "eller sammen med kollegaene dine.</p>",
        },
        "nn": {
            "title": "Nettkurs",
            "slug": "nettkurs",
            "intro": "<p>Nettkurs frå fylkesbiblioteka og Nasjonalbiblioteket. Ta dei åleine "
            "eller saman med kollegaene dine.</p>",
        },
    },
    {
        "kind": "resources",
        "nb": {
            "title": "Læringsressurser",
            "slug": "laeringsressurser",
            "intro": "<p>Startpakker, håndbøker, verktøykasser og veiledere med sjekklister og "
            "maler du kan laste ned.</p>",
        },
        "nn": {
            "title": "Læringsressursar",
            "slug": "laeringsressursar",
            "intro": "<p>Startpakkar, handbøker, verktøykassar og rettleiarar med sjekklister og "
            "malar du kan laste ned.</p>",
        },
    },
    {
        "kind": "initiatives",
        "nb": {
            "title": "Tiltak",
            "slug": "tiltak",
            "intro": "<p>Hva har andre bibliotek gjort? Finn tiltak fra bibliotek med lignende "
            "forutsetninger som ditt.</p>",
        },
        "nn": {
            "title": "Tiltak",
            "slug": "tiltak",
            "intro": "<p>Kva har andre bibliotek gjort? Finn tiltak frå bibliotek med liknande "
            "føresetnader som ditt.</p>",
        },
    },
]
