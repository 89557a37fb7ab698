"""Signed-in members and officers: their own actions, with status updates and notes."""
from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Prefetch, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from minutebook.store import visibility as vis
from minutebook.store.models import Action, ActionOwner, ActionUpdate, Meeting
from minutebook.web import locks
from minutebook.web.forms import ActionUpdateForm


def _my_actions(user):
    person = vis.person_of(user)
    if person is None:
        return Action.objects.none()
    return (Action.objects.filter(owners__person=person).distinct()
            .select_related("minute", "minute__meeting", "minute__meeting__body")
            .prefetch_related(Prefetch("owners", queryset=ActionOwner.objects.select_related("person")),
                              Prefetch("updates", queryset=ActionUpdate.objects.order_by("-date", "-id")))
            .order_by("-minute__meeting__date", "minute__position", "id"))


@login_required
def my_actions(request):
    person = vis.person_of(request.user)
    actions = list(_my_actions(request.user))
    live = [a for a in actions if a.status in Action.LIVE]
    closed = [a for a in actions if a.status not in Action.LIVE]
    forms = {a.pk: ActionUpdateForm(initial={"status": a.status, "version": a.version}, prefix=f"a{a.pk}")
             for a in live}
    for a in live:
        a.form = forms[a.pk]
    bodies = vis.member_body_ids(request.user)
    drafts = (Meeting.objects.filter(body_id__in=bodies)
              .filter(Q(minutes_published=False, minutes__isnull=False) | Q(published=False, agenda_items__isnull=False))
              .distinct().select_related("body").order_by("-date")[:20])
    return render(request, "web/my_actions.html", {"person": person, "live": live, "closed": closed,
                                                   "drafts": drafts, "nav": "mine"})


@login_required
def action_update(request, pk):
    action = get_object_or_404(Action.objects.select_related("minute", "minute__meeting"), pk=pk)
    if not vis.can_update_action(request.user, action):
        raise Http404("No such action")
    form = ActionUpdateForm(request.POST or None, initial={"status": action.status, "version": action.version},
                            prefix=f"a{action.pk}")
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            saved = locks.claim(action, form.cleaned_data["version"])
            if saved:
                ActionUpdate.objects.create(action=action, date=timezone.now(), status=form.cleaned_data["status"],
                                            note=form.cleaned_data["note"].strip(), author=request.user)
                action.status = form.cleaned_data["status"]
                action.save(update_fields=["status"])
        if saved:
            messages.success(request, f"Your update to the action from minute {action.minute.number} is saved.")
            return redirect("my-actions")
        # someone updated the action since this page was shown (another owner, the clerk): theirs stands
        action.refresh_from_db()
        form = locks.rebind(ActionUpdateForm, request.POST, action.version, prefix=f"a{action.pk}",
                            initial={"status": action.status, "version": action.version})
        action.form = form
        latest = action.updates.order_by("-date", "-id").first()
        saved = [("Status", action.get_status_display())]
        if latest is not None and latest.note:
            saved.append(("Latest note", latest.note))
        return locks.refuse(request, "web/action_update.html", {"action": action, "form": form, "nav": "mine"},
                            saved=saved, saved_title="The action as saved now",
                            message=f"Someone else updated this action after you opened the page (it is now "
                                    f"“{action.get_status_display()}”), so your update was not saved. Your note "
                                    f"is kept below: check the status, then save again.")
    action.form = form
    return render(request, "web/action_update.html", {"action": action, "form": form, "nav": "mine"})
