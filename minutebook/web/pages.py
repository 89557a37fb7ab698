"""URL patterns of the public site, sign-in, members' actions and the clerk workspace."""
from django.contrib.auth import views as auth_views
from django.contrib.staticfiles.views import serve as serve_static
from django.urls import path, re_path
from django.views.decorators.cache import cache_control

from minutebook.web import views_clerk, views_members, views_public



@cache_control(max_age=3600, public=True)
def static(request, path):
    """Static files straight from the app and node_modules (the demo server has no front server)."""
    return serve_static(request, path, insecure=True)


@cache_control(max_age=3600, public=True)
def authority_logo(request):
    """The deployment's logo (``MINUTEBOOK_AUTHORITY_LOGO``), shown in the site's header."""
    from django.http import Http404, HttpResponse

    from minutebook import identity

    who = identity.current()
    if not who.logo:
        raise Http404("no logo is set")
    return HttpResponse(who.logo, content_type=who.logo_type)


urlpatterns = [
    re_path(r"^static/(?P<path>.+)$", static, name="static"),
    path("authority-logo", authority_logo, name="authority-logo"),
    path("", views_public.home, name="home"),
    path("bodies/<slug:slug>/", views_public.body_detail, name="body"),
    path("meetings/", views_public.calendar, name="calendar"),
    path("meetings/<int:pk>/", views_public.meeting_detail, name="meeting"),
    path("meetings/<int:pk>/minutes.<str:fmt>", views_public.minutes_download, name="meeting-minutes-file"),
    path("meetings/<int:pk>/agenda.<str:fmt>", views_public.agenda_download, name="meeting-agenda-file"),
    path("meetings/<int:pk>/pack.pdf", views_public.pack_download, name="meeting-pack"),
    path("documents/<int:pk>/", views_public.document_download, name="document"),
    path("documents/<int:pk>/<str:filename>", views_public.document_download, name="document-file"),
    path("people/<slug:slug>/", views_public.person_detail, name="person"),
    path("organisations/<slug:slug>/", views_public.organisation_detail, name="organisation"),
    path("actions/", views_public.action_register, name="actions"),
    # members and officers
    path("my/actions/", views_members.my_actions, name="my-actions"),
    path("my/actions/<int:pk>/update", views_members.action_update, name="action-update"),
    path("accounts/login/", auth_views.LoginView.as_view(template_name="web/login.html",
                                                         redirect_authenticated_user=True), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/password/", auth_views.PasswordChangeView.as_view(
        template_name="web/password_change.html", success_url="/accounts/password/done/"), name="password-change"),
    path("accounts/password/done/", auth_views.PasswordChangeDoneView.as_view(
        template_name="web/password_change_done.html"), name="password_change_done"),
    # the clerk workspace
    path("clerk/", views_clerk.clerk_home, name="clerk-home"),
    path("clerk/bodies/new", views_clerk.body_edit, name="clerk-body-new"),
    path("clerk/bodies/<slug:slug>/edit", views_clerk.body_edit, name="clerk-body-edit"),
    path("clerk/bodies/<slug:slug>/members/add", views_clerk.membership_edit, name="clerk-membership-add"),
    path("clerk/memberships/<int:pk>/edit", views_clerk.membership_edit, name="clerk-membership-edit"),
    path("clerk/bodies/<slug:slug>/meetings/new", views_clerk.meeting_edit, name="clerk-meeting-new"),
    path("clerk/meetings/<int:pk>/", views_clerk.meeting_workspace, name="clerk-meeting"),
    path("clerk/meetings/<int:pk>/edit", views_clerk.meeting_edit, name="clerk-meeting-edit"),
    path("clerk/meetings/<int:pk>/agenda", views_clerk.agenda_edit, name="clerk-agenda"),
    path("clerk/meetings/<int:pk>/attendance", views_clerk.attendance_edit, name="clerk-attendance"),
    path("clerk/meetings/<int:pk>/minutes", views_clerk.minutes_edit, name="clerk-minutes"),
    path("clerk/meetings/<int:pk>/publish", views_clerk.meeting_publish, name="clerk-publish"),
    path("clerk/meetings/<int:pk>/generate/<str:what>", views_clerk.generate, name="clerk-generate"),
    path("clerk/actions/<int:pk>/edit", views_clerk.action_edit, name="clerk-action-edit"),
    path("clerk/exempt/<str:kind>/<int:pk>", views_clerk.toggle_exempt, name="clerk-exempt"),
    path("clerk/documents/<int:pk>/publish", views_clerk.document_publish, name="clerk-document-publish"),
    path("clerk/upload", views_clerk.upload, name="clerk-upload"),
    path("clerk/users", views_clerk.users, name="clerk-users"),
    path("clerk/jobs/<int:pk>", views_clerk.job_status, name="clerk-job"),
    path("clerk/reviews/", views_clerk.review_list, name="clerk-reviews"),
    path("clerk/reviews/<int:pk>", views_clerk.review, name="clerk-review"),
    path("clerk/merge/bodies", views_clerk.merge_bodies, name="clerk-merge-bodies"),
    path("clerk/merge/people", views_clerk.merge_people, name="clerk-merge-people"),
]
