"""Machine-translation operations: queue jobs on publish, run one job, keep human work safe.

A job translates one source-language article into one language through wagtail-localize: it
syncs the TranslationSource from the live article, machine-translates only the segments that
have no translation yet in that language (so unchanged segments and human corrections are
never touched), publishes the translated page, then points its terms and bylines at the same
language's snippets. The source article is only ever read. A failure before the final write
leaves any earlier translation exactly as it was, and the job is retried with backoff.
"""

from __future__ import annotations

import datetime
import logging
import time
from collections import defaultdict

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue

from masthead.translation.engines import get_engine
from masthead.translation.engines.base import EngineUnavailable
from masthead.translation.glossary import Glossary
from masthead.translation.models import TranslationJob
from masthead.translation.policy import translation_refusal
from masthead.translation.segments import translate_segments

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
BACKOFF_BASE_SECONDS = 30


def target_locales(source_locale: Locale) -> list[Locale]:
    codes = [code for code, _name in settings.LANGUAGES if code != source_locale.language_code]
    return list(Locale.objects.filter(language_code__in=codes))


def backoff(attempts: int) -> datetime.timedelta:
    """30 s, 2 min, 8 min, 32 min… between tries."""
    return datetime.timedelta(seconds=BACKOFF_BASE_SECONDS * 4 ** max(0, attempts - 1))


def request_translations(page: Page, locales: list[Locale] | None = None) -> list[TranslationJob]:
    """Queue (or re-queue) one job per target language for a live source-language article."""
    page = page.specific
    locales = locales if locales is not None else target_locales(page.locale)
    jobs = []
    for locale in locales:
        job, _created = TranslationJob.objects.update_or_create(
            source_page=page,
            target_locale=locale,
            defaults={
                "status": TranslationJob.Status.QUEUED,
                "attempts": 0,
                "next_attempt_at": None,
                "last_error": "",
                "source_revision_id": page.live_revision_id,
            },
        )
        jobs.append(job)
    job_ids = [job.pk for job in jobs]
    transaction.on_commit(lambda: _enqueue(job_ids))
    return jobs


def _enqueue(job_ids: list[int], run_after: datetime.datetime | None = None) -> None:
    from masthead.translation.tasks import translate_article

    task = translate_article
    if run_after is not None:
        if not task.get_backend().supports_defer:
            # This backend runs tasks at once; `manage.py retry_translations` picks the job
            # up when its backoff has passed.
            return
        task = task.using(run_after=run_after)
    for job_id in job_ids:
        task.enqueue(job_id)


def run_job(job_id: int) -> TranslationJob:
    """Run one translation job; idempotent (a finished job for the live revision returns)."""
    job = TranslationJob.objects.select_related("target_locale", "source_page").get(pk=job_id)
    source = job.source_page.specific
    if (
        job.status == TranslationJob.Status.SUCCEEDED
        and job.source_revision_id == source.live_revision_id
    ):
        return job
    if not source.live:
        return _finish(job, TranslationJob.Status.REFUSED, "The article is not published.")
    refusal = translation_refusal(source)
    if refusal:
        return _finish(job, TranslationJob.Status.REFUSED, f"Not translated: {refusal}.")
    if _is_unmanaged_human_translation(source, job.target_locale):
        return _finish(job, TranslationJob.Status.SUCCEEDED, "Kept the human translation.")

    engine = get_engine()
    source_code = source.locale.language_code
    target_code = job.target_locale.language_code
    if not engine.supports(source_code, target_code):
        return _finish(
            job,
            TranslationJob.Status.UNAVAILABLE,
            f"No model installed for {source_code}→{target_code}.",
        )

    job.status = TranslationJob.Status.RUNNING
    job.attempts += 1
    job.started_at = timezone.now()
    job.engine_id = engine.engine_id
    job.save(update_fields=["status", "attempts", "started_at", "engine_id"])
    started = time.monotonic()
    try:
        translation, missing = _prepare(source, job.target_locale)
        result = translate_segments(
            source_code,
            target_code,
            list(missing),
            engine=engine,
            glossary=Glossary.for_language(target_code),
        )
        with transaction.atomic():
            _store_machine_translations(translation, missing, result.translations, engine.engine_id)
            translation.save_target(user=None, publish=True)
            target = translation.get_target_instance()
            localize_references(target)
    except EngineUnavailable as exc:
        return _finish(job, TranslationJob.Status.UNAVAILABLE, str(exc))
    except Exception as exc:
        logger.exception("Translation job %s failed", job.pk)
        return _schedule_retry(job, f"{type(exc).__name__}: {exc}")

    job.status = TranslationJob.Status.SUCCEEDED
    job.last_error = ""
    job.next_attempt_at = None
    job.finished_at = timezone.now()
    job.seconds = time.monotonic() - started
    job.source_revision_id = source.live_revision_id
    job.segments_translated = len(missing)
    job.sentences_translated = result.sentences_translated
    job.sentences_from_memory = result.sentences_from_memory
    job.save()
    return job


def _finish(job: TranslationJob, status: str, message: str) -> TranslationJob:
    job.status = status
    job.last_error = message if status != TranslationJob.Status.SUCCEEDED else ""
    job.finished_at = timezone.now()
    job.next_attempt_at = None
    job.save()
    return job


def _schedule_retry(job: TranslationJob, error: str) -> TranslationJob:
    job.last_error = error
    job.finished_at = timezone.now()
    if job.attempts >= MAX_ATTEMPTS:
        job.status = TranslationJob.Status.FAILED
        job.next_attempt_at = None
        job.save()
        return job
    job.status = TranslationJob.Status.RETRYING
    job.next_attempt_at = timezone.now() + backoff(job.attempts)
    job.save()
    run_after = job.next_attempt_at
    transaction.on_commit(lambda: _enqueue([job.pk], run_after=run_after))
    return job


def retry_due_jobs(now: datetime.datetime | None = None) -> int:
    """Re-run jobs whose backoff has passed (for task backends that cannot defer)."""
    now = now or timezone.now()
    due = TranslationJob.objects.filter(
        status=TranslationJob.Status.RETRYING, next_attempt_at__lte=now
    )
    count = 0
    for job_id in due.values_list("pk", flat=True):
        run_job(job_id)
        count += 1
    return count


def _is_unmanaged_human_translation(source: Page, locale: Locale) -> bool:
    """A translated page made by hand (not through wagtail-localize) is never overwritten."""
    exists = Page.objects.filter(translation_key=source.translation_key, locale=locale).exists()
    managed = Translation.objects.filter(
        source__object_id=source.translation_key, target_locale=locale
    ).exists()
    return exists and not managed


def _prepare(source: Page, locale: Locale) -> tuple[Translation, dict[str, list[StringSegment]]]:
    """Sync the source text and find the segments that have no translation in ``locale``."""
    with transaction.atomic():
        translation_source, _created = TranslationSource.update_or_create_from_instance(source)
        translation, _created = Translation.objects.get_or_create(
            source=translation_source, target_locale=locale, defaults={"enabled": True}
        )
    missing: dict[str, list[StringSegment]] = defaultdict(list)
    segments = translation_source.stringsegment_set.select_related("string", "context")
    translated = set(
        StringTranslation.objects.filter(
            locale=locale, context__in={s.context_id for s in segments}
        ).values_list("translation_of_id", "context_id")
    )
    for segment in segments:
        if (segment.string_id, segment.context_id) not in translated:
            missing[segment.string.data].append(segment)
    return translation, missing


def _store_machine_translations(
    translation: Translation,
    missing: dict[str, list[StringSegment]],
    translated: list[str],
    tool_name: str,
) -> None:
    for (source_html, segments), target_html in zip(missing.items(), translated, strict=True):
        # Normalise through wagtail-localize so link ids and tags are what it expects.
        data = StringValue.from_translated_html(target_html).data if target_html else source_html
        for segment in segments:
            StringTranslation.objects.get_or_create(
                translation_of_id=segment.string_id,
                locale=translation.target_locale,
                context_id=segment.context_id,
                defaults={
                    "data": data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MACHINE,
                    "tool_name": tool_name,
                },
            )


def localize_references(target: Page) -> None:
    """Point a translated article's terms and byline at the same language's snippets.

    wagtail-localize copies many-to-many values and child rows from the source, so they
    still name the English terms and authors; readers of /fr/ should see French terms and
    land on /fr/ term and author pages. Missing snippet translations are created (copied,
    to be translated in the admin).
    """
    target = target.specific
    locale = target.locale
    changed = False
    for field in ("regions", "themes", "reports"):
        if not hasattr(target, field):
            continue
        current = list(getattr(target, field).all())
        localized = [_translation_of(item, locale) for item in current]
        if [i.pk for i in localized] != [i.pk for i in current]:
            getattr(target, field).set(localized)
            changed = True
    if changed:
        # modelcluster commits parental many-to-many values named in update_fields.
        target.save(update_fields=["regions", "themes", "reports"], clean=False)
    bylines = target.article_authors.all() if hasattr(target, "article_authors") else []
    for byline in bylines:
        localized_author = _translation_of(byline.author, locale)
        if localized_author.pk != byline.author_id:
            type(byline).objects.filter(pk=byline.pk).update(author=localized_author)


def _translation_of(instance, locale: Locale):
    if instance.locale_id == locale.pk:
        return instance
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return existing
    copy = instance.copy_for_translation(locale)
    copy.save()
    return copy
