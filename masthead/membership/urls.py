"""Uncached membership URLs (masthead/urls.py includes them under /membership/)."""

from django.urls import path

from masthead.membership import views

app_name = "membership"
urlpatterns = [
    path("join/<int:plan_id>/", views.join, name="join"),
    path("donate/", views.donate, name="donate"),
    path("pledge/<str:reference>/", views.pledge, name="pledge"),
    path("thanks/", views.thanks, name="thanks"),
    path("status.json", views.status, name="status"),
    path("stripe/webhook/", views.stripe_webhook, name="stripe_webhook"),
]
