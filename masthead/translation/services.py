"""Machine-translation operations: queue jobs on publish, run one job, keep human work safe.

A job translates one source-language article into one language through wagtail-localize: it
syncs the TranslationSource from the live article, machine-translates only the segments that
have no translation yet in that language (so unchanged segments and human corrections are
never touched), publishes the translated page, then points its terms and bylines at the same
language's snippets. The source article is only ever read. A failure before the final write
leaves any earlier translation exactly as it was, and the job is retried with backoff;
errors that a retry cannot fix fail the job at once with a message for editors. A run holds
its job through a lease (leases.py), so a job whose worker died is taken up again.
"""

from __future__ import annotations

import datetime
import logging
import time
from collections import defaultdict
from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail.search import index as search_index
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue

from masthead.translation import leases
from masthead.translation.engines import get_engine
from masthead.translation.engines.base import EngineUnavailable, TranslationEngine
from masthead.translation.glossary import Glossary
from masthead.translation.limits import field_limit, fit_text, review_note
from masthead.translation.models import TranslationJob
from masthead.translation.policy import translation_refusal
from masthead.translation.segments import SegmentsResult, translate_segments
from masthead.translation.signals import jobs_queued, objects_written
from masthead.translation.status import Origin, translation_origins

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
                "notes": "",
                "source_revision_id": page.live_revision_id,
            },
        )
        jobs.append(job)
    _announce_queued([job.pk for job in jobs])
    return jobs


def _announce_queued(job_ids: list[int], run_after: datetime.datetime | None = None) -> None:
    """After the commit, tell tasks.py these jobs want a run (now, or after ``run_after``)."""
    transaction.on_commit(
        lambda: jobs_queued.send(sender=TranslationJob, job_ids=job_ids, run_after=run_after)
    )


def run_job(job_id: int, *, task_result_id: str = "") -> TranslationJob:
    """Run one translation job; idempotent (a finished job for the live revision returns)."""
    job = TranslationJob.objects.select_related("target_locale", "source_page").get(pk=job_id)
    source = job.source_page.specific
    if (
        job.status == TranslationJob.Status.SUCCEEDED
        and job.source_revision_id == source.live_revision_id
    ):
        return job
    if _held_elsewhere(job):
        return job  # a duplicate task: the run holding the lease will finish it
    if not source.live:
        return _finish(job, TranslationJob.Status.REFUSED, "The article is not published.")
    refusal = translation_refusal(source)
    if refusal:
        return _finish(job, TranslationJob.Status.REFUSED, f"Not translated: {refusal}.")
    if _is_unmanaged_human_translation(source, job.target_locale):
        return _finish(job, TranslationJob.Status.SUCCEEDED, "Kept the human translation.")

    try:
        engine = get_engine()
    except (ImproperlyConfigured, ImportError) as exc:
        return _finish(
            job,
            TranslationJob.Status.FAILED,
            f"The translation engine is not set up correctly; ask an administrator. ({exc})",
        )
    source_code = source.locale.language_code
    target_code = job.target_locale.language_code
    if not engine.supports(source_code, target_code):
        return _finish(
            job,
            TranslationJob.Status.UNAVAILABLE,
            f"No model installed for {source_code}→{target_code}.",
        )

    token = leases.claim(job, task_result_id=task_result_id)
    if token is None:
        return job
    job.attempts += 1
    job.engine_id = engine.engine_id
    job.save(update_fields=["attempts", "engine_id"])
    expires = job.lease_expires_at
    leases.announce_lease(job.pk, token, expires)
    started = time.monotonic()
    with leases.Heartbeat(job.pk, token):
        try:
            missing, result, notes = _translate_and_publish(job, source, engine, token)
        except leases.LeaseLost:
            logger.warning("Translation job %s was taken over; this run stops.", job.pk)
            job.refresh_from_db()
            return job
        except EngineUnavailable as exc:
            return _release(job, token, status=TranslationJob.Status.UNAVAILABLE, error=str(exc))
        except Exception as exc:
            permanent = _permanent_error(exc)
            if permanent:
                logger.warning("Translation job %s failed for good: %s", job.pk, permanent)
                return _release(job, token, status=TranslationJob.Status.FAILED, error=permanent)
            logger.exception("Translation job %s failed", job.pk)
            return _schedule_retry(job, token, f"{type(exc).__name__}: {exc}")

    return _release(
        job,
        token,
        status=TranslationJob.Status.SUCCEEDED,
        notes=notes,
        seconds=time.monotonic() - started,
        source_revision_id=source.live_revision_id,
        segments_translated=len(missing),
        sentences_translated=result.sentences_translated,
        sentences_from_memory=result.sentences_from_memory,
    )


def _translate_and_publish(
    job: TranslationJob, source: Page, engine: TranslationEngine, token: str
) -> tuple[dict[str, list[StringSegment]], SegmentsResult, str]:
    """Translate the missing segments, then write everything in one transaction."""
    translation, missing = _prepare(source, job.target_locale)
    target_code = job.target_locale.language_code
    result = translate_segments(
        source.locale.language_code,
        target_code,
        list(missing),
        engine=engine,
        glossary=Glossary.for_language(target_code),
    )
    # Wagtail queues a reference-index task per saved row, and publishing replaces the
    # byline rows saved a moment before: those tasks would fail on rows that no longer
    # exist. Index the final page once instead, after the commit.
    # A fresh lease for the write, whatever the heartbeat managed while the engine ran.
    if not leases.renew(job.pk, token):
        raise leases.LeaseLost(f"Translation job {job.pk} was taken over by another run.")
    with disable_reference_index_auto_update(), transaction.atomic():
        leases.assert_held(job.pk, token)
        notes = _store_machine_translations(
            translation, missing, result.translations, engine.engine_id, type(source)
        )
        _save_target(translation)
        target = translation.get_target_instance()
        created = localize_references(target)
        # Each save above queued a search-index task for the new page; two workers running
        # two of them at once would both insert its first index entry, and one would fail.
        # Writing the entry here, inside the job's transaction, leaves them only updates.
        search_index.insert_or_update_object(target.specific)
        # wagtail-localize publishes on commit: that ran above, still without index tasks.
    _update_reference_index_on_commit([target, *created])
    return missing, result, notes


def _save_target(translation: Translation) -> None:
    try:
        translation.save_target(user=None, publish=True)
    except AttributeError as exc:
        # wagtail-localize reads ``error_dict`` off every ValidationError it catches; one
        # raised with a plain message makes that handler crash. Report the real error.
        if isinstance(exc.__context__, ValidationError):
            raise exc.__context__ from None
        raise


def _permanent_error(exc: Exception) -> str:
    """An editor's message when retrying cannot help, or "" for a transient failure."""
    if isinstance(exc, ValidationError):
        if hasattr(exc, "error_dict"):
            problems = [
                f"{field.replace('_', ' ')}: {' '.join(messages)}"
                for field, messages in exc.message_dict.items()
            ]
        else:
            problems = exc.messages
        problems = [problem.rstrip(". ") for problem in problems]
        return (
            "The translated page could not be saved: "
            + "; ".join(problems)
            + ". Correct the translation in the editor, then re-run."
        )
    if isinstance(exc, ValueError):
        return (
            "The machine translation could not be fitted back into the article's layout "
            f"({exc}). Translate the affected text in the editor, then re-run."
        )
    if isinstance(exc, Page.DoesNotExist | TranslationSource.DoesNotExist):
        return "The article or its translated page no longer exists."
    return ""


def _update_reference_index_on_commit(objects: list) -> None:
    """After the commit, have the written objects' reference-index entries renewed (tasks.py)."""
    transaction.on_commit(lambda: objects_written.send(sender=TranslationJob, objects=objects))


def _held_elsewhere(job: TranslationJob) -> bool:
    return bool(
        job.status == TranslationJob.Status.RUNNING
        and job.lease_expires_at
        and job.lease_expires_at > timezone.now()
    )


def _finish(job: TranslationJob, status: str, message: str) -> TranslationJob:
    job.status = status
    job.last_error = message if status != TranslationJob.Status.SUCCEEDED else ""
    job.finished_at = timezone.now()
    job.next_attempt_at = None
    job.save()
    return job


def _release(
    job: TranslationJob, token: str, *, status: str, error: str = "", **fields: Any
) -> TranslationJob:
    """End this run: write the outcome only if the run still holds the job."""
    now = timezone.now()
    updated = TranslationJob.objects.filter(pk=job.pk, lease_token=token).update(
        status=status,
        last_error=error,
        finished_at=now,
        next_attempt_at=fields.pop("next_attempt_at", None),
        lease_token="",
        lease_expires_at=None,
        **fields,
    )
    job.refresh_from_db()
    if not updated:
        logger.warning("Translation job %s: outcome dropped, another run holds it.", job.pk)
    return job


def _schedule_retry(job: TranslationJob, token: str, error: str) -> TranslationJob:
    if job.attempts >= MAX_ATTEMPTS:
        return _release(job, token, status=TranslationJob.Status.FAILED, error=error)
    run_after = timezone.now() + backoff(job.attempts)
    job = _release(
        job, token, status=TranslationJob.Status.RETRYING, error=error, next_attempt_at=run_after
    )
    if job.status == TranslationJob.Status.RETRYING:
        _announce_queued([job.pk], run_after=run_after)
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


def recover_abandoned_jobs() -> list[int]:
    """Queue again the jobs whose worker died (their lease ran out); see leases.py."""
    return leases.reclaim_expired()


def _is_unmanaged_human_translation(source: Page, locale: Locale) -> bool:
    """A translated page made by hand (not through wagtail-localize) is never overwritten."""
    code = locale.language_code
    if not Page.objects.filter(translation_key=source.translation_key, locale=locale).exists():
        return False
    return translation_origins(source.translation_key, [code])[code] == Origin.HUMAN


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
    model: type,
) -> str:
    """Store the machine translations, fitted to their fields; returns what was changed."""
    notes = []
    for (source_html, segments), target_html in zip(missing.items(), translated, strict=True):
        # Normalise through wagtail-localize so link ids and tags are what it expects.
        data = StringValue.from_translated_html(target_html).data if target_html else source_html
        for segment in segments:
            segment_data, segment_tool = data, tool_name
            limit = field_limit(model, segment.context.path)
            if limit is not None:
                source_text = StringValue(source_html).render_text()
                fitted = fit_text(
                    StringValue(data).render_text(),
                    source_text,
                    limit.max_length,
                    is_slug=limit.is_slug,
                )
                if fitted.action:
                    segment_data = StringValue.from_plaintext(fitted.text).data
                    segment_tool = review_note(tool_name, limit, fitted)
                    notes.append(segment_tool.split(" — ", 1)[-1])
            StringTranslation.objects.get_or_create(
                translation_of_id=segment.string_id,
                locale=translation.target_locale,
                context_id=segment.context_id,
                defaults={
                    "data": segment_data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MACHINE,
                    "tool_name": segment_tool,
                },
            )
    return ". ".join(notes) + ("." if notes else "")


def localize_references(target: Page) -> list:
    """Point a translated article's terms and byline at the same language's snippets.

    wagtail-localize copies many-to-many values and child rows from the source, so they
    still name the English terms and authors; readers of /fr/ should see French terms and
    land on /fr/ term and author pages. Missing snippet translations are created (copied,
    to be translated in the admin); they are returned.
    """
    target = target.specific
    locale = target.locale
    changed = False
    created: list = []
    for field in ("regions", "themes", "reports"):
        if not hasattr(target, field):
            continue
        current = list(getattr(target, field).all())
        localized = [_translation_of(item, locale, created) for item in current]
        if [i.pk for i in localized] != [i.pk for i in current]:
            getattr(target, field).set(localized)
            changed = True
    if changed:
        # modelcluster commits parental many-to-many values named in update_fields.
        target.save(update_fields=["regions", "themes", "reports"], clean=False)
    bylines = target.article_authors.all() if hasattr(target, "article_authors") else []
    for byline in bylines:
        localized_author = _translation_of(byline.author, locale, created)
        if localized_author.pk != byline.author_id:
            # In place: the row keeps its id, so no queued work is left pointing at nothing.
            type(byline).objects.filter(pk=byline.pk).update(author=localized_author)
    return created


def _translation_of(instance: Any, locale: Locale, created: list[Any]) -> Any:
    if instance.locale_id == locale.pk:
        return instance
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return existing
    copy = instance.copy_for_translation(locale)
    copy.save()
    created.append(copy)
    return copy
