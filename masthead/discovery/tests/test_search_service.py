"""The parts of search a reader meets indirectly: reading the query, snippets, settings."""

from __future__ import annotations

import datetime
import re

from django.core.exceptions import ImproperlyConfigured
from django.test import SimpleTestCase, TestCase
from django.utils.http import urlencode

from masthead.discovery.search import (
    MAX_TERMS,
    SearchQuery,
    Sort,
    clean_terms,
    excerpt,
    highlight,
    plain_text,
    postgres_config,
    snippet_for,
)
from masthead.settings.builders import database_from_url, search_backends


class QueryReadingTests(SimpleTestCase):
    def test_words_only_operators_and_punctuation_dropped(self) -> None:
        self.assertEqual(
            clean_terms('"Grain" AND (harbour OR ships) NOT * -- \' OR 1=1; <b>'),
            ["grain", "harbour", "ships", "1", "b"],
        )
        self.assertEqual(clean_terms("L'économie d'Orléans"), ["l", "économie", "d", "orléans"])
        self.assertEqual(clean_terms("snake_case café"), ["snake", "case", "café"])
        self.assertEqual(clean_terms("Москва 北京"), ["москва", "北京"])

    def test_repeated_words_count_once_and_at_most_eight_are_used(self) -> None:
        self.assertEqual(clean_terms("grain Grain GRAIN"), ["grain"])
        self.assertEqual(len(clean_terms(" ".join(f"w{n}" for n in range(50)))), MAX_TERMS)

    def test_filters_are_read_leniently(self) -> None:
        query = SearchQuery.from_params(
            {
                "q": "  grain\x00 ships ",
                "region": "sahel",
                "theme": "not a slug!",
                "from": "2025-02-30",
                "to": "2024-01-31",
                "sort": "date",
            }
        )
        self.assertEqual(query.text, "grain ships")
        self.assertEqual(query.terms, ("grain", "ships"))
        self.assertEqual(query.region, "sahel")
        self.assertEqual(query.theme, "")
        self.assertIsNone(query.date_from)
        self.assertEqual(query.date_to, datetime.date(2024, 1, 31))
        self.assertEqual(query.sort, Sort.DATE)
        self.assertEqual(query.ignored, ("theme", "from"))

    def test_links_keep_the_query_and_change_one_thing(self) -> None:
        query = SearchQuery.from_params({"q": "grain & ships", "region": "sahel", "sort": "date"})
        self.assertEqual(
            query.url(theme="energy"),
            "?"
            + urlencode(
                {"q": "grain & ships", "region": "sahel", "sort": "date", "theme": "energy"}
            ),
        )
        self.assertEqual(query.url(region=None), "?q=grain+%26+ships&sort=date")
        self.assertEqual(query.url(from_="2024-01-01"), query.url() + "&from=2024-01-01")

    def test_long_queries_are_cut_between_words(self) -> None:
        query = SearchQuery.from_params({"q": "grain " * 300})
        self.assertTrue(query.shortened)
        self.assertEqual(query.terms, ("grain",))
        self.assertLessEqual(len(query.text), 200)
        self.assertFalse(query.text.endswith("gra"))


class SnippetTests(SimpleTestCase):
    def test_escapes_first_then_marks(self) -> None:
        self.assertEqual(
            highlight("<script>alert('x')</script> Fish & chips amp up", ["script", "amp"]),
            "&lt;<mark>script</mark>&gt;alert(&#x27;x&#x27;)&lt;/<mark>script</mark>&gt; "
            "Fish &amp; chips <mark>amp</mark> up",
        )

    def test_marks_whole_words_in_any_case_and_accent_and_word_forms(self) -> None:
        self.assertEqual(
            highlight(
                "Economie, ÉCONOMIES and the economist; RUNNING runs run", ["économie", "run"]
            ),
            "<mark>Economie</mark>, <mark>ÉCONOMIES</mark> and the economist; "
            "<mark>RUNNING</mark> <mark>runs</mark> <mark>run</mark>",
        )
        # Words of one or two letters match exactly, never as a prefix.
        self.assertEqual(highlight("a an and", ["a"]), "<mark>a</mark> an and")

    def test_excerpt_is_a_window_around_the_first_match(self) -> None:
        text = " ".join(f"w{n}" for n in range(100)) + " the grain ships wait"
        snippet = excerpt(text, ["grain"], length=12)
        self.assertTrue(snippet.startswith("… "))
        self.assertIn("<mark>grain</mark> ships wait", snippet)
        self.assertNotIn("w80", snippet)
        self.assertEqual(excerpt("short text", ["absent"]), "short text")


class ArticleSnippetTests(TestCase):
    def test_article_snippets_read_only_as_far_as_they_show(self) -> None:
        from wagtail.rich_text import RichText

        from masthead.articles.models import ArticlePage

        filler = " ".join(f"w{n}" for n in range(400))
        body = [
            ("paragraph", RichText(f"<p>{filler} the <b>grain</b> ships wait {filler}</p>")),
            ("quote", {"text": "Grain everywhere", "attribution": "A trader"}),
            ("paragraph", RichText("<p>Unread tail about harbours.</p>")),
        ]
        article = ArticlePage(title="T", lead="<p>A lead about ports.</p>", body=body)
        snippet = snippet_for(article, ["grain"])
        self.assertTrue(snippet.startswith("… "))
        self.assertTrue(snippet.endswith(" …"))  # the text goes on
        self.assertIn("the <mark>grain</mark> ships wait", snippet)
        self.assertNotIn("Unread tail", plain_text(article, until=re.compile("grain")))
        # A word found in the lead; a word found nowhere: the whole text, from the start.
        self.assertIn("<mark>ports</mark>", snippet_for(article, ["ports"]))
        self.assertIn("Unread tail", plain_text(article, until=re.compile("absent")))
        self.assertTrue(snippet_for(article, ["absent"]).startswith("A lead about ports. w0"))
        # Texts without a full stop (a quote, its attribution) do not run into the next one.
        self.assertIn("Grain everywhere · A trader · Unread tail", plain_text(article))
        # An ellipsis says the text goes on; a lead ending without a full stop does not.
        words = " ".join(f"w{n}" for n in range(50))
        unpunctuated = ArticlePage(title="T", lead=f"<p>{words}</p>", body=[])
        self.assertTrue(snippet_for(unpunctuated, ["w23"]).endswith("w49"))


class SettingsTests(SimpleTestCase):
    def test_postgres_stemming_per_language(self) -> None:
        self.assertEqual(postgres_config("fr"), "french")
        self.assertEqual(postgres_config("ru"), "russian")
        self.assertEqual(postgres_config("pt-br"), "portuguese")
        self.assertEqual(postgres_config("zh-hans"), "simple")
        self.assertEqual(postgres_config("uk"), "simple")

    def test_database_url(self) -> None:
        self.assertEqual(
            database_from_url("postgres://news:p%40ss@db.internal:6543/masthead?sslmode=require"),
            {
                "ENGINE": "django.db.backends.postgresql",
                "NAME": "masthead",
                "USER": "news",
                "PASSWORD": "p@ss",
                "HOST": "db.internal",
                "PORT": "6543",
                "OPTIONS": {"sslmode": "require"},
                "CONN_HEALTH_CHECKS": True,
            },
        )
        with self.assertRaises(ImproperlyConfigured):
            database_from_url("mysql://x@y/z")

    def test_search_backend_selection(self) -> None:
        self.assertEqual(
            search_backends("database", [], "m_"),
            {"default": {"BACKEND": "masthead.discovery.search"}},
        )
        opensearch = search_backends("opensearch", ["http://search:9200"], "m_")["default"]
        self.assertEqual(opensearch["BACKEND"], "wagtail.search.backends.opensearch3")
        self.assertEqual(opensearch["URLS"], ["http://search:9200"])
        self.assertEqual(opensearch["INDEX_PREFIX"], "m_")
        self.assertEqual(
            search_backends("elasticsearch8", ["http://es:9200"], "")["default"]["BACKEND"],
            "wagtail.search.backends.elasticsearch8",
        )
        with self.assertRaises(ImproperlyConfigured):
            search_backends("opensearch", [], "m_")
        with self.assertRaises(ImproperlyConfigured):
            search_backends("solr", ["http://x"], "m_")
