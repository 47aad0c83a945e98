"""Seconds to upload 50 images through the admin into S3 and to render a listing of them.

Run from the project root against a migrated database of your own:
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kb_bench .venv/bin/python bench/media.py

S3 is a real S3 HTTP API on loopback (moto, tests/s3.py) with the project's storage settings.
Everything the bench creates is rolled back at the end; the bucket lives only in this process.
Prints: the upload of N photos (1600x1200 JPEG) through Wagtail's add view; a listing of the N
images as 16:9 cards (2 widths x WebP/JPEG = 4 renditions each) rendered cold (renditions made
and written to S3), warm from the database (renditions cache emptied, one prefetch query), and
warm from the renditions cache, the last one with the S3 server stopped to show that a warm
page view makes no S3 request.
"""

import argparse
import os
import sys
import time
from pathlib import Path

LISTING = (
    "{% load kb_media %}<ul>{% for image in images %}<li>{% picture image "
    'fill-{480x270,960x540} format-{webp,jpeg} sizes="(max-width: 40rem) 100vw, 30rem" alt="" %}'
    "</li>{% endfor %}</ul>"
)


class Rollback(Exception):
    pass


def timed(label, function):
    start = time.perf_counter()
    result = function()
    print(f"{label:<58} {time.perf_counter() - start:6.2f} s", flush=True)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--images", type=int, default=50)
    args = parser.parse_args()

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kb_site.settings.dev")
    import django

    django.setup()

    from django.contrib.auth import get_user_model
    from django.core.cache import caches
    from django.db import transaction
    from django.template import Context, Template
    from django.test import Client, override_settings
    from django.urls import reverse

    from wagtail.images import get_image_model

    from home.media.renditions import expand_specs
    from tests.media_samples import image_bytes, upload
    from tests.s3 import S3Server

    image_model = get_image_model()
    specs = expand_specs("fill-{480x270,960x540}|format-{webp,jpeg}")
    photo = image_bytes(1600, 1200, image_format="JPEG", color=(90, 140, 200))
    server = S3Server()
    try:
        with override_settings(STORAGES=server.storages(), DEBUG=False):
            with transaction.atomic():
                caches["renditions"].clear()
                user = get_user_model().objects.create_superuser(
                    "bench-media", "bench@example.no", "bench"
                )
                client = Client()
                client.force_login(user)

                def upload_all():
                    for number in range(args.images):
                        response = client.post(
                            reverse("wagtailimages:add"),
                            {
                                "title": f"Bilde {number}",
                                "file": upload(f"Bokprat på biblioteket {number}.jpg", photo),
                            },
                        )
                        assert response.status_code == 302, response.status_code

                timed(f"upload {args.images} images through the admin into S3", upload_all)
                template = Template(LISTING)

                def render():
                    images = list(
                        image_model.objects.filter(uploaded_by_user=user)
                        .order_by("pk")
                        .prefetch_renditions(*specs)
                    )
                    html = template.render(Context({"images": images}))
                    assert html.count("<picture>") == args.images, html[:500]
                    return html

                timed("listing, cold (renditions made and stored in S3)", render)
                caches["renditions"].clear()
                timed("listing, warm from the database (cache emptied)", render)
                timed("listing, warm from the renditions cache", render)
                server.stop()
                html = timed("listing, warm from the cache, S3 server stopped", render)
                assert html.count("X-Amz-Signature") >= args.images * len(specs)
                print(
                    f"renditions in the bucket: {args.images * len(specs)} expected; "
                    "the last run made no S3 request (the server was down)."
                )
                raise Rollback
    except Rollback:
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    main()
