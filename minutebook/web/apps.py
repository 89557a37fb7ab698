from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "minutebook.web"
    label = "web"

    def ready(self):
        from minutebook.web import pagecache

        pagecache.connect()
