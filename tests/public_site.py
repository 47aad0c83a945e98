"""A small public site in Bokmål and Nynorsk for the public-site and browser tests.

Both languages get the same tree (the Nynorsk pages are translations of the Bokmål ones):
home → catalogs, a topic page, a contributor section with a course (two lessons, the first with
a captioned video and a quiz), a learning resource and an initiative, all on the topic «Bokprat». A
never-published draft course sits beside them, and in Bokmål a course on another topic.
"""

import datetime
import io
from types import SimpleNamespace

from django.core.management import call_command

from courses.models import CourseIndexPage, ResourceIndexPage
from home.models import StandardPage, TopicPage
from initiatives.models import InitiativeIndexPage
from tests import factories
from tests.factories import make_video, publish

TEXT = {
    "nb": {
        "topic": "Bokprat",
        "section": "Innlandet fylkesbibliotek",
        "course": "Bokprat for alle",
        "course_summary": "Lær å holde en bokprat for barn og voksne.",
        "lessons": ["Hva er bokprat?", "Slik velger du bøker"],
        "resource": "Håndbok om bokprat",
        "initiative": "Bokprat på sykehjemmet",
        "catalogs": ["Nettkurs", "Læringsressurser", "Tiltak"],
        "draft": "Hemmelig utkast om bokprat",
    },
    "nn": {
        "topic": "Bokprat",
        "section": "Innlandet fylkesbibliotek",
        "course": "Bokprat for alle (nynorsk)",
        "course_summary": "Lær å halde ein bokprat for born og vaksne.",
        "lessons": ["Kva er bokprat?", "Slik vel du bøker"],
        "resource": "Handbok om bokprat",
        "initiative": "Bokprat på sjukeheimen",
        "catalogs": ["Nettkurs", "Læringsressursar", "Tiltak"],
        "draft": "Løyndt utkast om bokprat",
    },
}


def lesson_body(video, text):
    return [
        ("text", f"<p>{text}</p>"),
        (
            "video",
            {
                "title": "Bokprat i praksis",
                "video": video,
                "embed": None,
                "transcript": "<p>Velkommen til bokprat.</p>",
            },
        ),
        (
            "quiz",
            {
                "question": "Hvor lang bør en bokprat være?",
                "answers": [
                    {"text": "Et par minutter per bok", "correct": True, "feedback": "Ja."},
                    {"text": "En halv time per bok", "correct": False, "feedback": "For langt."},
                ],
            },
        ),
    ]


def _child(parent, model, translation_of=None, **fields):
    page = model(**fields)
    if translation_of is not None:
        page.translation_key = translation_of.translation_key
    parent.add_child(instance=page)
    return publish(page)


def build_language(code, source=None, video=None):
    """One language's tree; `source` is the Bokmål namespace the pages translate."""
    text = TEXT[code]
    home = factories.home(code)
    locale = factories.locale(code)

    def twin(name):
        return getattr(source, name) if source is not None else None

    if source is None:
        topic = factories.TopicFactory(name=text["topic"], slug="bokprat", locale=locale)
        audience = factories.AudienceFactory(name="Alle bibliotekansatte", slug="alle")
    else:
        topic = source.topic.copy_for_translation(locale)
        topic.name = text["topic"]
        topic.save()
        audience = source.audience.copy_for_translation(locale)
        audience.save()

    catalogs = [
        _child(
            home,
            model,
            translation_of=twin(attr),
            title=title,
            slug=slug,
            show_in_menus=True,
        )
        for model, title, slug, attr in zip(
            (CourseIndexPage, ResourceIndexPage, InitiativeIndexPage),
            text["catalogs"],
            ("nettkurs", "laeringsressurser", "tiltak"),
            ("course_index", "resource_index", "initiative_index"),
            strict=True,
        )
    ]
    topic_page = _child(
        home,
        TopicPage,
        translation_of=twin("topic_page"),
        title=text["topic"],
        slug="bokprat",
        topic=topic,
    )
    section = factories.ContributorPageFactory(
        parent=home,
        title=text["section"],
        slug="innlandet",
        **({"translation_key": source.section.translation_key} if source else {}),
    )
    course = factories.CoursePageFactory(
        parent=section,
        title=text["course"],
        slug="bokprat-for-alle",
        summary=text["course_summary"],
        estimated_minutes=90,
        authors=[("author", {"name": "Kari Nordmann", "role": "Rådgiver", "bio": ""})],
        **({"translation_key": source.course.translation_key} if source else {}),
    )
    course.topics.set([topic])
    course.audiences.set([audience])
    publish(course)
    lessons = []
    for number, title in enumerate(text["lessons"]):
        lesson = factories.LessonPageFactory(
            parent=course,
            title=title,
            slug=f"leksjon-{number + 1}",
            body=lesson_body(video, title) if number == 0 else [("text", f"<p>{title}</p>")],
            **({"translation_key": source.lessons[number].translation_key} if source else {}),
        )
        lessons.append(publish(lesson))
    resource = factories.ResourcePageFactory(
        parent=section,
        title=text["resource"],
        slug="handbok-om-bokprat",
        **({"translation_key": source.resource.translation_key} if source else {}),
    )
    resource.topics.set([topic])
    publish(resource)
    initiative = factories.InitiativePageFactory(
        parent=section,
        title=text["initiative"],
        slug="bokprat-pa-sykehjem",
        period_end=datetime.date(2024, 12, 31),
        library=source.initiative.library if source else factories.LibraryFactory(),
        **({"translation_key": source.initiative.translation_key} if source else {}),
    )
    initiative.topics.set([topic])
    publish(initiative)
    draft = factories.CoursePageFactory(
        parent=section, title=text["draft"], slug="utkast", live=False
    )
    draft.topics.set([topic])
    draft.save_revision()
    other_course = None
    if source is None:
        # On another topic, so per-topic listings have something to leave out.
        other_topic = factories.TopicFactory(name="Søk", slug="sok", locale=locale)
        other_course = factories.CoursePageFactory(
            parent=section, title="Søketeknikker", slug="soketeknikker"
        )
        other_course.topics.set([other_topic])
        publish(other_course)
    return SimpleNamespace(
        code=code,
        home=home,
        topic=topic,
        audience=audience,
        course_index=catalogs[0],
        resource_index=catalogs[1],
        initiative_index=catalogs[2],
        topic_page=topic_page,
        section=section,
        course=course,
        lessons=lessons,
        resource=resource,
        initiative=initiative,
        draft=draft,
        other_course=other_course,
    )


def build_site():
    """Both languages plus the about/accessibility/privacy pages; returns {code: namespace}."""
    call_command("setup_site", stdout=io.StringIO())
    video = make_video(nynorsk_captions=True, webm=True)
    nb = build_language("nb", video=video)
    nn = build_language("nn", source=nb, video=video)
    for ns in (nb, nn):
        ns.statement = (
            StandardPage.objects.live().child_of(ns.home).get(slug__startswith="tilgjengel")
        )
    return {"nb": nb, "nn": nn}
