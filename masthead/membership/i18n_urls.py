"""The "Become a member" page in every language (/fr/membership/), before Wagtail's pages."""

from django.urls import path

from masthead.membership import views

urlpatterns = [path("membership/", views.become, name="membership_become")]
