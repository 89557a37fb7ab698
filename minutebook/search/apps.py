from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "minutebook.search"
    label = "search"

    def ready(self):
        from minutebook.search import index

        index.connect()
