from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from masthead.syndication.models import Licence, PartnerFeed, PartnerPublication


class PartnerPublicationViewSet(SnippetViewSet):
    model = PartnerPublication
    icon = "globe"
    list_display = ["name", "permission", "default_licence", "translation_allowed", "contact_email"]
    list_filter = ["permission", "translation_allowed"]
    search_fields = ["name"]


class PartnerFeedViewSet(SnippetViewSet):
    """Partners' feeds with the outcome of the last poll, so a failing feed is seen."""

    model = PartnerFeed
    icon = "link"
    menu_label = "Partner feeds"
    list_display = ["__str__", "partner", "active", "last_success_at", "status"]
    list_filter = ["active", "partner"]
    search_fields = ["url", "title"]


class LicenceViewSet(SnippetViewSet):
    model = Licence
    icon = "doc-full"
    list_display = ["name", "code", "allows_derivatives", "allows_commercial"]


class SyndicationGroup(SnippetViewSetGroup):
    """Partner publications and licences under one "Syndication" menu."""

    items = (PartnerPublicationViewSet, PartnerFeedViewSet, LicenceViewSet)
    menu_icon = "globe"
    menu_label = "Syndication"
    menu_name = "syndication"
    menu_order = 120


register_snippet(SyndicationGroup)
