from django.contrib.syndication.views import Feed
from django.http import HttpResponse


def body_calendar(request, slug):  # replaced by the feeds work
    return HttpResponse("", content_type="text/calendar")


class DocumentsFeed(Feed):
    title = "minutebook documents"
    link = "/"

    def items(self):
        return []
