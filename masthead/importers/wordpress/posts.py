"""One WordPress post as an article: byline, filing, provenance, status and its old URL.

Authors, terms and partner publications are matched or created by the text importer's own
services (``masthead.importers.services``): a name means the same record whichever importer
meets it first. WordPress logins are remembered (``WordPressAuthor``) so an author renamed in
WordPress, or credited by e-mail under another login, stays one author here.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page
from wagtail.rich_text import RichText

from masthead.articles.models import ArticleAuthor, ArticleIndexPage, ArticlePage
from masthead.importers.bulk_pages import add_children
from masthead.importers.models import WordPressAuthor, WordPressPost
from masthead.importers.services import (
    ImportRefused,
    author_named,
    explain_refusal,
    outlet_names,
    partner_for,
    term_named,
)
from masthead.importers.tasks import index_imported_articles
from masthead.importers.text.parser import ArticleParseError, ParsedArticle
from masthead.importers.text.parser.lines import parse_copyright
from masthead.people.models import Author
from masthead.syndication.models import Licence
from masthead.taxonomy.models import Term

from .content import Piece, Provenance, lead_html, read_content, take_provenance
from .importer import ImportOptions, Progress, fingerprint
from .mapping import VOCABULARIES, TermMapping
from .media import find_image
from .wxr import WxrAuthor, WxrItem

# Custom fields (postmeta) read as provenance, first found wins; documented in
# docs/how-to/import-from-wordpress.md. Custom fields win over the closing lines.
META_SOURCE = ("original_source", "source_name", "syndication_source", "partner")
META_ORIGINAL_URL = ("original_url", "syndication_source_uri", "source_url", "canonical_url")
META_ORIGINAL_DATE = ("original_date",)
META_LICENCE = ("licence", "license")
META_COPYRIGHT = ("copyright",)
PUBLISHED_STATUSES = {"publish", "future"}


def _meta(item: WxrItem, keys: tuple[str, ...]) -> str:
    lowered = {key.casefold(): value for key, value in item.meta.items()}
    return next((lowered[key] for key in keys if lowered.get(key)), "")


class PostWriter:
    """Writes posts one at a time; caches only per-site records (authors, terms)."""

    def __init__(
        self,
        *,
        index: ArticleIndexPage,
        mapping: TermMapping,
        options: ImportOptions,
        state: Progress,
    ) -> None:
        self.index = index
        self.locale = index.locale
        self.site = index.get_site()
        self.own_names = outlet_names(index)
        self.mapping = mapping
        self.options = options
        self.state = state
        self.declared: dict[str, WxrAuthor] = {}
        self.authors: dict[str, Author] = {}
        self.terms: dict[tuple[str, str], Term] = {}
        self.unmapped: dict[tuple[str, str], str] = {}

    def declare_author(self, author: WxrAuthor) -> None:
        self.declared[author.login] = author

    def write_batch(self, items: list[WxrItem]) -> None:
        """A batch of posts, inside the caller's transaction.

        New posts are added together (``bulk_pages``: a few statements for the batch instead
        of about 60 a post); re-imports go one at a time through Wagtail's own page methods,
        as do the new posts of a batch whose bulk insert clashes.
        """
        links = {
            link.guid: link
            for link in WordPressPost.objects.filter(guid__in={item.guid for item in items})
        }
        fresh: list[tuple[WxrItem, ArticlePage, str]] = []
        seen: set[str] = set()
        later: list[WxrItem] = []  # a GUID met twice in the batch: read again once written
        for item in items:
            if item.guid in seen:
                later.append(item)
                continue
            seen.add(item.guid)
            link = links.get(item.guid)
            if link is not None:
                self._write(item, link)
            elif (built := self._new(item)) is not None:
                fresh.append(built)
        self._add_new(fresh)
        for item in later:
            self.write(item)

    def write(self, item: WxrItem) -> None:
        """One post, in its own savepoint."""
        self._write(item, WordPressPost.objects.filter(guid=item.guid).first())

    def _write(self, item: WxrItem, link: WordPressPost | None) -> None:
        digest = self._digest(item)
        if link is not None and link.fingerprint == digest:
            self.state.unchanged += 1
            return
        title = self._title(item)
        try:
            with transaction.atomic():
                self._save(item, title, link, digest)
        except ImportRefused as refusal:
            self._refused(item, title, refusal)
        else:
            if link is None:
                self.state.created += 1
            else:
                self.state.updated += 1

    def finish(self) -> None:
        for (taxonomy, slug), name in sorted(self.unmapped.items()):
            kind = "category" if taxonomy == "category" else "tag"
            self.state.problem(f"Not filed (not in the mapping file): {kind} '{name}' ({slug})")

    # -- one post -------------------------------------------------------------------------

    def _digest(self, item: WxrItem) -> str:
        # With or without media is part of what the post became: a run with images after one
        # without updates every post that names an image.
        with_media = self.options.media_dir is not None or self.options.fetch_media
        return fingerprint(item, f"{self.options.mapping}\x00media={with_media}")

    @staticmethod
    def _title(item: WxrItem) -> str:
        return item.title or f"Untitled (WordPress post {item.wp_id or item.guid})"

    @staticmethod
    def _status(item: WxrItem) -> str:
        if item.status == "future" and (item.date is None or item.date <= timezone.now()):
            return "publish"  # a schedule WordPress missed: it is due
        return item.status

    def _refused(self, item: WxrItem, title: str, refusal: ImportRefused) -> None:
        # Authors or terms made for this post were rolled back with it.
        self.authors.clear()
        self.terms.clear()
        self.state.skipped += 1
        self.state.problem(f"line {item.line}, post '{title[:60]}': {refusal}")

    def _save(self, item: WxrItem, title: str, link: WordPressPost | None, digest: str) -> None:
        page = self._article(item, title, link.page.specific if link else None)
        status = self._status(item)
        page.go_live_at = item.date if status == "future" else None
        try:
            if link is None:
                page.slug = self._free_slug(self._slug_base(item, title))
                self._create(page, item, status, timezone.now())
            else:
                revision = page.save_revision()
                if status in PUBLISHED_STATUSES:
                    revision.publish(skip_permission_checks=True, log_action=False)
        except ValidationError as error:
            raise ImportRefused(explain_refusal(error)) from error
        if status == "publish" and item.date:
            # The dates readers and feeds see are WordPress's, not the moment of the import.
            ArticlePage.objects.filter(pk=page.pk).update(
                first_published_at=item.date, last_published_at=item.modified or item.date
            )
        if status in PUBLISHED_STATUSES:
            self._redirects([(item, page)])
        WordPressPost.objects.update_or_create(
            guid=item.guid, defaults=self._link_fields(item, page, digest)
        )

    @staticmethod
    def _link_fields(item: WxrItem, page: ArticlePage, digest: str) -> dict[str, Any]:
        return {
            "wp_id": item.wp_id,
            "page": page,
            "permalink": item.link[:500],
            "sticky": item.sticky,
            "modified": item.modified,
            "fingerprint": digest,
        }

    def _article(self, item: WxrItem, title: str, page: ArticlePage | None) -> ArticlePage:
        """The post as an article: ``page`` (a re-import) changed, or a new one; not saved."""
        pieces = read_content(item.content)
        found = take_provenance(pieces)
        lead = lead_html(item.excerpt)
        if not lead:
            # No excerpt: the opening paragraph is the standfirst, as WordPress shows it.
            first = next((p for p in pieces if p.kind == "paragraph"), None)
            if first is not None:
                lead = first.html
                if len(pieces) > 1:
                    pieces.remove(first)
        page = page or ArticlePage(locale=self.locale)
        page.title = title[:255]
        page.lead = lead
        local = timezone.localtime(item.date) if item.date else None
        page.publication_date = local.date() if local else timezone.localdate()
        page.body = [block for piece in pieces if (block := self._block(item, piece))]
        self._provenance(page, item, found)
        page.regions, page.themes, page.reports = self._filing(item)
        authors = self._byline(item)
        page.article_authors = [
            ArticleAuthor(author=author, role="author", sort_order=position)
            for position, author in enumerate(authors)
        ]
        thumbnail = item.meta.get("_thumbnail_id", "")
        page.featured_image = find_image(int(thumbnail), "") if thumbnail.isdigit() else None
        return page

    # -- new posts, a batch at a time ------------------------------------------------------

    def _new(self, item: WxrItem) -> tuple[WxrItem, ArticlePage, str] | None:
        """A new post, built and checked (not saved); None when refused."""
        title = self._title(item)
        try:
            # A savepoint: authors or terms made for a refused post go with it.
            with transaction.atomic():
                page = self._article(item, title, None)
                status = self._status(item)
                page.live = status == "publish"
                page.go_live_at = item.date if status == "future" else None
                if page.live:
                    # The dates readers and feeds see are WordPress's, not the import's.
                    now = timezone.now()
                    page.first_published_at = item.date or now
                    page.last_published_at = item.modified or item.date or now
                page.slug = self._slug_base(item, title)  # made free among siblings below
                page.store_figures()
                try:
                    # As Page.save checks: a live page whole, a draft its title. The place in
                    # the tree is given in _add_new, which also makes the slug free among the
                    # siblings; the database refuses any other clash.
                    if page.live:
                        page.full_clean(
                            exclude=["path", "depth"],
                            validate_unique=False,
                            validate_constraints=False,
                        )
                    else:
                        page.minimal_clean()
                except ValidationError as error:
                    raise ImportRefused(explain_refusal(error)) from error
        except ImportRefused as refusal:
            self._refused(item, title, refusal)
            return None
        return item, page, self._digest(item)

    def _add_new(self, fresh: list[tuple[WxrItem, ArticlePage, str]]) -> None:
        if not fresh:
            return
        bases = {page.slug for _, page, _ in fresh}
        taken = set(
            Page.objects.child_of(self.index).filter(slug__in=bases).values_list("slug", flat=True)
        )
        for _, page, _ in fresh:
            # A base neither stored (the query above) nor given out in this batch is free.
            if page.slug in taken:
                page.slug = self._free_slug(page.slug, taken)
            taken.add(page.slug)
        try:
            with transaction.atomic():
                add_children(self.index, [page for _, page, _ in fresh])
        except IntegrityError:
            # Something added a page here meanwhile (an editor, another run): one at a time.
            for item, _, _ in fresh:
                self._write(item, None)
            return
        self._redirects(
            [(item, page) for item, page, _ in fresh if self._status(item) in PUBLISHED_STATUSES]
        )
        WordPressPost.objects.bulk_create(
            WordPressPost(guid=item.guid, **self._link_fields(item, page, digest))
            for item, page, digest in fresh
        )
        self.state.created += len(fresh)
        page_ids = [page.pk for _, page, _ in fresh]
        transaction.on_commit(lambda: index_imported_articles.enqueue(page_ids))

    def _create(
        self, page: ArticlePage, item: WxrItem, status: str, now: datetime.datetime
    ) -> None:
        """A new article, live or scheduled as WordPress had it, in three writes.

        Not through ``Revision.publish``: for an archive of thousands of posts its per-page
        work (``page_published`` receivers: page-cache purges and warming, machine
        translation, re-checking partners' originals) is what a migration must not set off
        once per old post. The page cache is refreshed once at the end of the run instead
        (``importer.refresh_reader_pages``); an editor's later publish behaves as usual.
        """
        live = status == "publish"
        page.live = live
        page.has_unpublished_changes = not live
        if live:
            page.first_published_at = item.date or now
            page.last_published_at = item.modified or item.date or now
        self.index.add_child(instance=page)
        scheduled = item.date if status == "future" else None
        revision = page.save_revision(approved_go_live_at=scheduled, changed=not live, clean=False)
        if live:
            ArticlePage.objects.filter(pk=page.pk).update(live_revision=revision)

    def _block(self, item: WxrItem, piece: Piece) -> tuple[str, Any] | None:
        if piece.kind == "paragraph":
            return ("paragraph", RichText(piece.html))
        if piece.kind == "subheading":
            return ("subheading", piece.text[:255])
        if piece.kind == "quote":
            if not piece.text:
                return None
            return ("quote", {"text": piece.text, "attribution": piece.attribution[:255]})
        if piece.kind == "media_link":
            value = {"url": piece.url, "title": piece.text, "provider": piece.provider}
            return ("media_link", value)
        if piece.kind == "image":
            image = find_image(piece.image_id, piece.url)
            if image is None:
                self.state.problem(
                    f"line {item.line}, post '{item.title[:60]}': image {piece.url} left out "
                    "(not among the imported media)"
                )
                return None
            return ("image", {"image": image, "caption": piece.caption, "credit": piece.credit})
        return None

    @staticmethod
    def _slug_base(item: WxrItem, title: str) -> str:
        return slugify(item.post_name or slugify(title)[:255] or "article")[:240] or "article"

    def _free_slug(self, base: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
        """``base``, or ``base-2``, ``base-3``…: the first free among the archive's pages and
        not in ``taken`` (slugs this batch has given out)."""
        siblings = Page.objects.child_of(self.index)
        slug, number = base, 2
        while slug in taken or siblings.filter(slug=slug).exists():
            slug, number = f"{base}-{number}", number + 1
        return slug

    def _redirects(self, posts: list[tuple[WxrItem, ArticlePage]]) -> None:
        """Each post's old permalink answers 301 with its new page's address.

        Wagtail redirects act only where nothing else answers, so ``/?p=ID`` short links (the
        front page answers ``/``) cannot be redirected and are not recorded. A path already
        redirected is pointed at the new page; the rest are added together.
        """
        wanted: dict[str, ArticlePage] = {}
        for item, page in posts:
            parts = page.get_url_parts()
            new_path = Redirect.normalise_path(parts[2]) if parts else ""
            olds = {
                Redirect.normalise_path(url)[:255]
                for url in (item.link, item.guid)
                if url.startswith(("http://", "https://", "/"))
            }
            for old in {old for old in olds if not old.startswith("/?")} - {"", "/", new_path}:
                wanted[old] = page
        if not wanted:
            return
        existing = Redirect.objects.filter(site=self.site, old_path__in=wanted)
        for redirect in existing:
            page = wanted.pop(redirect.old_path)
            redirect.redirect_page, redirect.redirect_link = page, ""
            redirect.is_permanent = True
            redirect.save()
        Redirect.objects.bulk_create(
            Redirect(old_path=old, site=self.site, redirect_page=page, is_permanent=True)
            for old, page in wanted.items()
        )

    # -- byline ---------------------------------------------------------------------------

    def _byline(self, item: WxrItem) -> list[Author]:
        # Co-Authors Plus lists every author (staff and guest writers) as an "author" term.
        credited = [(slug, name) for domain, slug, name in item.terms if domain == "author"]
        credited = credited or [(item.creator, "")]
        authors = [self._byline_author(login, name) for login, name in credited if login or name]
        return list({author.pk: author for author in authors}.values())

    def _byline_author(self, login: str, name: str) -> Author:
        login = login or slugify(name)
        if login.startswith("cap-") and login[4:] in self.declared:
            login = login[4:]  # Co-Authors Plus' term for a WordPress user
        if login in self.authors:
            return self.authors[login]
        link = WordPressAuthor.objects.select_related("author").filter(login=login).first()
        declared = self.declared.get(login)
        email = declared.email if declared else ""
        if link is None and email:
            same_person = WordPressAuthor.objects.filter(email__iexact=email).first()
            if same_person is not None:
                link = WordPressAuthor.objects.create(
                    login=login, email=email, author=same_person.author
                )
        if link is None:
            shown = (declared.display_name if declared else "") or name or login
            author = author_named(shown, "", self.locale, [])
            link = WordPressAuthor.objects.create(login=login, email=email, author=author)
        self.authors[login] = link.author
        return link.author

    # -- filing ---------------------------------------------------------------------------

    def _filing(self, item: WxrItem) -> tuple[list[Term], list[Term], list[Term]]:
        filed: dict[str, list[Term]] = {"region": [], "theme": [], "report": []}
        for domain, slug, name in item.terms:
            if domain not in ("category", "post_tag"):
                continue
            target = self.mapping.target(domain, slug)
            if target is None:
                if not self.mapping.names(domain, slug):
                    self.unmapped.setdefault((domain, slug), name)
                continue
            term_name = target.name or name
            key = (target.vocabulary, term_name.casefold())
            if key not in self.terms:
                model = VOCABULARIES[target.vocabulary]
                self.terms[key] = term_named(model, term_name, self.locale, [])
            if self.terms[key] not in filed[target.vocabulary]:
                filed[target.vocabulary].append(self.terms[key])
        return filed["region"], filed["theme"], filed["report"]

    # -- provenance -----------------------------------------------------------------------

    def _provenance(self, page: ArticlePage, item: WxrItem, found: Provenance) -> None:
        if copyright_line := _meta(item, META_COPYRIGHT):
            try:
                parsed = parse_copyright(copyright_line, item.line)
            except ArticleParseError:
                parsed = None
            if parsed:
                found.copyright_holders, found.copyright_publication = parsed[0], parsed[1]
                found.copyright_year = parsed[2]
        source = ParsedArticle(
            title=page.title,
            source_name=_meta(item, META_SOURCE) or found.source_name,
            source_url=found.source_url,
            copyright_publication=found.copyright_publication,
        )
        partner = partner_for(source, self.own_names, [])
        page.partner = partner
        page.original_url = (_meta(item, META_ORIGINAL_URL) or found.original_url)[:500]
        page.original_date = _date(_meta(item, META_ORIGINAL_DATE)) if partner else None
        if not partner:
            page.original_url = ""
        authors = {name.casefold() for name in self._credited_names(item)}
        holders = [h for h in found.copyright_holders if h.casefold() not in authors]
        page.copyright_holders = ", ".join(holders)[:300] if partner else ""
        page.copyright_year = found.copyright_year
        page.featured_image_credit = found.featured_image_credit[:255]
        page.licence = None
        if licence_name := _meta(item, META_LICENCE):
            page.licence = Licence.objects.filter(
                Q(code__iexact=licence_name)
                | Q(name__iexact=licence_name)
                | Q(code__iexact=licence_name.replace(" ", "-"))
            ).first()
            if page.licence is None:
                self.state.problem(
                    f"line {item.line}, post '{item.title[:60]}': licence '{licence_name}' is "
                    "not in the licence register; left empty (the partner's default applies)"
                )
        if page.original_date and page.publication_date < page.original_date:
            page.original_date = None

    def _credited_names(self, item: WxrItem) -> list[str]:
        names = [name for domain, _, name in item.terms if domain == "author"]
        declared = self.declared.get(item.creator)
        return names + ([declared.display_name] if declared else [item.creator])


def _date(raw: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(raw[:10]) if raw else None
    except ValueError:
        return None
