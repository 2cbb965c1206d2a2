"""Feeds and pages the tests serve, written for these tests (a made-up partner's river news)."""

from __future__ import annotations

from xml.sax.saxutils import escape

PARAGRAPHS = [
    "The first ferry crossed the lower river on Monday morning, ending eleven weeks in which "
    "the crossing was closed because the water was too shallow for the hulls to clear the bar.",
    "Farmers who carry produce to the market town said the detour by road had added two hours "
    "to each trip, and that some of them had stopped making the journey at all during August.",
    "The operator said a second boat would join the route next week if the level holds, and "
    "that new timetables would be posted at both piers and read out on the local radio station.",
    "Engineers from the water board will measure the channel again at the end of the month, "
    "when the autumn rains are expected to raise the river by at least another half a metre.",
]
OTHER_STORIES = {
    "Bridge": [
        "Work on the old stone bridge at Marren began again this week after the county found "
        "money to replace the cracked arch that closed it to lorries in the spring.",
        "Shopkeepers on both banks said trade fell by a third while the bridge was shut, as "
        "customers from the villages upstream chose the retail park on the ring road instead.",
        "The contractor expects the arch to be rebuilt before the first frost, with the road "
        "open to cars by December and to heavy vehicles once the mortar has fully cured.",
    ],
    "Delta": [
        "Seasonal flooding in the delta reached its highest mark in nine years on Thursday, "
        "covering rice paddies that had been planted late because of the dry start to the year.",
        "Village councils opened schools as shelters for families whose houses sit on the low "
        "ground nearest the channels, and boats took supplies to two islands cut off by water.",
        "Hydrologists said the crest should pass within four days if no more heavy rain falls "
        "in the hills, though the soil will stay too wet to replant until the new year.",
    ],
}


def paragraphs(topic: str) -> list[str]:
    return OTHER_STORIES.get(topic, [f"{topic}: {p}" for p in PARAGRAPHS])


def body_html(topic: str) -> str:
    """Paragraphs of a story about ``topic``: enough words that the feed carries the full text.

    "Bridge" and "Delta" are stories of their own; any other topic is the ferry story.
    """
    return "".join(f"<p>{escape(p)}</p>" for p in paragraphs(topic))


def rss(
    items: list[dict[str, str]], *, title: str = "Coastline Courier", encoding: str = "utf-8"
) -> str:
    entries = "".join(
        f"""<item><title>{escape(i["title"])}</title><link>{escape(i["link"])}</link>
<guid isPermaLink="false">{escape(i.get("guid", i["link"]))}</guid>
<dc:creator>{escape(i.get("author", "Mara Velde"))}</dc:creator>
<pubDate>{i.get("date", "Fri, 20 Nov 2026 08:30:00 +0000")}</pubDate>
<description>{escape(i.get("summary", "A short summary."))}</description>
{f"<content:encoded>{escape(i['content'])}</content:encoded>" if i.get("content") else ""}
</item>"""
        for i in items
    )
    return f"""<?xml version="1.0" encoding="{encoding}"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>{escape(title)}</title>
<link>https://courier.example/</link><description>River news</description>{entries}
</channel></rss>"""


def atom(items: list[dict[str, str]], *, title: str = "Delta Weekly") -> str:
    entries = "".join(
        f"""<entry><title>{escape(i["title"])}</title><id>{escape(i["guid"])}</id>
<link rel="alternate" href="{escape(i["link"])}"/><updated>2026-11-21T09:00:00Z</updated>
<published>2026-11-21T09:00:00Z</published>
<author><name>{escape(i.get("author", "Ines Marr"))}</name></author>
<content type="html">{escape(i["content"])}</content></entry>"""
        for i in items
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>{escape(title)}</title><id>urn:delta</id>
<updated>2026-11-21T09:00:00Z</updated>{entries}</feed>"""


def article_page(title: str, *, author: str = "Mara Velde", charset: str = "utf-8") -> str:
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in PARAGRAPHS)
    return f"""<!doctype html><html lang="en"><head><meta charset="{charset}">
<title>{escape(title)} | Coastline Courier</title>
<meta property="og:title" content="{escape(title)}">
<meta name="author" content="{escape(author)}">
<meta property="article:published_time" content="2026-11-20T08:30:00+00:00">
<meta name="description" content="Boats run again on the lower river after the water rose.">
</head><body><nav><a href="/">Home</a> <a href="/news/">News</a> Subscribe to our newsletter</nav>
<article><h1>{escape(title)}</h1><p class="byline">By {escape(author)}</p>{paragraphs}
<h2>What comes next</h2><p>The water board will publish its next reading on Friday.</p></article>
<footer>Copyright 2026 Coastline Courier. All rights reserved.</footer></body></html>"""
