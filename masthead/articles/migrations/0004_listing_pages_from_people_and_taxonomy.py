"""Move the article listing pages into this app, keeping every row and page.

``AuthorIndexPage`` (from ``people``), ``TermIndexPage`` and ``PinnedArticle`` (from
``taxonomy``) become models of ``articles``. Nothing is copied: the state moves with
SeparateDatabaseAndState, the tables are renamed, and the content-type rows are relabelled so
existing Wagtail pages (which point at their content type by id) keep their type, revisions,
permissions and translations. ``people.0002`` and ``taxonomy.0002`` drop the old models from
their state only.
"""

import django.db.models.deletion
import modelcluster.fields
import wagtail.contrib.routable_page.models
from django.conf import settings
from django.db import migrations, models

MOVED = [
    ("people", "authorindexpage"),
    ("taxonomy", "termindexpage"),
    ("taxonomy", "pinnedarticle"),
]


def relabel_content_types(apps, schema_editor, forwards=True):
    content_type = apps.get_model("contenttypes", "ContentType")
    for old_app, model in MOVED:
        source, target = (old_app, "articles") if forwards else ("articles", old_app)
        # A database migrated without these models has no row to move (rows appear on post_migrate).
        if not content_type.objects.filter(app_label=target, model=model).exists():
            content_type.objects.filter(app_label=source, model=model).update(app_label=target)


def relabel_back(apps, schema_editor):
    relabel_content_types(apps, schema_editor, forwards=False)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0003_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("people", "0001_initial"),
        ("taxonomy", "0001_initial"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="AuthorIndexPage",
                    fields=[
                        (
                            "page_ptr",
                            models.OneToOneField(
                                auto_created=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                parent_link=True,
                                primary_key=True,
                                serialize=False,
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                        ("introduction", models.TextField(blank=True)),
                    ],
                    options={"abstract": False, "db_table": "people_authorindexpage"},
                    bases=(
                        wagtail.contrib.routable_page.models.RoutablePageMixin,
                        "wagtailcore.page",
                    ),
                ),
                migrations.CreateModel(
                    name="TermIndexPage",
                    fields=[
                        (
                            "page_ptr",
                            models.OneToOneField(
                                auto_created=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                parent_link=True,
                                primary_key=True,
                                serialize=False,
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                        (
                            "vocabulary",
                            models.CharField(
                                choices=[
                                    ("region", "Region"),
                                    ("theme", "Theme"),
                                    ("report", "In-depth Report"),
                                ],
                                max_length=20,
                            ),
                        ),
                        ("introduction", models.TextField(blank=True)),
                    ],
                    options={"abstract": False, "db_table": "taxonomy_termindexpage"},
                    bases=(
                        wagtail.contrib.routable_page.models.RoutablePageMixin,
                        "wagtailcore.page",
                    ),
                ),
                migrations.CreateModel(
                    name="PinnedArticle",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                        (
                            "page",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                        (
                            "report",
                            modelcluster.fields.ParentalKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="pinned_articles",
                                to="taxonomy.indepthreport",
                            ),
                        ),
                    ],
                    options={
                        "ordering": ["sort_order"],
                        "abstract": False,
                        "db_table": "taxonomy_pinnedarticle",
                    },
                ),
            ],
        ),
        # Now rename the tables to this app's names (sqlite and PostgreSQL both rename in place).
        migrations.AlterModelTable(name="authorindexpage", table=None),
        migrations.AlterModelTable(name="termindexpage", table=None),
        migrations.AlterModelTable(name="pinnedarticle", table=None),
        migrations.RunPython(relabel_content_types, relabel_back),
    ]
