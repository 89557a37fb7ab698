from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "minutebook.search"
    label = "search"
