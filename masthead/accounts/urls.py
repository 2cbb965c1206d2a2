"""Reader accounts under /account/: the profile and deletion, then django-allauth's views.

Nothing here is in the page cache's READER_ROUTES: every page is per reader and never stored.
"""

from django.urls import include, path

from masthead.accounts import views

urlpatterns = [
    path("", views.profile, name="account_profile"),
    path("delete/", views.delete_account, name="account_delete"),
    path("deleted/", views.account_deleted, name="account_deleted"),
    path("", include("allauth.account.urls")),
]
