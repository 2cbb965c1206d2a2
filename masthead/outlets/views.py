"""The admin's first-run screen: set up the outlet when the site has no front page yet."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect
from django.urls import reverse
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from masthead.articles.models import HomePage
from masthead.outlets.forms import OutletSetupForm
from masthead.outlets.services import create_outlet


def outlet_is_set_up() -> bool:
    return HomePage.objects.exists()


class OutletSetupView(WagtailAdminTemplateMixin, FormView):
    form_class = OutletSetupForm
    template_name = "outlets/setup.html"
    page_title = "Set up your outlet"
    header_icon = "site"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not request.user.is_superuser:
            raise PermissionDenied
        if outlet_is_set_up():
            messages.info(request, "The outlet is already set up.")
            return redirect("wagtailadmin_home")
        return super().dispatch(request, *args, **kwargs)

    def get_initial(self) -> dict[str, Any]:
        return {"public_url": self.request.build_absolute_uri("/").rstrip("/")}

    def form_valid(self, form: OutletSetupForm) -> HttpResponse:
        data = form.cleaned_data
        setup = create_outlet(
            name=data["name"],
            base_url=data["public_url"],
            languages=data["languages"],
            tagline=data["tagline"],
        )
        messages.success(
            self.request,
            f"“{setup.home.title}” is set up in {len(data['languages'])} languages. "
            "Add your first article under Articles.",
        )
        return redirect(reverse("wagtailadmin_explore", args=[setup.articles.pk]))
