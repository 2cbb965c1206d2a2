"""Site-wide URLs outside the language prefix: the republication counter."""

from django.urls import re_path

from masthead.sharing import views

urlpatterns = [
    # Anything else under /r/ is not our counter: 404.
    re_path(
        r"^r/(?P<article_id>[0-9]{1,12})/(?P<kit_id>[A-Za-z0-9_-]{8,64})\.gif$",
        views.counter_pixel,
        name="sharing_counter",
    ),
]
