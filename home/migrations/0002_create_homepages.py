"""Both locales, and a home page in each, as the site root (replacing Wagtail's welcome page)."""

import uuid

from django.db import migrations


def create_homepages(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")

    nb, _ = Locale.objects.get_or_create(language_code="nb")
    nn, _ = Locale.objects.get_or_create(language_code="nn")

    Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
    if HomePage.objects.exists():
        return

    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    root = Page.objects.get(depth=1)
    key = uuid.uuid4()
    existing = Page.objects.filter(depth=2).count()
    homes = {}
    for offset, (locale, slug, title) in enumerate(
        [(nb, "nb", "Kompetansebanken"), (nn, "nn", "Kompetansebanken")]
    ):
        position = existing + offset + 1
        homes[locale.language_code] = HomePage.objects.create(
            title=title,
            draft_title=title,
            slug=slug,
            content_type=content_type,
            path=f"{root.path}{position:04d}",
            depth=2,
            numchild=0,
            url_path=f"/{slug}/",
            locale=locale,
            translation_key=key,
            live=True,
            intro=(
                "<p>Nettkurs, læringsressurser og tiltak for bibliotekansatte i hele Norge.</p>"
                if slug == "nb"
                else "<p>Nettkurs, læringsressursar og tiltak for bibliotektilsette i heile Noreg.</p>"
            ),
        )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page_id=homes["nb"].pk, is_default_site=True,
            site_name="Kompetansebanken",
        )
    else:
        site.root_page_id = homes["nb"].pk
        site.site_name = "Kompetansebanken"
        site.save()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_homepages, migrations.RunPython.noop)]
