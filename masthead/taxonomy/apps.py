from django.apps import AppConfig


class TaxonomyConfig(AppConfig):
    name = "masthead.taxonomy"
    label = "taxonomy"
    verbose_name = "Taxonomy"
