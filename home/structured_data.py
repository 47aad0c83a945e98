"""schema.org JSON-LD and Open Graph data: the parts every page type shares.

Each page type describes itself in `get_structured_data(request, context)` with the helpers here
(`StructuredDataMixin` gives a page its `schema_type` with the common facts); content types add
their own (a course is a `Course`, an initiative an `Article`, see their models).
"""

import json

from django.utils.safestring import mark_safe

SITE_NAME = "Kompetansebanken"
OG_LOCALES = {"nb": "nb_NO", "nn": "nn_NO"}
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


def organisation_data(organisation, request):
    """The organisation behind a page as a schema.org Organization (the site when None)."""
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


def common_data(page, request, schema_type):
    """What every page says about itself: type, name, address, language, description, dates."""
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
    return data


class StructuredDataMixin:
    """A page that describes itself as its `schema_type` with the common facts."""

    schema_type = "WebPage"

    def get_structured_data(self, request, context):
        return common_data(self, request, self.schema_type)
