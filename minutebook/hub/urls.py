"""The hub's pages under /hub/."""
from django.urls import path

from minutebook.hub import views

urlpatterns = [
    path("", views.home, name="hub-home"),
    path("refer", views.refer, name="hub-refer"),
    path("self-referral", views.self_referral, name="hub-self-referral"),
    path("self-referral/sent", views.self_referral_done, name="hub-self-referral-done"),
    path("referrals/mine", views.mine, name="hub-mine"),
    path("queue", views.queue, name="hub-queue"),
    path("deadlines", views.deadlines, name="hub-deadlines"),
    path("cases/", views.cases, name="hub-cases"),
    path("review", views.review, name="hub-review"),
    path("outcomes/", views.outcomes, name="hub-outcomes"),
    path("outcomes/figures.csv", views.outcomes_csv, name="hub-outcomes-csv"),
    path("outcomes/figures.json", views.outcomes_json, name="hub-outcomes-json"),
    path("referrals/<int:pk>/", views.case, name="hub-case"),
    path("referrals/<int:pk>/do/<slug:step>", views.act, name="hub-act"),
    path("referrals/<int:pk>/export.json", views.export, name="hub-export"),
    path("referrals/<int:pk>/people/<int:party>/subject-access.json", views.subject_access, name="hub-subject-access"),
]
