from collections.abc import Iterator
from typing import Any

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from masthead.translation import views
from masthead.translation.models import GlossaryTerm


@hooks.register("register_admin_urls")
def register_admin_urls() -> list:
    urls = [
        path("article/<int:page_id>/", views.article_translations, name="article"),
        path("article/<int:page_id>/rerun/", views.rerun, name="rerun"),
        path("jobs/", views.job_report, name="jobs"),
    ]
    return [path("translations/", include((urls, "masthead_translation")))]


@hooks.register("register_admin_menu_item")
def register_jobs_menu_item() -> MenuItem:
    return MenuItem(
        "Translation jobs", reverse("masthead_translation:jobs"), icon_name="globe", order=130
    )


@hooks.register("register_page_header_buttons")
def translations_button(
    page: Any, user: Any, view_name: str, next_url: str | None = None
) -> Iterator[Any]:
    if page.specific_class.__name__ == "ArticlePage":
        yield PageMenuItem(
            "Translations",
            reverse("masthead_translation:article", args=[page.pk]),
            icon_name="globe",
            priority=62,
            page=page,
        )


class GlossaryViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "openquote"
    menu_label = "Glossary"
    menu_order = 140
    add_to_admin_menu = True
    list_display = ["source_text", "note"]
    search_fields = ["source_text"]


register_snippet(GlossaryViewSet)
