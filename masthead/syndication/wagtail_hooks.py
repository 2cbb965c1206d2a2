from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from masthead.syndication.models import Licence, PartnerPublication


class PartnerPublicationViewSet(SnippetViewSet):
    model = PartnerPublication
    icon = "globe"
    list_display = ["name", "homepage", "default_licence", "canonical_to_original"]
    search_fields = ["name"]


class LicenceViewSet(SnippetViewSet):
    model = Licence
    icon = "doc-full"
    list_display = ["name", "code", "allows_derivatives", "allows_commercial"]


class SyndicationGroup(SnippetViewSetGroup):
    """Partner publications and licences under one "Syndication" menu."""

    items = (PartnerPublicationViewSet, LicenceViewSet)
    menu_icon = "globe"
    menu_label = "Syndication"
    menu_name = "syndication"
    menu_order = 120


register_snippet(SyndicationGroup)
