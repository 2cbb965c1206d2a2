"""Digests: built from what was published since the last one, per topic and per language."""

from __future__ import annotations

import datetime

from django.utils import timezone

from masthead.articles.models import ArticlePage
from masthead.newsletters import issues, sending
from masthead.newsletters.factories import SubscriberFactory
from masthead.newsletters.models import Issue
from masthead.newsletters.render import IssueContent
from masthead.newsletters.tests.support import NewsletterTestCase
from masthead.testing import publish_article, translate

NOW = datetime.datetime(2026, 3, 10, 9, 0, tzinfo=datetime.UTC)


def published_at(page: ArticlePage, when: datetime.datetime) -> None:
    ArticlePage.objects.filter(pk=page.pk).update(first_published_at=when)


class DigestBuilderTests(NewsletterTestCase):
    def article(self, title: str, when: datetime.datetime, **fields: object) -> ArticlePage:
        page = publish_article(
            self.outlet, title=title, slug=title.lower().replace(" ", "-"), **fields
        )
        published_at(page, when)
        return page

    def titles(self, issue: Issue | None) -> list[str]:
        assert issue is not None
        return [page.title for page in issue.articles()]

    def test_a_digest_holds_exactly_what_was_published_since_the_last(self) -> None:
        self.article("Old dam report", NOW - datetime.timedelta(days=3))
        self.article("River levels", NOW - datetime.timedelta(hours=5))
        Issue.objects.create(
            kind="weekly",
            subject="Last week",
            status=Issue.Status.SENT,
            covers_until=NOW - datetime.timedelta(days=1),
        )
        first = issues.build_digest("weekly", now=NOW)
        self.assertEqual(self.titles(first), ["River levels"])
        self.article("Late harvest", NOW + datetime.timedelta(hours=1))
        second = issues.build_digest("weekly", now=NOW + datetime.timedelta(hours=2))
        self.assertEqual(self.titles(second), ["Late harvest"])
        # Nothing new: no empty digest.
        self.assertIsNone(issues.build_digest("weekly", now=NOW + datetime.timedelta(hours=3)))
        # Each frequency keeps its own last issue: the daily one starts a day back.
        daily = issues.build_digest("daily", now=NOW + datetime.timedelta(hours=3))
        self.assertEqual(self.titles(daily), ["Late harvest", "River levels"])

    def test_a_translation_published_later_is_not_news_again(self) -> None:
        original = self.article("Grain corridor", NOW - datetime.timedelta(hours=36))
        first = issues.build_digest("daily", now=NOW - datetime.timedelta(days=1))
        self.assertEqual(self.titles(first), ["Grain corridor"])
        french = translate(original, "fr", title="Le corridor du grain")
        published_at(french, NOW - datetime.timedelta(hours=2))
        self.assertIsNone(issues.build_digest("daily", now=NOW))

    def test_readers_get_their_topics_and_their_language(self) -> None:
        sahel_piece = self.article(
            "Wells in the Sahel", NOW - datetime.timedelta(hours=3), regions=[self.sahel]
        )
        self.article("Andes glaciers", NOW - datetime.timedelta(hours=2), regions=[self.andes])
        translate(sahel_piece, "fr", title="Des puits au Sahel")
        everything = SubscriberFactory.create(email="all@inbox.example")
        sahel_fr = SubscriberFactory.create(
            email="sahel@inbox.example", everything=False, language="fr"
        )
        sahel_fr.regions.set([self.sahel])
        water_only = SubscriberFactory.create(email="water@inbox.example", everything=False)
        water_only.themes.set([self.water])
        SubscriberFactory.create(email="daily@inbox.example", frequency="daily")

        issue = issues.build_digest("weekly", now=NOW)
        self.assertEqual(self.titles(issue), ["Andes glaciers", "Wells in the Sahel"])
        assert issue is not None
        readers = set(sending.recipients(issue, "weekly").values_list("email", flat=True))
        self.assertEqual(readers, {"all@inbox.example", "sahel@inbox.example"})

        content = IssueContent.load(issue)
        ids = content.matching(sahel_fr, sahel_fr.topic_keys())
        french = content.render("fr", ids).for_token("T")
        self.assertIn("Des puits au Sahel", french.text)
        self.assertIn("/fr/articles/wells-in-the-sahel/", french.text)
        self.assertNotIn("Andes", french.text)
        english = content.render("en", content.matching(everything, None)).for_token("T")
        self.assertIn("Andes glaciers", english.html)
        self.assertIn("/articles/wells-in-the-sahel/", english.html)
        self.assertNotIn("/fr/", english.html)
        # The HTML's CSS is inlined, and no tracking pixel or redirecting link is in it.
        self.assertIn('style="', english.html)
        self.assertNotIn("<img", english.html)
        self.assertNotIn("<style", english.html)

    def test_the_schedule_builds_a_digest_for_review_then_sends_it(self) -> None:
        self.article("Harbour strike ends", timezone.now() - datetime.timedelta(hours=1))
        SubscriberFactory.create(email="weekly@inbox.example")
        now = timezone.now()
        with self.captureOnCommitCallbacks(execute=True):
            outcome = issues.build_and_send_due(now)
        self.assertEqual(outcome, {"built": 1, "sent": 0})
        issue = Issue.objects.get(kind="weekly")
        self.assertEqual(issue.status, Issue.Status.SCHEDULED)
        self.assertEqual(issue.send_at, now + datetime.timedelta(minutes=60))
        # Editors edit it meanwhile; the next run does not build a second one.
        with self.captureOnCommitCallbacks(execute=True):
            self.assertEqual(
                issues.build_and_send_due(now + datetime.timedelta(minutes=5)),
                {"built": 0, "sent": 0},
            )
            later = now + datetime.timedelta(minutes=61)
            self.assertEqual(issues.build_and_send_due(later), {"built": 0, "sent": 1})
        issue.refresh_from_db()
        self.assertEqual(issue.status, Issue.Status.SENT)
        self.assertEqual(issue.recipients, 1)

    def test_a_special_issue_is_one_article_for_every_reader(self) -> None:
        piece = self.article("Election night", NOW, regions=[self.andes])
        SubscriberFactory.create(email="d@inbox.example", frequency="daily")
        topic = SubscriberFactory.create(email="t@inbox.example", everything=False)
        topic.regions.set([self.sahel])
        issue = issues.special_issue(piece, intro="Our live coverage.")
        self.assertEqual(self.titles(issue), ["Election night"])
        self.assertEqual(issue.subject, "Election night")
        with self.captureOnCommitCallbacks(execute=True):
            self.assertEqual(sending.send_issue(issue), 2)
