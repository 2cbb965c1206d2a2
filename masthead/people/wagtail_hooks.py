from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from masthead.people.models import Author


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    menu_label = "Authors"
    menu_order = 100
    add_to_admin_menu = True
    list_display = ["name", "short_bio"]
    search_fields = ["name"]


register_snippet(AuthorViewSet)
