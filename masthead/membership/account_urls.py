"""The members' area, under /account/membership/ (masthead/urls.py includes it)."""

from django.urls import path

from masthead.membership import account_views

app_name = "membership_account"
urlpatterns = [
    path("", account_views.area, name="area"),
    path("<int:membership_id>/cancel/", account_views.cancel, name="cancel"),
    path("<int:membership_id>/portal/", account_views.portal, name="portal"),
    path("<int:membership_id>/renew/", account_views.renew, name="renew"),
    path("receipts/<int:payment_id>/", account_views.receipt, name="receipt"),
]
