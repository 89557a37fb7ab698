"""Sign-in defences: throttling (django-axes) and a clerk's idle time-out."""
from __future__ import annotations

import time

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login


class LoginThrottle(AxesStandaloneBackend):
    """django-axes on every sign-in from the web (the login page, the admin). A check of a password made
    without a request (a test's ``Client.login``, the shell) is not a sign-in from the network: it is left
    to the next backend rather than refused."""

    def authenticate(self, request=None, *args, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, *args, **kwargs)


SEEN_KEY = "clerk_seen"


class ClerkIdleTimeout:
    """A clerk who makes no request for ``MINUTEBOOK_CLERK_IDLE_MINUTES`` is signed out: the next request
    goes to the sign-in page. (Members keep Django's session length: they can change only their actions.)"""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from minutebook.store.visibility import is_clerk

        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and is_clerk(user):
            now = int(time.time())
            idle = settings.MINUTEBOOK_CLERK_IDLE_MINUTES * 60
            seen = request.session.get(SEEN_KEY)
            if seen is not None and now - seen > idle:
                logout(request)
                messages.info(request, "You were signed out after "
                                       f"{settings.MINUTEBOOK_CLERK_IDLE_MINUTES} minutes without activity.")
                return redirect_to_login(request.get_full_path())
            if seen is None or now - seen >= 30:      # write the session at most twice a minute
                request.session[SEEN_KEY] = now
                request.session.set_expiry(idle)
        return self.get_response(request)
