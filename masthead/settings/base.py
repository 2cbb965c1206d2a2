"""Production-safe base settings.

DEBUG is off, nothing secret lives here, and every external service is configured from an
environment variable declared in the block below, defaulting to the embedded path: SQLite,
the database task backend and local files.
"""

from pathlib import Path
from typing import Any

from masthead.settings.builders import (
    database_from_url,
    make_folders,
    redis_cache,
    require_group,
    s3_storage,
    search_backends,
)
from masthead.settings.env import env_bool, env_int, env_list, env_str

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

# --- Environment -------------------------------------------------------------------------------
SECRET_KEY = env_str("DJANGO_SECRET_KEY")
DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", [])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])
DATABASE_URL_PATH = env_str("MASTHEAD_SQLITE_PATH", str(BASE_DIR / "var" / "masthead.sqlite3"))
DATABASE_URL = env_str("MASTHEAD_DATABASE_URL")  # postgres://…; empty keeps SQLite
SEARCH_BACKEND = env_str("MASTHEAD_SEARCH_BACKEND", "database")
SEARCH_URLS = env_list("MASTHEAD_SEARCH_URL", [])
SEARCH_INDEX_PREFIX = env_str("MASTHEAD_SEARCH_INDEX_PREFIX", "masthead_")
MEDIA_ROOT_PATH = env_str("MASTHEAD_MEDIA_ROOT", str(BASE_DIR / "var" / "media"))
STATIC_ROOT_PATH = env_str("MASTHEAD_STATIC_ROOT", str(BASE_DIR / "var" / "static"))
SITE_BASE_URL = env_str("MASTHEAD_BASE_URL", "http://127.0.0.1:8000")
DEFAULT_FROM_EMAIL = env_str("MASTHEAD_FROM_EMAIL", "newsroom@localhost")
EMAIL_HOST = env_str("MASTHEAD_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("MASTHEAD_EMAIL_PORT", 25)
# A relay that wants a login (port 587 with STARTTLS, or 465 with TLS from the start).
EMAIL_HOST_USER = env_str("MASTHEAD_EMAIL_USER")
EMAIL_HOST_PASSWORD = env_str("MASTHEAD_EMAIL_PASSWORD")
EMAIL_USE_TLS = env_bool("MASTHEAD_EMAIL_STARTTLS", False)
EMAIL_USE_SSL = env_bool("MASTHEAD_EMAIL_TLS", False)
EMAIL_TIMEOUT = env_int("MASTHEAD_EMAIL_TIMEOUT", 30)
SERVE_MEDIA = env_bool("MASTHEAD_SERVE_MEDIA", False)
LISTING_PAGE_SIZE = env_int("MASTHEAD_LISTING_PAGE_SIZE", 12)
MASTHEAD_AUTO_TRANSLATE = env_bool("MASTHEAD_AUTO_TRANSLATE", True)
# A translation job's lease: a worker renews it every quarter; a job whose worker died is taken
# up again once it expires (docs/explanation/translation-pipeline.md).
MASTHEAD_TRANSLATION_LEASE_SECONDS = env_int("MASTHEAD_TRANSLATION_LEASE_SECONDS", 60)
MASTHEAD_TRANSLATION_MAX_RUN_SECONDS = env_int("MASTHEAD_TRANSLATION_MAX_RUN_SECONDS", 1800)
MT_ENGINE = env_str("MASTHEAD_MT_ENGINE", "argos")
MT_PACKAGES_DIR = env_str("MASTHEAD_MT_PACKAGES_DIR", str(BASE_DIR / "var" / "mt-packages"))
MT_INDEX_URL = env_str(
    "MASTHEAD_MT_INDEX_URL",
    "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json",
)
MT_DEVICE = env_str("MASTHEAD_MT_DEVICE", "cpu")
MT_COMPUTE_TYPE = env_str("MASTHEAD_MT_COMPUTE_TYPE", "")  # "": int8 on CPU, int8_float16 on GPU
MT_BEAM_SIZE = env_int("MASTHEAD_MT_BEAM_SIZE", 2)
MT_INTER_THREADS = env_int("MASTHEAD_MT_INTER_THREADS", 0)  # 0: automatic
MT_INTRA_THREADS = env_int("MASTHEAD_MT_INTRA_THREADS", 0)
MT_MAX_BATCH_SIZE = env_int("MASTHEAD_MT_MAX_BATCH_SIZE", 32)
MT_MAX_LOADED_MODELS = env_int("MASTHEAD_MT_MAX_LOADED_MODELS", 8)
LIBRETRANSLATE_URL = env_str("MASTHEAD_LIBRETRANSLATE_URL", "")
LIBRETRANSLATE_API_KEY = env_str("MASTHEAD_LIBRETRANSLATE_API_KEY", "")
DEEPL_AUTH_KEY = env_str("MASTHEAD_DEEPL_AUTH_KEY", "")
# Scale-out (docs/how-to/scale-out.md): Redis for the cache and page store, S3 media.
REDIS_URL = env_str("MASTHEAD_REDIS_URL")  # redis://host:6379/0; empty keeps process memory
S3_BUCKET = env_str("MASTHEAD_S3_BUCKET")  # empty keeps media in MASTHEAD_MEDIA_ROOT
S3_ENDPOINT_URL = env_str("MASTHEAD_S3_ENDPOINT_URL")  # empty: Amazon S3 itself
S3_REGION = env_str("MASTHEAD_S3_REGION")
S3_ACCESS_KEY_ID = env_str("MASTHEAD_S3_ACCESS_KEY_ID")
S3_SECRET_ACCESS_KEY = env_str("MASTHEAD_S3_SECRET_ACCESS_KEY")
S3_CUSTOM_DOMAIN = env_str("MASTHEAD_S3_CUSTOM_DOMAIN")  # a CDN host in front of the bucket
S3_LOCATION = env_str("MASTHEAD_S3_LOCATION")  # a folder inside the bucket
# Seconds between the worker's scheduled-publishing runs (masthead/core/tasks.py).
MASTHEAD_SCHEDULED_PUBLISHING_INTERVAL = env_int("MASTHEAD_SCHEDULED_PUBLISHING_INTERVAL", 30)
# Limits (docs/how-to/deploy.md#limits): form bodies, uploads, pixels, request rates, lock-out.
MAX_FORM_BODY_MB = env_int("MASTHEAD_MAX_FORM_BODY_MB", 5)
MAX_IMAGE_UPLOAD_MB = env_int("MASTHEAD_MAX_IMAGE_UPLOAD_MB", 20)
# A WordPress export uploaded in the admin's Import article (masthead/importers/forms.py).
MASTHEAD_MAX_WXR_UPLOAD_MB = env_int("MASTHEAD_MAX_WXR_UPLOAD_MB", 50)
MAX_IMAGE_MEGAPIXELS = env_int("MASTHEAD_MAX_IMAGE_MEGAPIXELS", 50)
RATE_LIMIT_SEARCH = env_str("MASTHEAD_RATE_LIMIT_SEARCH", "60/60")  # requests/seconds per client
RATE_LIMIT_FORMS = env_str("MASTHEAD_RATE_LIMIT_FORMS", "20/600")
RATE_LIMIT_REPUBLISH_COUNTER = env_str("MASTHEAD_RATE_LIMIT_REPUBLISH_COUNTER", "120/60")
# Proxies whose X-Forwarded-For is believed (addresses or CIDR networks); loopback by default,
# where nginx runs in docs/how-to/deploy.md. No client can connect from there itself.
TRUSTED_PROXIES = env_list("MASTHEAD_TRUSTED_PROXIES", ["127.0.0.1", "::1"])
LOGIN_FAILURE_LIMIT = env_int("MASTHEAD_LOGIN_FAILURE_LIMIT", 5)
LOGIN_LOCKOUT_MINUTES = env_int("MASTHEAD_LOGIN_LOCKOUT_MINUTES", 15)

# --- Partner ingest (masthead/ingest/; docs/how-to/partner-feeds.md) ---------------------------
# Fetching partners' feeds and pages: limits per fetch, and the private hosts it may reach
# (host or host:port; empty in production: every private, loopback or link-local address is
# refused, redirects included).
MASTHEAD_INGEST_ALLOW_PRIVATE_HOSTS = env_list("MASTHEAD_INGEST_ALLOW_PRIVATE_HOSTS", [])
MASTHEAD_INGEST_MAX_BYTES = env_int("MASTHEAD_INGEST_MAX_BYTES", 5 * 1024 * 1024)
MASTHEAD_INGEST_CONNECT_TIMEOUT = env_int("MASTHEAD_INGEST_CONNECT_TIMEOUT", 5)
MASTHEAD_INGEST_READ_TIMEOUT = env_int("MASTHEAD_INGEST_READ_TIMEOUT", 10)
MASTHEAD_INGEST_DEADLINE = env_int("MASTHEAD_INGEST_DEADLINE", 30)
MASTHEAD_INGEST_MAX_REDIRECTS = env_int("MASTHEAD_INGEST_MAX_REDIRECTS", 5)
# Empty: "Masthead-Ingest/1.0 (+<site URL>; <outlet name>)", naming the outlet to partners.
MASTHEAD_INGEST_USER_AGENT = env_str("MASTHEAD_INGEST_USER_AGENT", "")

# --- Membership and donations (masthead/membership/; docs/how-to/membership.md) ----------------
# Stripe keys from the environment; without the secret key and the webhook secret readers are
# not offered cards (pledges still work). MASTHEAD_STRIPE_API_BASE points the library at another
# host (the tests' local Stripe-shaped server); empty is Stripe itself.
MASTHEAD_STRIPE_SECRET_KEY = env_str("MASTHEAD_STRIPE_SECRET_KEY", "")
MASTHEAD_STRIPE_WEBHOOK_SECRET = env_str("MASTHEAD_STRIPE_WEBHOOK_SECRET", "")
MASTHEAD_STRIPE_API_BASE = env_str("MASTHEAD_STRIPE_API_BASE", "")
# Payment and pledge forms per client address (signed-in readers included), and Stripe's
# webhook deliveries (generous: Stripe retries in bursts).
RATE_LIMIT_MEMBERSHIP = env_str("MASTHEAD_RATE_LIMIT_MEMBERSHIP", "30/600")
RATE_LIMIT_MEMBERSHIP_WEBHOOK = env_str("MASTHEAD_RATE_LIMIT_MEMBERSHIP_WEBHOOK", "600/60")

# --- Newsletters (masthead/newsletters/; docs/how-to/newsletters.md) ---------------------------
# Days a confirmation link works; minutes editors have to edit a digest built by the schedule
# before it goes out; the List-Unsubscribe mailto (empty: unsubscribe@<the From domain>).
MASTHEAD_NEWSLETTER_CONFIRM_DAYS = env_int("MASTHEAD_NEWSLETTER_CONFIRM_DAYS", 7)
MASTHEAD_NEWSLETTER_REVIEW_MINUTES = env_int("MASTHEAD_NEWSLETTER_REVIEW_MINUTES", 60)
MASTHEAD_NEWSLETTER_UNSUBSCRIBE_EMAIL = env_str("MASTHEAD_NEWSLETTER_UNSUBSCRIBE_EMAIL", "")

# --- Bulk mail (masthead/mailing/; docs/how-to/email-deliverability.md) ----------------------
# The domain of Message-IDs and List-Ids ("" = the host of MASTHEAD_BASE_URL), the newsletters'
# From ("" = MASTHEAD_FROM_EMAIL; keep it on that domain for DMARC alignment), and the bounce
# address put in Return-Path ("" = the From address; VERP tags it with each recipient).
MAILING_DOMAIN = env_str("MASTHEAD_MAILING_DOMAIN", "")
MAILING_FROM_EMAIL = env_str("MASTHEAD_MAILING_FROM_EMAIL", "")
MAILING_RETURN_PATH = env_str("MASTHEAD_MAILING_RETURN_PATH", "")
MAILING_VERP = env_bool("MASTHEAD_MAILING_VERP", False)
MAILING_BATCH_SIZE = env_int("MASTHEAD_MAILING_BATCH_SIZE", 100)  # messages per SMTP connection
MAILING_LEASE_SECONDS = env_int("MASTHEAD_MAILING_LEASE_SECONDS", 300)
MAILING_MAX_ATTEMPTS = env_int("MASTHEAD_MAILING_MAX_ATTEMPTS", 3)  # 5xx before dropping
MAILING_MAX_TEMPORARY_ATTEMPTS = env_int("MASTHEAD_MAILING_MAX_TEMPORARY_ATTEMPTS", 8)  # 4xx
MAILING_RETRY_SECONDS = env_int("MASTHEAD_MAILING_RETRY_SECONDS", 300)  # doubles each try
MAILING_DKIM_SELECTOR = env_str("MASTHEAD_MAILING_DKIM_SELECTOR", "")
# The bounce mailbox, read over IMAP every ten minutes ("" host = none).
MAILING_BOUNCE_IMAP_HOST = env_str("MASTHEAD_MAILING_BOUNCE_IMAP_HOST", "")
MAILING_BOUNCE_IMAP_PORT = env_int("MASTHEAD_MAILING_BOUNCE_IMAP_PORT", 993)
MAILING_BOUNCE_IMAP_SSL = env_bool("MASTHEAD_MAILING_BOUNCE_IMAP_SSL", True)
MAILING_BOUNCE_IMAP_USER = env_str("MASTHEAD_MAILING_BOUNCE_IMAP_USER", "")
MAILING_BOUNCE_IMAP_PASSWORD = env_str("MASTHEAD_MAILING_BOUNCE_IMAP_PASSWORD", "")
MAILING_BOUNCE_IMAP_FOLDER = env_str("MASTHEAD_MAILING_BOUNCE_IMAP_FOLDER", "INBOX")
MAILING_BOUNCE_IMAP_DONE_FOLDER = env_str("MASTHEAD_MAILING_BOUNCE_IMAP_DONE_FOLDER", "")

# --- Applications ------------------------------------------------------------------------------
INSTALLED_APPS = [
    # Masthead, lower apps first (see docs/explanation/architecture.md).
    "masthead.core",
    "masthead.accounts",
    "masthead.images",
    "masthead.people",
    "masthead.taxonomy",
    "masthead.syndication",
    "masthead.articles",
    "masthead.importers",
    "masthead.translation",
    "masthead.discovery",
    "masthead.sharing",
    "masthead.comments",
    "masthead.mailing",
    "masthead.stories",
    "masthead.newsletters",
    "masthead.membership",
    "masthead.ingest",
    "masthead.outlets",
    "masthead.demo",
    # Wagtail
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "axes",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy and Permissions-Policy on every response, static files included.
    "masthead.core.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Below WhiteNoise, which sends its own pre-compressed files; skips any response that already
    # has a Content-Encoding. The page cache asks Django for plain bodies and compresses its own.
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # After authentication: only visitors who are not signed in are limited.
    "masthead.core.ratelimit.FormRateLimitMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: answers a locked-out login with the lock-out page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "masthead.urls"
WSGI_APPLICATION = "masthead.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES: dict[str, dict[str, Any]] = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": DATABASE_URL_PATH,
        "OPTIONS": {
            # WAL lets the task worker write while the site reads. Memory-mapped reads make
            # the row look-ups of a full-text search about twice as fast (bench/search.py).
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA mmap_size=2147418112;"
            ),
            # A writer takes the write lock when its transaction starts (no read-then-write
            # upgrade that fails at once), and waits up to 20 s for another writer (the admin,
            # the worker) instead of SQLite's 5 s (tests/test_faults_database.py).
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        },
    }
}


if DATABASE_URL:
    DATABASES = {"default": database_from_url(DATABASE_URL)}


if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    make_folders(Path(DATABASES["default"]["NAME"]).parent)
make_folders(MEDIA_ROOT_PATH)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
# django-axes first: it refuses a locked-out login before the password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Internationalisation ----------------------------------------------------------------------
LANGUAGE_CODE = "en"
# English plus 26 targets. Names are autonyms: the language menu shows each in its own script.
# Codes are Django's (zh-hans); translation engines map them to their own (zh).
ALL_LANGUAGES = {
    "en": "English",
    "ar": "العربية",
    "bn": "বাংলা",
    "cs": "Čeština",
    "da": "Dansk",
    "de": "Deutsch",
    "el": "Ελληνικά",
    "es": "Español",
    "fa": "فارسی",
    "fi": "Suomi",
    "fr": "Français",
    "he": "עברית",
    "hi": "हिन्दी",
    "hu": "Magyar",
    "id": "Bahasa Indonesia",
    "it": "Italiano",
    "ja": "日本語",
    "ko": "한국어",
    "nl": "Nederlands",
    "pl": "Polski",
    "pt": "Português",
    "ro": "Română",
    "ru": "Русский",
    "sv": "Svenska",
    "tr": "Türkçe",
    "uk": "Українська",
    "zh-hans": "中文（简体）",
}
_enabled = env_list("MASTHEAD_LANGUAGES", list(ALL_LANGUAGES))
LANGUAGES = [(code, ALL_LANGUAGES.get(code, code)) for code in _enabled]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
TIME_ZONE = env_str("MASTHEAD_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [PROJECT_DIR / "locale"]

# --- Static and media files --------------------------------------------------------------------
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = STATIC_ROOT_PATH
STATIC_URL = "/static/"
MEDIA_ROOT = MEDIA_ROOT_PATH
MEDIA_URL = "/media/"
STORAGES: dict[str, dict[str, Any]] = {
    # Django's FileSystemStorage, less the truncated file a full disk leaves behind.
    "default": {"BACKEND": "masthead.core.files.LocalMediaStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}


if S3_BUCKET:
    require_group("MASTHEAD_S3_BUCKET", "s3", "storages", "boto3")
    STORAGES["default"] = s3_storage(
        S3_BUCKET,
        endpoint_url=S3_ENDPOINT_URL,
        region=S3_REGION,
        access_key=S3_ACCESS_KEY_ID,
        secret_key=S3_SECRET_ACCESS_KEY,
        custom_domain=S3_CUSTOM_DOMAIN,
        location=S3_LOCATION,
    )

# --- Cache -------------------------------------------------------------------------------------


if REDIS_URL:
    require_group("MASTHEAD_REDIS_URL", "redis", "redis")
# Without Redis each process keeps its own cache in memory (Django's default).
CACHES: dict[str, dict[str, Any]] = (
    redis_cache(REDIS_URL)
    if REDIS_URL
    else {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            # Four stored fragments per page (pagecache/fragments.py): room for the pages
            # readers are reading (about 20 MB per worker at 5 KB a fragment).
            "OPTIONS": {"MAX_ENTRIES": env_int("MASTHEAD_LOCAL_CACHE_ENTRIES", 4000)},
        }
    }
)

# --- Background tasks --------------------------------------------------------------------------
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# --- Wagtail -----------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Masthead"
WAGTAILADMIN_BASE_URL = SITE_BASE_URL
WAGTAILIMAGES_IMAGE_MODEL = "images.CustomImage"
# No Gravatar: editors' avatars would be fetched from a third party with a hash of their email.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# No release check from editors' browsers to releases.wagtail.org: the admin's policy allows no
# third-party hosts, and pip-audit in scripts/test.sh reports a vulnerable Wagtail instead.
WAGTAIL_ENABLE_UPDATE_CHECK = False


WAGTAILSEARCH_BACKENDS = search_backends(SEARCH_BACKEND, SEARCH_URLS, SEARCH_INDEX_PREFIX)
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {"features": ["bold", "italic", "link", "ol", "ul"]},
    }
}

# --- Machine translation (docs/explanation/translation-engine.md) -----------------------------
MASTHEAD_TRANSLATION: dict[str, Any] = {
    "ENGINE": MT_ENGINE,  # argos, libretranslate, deepl or fake
    "PACKAGES_DIR": MT_PACKAGES_DIR,
    "INDEX_URL": MT_INDEX_URL,  # Argos package index read by `mt_install --languages`
    "USE_MEMORY": True,
    "KNOWN_PACKAGES": {},  # file name → sha256 pins added to translation.packages.KNOWN_PACKAGES
    "ARGOS": {
        "DEVICE": MT_DEVICE,
        "COMPUTE_TYPE": MT_COMPUTE_TYPE,
        "BEAM_SIZE": MT_BEAM_SIZE,
        "INTER_THREADS": MT_INTER_THREADS,
        "INTRA_THREADS": MT_INTRA_THREADS,
        "MAX_BATCH_SIZE": MT_MAX_BATCH_SIZE,
        "MAX_LOADED_MODELS": MT_MAX_LOADED_MODELS,
    },
    "LIBRETRANSLATE": {"URL": LIBRETRANSLATE_URL, "API_KEY": LIBRETRANSLATE_API_KEY, "TIMEOUT": 30},
    "DEEPL": {"AUTH_KEY": DEEPL_AUTH_KEY, "TIMEOUT": 30},
    "FAKE": {},
}
# The editor's "Machine translate" button uses the same engine, memory and glossary as jobs.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "masthead.translation.machine_translator.MastheadMachineTranslator",
    "OPTIONS": {},
}

# --- Feeds and sitemaps (docs/reference/feeds-and-sitemaps.md) ---------------------------------
FEED_ITEM_LIMIT = 30
SITEMAP_PAGE_SIZE = 1000

# --- Security ----------------------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
SECURE_CONTENT_TYPE_NOSNIFF = True
# DENY: Wagtail's preview views, the one framed page, override it with SAMEORIGIN themselves.
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Content-Security-Policy and Permissions-Policy: masthead/core/security.py.

# Limits. Form bodies (file uploads are not counted here) and field counts; Wagtail's page
# editor posts one field per block, so a long article needs more than Django's 1,000.
DATA_UPLOAD_MAX_MEMORY_SIZE = MAX_FORM_BODY_MB * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
DATA_UPLOAD_MAX_NUMBER_FILES = 100
# Images: the file size and the pixel count Wagtail accepts; Pillow refuses the same count
# anywhere else (masthead/core/apps.py), which stops decompression bombs.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = MAX_IMAGE_UPLOAD_MB * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = MAX_IMAGE_MEGAPIXELS * 1_000_000
# Requests per client address (masthead/core/ratelimit.py); "forms" is every form posted by
# a visitor who is not signed in. Behind a proxy, name it in MASTHEAD_TRUSTED_PROXIES.
MASTHEAD_RATE_LIMITS = {
    "search": RATE_LIMIT_SEARCH,
    "forms": RATE_LIMIT_FORMS,
    # The republication counter's image: over the limit it is still served, nothing counted.
    "republish_counter": RATE_LIMIT_REPUBLISH_COUNTER,
    "membership": RATE_LIMIT_MEMBERSHIP,
    "membership_webhook": RATE_LIMIT_MEMBERSHIP_WEBHOOK,
}
MASTHEAD_TRUSTED_PROXIES = TRUSTED_PROXIES
# Failed admin logins (django-axes, counted in the database every process shares): a user
# name is locked out from one address after this many failures, for this long.
AXES_FAILURE_LIMIT = LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = LOGIN_LOCKOUT_MINUTES / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "masthead.core.ratelimit.client_ip"
AXES_LOCKOUT_CALLABLE = "masthead.core.ratelimit.login_locked"
AXES_USERNAME_FORM_FIELD = "username"
# No row per successful login (address and browser of every editor, kept forever); failures
# are still counted, and expire with the lock-out.
AXES_DISABLE_ACCESS_LOG = True

# --- Reader accounts (django-allauth; docs/how-to/reader-accounts.md) ---------------------------
# Readers sign up, confirm and sign in under /account/; staff keep Wagtail's /admin/login/ and
# are refused at the reader sign-in (masthead/accounts/adapter.py).
INSTALLED_APPS.insert(INSTALLED_APPS.index("django.contrib.admin"), "allauth.account")
INSTALLED_APPS.insert(INSTALLED_APPS.index("allauth.account"), "allauth")
# After sessions, authentication and messages; before django-axes, which stays last.
MIDDLEWARE.insert(
    MIDDLEWARE.index("axes.middleware.AxesMiddleware"),
    "allauth.account.middleware.AccountMiddleware",
)
# allauth's email sign-in, refusing staff accounts; django-axes leaves /account/ to allauth's
# limits below (masthead/accounts/backends.py says why).
AUTHENTICATION_BACKENDS.append("masthead.accounts.backends.ReaderAuthenticationBackend")
AXES_WHITELIST_CALLABLE = "masthead.accounts.backends.reader_sign_in"
LOGIN_URL = "account_login"
# A page restricted to signed-in users sends readers to their own sign-in, not Wagtail's.
WAGTAIL_FRONTEND_LOGIN_URL = "/account/login/"
LOGIN_REDIRECT_URL = "account_profile"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_ADAPTER = "masthead.accounts.adapter.ReaderAccountAdapter"
ACCOUNT_SIGNUP_FORM_CLASS = "masthead.accounts.forms.ReaderSignupForm"
ACCOUNT_USER_DISPLAY = "masthead.accounts.adapter.reader_display"  # never the username
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*"]
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
# Codes, never links: mail scanners follow links (and would confirm or sign in for the reader).
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = True
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_PASSWORD_RESET_BY_CODE_ENABLED = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_EMAIL_NOTIFICATIONS = True  # "your email/password was changed" to the reader
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""  # the adapter prefixes the outlet's name
# Failed sign-ins per email address (and per connection) on Django's cache: one process's memory
# by default, so with several workers each counts its own; MASTHEAD_REDIS_URL shares one count.
# False turns every allauth limit off (the test settings do).
ACCOUNT_RATE_LIMITS: dict[str, str] | bool = {
    "login_failed": f"10/m/ip,{LOGIN_FAILURE_LIMIT}/{LOGIN_LOCKOUT_MINUTES * 60}s/key",
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("MASTHEAD_LOG_LEVEL", "WARNING")},
}

# --- Page cache (docs/explanation/page-cache.md) ----------------------------------------------
# Anonymous reader pages are answered by masthead.pagecache.wsgi in front of Django. The store
# is this worker's memory in front of files shared by the machine's workers ("files"), or in
# front of Redis when the site runs on several machines ("redis"); "memory" suits one process.
MASTHEAD_PAGE_CACHE = env_bool("MASTHEAD_PAGE_CACHE", True)
MASTHEAD_PAGE_CACHE_REDIS_URL = env_str(
    "MASTHEAD_PAGE_CACHE_REDIS_URL", env_str("MASTHEAD_REDIS_URL")
)
MASTHEAD_PAGE_CACHE_STORE = env_str(
    "MASTHEAD_PAGE_CACHE_STORE", "redis" if MASTHEAD_PAGE_CACHE_REDIS_URL else "files"
)
MASTHEAD_PAGE_CACHE_DIR = env_str("MASTHEAD_PAGE_CACHE_DIR", str(BASE_DIR / "var" / "page-cache"))
MASTHEAD_PAGE_CACHE_MAX_MB = env_int("MASTHEAD_PAGE_CACHE_MAX_MB", 1024)  # files on disk
MASTHEAD_PAGE_CACHE_MEMORY_MB = env_int("MASTHEAD_PAGE_CACHE_MEMORY_MB", 64)  # per worker
MASTHEAD_PAGE_CACHE_WARM_LIMIT = env_int("MASTHEAD_PAGE_CACHE_WARM_LIMIT", 500)  # per publish
# A folder written by `manage.py publish_static` and kept current on publish (empty: none).
MASTHEAD_STATIC_DIR = env_str("MASTHEAD_STATIC_DIR")
# A CDN in front (docs/how-to/serve-a-static-copy.md): after a publish the page cache's purged
# URLs are purged there too, through Wagtail's frontend-cache backends. One of these, or none.
CDN_PURGE_URL = env_str("MASTHEAD_CDN_PURGE_URL")  # HTTP PURGE: Varnish, nginx, Fastly-alikes
CLOUDFLARE_ZONE_ID = env_str("MASTHEAD_CLOUDFLARE_ZONE_ID")
CLOUDFLARE_API_TOKEN = env_str("MASTHEAD_CLOUDFLARE_API_TOKEN")
CLOUDFRONT_DISTRIBUTION_ID = env_str("MASTHEAD_CLOUDFRONT_DISTRIBUTION_ID")


def frontend_cache() -> dict[str, dict[str, str]]:
    """``WAGTAILFRONTENDCACHE`` from the variables above."""
    backends = "wagtail.contrib.frontend_cache.backends"
    found: dict[str, dict[str, str]] = {}
    if CDN_PURGE_URL:
        found["http"] = {"BACKEND": f"{backends}.HTTPBackend", "LOCATION": CDN_PURGE_URL}
    if CLOUDFLARE_ZONE_ID and CLOUDFLARE_API_TOKEN:
        found["cloudflare"] = {
            "BACKEND": f"{backends}.CloudflareBackend",
            "ZONEID": CLOUDFLARE_ZONE_ID,
            "BEARER_TOKEN": CLOUDFLARE_API_TOKEN,
        }
    if CLOUDFRONT_DISTRIBUTION_ID:
        found["cloudfront"] = {
            "BACKEND": f"{backends}.CloudfrontBackend",
            "DISTRIBUTION_ID": CLOUDFRONT_DISTRIBUTION_ID,
        }
    return found


WAGTAILFRONTENDCACHE = frontend_cache()
# Stored fragments of reader pages (head, header, content, footer) in the cache below, keyed on
# the published-content version (masthead/pagecache/fragments.py): what an uncached request
# renders from. 0 renders everything on every request.
MASTHEAD_FRAGMENT_CACHE = env_bool("MASTHEAD_FRAGMENT_CACHE", True)
MASTHEAD_FRAGMENT_CACHE_SECONDS = env_int("MASTHEAD_FRAGMENT_CACHE_SECONDS", 86400)
INSTALLED_APPS.insert(INSTALLED_APPS.index("masthead.demo") + 1, "masthead.pagecache")
# Outermost, so it sees every model a reader page loads while it renders.
MIDDLEWARE.insert(0, "masthead.pagecache.middleware.PageCacheTagMiddleware")
# Wagtail's routing remembered per process for one content version (pagecache/routes.py).
MIDDLEWARE.append("masthead.pagecache.routes.RouteMemoMiddleware")
MASTHEAD_ROUTE_MEMO = env_bool("MASTHEAD_ROUTE_MEMO", True)
MASTHEAD_ROUTE_MEMO_SIZE = env_int("MASTHEAD_ROUTE_MEMO_SIZE", 1000)
