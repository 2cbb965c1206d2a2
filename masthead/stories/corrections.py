"""What editors do with a flag: read the diff, apply the correction with a note, or dismiss it.

Applying carries the partner's change into our article where our text still reads as theirs
did (paragraph by paragraph), publishes that as a new revision, and adds a dated "Updated" or
"Correction" note that every language version shows. Publishing re-queues the machine
translations; translations made by hand are never overwritten (decision 0025).
"""

from __future__ import annotations

import difflib
import html
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Page
from wagtail.rich_text import RichText

from masthead.articles.models import ArticlePage
from masthead.stories.models import CorrectionFlag, CorrectionNote
from masthead.stories.text import Unit, article_units, paragraphs


class FlagAlreadyResolved(Exception):
    """The flag was applied or dismissed already (by another editor, or a second click)."""


class DraftInTheWay(Exception):
    """Our article has a draft not yet published: publishing the correction would publish it
    too, or bury it. The editor publishes or discards the draft first, or adds the note only."""


# --- Reading the change ---------------------------------------------------------------------------


def _word_diff(before: str, after: str) -> str:
    old, new = before.split(" "), after.split(" ")
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(html.escape(" ".join(old[i1:i2])))
            continue
        if i2 > i1:
            out.append(f"<del>{html.escape(' '.join(old[i1:i2]))}</del>")
        if j2 > j1:
            out.append(f"<ins>{html.escape(' '.join(new[j1:j2]))}</ins>")
    return " ".join(out)


def diff_html(before: str, after: str) -> SafeString:
    """The change from ``before`` to ``after`` paragraph by paragraph, words marked with
    <del> and <ins>; unchanged paragraphs shown once, plainly. Everything is escaped."""
    old, new = paragraphs(before), paragraphs(after)
    rows = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op == "equal":
            rows += [f'<p class="diff-same">{html.escape(text)}</p>' for text in old[i1:i2]]
        elif op == "replace" and i2 - i1 == j2 - j1:
            rows += [
                f'<p class="diff-changed">{_word_diff(a, b)}</p>'
                for a, b in zip(old[i1:i2], new[j1:j2], strict=True)
            ]
        else:
            rows += [f'<p class="diff-removed"><del>{html.escape(t)}</del></p>' for t in old[i1:i2]]
            rows += [f'<p class="diff-added"><ins>{html.escape(t)}</ins></p>' for t in new[j1:j2]]
    return mark_safe("\n".join(rows))  # noqa: S308 (every piece of text is escaped above)


# --- Carrying their change into our text ----------------------------------------------------------


@dataclass
class Patch:
    """Their change mapped onto our paragraphs."""

    replace: dict[int, list[str]] = field(default_factory=dict)  # unit index -> new texts
    after: dict[int, list[str]] = field(default_factory=dict)  # unit index -> inserted texts
    placed: int = 0
    unplaced: list[str] = field(default_factory=list)  # their new texts we could not place

    @property
    def changes(self) -> int:
        return self.placed


def plan_patch(units: list[Unit], before: str, after: str) -> Patch:
    """Where each changed paragraph of theirs stands in ours (found by its old wording)."""
    where: dict[str, int] = {}
    for index, unit in enumerate(units):
        where.setdefault(unit.text, index)
    old, new = paragraphs(before), paragraphs(after)
    patch = Patch()
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        if op == "insert":
            anchor = where.get(old[i1 - 1]) if i1 > 0 else None
            if anchor is None:
                patch.unplaced += new[j1:j2]
            else:
                patch.after.setdefault(anchor, []).extend(new[j1:j2])
                patch.placed += 1
            continue
        found = [where.get(text) for text in old[i1:i2]]
        ours = [index for index in found if index is not None]
        if len(ours) != len(found):
            patch.unplaced += new[j1:j2] or [f"Removed by them: {text}" for text in old[i1:i2]]
            continue
        first, *rest = ours
        patch.replace[first] = new[j1:j2]
        for index in rest:
            patch.replace[index] = []
        patch.placed += 1
    return patch


def _paragraph_html(text: str) -> str:
    return f"<p>{html.escape(text, quote=False)}</p>"


def apply_patch(page: ArticlePage, patch: Patch) -> None:
    """Rewrite ``page``'s lead and body (in memory) as ``patch`` says."""
    units = article_units(page)
    blocks: list[list[Any]] = [[block.block_type, block.value] for block in page.body]
    pieces: dict[int, list[str]] = {}  # rich-text block -> its paragraphs' HTML
    extra: dict[int, list[str]] = {}  # block -> paragraphs to add after it
    lead_extra: list[str] = []
    for index, unit in enumerate(units):
        texts = patch.replace.get(index)
        inserted = patch.after.get(index, [])
        if unit.kind == "lead":
            if texts is not None:
                page.lead = _paragraph_html(texts[0]) if texts else ""
                lead_extra += texts[1:]
            lead_extra += inserted
        elif unit.kind == "paragraph":
            kept = [unit.html] if texts is None else [_paragraph_html(t) for t in texts]
            pieces.setdefault(unit.block, []).extend(kept + [_paragraph_html(t) for t in inserted])
        else:
            if texts is not None:
                value = blocks[unit.block][1]
                if texts and unit.kind == "quote":
                    value["text"] = texts[0]
                elif texts:
                    blocks[unit.block][1] = texts[0]
                else:
                    blocks[unit.block] = []  # removed
                extra.setdefault(unit.block, []).extend(texts[1:])
            extra.setdefault(unit.block, []).extend(inserted)
    body: list[tuple[str, Any]] = [("paragraph", RichText(_paragraph_html(t))) for t in lead_extra]
    for index, block in enumerate(blocks):
        if index in pieces:
            if pieces[index]:
                body.append(("paragraph", RichText("".join(pieces[index]))))
        elif block:
            body.append((block[0], block[1]))
        body += [("paragraph", RichText(_paragraph_html(t))) for t in extra.get(index, [])]
    page.body = body


# --- Editors' decisions ---------------------------------------------------------------------------


def _pending(flag: CorrectionFlag) -> CorrectionFlag:
    locked = CorrectionFlag.objects.select_for_update().get(pk=flag.pk)
    if locked.status != CorrectionFlag.Status.PENDING:
        raise FlagAlreadyResolved(locked.get_status_display())
    return locked


def apply_correction(
    flag: CorrectionFlag, *, kind: str, note: str, user: Any = None, update_text: bool = True
) -> CorrectionNote:
    """Publish our article with their change carried in (unless ``update_text`` is False, when
    an editor has already edited it by hand) and the dated note readers see in every language."""
    with transaction.atomic():
        flag = _pending(flag)
        page = ArticlePage.objects.get(pk=flag.page_id)
        if update_text:
            if page.has_unpublished_changes:
                raise DraftInTheWay(page.title)
            patch = plan_patch(article_units(page), flag.previous_text, flag.new_text)
            if patch.placed:
                apply_patch(page, patch)
                page.save_revision(user=user, log_action=True).publish(user=user)
                page = ArticlePage.objects.get(pk=page.pk)
        written = CorrectionNote.objects.create(
            translation_key=page.translation_key,
            page=page,
            kind=kind,
            text=note.strip(),
            date=timezone.localdate(),
            flag=flag,
            created_by=user if getattr(user, "pk", None) else None,
        )
        flag.status = CorrectionFlag.Status.APPLIED
        flag.resolved_at = timezone.now()
        flag.resolved_by = user if getattr(user, "pk", None) else None
        flag.save()
        resync_translations(page)
    return written


def resync_translations(page: Page) -> None:
    """Queue again the machine translations of an edited source article.

    With ``MASTHEAD_AUTO_TRANSLATE`` on, publishing queued them already (translation's own
    publish handler); with it off, the languages it was translated into are queued here, so a
    correction reaches them. Hand translations are kept by the job itself (decision 0025).
    """
    if getattr(settings, "MASTHEAD_AUTO_TRANSLATE", False):
        return
    from masthead.translation.services import request_translations

    locales = [
        other.locale
        for other in Page.objects.filter(translation_key=page.translation_key)
        .exclude(pk=page.pk)
        .select_related("locale")
    ]
    if locales and page.live:
        request_translations(page, locales)


def dismiss(flag: CorrectionFlag, *, user: Any = None, reason: str = "") -> CorrectionFlag:
    """The change needs nothing from us (a typo of theirs we never had, a change we reject)."""
    with transaction.atomic():
        flag = _pending(flag)
        flag.status = CorrectionFlag.Status.DISMISSED
        flag.resolved_at = timezone.now()
        flag.resolved_by = user if getattr(user, "pk", None) else None
        flag.resolution_note = reason.strip()
        flag.save()
    return flag
