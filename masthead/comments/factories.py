"""Test data for comments: readers, commenters and comments in any status."""

from __future__ import annotations

import factory
from django.contrib.auth import get_user_model

from masthead.comments.models import Comment, Commenter
from masthead.comments.text import render


class ReaderFactory(factory.django.DjangoModelFactory):
    """A reader's account (not staff)."""

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"reader{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@readers.example")
    password = factory.django.Password("a long reader password")


class CommenterFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Commenter

    user = factory.SubFactory(ReaderFactory)
    display_name = factory.Sequence(lambda n: f"Reader {n}")


class CommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Comment

    commenter = factory.SubFactory(CommenterFactory)
    body = "The queues at the harbour were longer last winter."
    body_html = factory.LazyAttribute(lambda comment: render(comment.body))
    status = Comment.Status.APPROVED
