from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "minutebook.web"
    label = "web"
