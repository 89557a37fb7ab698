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


def handler404(request, exception):
    """The API's unknown addresses answer in JSON, as its other errors do; the site's with its page."""
    if request.path.startswith("/api/"):
        from django.http import JsonResponse

        return JsonResponse({"detail": "Not Found"}, status=404)
    from django.views.defaults import page_not_found

    return page_not_found(request, exception)
