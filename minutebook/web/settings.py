"""Django settings. SQLite by default (``MINUTEBOOK_DATA``/minutebook.sqlite3); PostgreSQL through DATABASE_URL."""
from __future__ import annotations

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(os.environ.get("MINUTEBOOK_DATA", Path.cwd() / "var")).resolve()

SECRET_KEY = os.environ.get("MINUTEBOOK_SECRET_KEY", "dev-only-insecure-key-change-me")
DEBUG = os.environ.get("MINUTEBOOK_DEBUG", "") == "1"
ALLOWED_HOSTS = [h for h in os.environ.get("MINUTEBOOK_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver").split(",") if h]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "minutebook.web.staticfiles.StaticFilesConfig",      # django.contrib.staticfiles, without source maps
    "django_htmx",
    "template_partials",
    "django_tasks",
    "django_tasks_db",
    "ninja",  # /api/docs from local static files, not a CDN
    "axes",   # sign-in throttling
    "minutebook.store",
    "minutebook.search",
    "minutebook.web",
    "minutebook.hub",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",   # HTTPS redirect and HSTS with MINUTEBOOK_SECURE=1
    "whitenoise.middleware.WhiteNoiseMiddleware",       # static files, compressed and cache-busted (staticfiles.py)
    "csp.middleware.CSPMiddleware",                     # Content-Security-Policy on every response
    "minutebook.web.pagecache.PublicPageCache",     # the public's pages, before any session work
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "minutebook.web.idle.ClerkIdleTimeout",
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "minutebook.web.idle.LoginThrottle",     # django-axes: refuses sign-in after too many failures
    "django.contrib.auth.backends.ModelBackend",
]
# after MINUTEBOOK_LOGIN_ATTEMPTS wrong passwords for one username from one address, sign-in is refused
# (even with the right password) for MINUTEBOOK_LOGIN_COOLOFF_MINUTES; `django-admin axes_reset` lifts it
AXES_FAILURE_LIMIT = int(os.environ.get("MINUTEBOOK_LOGIN_ATTEMPTS", "10"))
AXES_COOLOFF_TIME = float(os.environ.get("MINUTEBOOK_LOGIN_COOLOFF_MINUTES", "30")) / 60   # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "web/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False

# a clerk's session ends after this many minutes without a request
MINUTEBOOK_CLERK_IDLE_MINUTES = int(os.environ.get("MINUTEBOOK_CLERK_IDLE_MINUTES", "30"))

# Content-Security-Policy (django-csp): scripts and styles from this site only; style attributes and the
# <style> blocks of Swagger UI and htmx are allowed; downloads of papers get "sandbox" (their own header)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

ROOT_URLCONF = "minutebook.web.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "minutebook.web.wsgi.application"

_default_db = f"sqlite:///{DATA_DIR / 'minutebook.sqlite3'}"
if not os.environ.get("DATABASE_URL"):
    DATA_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {"default": dj_database_url.parse(os.environ.get("DATABASE_URL") or _default_db, conn_max_age=60)}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].update({"timeout": 20, "transaction_mode": "IMMEDIATE",
                                            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"})
    DATABASES["default"]["CONN_MAX_AGE"] = 0

# "shared" is one table every server process reads (the record version: minutebook/web/pagecache.py);
# "pages" keeps the public's rendered pages: files under MINUTEBOOK_DATA, shared by the server's processes
# (MINUTEBOOK_PAGE_CACHE=file, the default), the same table (db) or each process's memory (locmem).
# Measured on the 50,000-minute benchmark (PostgreSQL, one meeting page served from the cache, in-process):
# file 0.64 ms, locmem 0.47 ms (but every process fills its own), db 1.07 ms.
_PAGE_CACHES = {
    "db": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "minutebook_cache",
           "OPTIONS": {"MAX_ENTRIES": 20000, "CULL_FREQUENCY": 4}},
    "file": {"BACKEND": "minutebook.web.pagecache.PageFileCache", "LOCATION": str(DATA_DIR / "pages"),
             "OPTIONS": {"MAX_ENTRIES": 10000}},
    "locmem": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages",
               "OPTIONS": {"MAX_ENTRIES": 2000}},
}
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "shared": _PAGE_CACHES["db"],
    "pages": _PAGE_CACHES[os.environ.get("MINUTEBOOK_PAGE_CACHE", "file")],
}

# public pages are rendered into the cache in the background this many seconds after a change ("off": only
# when asked for), for each address in MINUTEBOOK_SITE_URL (comma-separated) and each one the public used
MINUTEBOOK_PRERENDER_AFTER = os.environ.get("MINUTEBOOK_PRERENDER_AFTER", "5")
MINUTEBOOK_SITE_URL = os.environ.get("MINUTEBOOK_SITE_URL", "")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STORAGES = {"default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": "minutebook.web.staticfiles.StaticFiles"}}
WHITENOISE_USE_FINDERS = True      # before collectstatic has run (tests, a fresh machine) the files are still served
STATICFILES_FINDERS = ["django.contrib.staticfiles.finders.AppDirectoriesFinder",
                       "minutebook.web.staticfiles.GovukFrontendFinder"]      # GOV.UK Frontend's script, from npm

LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE = os.environ.get("MINUTEBOOK_SECURE", "") == "1"
SESSION_COOKIE_SECURE = SECURE
CSRF_COOKIE_SECURE = SECURE
# behind HTTPS: plain HTTP is redirected and browsers are told to use HTTPS only (HSTS, one year); a proxy
# that ends TLS says so with X-Forwarded-Proto: https
SECURE_SSL_REDIRECT = SECURE
SECURE_HSTS_SECONDS = 31536000 if SECURE else 0
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if SECURE else None
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

TASKS = {
    "default": {
        "BACKEND": os.environ.get("MINUTEBOOK_TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

MAX_UPLOAD_BYTES = int(os.environ.get("MINUTEBOOK_MAX_UPLOAD_BYTES", 100 * 1024 * 1024))
DATA_UPLOAD_MAX_MEMORY_SIZE = MAX_UPLOAD_BYTES
FILE_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

# errors are logged with their traceback to standard error (Django alone mails them to ADMINS, or shows
# them only with DEBUG); MINUTEBOOK_LOG_LEVEL sets how much else is logged
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "{asctime} {levelname} {name}: {message}", "style": "{"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "loggers": {
        "django": {"handlers": ["stderr"], "level": "ERROR", "propagate": True},
        "django.security": {"level": "WARNING"},
        "minutebook": {"handlers": ["stderr"], "level": os.environ.get("MINUTEBOOK_LOG_LEVEL", "WARNING"),
                       "propagate": True},
    },
}

# e-mail (the referral hub tells referrers of each change of status, from the background worker)
EMAIL_HOST = os.environ.get("MINUTEBOOK_SMTP_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("MINUTEBOOK_SMTP_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("MINUTEBOOK_SMTP_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("MINUTEBOOK_SMTP_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("MINUTEBOOK_SMTP_TLS", "") == "1"
EMAIL_TIMEOUT = 20
DEFAULT_FROM_EMAIL = os.environ.get("MINUTEBOOK_FROM_EMAIL", "minutebook@localhost")
