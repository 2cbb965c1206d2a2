from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from masthead.taxonomy.models import InDepthReport, Region, Theme


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class InDepthReportViewSet(SnippetViewSet):
    model = InDepthReport
    icon = "folder-open-inverse"
    list_display = ["name", "featured"]
    list_filter = ["featured"]
    search_fields = ["name"]


class TaxonomyGroup(SnippetViewSetGroup):
    """Region, Theme and In-depth Report under one "Taxonomy" menu."""

    items = (RegionViewSet, ThemeViewSet, InDepthReportViewSet)
    menu_icon = "list-ul"
    menu_label = "Taxonomy"
    menu_name = "taxonomy"
    menu_order = 110


register_snippet(TaxonomyGroup)
