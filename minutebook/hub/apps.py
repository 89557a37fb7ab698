from django.apps import AppConfig


class HubConfig(AppConfig):
    name = "minutebook.hub"
    label = "hub"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Referral hub"
