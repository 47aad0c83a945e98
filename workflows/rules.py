"""Who may do what to a page: one table, used by the guards, the tests and docs/workflow.md.

`RULES` says, for every action that changes a page or its workflow, what each role may do.
`refusal()` applies the table (with the rule for pages in review) and gives the Norwegian
message shown when an action is refused; the admin's routes call it through the hooks in
`workflows/wagtail_hooks.py`. The permission matrix test (tests/test_workflow_matrix.py) drives
every route as every role and checks the outcome against this same table, and
`python manage.py workflow_rules` renders it into docs/workflow.md.
"""

from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.utils.translation import gettext as _

from wagtail.models import Page

from workflows.models import EditorialTeam
from workflows.organisations import RESOURCE_GROUP, TRANSLATORS, user_in_group

# The roles a person can have towards a page, strongest first.
SUPERUSER = "superuser"
RESOURCE_GROUP_MEMBER = "resource_group"
REVIEWER = "reviewer"
EDITOR = "editor"
TRANSLATOR = "translator"
OTHER_ORGANISATION = "other_organisation"
ANONYMOUS = "anonymous"
ROLES = [
    EDITOR,
    REVIEWER,
    OTHER_ORGANISATION,
    RESOURCE_GROUP_MEMBER,
    TRANSLATOR,
    ANONYMOUS,
    SUPERUSER,
]
ROLE_LABELS = {
    EDITOR: "editor (own organisation)",
    REVIEWER: "county reviewer (own organisation)",
    OTHER_ORGANISATION: "editor or reviewer of another organisation",
    RESOURCE_GROUP_MEMBER: "Ressursgruppen",
    TRANSLATOR: "translator",
    ANONYMOUS: "anonymous",
    SUPERUSER: "superuser",
}

# What a role may do.
YES = "yes"
NO = "no"
TRANSLATIONS = "translations"  # only on pages whose language is not the page's original one
DRAFTS = "drafts"  # only on pages that are not live (Wagtail: no publish permission)
STEP = "step"  # only when the page waits at this role's workflow step, never on own changes
OWN = "own"  # only the person who asked for the review, or who may act on the current step

# What happens when the page is in review (a workflow in progress).
REFUSED = "refused"  # refused with a message, for everyone but superusers
WORKFLOW_LOCK = "lock"  # only the current step's reviewers (and superusers); review restarts
UNCHANGED = "unchanged"  # the action does not change the page under review
NOT_APPLICABLE = "n/a"


@dataclass(frozen=True)
class Rule:
    action: str
    label: str
    route: str
    may: dict
    in_review: str

    def outcome(self, role):
        return self.may[role]


def _rule(action, label, route, in_review, editor, reviewer, resource, translator, superuser=YES):
    may = {
        EDITOR: editor,
        REVIEWER: reviewer,
        OTHER_ORGANISATION: NO,
        RESOURCE_GROUP_MEMBER: resource,
        TRANSLATOR: translator,
        ANONYMOUS: NO,
        SUPERUSER: superuser,
    }
    return Rule(action, label, route, may, in_review)


ADMIN_VIEWS = "admin view"
ADMIN_API = "admin API action"
BULK = "bulk action"
WORKFLOW = "workflow action"
LOCALIZE = "wagtail-localize"
MEDIA = "media"

# fmt: off
RULES = [
    # action, label, route, in review, editor, reviewer, Ressursgruppen, translator[, superuser]
    _rule("edit", "edit and save a draft", ADMIN_VIEWS, WORKFLOW_LOCK,
          YES, YES, YES, TRANSLATIONS),
    _rule("add", "add a subpage", ADMIN_VIEWS, NOT_APPLICABLE, YES, YES, YES, NO),
    _rule("revert", "revert to an earlier revision", ADMIN_VIEWS, WORKFLOW_LOCK,
          YES, YES, YES, TRANSLATIONS),
    _rule("publish", "publish directly (outside the workflow; logged)", ADMIN_VIEWS,
          REFUSED, NO, NO, NO, NO),
    _rule("unpublish", "unpublish", ADMIN_VIEWS, REFUSED, NO, NO, NO, NO),
    _rule("delete", "delete", ADMIN_VIEWS, REFUSED, DRAFTS, DRAFTS, DRAFTS, NO),
    _rule("move", "move (drafts: where one may add pages)", ADMIN_VIEWS, REFUSED,
          DRAFTS, DRAFTS, DRAFTS, NO),
    _rule("copy", "copy (the copy is a new draft)", ADMIN_VIEWS, UNCHANGED, YES, YES, YES, NO),
    _rule("api_revert_to_page_revision", "revert_to_page_revision", ADMIN_API, REFUSED,
          YES, YES, YES, TRANSLATIONS),
    _rule("api_publish", "publish", ADMIN_API, REFUSED, NO, NO, NO, NO),
    _rule("api_unpublish", "unpublish", ADMIN_API, REFUSED, NO, NO, NO, NO),
    _rule("api_delete", "delete", ADMIN_API, REFUSED, DRAFTS, DRAFTS, DRAFTS, NO),
    _rule("api_move", "move", ADMIN_API, REFUSED, DRAFTS, DRAFTS, DRAFTS, NO),
    _rule("api_copy", "copy (never live)", ADMIN_API, UNCHANGED, YES, YES, YES, NO),
    _rule("api_create_alias", "create_alias (a live page)", ADMIN_API, REFUSED,
          NO, NO, NO, NO),
    _rule("api_convert_alias", "convert_alias (an alias is never in review)", ADMIN_API,
          NOT_APPLICABLE, YES, YES, YES, TRANSLATIONS),
    _rule("api_copy_for_translation", "copy_for_translation (translations start in "
          "wagtail-localize)", ADMIN_API, UNCHANGED, NO, NO, NO, NO),
    _rule("bulk_publish", "publish", BULK, REFUSED, NO, NO, NO, NO),
    _rule("bulk_unpublish", "unpublish", BULK, REFUSED, NO, NO, NO, NO),
    _rule("bulk_delete", "delete", BULK, REFUSED, DRAFTS, DRAFTS, DRAFTS, NO),
    _rule("bulk_move", "move", BULK, REFUSED, DRAFTS, DRAFTS, DRAFTS, NO),
    _rule("submit", "submit for review", WORKFLOW, NOT_APPLICABLE,
          YES, YES, YES, TRANSLATIONS),
    _rule("approve_county", "approve or request changes at the county step", WORKFLOW,
          NOT_APPLICABLE, NO, STEP, NO, NO),
    _rule("approve_final", "approve (publishes) or request changes at Ressursgruppen's step",
          WORKFLOW, NOT_APPLICABLE, NO, NO, STEP, NO),
    _rule("cancel", "cancel the review", WORKFLOW, NOT_APPLICABLE, OWN, OWN, NO, NO),
    _rule("localize_submit_page", "«Oversett denne siden» (submit, incl. subtree)",
          LOCALIZE, UNCHANGED, NO, NO, YES, YES),
    _rule("localize_publish", "publish from the translation editor", LOCALIZE,
          NOT_APPLICABLE, NO, NO, NO, NO),
    _rule("localize_convert_to_alias", "convert a translation back to an alias (publishes)",
          LOCALIZE, NOT_APPLICABLE, NO, NO, NO, NO),
    _rule("localize_submit_snippet", "translate a topic or audience (snippet)", LOCALIZE,
          NOT_APPLICABLE, NO, NO, YES, NO),
    _rule("media_other_collection", "change an image or document in the organisation's "
          "collection", MEDIA, NOT_APPLICABLE, YES, YES, YES, NO),
]
# fmt: on
RULES_BY_ACTION = {rule.action: rule for rule in RULES}
API_ACTIONS = {
    "revert_to_page_revision",
    "publish",
    "unpublish",
    "delete",
    "move",
    "copy",
    "create_alias",
    "convert_alias",
    "copy_for_translation",
}


def role_for(user, page):
    """The strongest role the user has towards the page."""
    if user is None or not user.is_authenticated or not user.is_active:
        return ANONYMOUS
    if user.is_superuser:
        return SUPERUSER
    if _in_named_group(user, RESOURCE_GROUP):
        return RESOURCE_GROUP_MEMBER
    team = EditorialTeam.objects.for_page(page)
    if team is not None and user_in_group(user, team.reviewers_id):
        return REVIEWER
    if team is not None and user_in_group(user, team.editors_id):
        return EDITOR
    if _in_named_group(user, TRANSLATORS):
        return TRANSLATOR
    return OTHER_ORGANISATION


def _in_named_group(user, name):
    group_id = Group.objects.filter(name=name).values_list("pk", flat=True).first()
    return user_in_group(user, group_id)


def original_language(page):
    """The language a page was first written in (its translations share the key)."""
    code = getattr(page.specific_deferred, "original_language", "")
    if code:
        return code
    first = (
        Page.objects.filter(translation_key=page.translation_key)
        .order_by("pk")
        .values_list("locale__language_code", flat=True)
        .first()
    )
    return first or page.locale.language_code


def is_translation(page):
    return page.locale.language_code != original_language(page)


def in_review(page):
    return page.workflow_in_progress


def refusal(user, page, action):
    """The Norwegian message saying why `user` may not do `action` on `page`, or None."""
    rule = RULES_BY_ACTION[action]
    role = role_for(user, page)
    if role == SUPERUSER:
        return None
    title = page.get_admin_display_title()
    allowed = rule.outcome(role)
    if allowed == NO:
        return _("Du har ikke tilgang til å gjøre dette med «%(title)s».") % {"title": title}
    if allowed == TRANSLATIONS and not is_translation(page):
        return _(
            "«%(title)s» er originalen. Oversettere kan bare endre oversettelser, ikke originalen."
        ) % {"title": title}
    if rule.in_review == REFUSED and in_review(page):
        return _(
            "«%(title)s» er til gjennomgang og kan ikke endres på denne måten nå. Vent til "
            "gjennomgangen er ferdig, eller be om at den avbrytes."
        ) % {"title": title}
    lock = page.get_lock()
    if rule.in_review == REFUSED and lock is not None and lock.for_user(user):
        return _("«%(title)s» er låst og kan ikke endres nå.") % {"title": title}
    return None


# Rendering the table for docs/workflow.md (`python manage.py workflow_rules --write`).

DOC_START = "<!-- rule table: generated by `python manage.py workflow_rules --write` -->"
DOC_END = "<!-- end of rule table -->"
VALUE_TEXT = {
    YES: "yes",
    NO: "—",
    TRANSLATIONS: "translations only",
    DRAFTS: "drafts only",
    STEP: "at own step",
    OWN: "own review / own step",
}
IN_REVIEW_TEXT = {
    REFUSED: "refused",
    WORKFLOW_LOCK: "current step's reviewers only; review restarts",
    UNCHANGED: "allowed (the page is not changed)",
    NOT_APPLICABLE: "",
}


def rules_markdown():
    """The rule table as Markdown (one row per action, one column per role)."""
    header = ["route", "action", *(ROLE_LABELS[role] for role in ROLES), "in review"]
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    for rule in RULES:
        cells = [
            rule.route,
            rule.label,
            *(VALUE_TEXT[rule.may[role]] for role in ROLES),
            IN_REVIEW_TEXT[rule.in_review],
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join([DOC_START, "", *lines, "", DOC_END])


def replace_rules_in(text):
    """The document text with the generated table put between its markers."""
    start, end = text.index(DOC_START), text.index(DOC_END) + len(DOC_END)
    return text[:start] + rules_markdown() + text[end:]
