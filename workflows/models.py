"""Editorial teams, the two workflow tasks, and the review-reminder log."""

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import CharField, Exists, OuterRef, Q
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import (
    AbstractGroupApprovalTask,
    Collection,
    Page,
    Revision,
    Task,
    TaskState,
    WorkflowState,
)

from home.models import ContributorPage
from workflows.organisations import (
    is_county_section,
    missing_team_message,
    section_paths,
    user_in_group,
)

ACTIONS = [
    ("reject", _("Be om endringer"), True),
    ("approve", _("Godkjenn"), False),
    ("approve", _("Godkjenn med kommentar"), True),
]


class EditorialTeamQuerySet(models.QuerySet):
    def for_section(self, section):
        """The editorial team of a section, in any locale (translations share the key)."""
        if section is None:
            return None
        team = self.filter(section_key=section.translation_key).first()
        if team is None:
            team = self.filter(name=section.title, section_key__isnull=True).first()
        return team

    def for_page(self, page):
        """The team of the section a page sits in, or None."""
        return self.for_section(ContributorPage.section_of(page))

    def reviewed_by(self, user):
        """The teams in whose reviewer group the user is."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(reviewers__in=user.groups.all())


class EditorialTeam(models.Model):
    """One contributing organisation: its editor and reviewer groups and its media collection.

    The section (a home.ContributorPage) is found through its translation key, so the Bokmål
    section and its Nynorsk translation belong to the same team. A team may exist before its
    section does; `setup_editorial` and the page signal link them when the section appears.
    """

    name = models.CharField(_("organisasjon"), max_length=255, unique=True)
    section_key = models.UUIDField(_("seksjonens oversettelsesnøkkel"), null=True, unique=True)
    editors = models.OneToOneField(
        Group, verbose_name=_("redaktører"), on_delete=models.PROTECT, related_name="+"
    )
    reviewers = models.OneToOneField(
        Group, verbose_name=_("godkjennere"), on_delete=models.PROTECT, related_name="+"
    )
    collection = models.OneToOneField(
        Collection, verbose_name=_("mediesamling"), on_delete=models.PROTECT, related_name="+"
    )

    objects = EditorialTeamQuerySet.as_manager()

    class Meta:
        verbose_name = _("redaksjon")
        verbose_name_plural = _("redaksjoner")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_sections(self):
        """The team's section in every locale."""
        if not self.section_key:
            return ContributorPage.objects.none()
        return ContributorPage.objects.filter(translation_key=self.section_key)


def section_without_team(page):
    """The county section a page sits in, when no editorial team is linked to it; else None.

    Such a page cannot go through the county step: its workflow must stop, not skip the step.
    """
    section = ContributorPage.section_of(page)
    if is_county_section(section) and EditorialTeam.objects.for_section(section) is None:
        return section
    return None


class ReviewReminder(models.Model):
    """One reminder e-mail about one overdue page on one day (prevents duplicate mail)."""

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    sent_on = models.DateField(default=timezone.localdate)
    recipients = models.TextField(blank=True)

    class Meta:
        verbose_name = _("påminnelse om gjennomgang")
        verbose_name_plural = _("påminnelser om gjennomgang")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "sent_on"], name="one_reminder_per_page_per_day"
            )
        ]

    def __str__(self):
        return f"{self.page_id} {self.sent_on}"


def _page_state_ids(paths):
    """Page ids (as strings, like WorkflowState.object_id) below any of the given paths."""
    if not paths:
        return None
    condition = Q()
    for path in paths:
        condition |= Q(path__startswith=path)
    return (
        Page.objects.filter(condition)
        .annotate(id_str=Cast("id", output_field=CharField()))
        .values("id_str")
    )


def change_authors(workflow_state):
    """Everyone who asked for this review or wrote a revision of the page since it started.

    A restarted review keeps its workflow state, so changes made before the restart count too.
    """
    authors = {workflow_state.requested_by_id}
    authors.update(workflow_state.task_states.values_list("revision__user_id", flat=True))
    authors.update(
        Revision.objects.filter(
            base_content_type_id=workflow_state.base_content_type_id,
            object_id=workflow_state.object_id,
            created_at__gte=workflow_state.created_at,
        ).values_list("user_id", flat=True)
    )
    authors.discard(None)
    return authors


def _authored_since_start(user):
    """Subquery for task states: the user wrote a revision of the page since the review began."""
    return Exists(
        Revision.objects.filter(
            user=user,
            base_content_type_id=OuterRef("workflow_state__base_content_type_id"),
            object_id=OuterRef("workflow_state__object_id"),
            created_at__gte=OuterRef("workflow_state__created_at"),
        )
    )


def workflow_tasks(workflow):
    """The workflow's active tasks, in order (specific instances)."""
    return [
        task.specific
        for task in Task.objects.filter(workflow_tasks__workflow=workflow, active=True).order_by(
            "workflow_tasks__sort_order"
        )
    ]


def earlier_steps_passed(workflow_state, task, revision_id):
    """Whether every step before `task` approved (or skipped) exactly this revision."""
    for earlier in workflow_tasks(workflow_state.workflow):
        if earlier.pk == task.pk:
            return True
        last = (
            workflow_state.task_states.filter(
                task_id=earlier.pk,
                status__in=[TaskState.STATUS_APPROVED, TaskState.STATUS_SKIPPED],
            )
            .order_by("-pk")
            .values_list("revision_id", flat=True)
            .first()
        )
        if last != revision_id:
            return False
    return True


def latest_revision_id(workflow_state):
    return (
        Page.objects.filter(pk=workflow_state.object_id)
        .values_list("latest_revision_id", flat=True)
        .first()
    )


def restart_review(workflow_state, task_state, user):
    """Cancel the current step and start the review again at the first step, latest revision."""
    task_state.status = TaskState.STATUS_CANCELLED
    task_state.finished_at = timezone.now()
    task_state.finished_by = user
    task_state.comment = str(RESTART_COMMENT)
    task_state.save()
    workflow_state.update(user=user, next_task=workflow_tasks(workflow_state.workflow)[0])


RESTART_COMMENT = _(
    "Siden ble endret etter at gjennomgangen startet. Gjennomgangen begynner på nytt i første "
    "steg med den nyeste versjonen."
)


class GuardedTaskMixin:
    """Shared by both tasks: four eyes, the approved revision only, and race-safe actions.

    - Nobody approves a change of their own: whoever asked for the review, or wrote any revision
      of the page since the review started (a reviewer who edits during their own step
      included), gets no approve/request-changes actions.
    - An approval counts for one revision. A step approves only when the page's latest
      revision is the one it was shown and every earlier step approved that same revision;
      otherwise the review starts again at the first step (`restart_review`), whatever route
      changed the page (editor, revisions, admin API, translation tools). A step that starts
      after a change (e.g. a resubmission after Ressursgruppen asked for changes) starts the
      review at the first step instead.
    - Wagtail's `TaskState.approve` trusts the in-memory status, so two reviewers clicking at
      the same moment could both approve (wagtail PR #14460, issue #14586). Here every action
      locks the task state and the workflow state rows, re-reads them, and re-checks who may
      act on the page the task state really belongs to (the action URL carries both a page id
      and a task state id, and Wagtail checks only the page).
    """

    def is_own_submission(self, obj, user, task_state=None):
        """The user asked for this review, or changed the page since it started."""
        if task_state is None:
            task_state = getattr(obj, "current_workflow_task_state", None)
        if task_state is None:
            return False
        return user.pk in change_authors(task_state.workflow_state)

    def user_can_review(self, obj, user):
        raise NotImplementedError

    def get_actions(self, obj, user):
        return self.get_actions_for_state(obj, user, task_state=None)

    def start(self, workflow_state, user=None):
        first = workflow_tasks(workflow_state.workflow)[0]
        if first.pk != self.pk and not earlier_steps_passed(
            workflow_state, self, latest_revision_id(workflow_state)
        ):
            return first.start(workflow_state, user=user)
        return super().start(workflow_state, user=user)

    def on_action(self, task_state, user, action_name, **kwargs):
        with transaction.atomic():
            locked = TaskState.objects.select_for_update().filter(pk=task_state.pk).first()
            if locked is None or locked.task_id != self.pk:
                raise PermissionDenied
            if locked.status != TaskState.STATUS_IN_PROGRESS:
                return self.notice_url(task_state)
            workflow_state = WorkflowState.objects.select_for_update().get(
                pk=locked.workflow_state_id
            )
            if (
                workflow_state.status != WorkflowState.STATUS_IN_PROGRESS
                or workflow_state.current_task_state_id != locked.pk
            ):
                return self.notice_url(task_state)
            page = Page.objects.get(pk=workflow_state.object_id).specific
            locked = locked.specific
            locked.workflow_state = workflow_state
            if not self.user_can_review(page, user):
                raise PermissionDenied
            if self.is_own_submission(page, user, locked):
                return self.notice_url(task_state, reason="own")
            allowed = {
                name for name, _label, _modal in self.get_actions_for_state(page, user, locked)
            }
            if action_name not in allowed:
                raise PermissionDenied
            if action_name == "approve" and (
                locked.revision_id != page.latest_revision_id
                or not earlier_steps_passed(workflow_state, self, page.latest_revision_id)
            ):
                restart_review(workflow_state, locked, user)
                return self.notice_url(task_state, reason="changed")
            return super().on_action(locked, user, action_name, **kwargs)

    def get_actions_for_state(self, page, user, task_state):
        """The actions for a user on a page; task_state None means the page's current one."""
        if self.user_can_review(page, user) and not self.is_own_submission(page, user, task_state):
            return ACTIONS
        return []

    @staticmethod
    def notice_url(task_state, reason=None):
        """Where to send a reviewer whose action did nothing (see views.action_notice)."""
        url = reverse("kb_workflow:action_notice", args=[task_state.pk])
        return f"{url}?grunn={reason}" if reason else url


class OrganisationReviewTask(GuardedTaskMixin, Task):
    """First review by the reviewers of the page's own organisation ("<org>: godkjennere").

    One task for all counties: the group is found from the section the page sits in. Pages of
    Nasjonalbiblioteket and pages outside any organisation's section skip this step and go
    straight to Ressursgruppen (county review applies to county libraries and their public
    libraries; docs/workflow.md).
    """

    admin_form_fields = Task.admin_form_fields

    class Meta:
        verbose_name = _("gjennomgang i egen organisasjon")
        verbose_name_plural = _("gjennomganger i egen organisasjon")

    @classmethod
    def get_description(cls):
        return _(
            "Godkjennerne i sidens egen organisasjon gjennomgår siden. "
            "Nasjonalbibliotekets sider hopper over dette steget."
        )

    def reviewers_group_for(self, obj):
        """The reviewer group for a page, or None when the step does not apply (or no team)."""
        section = ContributorPage.section_of(obj)
        if not is_county_section(section):
            return None
        team = EditorialTeam.objects.for_section(section)
        return team.reviewers if team else None

    def user_can_review(self, obj, user):
        if not user.is_authenticated or not user.is_active:
            return False
        if user.is_superuser:
            return True
        group = self.reviewers_group_for(obj)
        return group is not None and user_in_group(user, group.pk)

    def start(self, workflow_state, user=None):
        page = workflow_state.content_object
        section = ContributorPage.section_of(page)
        if is_county_section(section):
            if EditorialTeam.objects.for_section(section) is None:
                # Never skip the county step: stop here (the submission is rolled back).
                raise ValidationError(missing_team_message(section))
            return super().start(workflow_state, user=user)
        # No county review for this page: record the step as skipped; Wagtail then moves on.
        task_state = self.get_task_state_class()(workflow_state=workflow_state)
        task_state.status = TaskState.STATUS_SKIPPED
        task_state.revision = page.get_latest_revision()
        task_state.task = self
        task_state.finished_at = timezone.now()
        task_state.comment = str(
            _("Ingen gjennomgang i fylkesbibliotek for denne siden; går rett til Ressursgruppen.")
        )
        task_state.save()
        return task_state

    def user_can_access_editor(self, obj, user):
        return self.user_can_review(obj, user)

    def locked_for_user(self, obj, user):
        return not self.user_can_review(obj, user)

    def user_can_lock(self, obj, user):
        return self.user_can_review(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = TaskState.objects.filter(task=self, status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return states
        page_ids = _page_state_ids(section_paths(EditorialTeam.objects.reviewed_by(user)))
        if page_ids is None:
            return TaskState.objects.none()
        return (
            states.filter(workflow_state__object_id__in=page_ids)
            .exclude(Q(workflow_state__requested_by=user) | Q(revision__user=user))
            .exclude(_authored_since_start(user))
        )


class FinalApprovalTask(GuardedTaskMixin, AbstractGroupApprovalTask):
    """The final approval by Ressursgruppen (a group approval task with race-safe actions)."""

    class Meta:
        verbose_name = _("godkjenning av gruppe")
        verbose_name_plural = _("godkjenninger av gruppe")

    @classmethod
    def get_description(cls):
        return _("Medlemmer av de valgte gruppene godkjenner og publiserer.")

    def user_can_review(self, obj, user):
        if not user.is_authenticated or not user.is_active:
            return False
        return user.is_superuser or self._user_in_groups(user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        return (
            super()
            .get_task_states_user_can_moderate(user, **kwargs)
            .exclude(Q(workflow_state__requested_by=user) | Q(revision__user=user))
            .exclude(_authored_since_start(user))
        )
