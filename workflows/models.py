"""Editorial teams, the two workflow tasks, and the review-reminder log."""

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import (
    AbstractGroupApprovalTask,
    Collection,
    Page,
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


class GuardedTaskMixin:
    """Shared by both tasks: nobody approves their own submission, and actions are race-safe.

    Wagtail's `TaskState.approve` trusts the in-memory status, so two reviewers clicking at the
    same moment could both approve (wagtail PR #14460, issue #14586). Here every action locks the
    task state and the workflow state rows, re-reads them, and re-checks who may act on the page
    the task state really belongs to (the action URL carries both a page id and a task state id,
    and Wagtail checks only the page).
    """

    def is_own_submission(self, obj, user, task_state=None):
        """The user asked for this review, or wrote the revision under review."""
        if task_state is None:
            task_state = getattr(obj, "current_workflow_task_state", None)
        if task_state is None:
            return False
        workflow_state = task_state.workflow_state
        return user.pk in {workflow_state.requested_by_id, task_state.revision.user_id}

    def user_can_review(self, obj, user):
        raise NotImplementedError

    def get_actions(self, obj, user):
        return self.get_actions_for_state(obj, user, task_state=None)

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
            allowed = {
                name for name, _label, _modal in self.get_actions_for_state(page, user, locked)
            }
            if action_name not in allowed:
                raise PermissionDenied
            return super().on_action(locked, user, action_name, **kwargs)

    def get_actions_for_state(self, page, user, task_state):
        """The actions for a user on a page; task_state None means the page's current one."""
        if self.user_can_review(page, user) and not self.is_own_submission(page, user, task_state):
            return ACTIONS
        return []

    @staticmethod
    def notice_url(task_state):
        """Where to send a reviewer whose action came too late (see views.action_notice)."""
        return reverse("kb_workflow:action_notice", args=[task_state.pk])


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
        return states.filter(workflow_state__object_id__in=page_ids).exclude(
            Q(workflow_state__requested_by=user) | Q(revision__user=user)
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
        )
