"""Build (and remove) the demo content from the data modules in `demo.data`.

Every object is looked up before it is created (pages by parent and slug, snippets and media by
their natural keys), so running the builder again creates nothing new. Translations share the
original's `translation_key`, so the language switcher and wagtail-localize see them as one page
in two languages.
"""

import datetime
from collections import Counter, defaultdict
from contextlib import contextmanager

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.text import slugify

from modelsearch import index as search_index
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from tqdm import tqdm

from courses.models import CourseIndexPage, CoursePage, LessonPage, ResourceIndexPage, ResourcePage
from demo import files, images
from demo.data import courses, documents, initiatives, resources, taxonomy
from demo.data import translations_from_nn as nb_translations
from demo.data.catalogs import CATALOGS
from demo.data.nn import initiatives as nn_initiatives
from demo.data.nn import translations as nn_translations
from demo.data.organisations import ORGANISATIONS
from home.models import Audience, ContributorPage, HomePage, Topic, TopicPage, Video
from initiatives.models import InitiativeIndexPage, InitiativePage, Library

LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)
COLLECTION_NAME = "Demoinnhold"
DEFERRED_INDEXING_UID = "seed_demo_deferred_indexing"
VIDEO_TITLE = "Velkommen til Kompetansebanken (demovideo)"
REVIEW_INTERVAL = datetime.timedelta(days=365)
CATALOG_MODELS = {
    "courses": CourseIndexPage,
    "resources": ResourceIndexPage,
    "initiatives": InitiativeIndexPage,
}


@contextmanager
def deferred_indexing():
    """Update the search index and the reference index once per object, at the end.

    Adding, revising and publishing a page saves it three times, and each save updates both
    indexes; doing that once per object instead more than halves the build.
    """
    saved = defaultdict(set)
    search_models = [
        model
        for model in search_index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]

    def remember(sender, instance, raw=False, **kwargs):
        if not raw:
            saved[sender].add(instance.pk)

    post_save.connect(remember, weak=False, dispatch_uid=DEFERRED_INDEXING_UID)
    for model in search_models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid=DEFERRED_INDEXING_UID)
        for model in search_models:
            post_save.connect(post_save_signal_handler, sender=model)
    for model, pks in saved.items():
        if model in search_models:
            objects = list(model.get_indexed_objects().filter(pk__in=pks))
            for backend in get_search_backends(with_auto_update=True):
                backend.add_bulk(model, objects)
        if ReferenceIndex.is_indexed(model):
            for obj in model._default_manager.filter(pk__in=pks):
                ReferenceIndex.create_or_update_for_object(obj)


def content_items():
    """Every course, resource and initiative as (kind, original item, its language, texts).

    `texts` maps each language the page exists in to its full data: the original, or the
    original's non-text fields overlaid with the translation.
    """
    translations = {"nn": nn_translations.TRANSLATIONS, "nb": nb_translations.TRANSLATIONS}
    items = (
        [("course", item) for item in courses.COURSES]
        + [("resource", item) for item in resources.RESOURCES]
        + [("initiative", item) for item in initiatives.INITIATIVES]
        + [("initiative", item) for item in nn_initiatives.INITIATIVES]
    )
    result = []
    for kind, item in items:
        original = item.get("lang", "nb")
        other = "nn" if original == "nb" else "nb"
        texts = {original: item}
        if item["slug"] in translations[other]:
            texts[other] = {**item, **translations[other][item["slug"]], "lang": other}
        result.append((kind, item, original, texts))
    return result


class DemoBuilder:
    """Creates whatever of the demo content is missing; `created` counts what it made."""

    def __init__(self, show_progress=True):
        self.show_progress = show_progress
        self.created = Counter()
        self.today = timezone.localdate()
        self.locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
        self.homes = {code: HomePage.objects.get(locale=self.locales[code]) for code in LANGUAGES}

    # -- public API -------------------------------------------------------------------------

    @transaction.atomic
    def build(self):
        items = content_items()
        self.sections = {code: {} for code in LANGUAGES}
        self.content = {code: {} for code in LANGUAGES}
        steps = (
            [(self._build_media,), (self._build_taxonomy,), (self._build_catalogs,)]
            + [(self._build_libraries,)]
            + [(self._build_section, org) for org in ORGANISATIONS]
            # Initiatives last: they link to courses and resources.
            + [(self._build_content, entry) for entry in items if entry[0] != "initiative"]
            + [(self._build_content, entry) for entry in items if entry[0] == "initiative"]
        )
        progress = tqdm(
            total=len(steps), desc="Demoinnhold", unit="steg", disable=not self.show_progress
        )
        with progress, deferred_indexing():
            for function, *arguments in steps:
                function(*arguments)
                progress.update(1)
        return self.created

    @transaction.atomic
    def reset(self):
        """Remove the demo pages, libraries and media; sections, catalogs, topics, logos stay.

        Sections stay because groups, permissions and workflows attach to them; catalogs,
        topic pages and the taxonomy are structure the site needs with or without demo content.
        """
        removed = Counter()
        sections = ContributorPage.objects.filter(slug__in=[org["slug"] for org in ORGANISATIONS])
        slugs = [item["slug"] for _kind, item, _lang, _texts in content_items()]
        for section in sections:
            for child in section.get_children().filter(slug__in=slugs):
                removed[child.specific_class.__name__] += 1
                child.delete()
        names = [library["name"] for library in self._library_specs()]
        # A library an editor's own initiative still uses is kept.
        unused = Library.objects.filter(name__in=names, initiatives__isnull=True)
        removed["Library"] = Library.objects.filter(
            pk__in=list(unused.values_list("pk", flat=True))
        ).delete()[0]
        collection = Collection.objects.filter(name=COLLECTION_NAME).first()
        if collection is not None:
            logos = [f"Logo: {org['title']}" for org in ORGANISATIONS]
            for model in (get_image_model(), get_document_model(), Video):
                # Logos stay: the sections that show them stay too.
                for obj in model.objects.filter(collection=collection).exclude(title__in=logos):
                    obj.delete()
                    removed[model.__name__] += 1
        return removed

    # -- media ------------------------------------------------------------------------------

    def _build_media(self):
        root = Collection.get_first_root_node()
        self.collection = Collection.objects.filter(name=COLLECTION_NAME).first()
        if self.collection is None:
            self.collection = root.add_child(name=COLLECTION_NAME)
            self.created["Collection"] += 1
        self.images = {
            key: self._image(spec[0], images.draw_illustration, key)
            for key, spec in images.IMAGES.items()
        }
        self.logos = {
            org["key"]: self._image(f"Logo: {org['title']}", images.draw_logo, index)
            for index, org in enumerate(ORGANISATIONS)
        }
        self.documents = {key: self._document(spec) for key, spec in documents.DOCUMENTS.items()}
        self.video = self._video()

    def _image(self, title, draw, argument):
        model = get_image_model()
        image = model.objects.filter(title=title, collection=self.collection).first()
        if image is None:
            filename = f"demo-{slugify(title)}.png"
            image = model(title=title, collection=self.collection)
            image.file = ImageFile(ContentFile(draw(argument)), name=filename)
            image.save()
            self.created["Image"] += 1
        return image

    def _document(self, spec):
        model = get_document_model()
        document = model.objects.filter(title=spec["title"], collection=self.collection).first()
        if document is None:
            filename, content = files.document_bytes(spec)
            document = model(title=spec["title"], collection=self.collection)
            document.file.save(filename, ContentFile(content), save=False)
            document.save()
            self.created["Document"] += 1
        return document

    def _video(self):
        video = Video.objects.filter(title=VIDEO_TITLE, collection=self.collection).first()
        if video is None:
            width, height = files.VIDEO_SIZE
            video = Video(
                title=VIDEO_TITLE,
                collection=self.collection,
                type="video",
                duration=files.VIDEO_SECONDS,
                width=width,
                height=height,
            )
            video.file.save(
                files.VIDEO_FILE.name, ContentFile(files.VIDEO_FILE.read_bytes()), save=False
            )
            video.captions_nb.save(
                "kompetansebanken-intro.nb.vtt", ContentFile(files.webvtt_bytes("nb")), save=False
            )
            video.captions_nn.save(
                "kompetansebanken-intro.nn.vtt", ContentFile(files.webvtt_bytes("nn")), save=False
            )
            video.thumbnail.save(
                "kompetansebanken-intro.png",
                ContentFile(images.draw_illustration("formidling-på-nett")),
                save=False,
            )
            video.save()
            self.created["Video"] += 1
        return video

    # -- taxonomy, catalogs, libraries ------------------------------------------------------

    def _build_taxonomy(self):
        self.topics = {code: {} for code in LANGUAGES}
        self.audiences = {code: {} for code in LANGUAGES}
        self.topic_pages = {}
        for spec in taxonomy.TOPICS:
            source = None
            for code in LANGUAGES:
                name, description = spec[code]
                topic = self._term(Topic, spec["slug"], code, name, description, source)
                self.topics[code][spec["slug"]] = topic
                source = topic
        for spec in taxonomy.AUDIENCES:
            source = None
            for code in LANGUAGES:
                audience = self._term(Audience, spec["slug"], code, spec[code], "", source)
                self.audiences[code][spec["slug"]] = audience
                source = audience

    def _term(self, model, slug, code, name, description, source):
        term = model.objects.filter(slug=slug, locale=self.locales[code]).first()
        if term is None:
            term = model(slug=slug, name=name, description=description, locale=self.locales[code])
            if source is not None:
                term.translation_key = source.translation_key
            term.save()
            self.created[model.__name__] += 1
        return term

    def _build_catalogs(self):
        for spec in CATALOGS:
            model = CATALOG_MODELS[spec["kind"]]
            source = None
            for code in LANGUAGES:
                home = self.homes[code]
                page = model.objects.child_of(home).first()
                if page is None:
                    text = spec[code]
                    page = model(
                        title=text["title"],
                        slug=text["slug"],
                        intro=text["intro"],
                        show_in_menus=True,
                    )
                    page = self._add_page(home, page, source)
                source = page
        for spec in taxonomy.TOPICS:
            source = None
            for code in LANGUAGES:
                home = self.homes[code]
                topic = self.topics[code][spec["slug"]]
                page = TopicPage.objects.child_of(home).filter(topic=topic).first()
                if page is None:
                    name, description = spec[code]
                    page = TopicPage(
                        title=name, slug=spec["slug"], topic=topic, intro=f"<p>{description}</p>"
                    )
                    page = self._add_page(home, page, source)
                source = page

    def _library_specs(self):
        return [item["library"] for item in initiatives.INITIATIVES + nn_initiatives.INITIATIVES]

    def _build_libraries(self):
        self.libraries = {}
        for spec in self._library_specs():
            library = Library.objects.filter(
                name=spec["name"], municipality_number=spec["number"]
            ).first()
            if library is None:
                library = Library.objects.create(
                    name=spec["name"],
                    municipality=spec["municipality"],
                    municipality_number=spec["number"],
                    county=spec["county"],
                    population=spec["population"],
                    library_type=spec["type"],
                    self_service=spec["self_service"],
                    staff_fte=spec["fte"],
                )
                self.created["Library"] += 1
            self.libraries[spec["name"]] = library

    # -- sections ---------------------------------------------------------------------------

    def _build_section(self, org):
        source = None
        for code in LANGUAGES:
            home = self.homes[code]
            page = ContributorPage.objects.child_of(home).filter(slug=org["slug"]).first()
            if page is None:
                page = ContributorPage(
                    title=org["title"],
                    slug=org["slug"],
                    kind=org["kind"],
                    contact_email=org["contact_email"],
                    about=org["about"][code],
                    logo=self.logos[org["key"]],
                )
                page = self._add_page(home, page, source)
            self.sections[code][org["key"]] = page
            source = page

    # -- content ----------------------------------------------------------------------------

    def _build_content(self, entry):
        kind, item, original, texts = entry
        source = None
        for code in [original] + [c for c in LANGUAGES if c != original and c in texts]:
            text = texts[code]
            parent = self.sections[code][item["org"]]
            page = parent.get_children().filter(slug=item["slug"]).first()
            if page is None:
                page = getattr(self, f"_new_{kind}")(text, code)
                page.original_language = original
                page = self._add_page(parent, page, source, published_days_ago=item["age"])
                if kind == "course":
                    self._add_lessons(page, text, code, item)
            self.content[code][item["slug"]] = page.specific
            source = page

    def _common(self, text, code):
        item_date = self.today - datetime.timedelta(days=text["age"])
        return {
            "title": text["title"],
            "slug": text["slug"],
            "summary": text["summary"],
            "listing_image": self.images[text["image"]],
            "authors": [("author", dict(author)) for author in text.get("authors", [])],
            "last_reviewed": item_date,
            "next_review": item_date + REVIEW_INTERVAL,
        }

    def _with_taxonomy(self, page, text, code):
        page.topics = [self.topics[code][slug] for slug in text["topics"]]
        page.audiences = [self.audiences[code][slug] for slug in text.get("audiences", [])]
        return page

    def _new_course(self, text, code):
        page = CoursePage(
            **self._common(text, code),
            learning_goals=[("goal", goal) for goal in text["goals"]],
            level=text["level"],
            estimated_minutes=text["minutes"],
            format=text["format"],
            contact_email=text["contact_email"],
            intro=self._stream(text.get("intro", []), code),
        )
        return self._with_taxonomy(page, text, code)

    def _add_lessons(self, course, text, code, item):
        source_lessons = {}
        if code != item.get("lang", "nb"):
            original_course = self.content[item.get("lang", "nb")].get(item["slug"])
            if original_course is not None:
                source_lessons = {
                    lesson.slug: lesson for lesson in LessonPage.objects.child_of(original_course)
                }
        for lesson in text["lessons"]:
            page = LessonPage(
                title=lesson["title"],
                slug=lesson["slug"],
                summary=lesson["summary"],
                body=self._stream(lesson["body"], code),
                last_reviewed=course.last_reviewed,
                next_review=course.next_review,
                original_language=course.original_language,
            )
            self._with_taxonomy(page, text, code)
            self._add_page(
                course, page, source_lessons.get(lesson["slug"]), published_days_ago=item["age"]
            )

    def _new_resource(self, text, code):
        page = ResourcePage(
            **self._common(text, code),
            kind=text["kind"],
            contact_email=text.get("contact_email", ""),
            body=self._stream(text["body"], code),
            checklists=[("checklist", dict(checklist)) for checklist in text.get("checklists", [])],
            downloads=self._stream([("document", d) for d in text.get("downloads", [])], code),
        )
        return self._with_taxonomy(page, text, code)

    def _new_initiative(self, text, code):
        related = []
        for slug in text.get("related", []):
            target = self.content[code].get(slug) or self.content["nb"].get(slug)
            if target is not None:
                related.append(("page", target))
        page = InitiativePage(
            **self._common(text, code),
            library=self.libraries[text["library"]["name"]],
            period_start=datetime.date.fromisoformat(text["period_start"]),
            period_end=(
                datetime.date.fromisoformat(text["period_end"]) if text.get("period_end") else None
            ),
            status=text["status"],
            goals=text["goals"],
            body=self._stream(text["body"], code),
            budget_nok=text.get("budget"),
            staff_hours=text.get("hours"),
            resources_note=text.get("resources_note", ""),
            results=text["results"],
            lessons_learned=text["lessons_learned"],
            contact_name=text["contact_name"],
            contact_email=text["contact_email"],
            follow_ups=[
                (
                    "follow_up",
                    {
                        "date": datetime.date.fromisoformat(follow_up["date"]),
                        "heading": follow_up["heading"],
                        "text": follow_up["text"],
                    },
                )
                for follow_up in text.get("follow_ups", [])
            ],
            related=related,
        )
        return self._with_taxonomy(page, text, code)

    # -- StreamField values -----------------------------------------------------------------

    def _stream(self, blocks, code):
        return [(block_type, self._block(block_type, value, code)) for block_type, value in blocks]

    def _block(self, block_type, value, code):
        if block_type == "text":
            return value
        if block_type == "image":
            alt_nb, alt_nn = images.IMAGES[value["image"]][3:5]
            return {
                "image": self.images[value["image"]],
                "alt_text": value.get("alt") or (alt_nb if code == "nb" else alt_nn),
                "decorative": False,
                "caption": value.get("caption", ""),
            }
        if block_type == "video":
            return {
                "title": value["title"],
                "video": self.video,
                "embed": None,
                "transcript": value.get("transcript", ""),
            }
        if block_type == "document":
            return {
                "document": self.documents[value["doc"]],
                "title": value.get("title", ""),
                "description": value.get("description", ""),
            }
        if block_type == "accordion":
            return {
                "title": value.get("title", ""),
                "items": [{"question": q, "answer": a} for q, a in value["items"]],
            }
        if block_type == "quiz":
            return {
                "question": value["question"],
                "answers": [
                    {"text": text, "correct": correct, "feedback": feedback}
                    for text, correct, feedback in value["answers"]
                ],
            }
        if block_type == "chapter":
            return {"heading": value["heading"], "body": self._stream(value["body"], code)}
        if block_type in ("callout", "checklist", "case", "reflection"):
            return dict(value)
        raise ValueError(f"Ukjent blokktype i demodata: {block_type}")

    # -- pages ------------------------------------------------------------------------------

    def _add_page(self, parent, page, source=None, published_days_ago=None):
        """Add `page` under `parent` in the parent's locale, publish it, return it."""
        page.locale = parent.locale
        if source is not None:
            page.translation_key = source.translation_key
        parent.add_child(instance=page)
        page.save_revision().publish()
        if published_days_ago is not None:
            moment = timezone.now() - datetime.timedelta(days=published_days_ago)
            Page.objects.filter(pk=page.pk).update(
                first_published_at=moment, last_published_at=moment
            )
        self.created[type(page).__name__] += 1
        return page
