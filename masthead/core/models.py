"""Site-wide settings editors change in the Wagtail admin (Settings → Outlet)."""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField


@register_setting(icon="site")
class OutletSettings(BaseSiteSetting):
    """The outlet's identity and the standing notices printed around every article."""

    outlet_name = models.CharField(max_length=120, default="Masthead")
    tagline = models.CharField(max_length=200, blank=True)
    note_to_readers = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        help_text="Printed after every article, e.g. an invitation to share or crosspost.",
    )
    membership_cta_text = models.CharField("membership call-to-action", max_length=200, blank=True)
    membership_url = models.CharField("membership link", max_length=300, blank=True)
    disclaimer = RichTextField(blank=True, features=["bold", "italic", "link"])
    fair_use_notice = RichTextField(blank=True, features=["bold", "italic", "link"])
    media_contact_email = models.EmailField(blank=True)

    panels = [
        MultiFieldPanel([FieldPanel("outlet_name"), FieldPanel("tagline")], "Identity"),
        MultiFieldPanel(
            [FieldPanel("membership_cta_text"), FieldPanel("membership_url")], "Membership"
        ),
        MultiFieldPanel(
            [
                FieldPanel("note_to_readers"),
                FieldPanel("disclaimer"),
                FieldPanel("fair_use_notice"),
                FieldPanel("media_contact_email"),
            ],
            "Notices printed with every article",
        ),
    ]

    class Meta:
        verbose_name = "outlet settings"
