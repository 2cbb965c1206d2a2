"""Where each language of an article stands, for readers (menu) and editors (admin)."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation

from masthead.translation.engines import get_engine
from masthead.translation.limits import REVIEW_MARK, describe
from masthead.translation.models import TranslationJob
from masthead.translation.policy import translation_refusal


class State:
    UP_TO_DATE = "up to date"
    OUTDATED = "outdated"
    IN_PROGRESS = "in progress"
    FAILED = "failed"
    EDITED = "edited by hand"
    HUMAN = "human translation"
    REFUSED = "not translated (licence)"
    UNAVAILABLE = "no model"
    MISSING = "not translated"


class Origin:
    """How an existing translated version of a page came to be."""

    MACHINE = "machine"  # made through wagtail-localize (our jobs), untouched since
    CORRECTED = "corrected"  # made through wagtail-localize, then corrected by hand
    HUMAN = "human"  # written by hand, outside wagtail-localize: never overwritten


def translation_origins(
    translation_key: uuid.UUID | str, language_codes: Collection[str]
) -> dict[str, str]:
    """The ``Origin`` of each version of a page, for the languages where a version exists.

    The one rule for "managed by wagtail-localize / corrected by hand / human", used by the
    jobs (a human translation is kept), the editors' screen and the reader's notice.
    """
    if not language_codes:
        return {}
    managed = set(
        Translation.objects.filter(
            source__object_id=translation_key,
            target_locale__language_code__in=language_codes,
        ).values_list("target_locale__language_code", flat=True)
    )
    corrected = (
        set(
            StringTranslation.objects.filter(
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                context__object_id=translation_key,
                locale__language_code__in=managed,
            ).values_list("locale__language_code", flat=True)
        )
        if managed
        else set()
    )
    return {
        code: Origin.HUMAN
        if code not in managed
        else Origin.CORRECTED
        if code in corrected
        else Origin.MACHINE
        for code in language_codes
    }


@dataclass
class LanguageState:
    code: str
    name: str
    state: str
    page: Page | None
    job: TranslationJob | None
    detail: str = ""
    # Machine-translated fields changed to fit their limits, until an editor corrects them.
    reviews: list[str] = field(default_factory=list)


def unavailable_reasons(page: Page) -> dict[str, str]:
    """For the reader's menu: why a language has no version of this page yet."""
    not_yet = _("not available yet")
    specific = page.specific
    refusal = translation_refusal(specific)
    if refusal:
        return {
            code: _("not offered: %(reason)s") % {"reason": refusal}
            for code, _n in settings.LANGUAGES
        }
    in_progress = set(
        TranslationJob.objects.filter(
            source_page__translation_key=page.translation_key,
            status__in=[
                TranslationJob.Status.QUEUED,
                TranslationJob.Status.RUNNING,
                TranslationJob.Status.RETRYING,
            ],
        ).values_list("target_locale__language_code", flat=True)
    )
    return {
        code: _("translation in progress") if code in in_progress else not_yet
        for code, _name in settings.LANGUAGES
    }


def article_language_states(source: Page) -> list[LanguageState]:
    """One row per target language of a source-language article, for the editors' screen."""
    specific = source.specific
    refusal = translation_refusal(specific)
    versions = {
        p.locale.language_code: p
        for p in Page.objects.filter(translation_key=source.translation_key)
        .exclude(pk=source.pk)
        .select_related("locale")
    }
    jobs = {
        job.target_locale.language_code: job
        for job in TranslationJob.objects.filter(source_page=source).select_related("target_locale")
    }
    origins = translation_origins(source.translation_key, list(versions))
    reviews: dict[str, list[str]] = {}
    marked = StringTranslation.objects.filter(
        context__object_id=source.translation_key,
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
        tool_name__contains=REVIEW_MARK,
    ).values_list("locale__language_code", "tool_name")
    for code, tool_name in marked:
        reviews.setdefault(code, []).append(describe(tool_name))
    rows = []
    for code, name in settings.LANGUAGES:
        if code == source.locale.language_code:
            continue
        page, job = versions.get(code), jobs.get(code)
        detail = job.last_error if job and job.last_error else ""
        if refusal:
            state, detail = State.REFUSED, refusal
        elif page is not None and origins[code] == Origin.HUMAN:
            state = State.HUMAN
        elif job and job.status == TranslationJob.Status.FAILED:
            state = State.FAILED
        elif job and job.status in (
            TranslationJob.Status.QUEUED,
            TranslationJob.Status.RUNNING,
            TranslationJob.Status.RETRYING,
        ):
            state = State.IN_PROGRESS if page is None else State.OUTDATED
        elif job and job.status == TranslationJob.Status.UNAVAILABLE:
            state = State.UNAVAILABLE
        elif page is not None and origins[code] == Origin.CORRECTED:
            state = State.EDITED
        elif page is not None and job and job.source_revision_id == source.live_revision_id:
            state = State.UP_TO_DATE
        elif page is not None:
            state = State.OUTDATED
        else:
            engine_ok = _engine_supports(source.locale.language_code, code)
            state = State.MISSING if engine_ok else State.UNAVAILABLE
        rows.append(
            LanguageState(code, name, state, page, job, detail, sorted(reviews.get(code, [])))
        )
    return rows


def _engine_supports(source: str, target: str) -> bool:
    try:
        return get_engine().supports(source, target)
    except Exception:  # noqa: BLE001 — a misconfigured engine must not break the admin
        return False


@dataclass
class FailedTask:
    """A background task (ours or Wagtail's) that ended in an error, for the jobs report."""

    id: str
    name: str
    arguments: str
    finished_at: object
    error: str
    traceback: str


def failed_background_tasks(limit: int = 50) -> tuple[int, list[FailedTask]]:
    """How many task rows failed in the database task backend, and the newest ``limit``.

    Empty where another task backend is configured (it keeps its own records).
    """
    from django.apps import apps

    if not apps.is_installed("django_tasks_db"):
        return 0, []
    from django_tasks import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    failed = DBTaskResult.objects.filter(status=TaskResultStatus.FAILED)
    rows = []
    for row in failed.order_by("-finished_at")[:limit]:
        lines = [line for line in row.traceback.strip().splitlines() if line.strip()]
        arguments = ", ".join(repr(a) for a in row.args_kwargs.get("args", []))
        rows.append(
            FailedTask(
                id=str(row.id),
                name=row.task_path.rsplit(".", 1)[-1],
                arguments=arguments,
                finished_at=row.finished_at,
                error=lines[-1] if lines else row.exception_class_path,
                traceback=row.traceback,
            )
        )
    return failed.count(), rows
