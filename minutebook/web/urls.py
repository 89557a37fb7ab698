"""URLs. Public pages and the clerk workspace are in views; search, API and feeds have their own modules."""
from django.contrib import admin
from django.urls import include, path

from minutebook.web import feeds, views_search
from minutebook.web.api import api

urlpatterns = [
    path("admin/", admin.site.urls),
    path("search", views_search.search, name="search"),
    path("api/", api.urls),
    path("bodies/<slug:slug>.ics", feeds.body_calendar, name="body-ics"),
    path("feeds/documents.atom", feeds.DocumentsFeed(), name="documents-atom"),
    path("hub/", include("minutebook.hub.urls")),
    path("", include("minutebook.web.pages")),
]
