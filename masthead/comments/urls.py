"""Readers' comment pages, outside the page cache (masthead/urls.py includes them)."""

from django.urls import path

from masthead.comments import views

app_name = "comments"
urlpatterns = [
    path("<int:page_id>/new/", views.new_comment, name="new"),
    path("<int:comment_id>/reply/", views.reply, name="reply"),
    path("<int:comment_id>/report/", views.report, name="report"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
]
