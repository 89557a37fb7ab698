from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "minutebook.web"
    label = "web"

    def ready(self):
        from minutebook.web import pagecache

        pagecache.connect()
        from django.core import checks

        checks.register(identity_check)


def identity_check(app_configs, **kwargs):
    """The deployment's name and logo can be used (``minutebook serve --check`` and every start say so)."""
    from django.core import checks

    from minutebook import identity

    try:
        identity.current()
    except identity.IdentityError as exc:
        return [checks.Error(str(exc), id="minutebook.E001")]
    return []
