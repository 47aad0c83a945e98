"""schema.org JSON-LD and Open Graph data for content pages.

Courses are `Course` with a `CourseInstance`, lessons and learning resources are
`LearningResource`, initiatives are `Article`, the home page is the `WebSite` (with its
search), catalogs and topic pages are `CollectionPage`; anything else is a plain `WebPage`.
"""

import json

from django.urls import NoReverseMatch, reverse
from django.utils.safestring import mark_safe

SITE_NAME = "Kompetansebanken"
OG_LOCALES = {"nb": "nb_NO", "nn": "nn_NO"}
COURSE_MODES = {"selvstudium": "online", "samlinger": "blended", "webinar": "online"}
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def iso_duration(minutes):
    """Minutes as an ISO 8601 duration: 45 → PT45M, 90 → PT1H30M, 120 → PT2H."""
    hours, minutes = divmod(int(minutes), 60)
    text = "PT"
    if hours:
        text += f"{hours}H"
    if minutes or not hours:
        text += f"{minutes}M"
    return text


def json_ld_script_body(data):
    """JSON for inside <script type="application/ld+json">, safe against `</script>`."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES))


def _organisation(page, request):
    organisation = getattr(page, "organisation", None)
    if organisation is None:
        return {"@type": "Organization", "name": SITE_NAME}
    data = {
        "@type": "Organization",
        "name": organisation.title,
        "url": organisation.get_full_url(request),
    }
    if organisation.contact_email:
        data["email"] = organisation.contact_email
    return data


def _authors(page):
    authors = page.get_authors() if hasattr(page, "get_authors") else page.authors
    people = []
    for block in authors or []:
        person = {"@type": "Person", "name": block.value["name"]}
        if block.value.get("role"):
            person["jobTitle"] = block.value["role"]
        people.append(person)
    return people


def _common(page, request, schema_type):
    data = {
        "@context": "https://schema.org",
        "@type": schema_type,
        "name": page.title,
        "url": page.get_full_url(request),
        "inLanguage": page.locale.language_code,
    }
    description = getattr(page, "summary", "") or page.search_description
    if description:
        data["description"] = description
    if page.first_published_at:
        data["datePublished"] = page.first_published_at.isoformat()
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    if hasattr(page, "get_topics"):
        topics = [topic.name for topic in page.get_topics()]
        if topics:
            data["about"] = [{"@type": "Thing", "name": name} for name in topics]
    if hasattr(page, "audiences"):
        audiences = [audience.localized.name for audience in page.audiences.all()]
        if audiences:
            data["audience"] = [{"@type": "Audience", "audienceType": name} for name in audiences]
    if hasattr(page, "authors"):
        authors = _authors(page)
        if authors:
            data["author"] = authors
    return data


def course_data(page, request, lessons=()):
    data = _common(page, request, "Course")
    duration = iso_duration(page.estimated_minutes)
    mode = COURSE_MODES.get(page.format, "online")
    data.update(
        {
            "provider": _organisation(page, request),
            "timeRequired": duration,
            "educationalLevel": str(page.get_level_display()),
            "isAccessibleForFree": True,
            "hasCourseInstance": {
                "@type": "CourseInstance",
                "courseMode": mode,
                "courseWorkload": duration,
                "inLanguage": page.locale.language_code,
            },
        }
    )
    goals = [block.value for block in page.learning_goals]
    if goals:
        data["teaches"] = goals
    if page.external_url:
        data["sameAs"] = page.external_url
    if lessons:
        data["hasPart"] = [
            {
                "@type": "LearningResource",
                "name": lesson.title,
                "url": lesson.get_full_url(request),
                "position": position,
            }
            for position, lesson in enumerate(lessons, start=1)
        ]
    return data


def lesson_data(page, request, course=None, position=None):
    data = _common(page, request, "LearningResource")
    data["learningResourceType"] = "Leksjon"
    data["isAccessibleForFree"] = True
    data["publisher"] = _organisation(page, request)
    if course is not None:
        data["isPartOf"] = {
            "@type": "Course",
            "name": course.title,
            "url": course.get_full_url(request),
        }
    if position:
        data["position"] = position
    return data


def resource_data(page, request):
    data = _common(page, request, "LearningResource")
    data["learningResourceType"] = str(page.get_kind_display())
    data["isAccessibleForFree"] = True
    data["publisher"] = _organisation(page, request)
    chapters = [heading for _anchor, heading in page.table_of_contents()]
    if chapters:
        data["hasPart"] = [{"@type": "CreativeWork", "name": heading} for heading in chapters]
    return data


def initiative_data(page, request):
    data = _common(page, request, "Article")
    data["headline"] = page.title[:110]
    data["publisher"] = _organisation(page, request)
    library = page.library
    data["contentLocation"] = {
        "@type": "Place",
        "name": f"{library.municipality}, {library.get_county_display()}",
    }
    return data


def website_data(page, request):
    data = _common(page, request, "WebSite")
    data["name"] = SITE_NAME
    data["publisher"] = {"@type": "Organization", "name": "Nasjonalbiblioteket"}
    try:
        search_path = reverse("search")
    except NoReverseMatch:
        return data
    site = page.get_site()
    origin = site.root_url if site else ""
    data["potentialAction"] = {
        "@type": "SearchAction",
        "target": {
            "@type": "EntryPoint",
            "urlTemplate": f"{origin}{search_path}?q={{search_term_string}}",
        },
        "query-input": "required name=search_term_string",
    }
    return data


def structured_data(page, request, context):
    """The JSON-LD object for a page, chosen by its type."""
    from courses.models import CatalogPage, CoursePage, LessonPage, ResourcePage
    from home.models import HomePage, TopicPage
    from initiatives.models import InitiativePage

    if isinstance(page, CoursePage):
        return course_data(page, request, lessons=context.get("lessons") or ())
    if isinstance(page, LessonPage):
        return lesson_data(
            page, request, course=context.get("course"), position=context.get("lesson_number")
        )
    if isinstance(page, ResourcePage):
        return resource_data(page, request)
    if isinstance(page, InitiativePage):
        return initiative_data(page, request)
    if isinstance(page, HomePage):
        return website_data(page, request)
    if isinstance(page, CatalogPage | TopicPage):
        return _common(page, request, "CollectionPage")
    return _common(page, request, "WebPage")
