from django.apps import AppConfig


class StoreConfig(AppConfig):
    name = "minutebook.store"
    label = "store"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Meeting record"
