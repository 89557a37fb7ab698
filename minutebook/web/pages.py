"""URL patterns of the public site, sign-in, members' actions and the clerk workspace."""
from django.urls import path

urlpatterns: list = []
