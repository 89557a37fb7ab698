"""A public page that holds a CSRF token, sets a cookie or varies on an unkeyed header is never kept."""
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory

from minutebook.web.pagecache import _storable


def _request():
    return RequestFactory().get("/meetings/1/")


def test_a_page_that_used_the_csrf_token_is_not_kept():
    request = _request()
    assert _storable(request, HttpResponse("ok"))
    get_token(request)
    assert not _storable(request, HttpResponse("a form"))


def test_a_page_that_sets_a_cookie_or_varies_on_another_header_is_not_kept():
    response = HttpResponse("ok")
    response.set_cookie("seen", "1")
    assert not _storable(_request(), response)
    response = HttpResponse("ok")
    response["Vary"] = "Accept-Language"
    assert not _storable(_request(), response)
    response["Vary"] = "Cookie, HX-Request"
    assert _storable(_request(), response)
    assert not _storable(_request(), HttpResponse("gone", status=404))
