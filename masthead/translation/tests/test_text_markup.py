"""Inline markup survives translation, whatever the engine does with the words."""

import hashlib
import re
from collections.abc import Callable

import pytest
from wagtail_localize.strings import StringValue, extract_ids, validate_translation_links

from masthead.translation.glossary import Glossary, GlossaryEntry
from masthead.translation.text.markup import parse_fragment, plan_segment, serialize

WORDS = {
    "read": "lisez",
    "the": "le",
    "full": "complet",
    "report": "rapport",
    "now": "maintenant",
    "council": "conseil",
    "voted": "a voté",
    "on": "le",
    "tuesday": "mardi",
    "it": "il",
    "was": "était",
    "very": "très",
    "long": "long",
    "run": "exécuté",
}


def word_by_word(text: str) -> str:
    """A well-behaved 'model': the same words translate the same way in and out of a span."""
    return re.sub(r"[A-Za-z]+", lambda m: WORDS.get(m.group(0).lower(), m.group(0)), text)


def nonsense(text: str) -> str:
    """A random-weight model: output unrelated to the input, never containing its spans."""
    digest = hashlib.sha256(text.encode()).hexdigest()
    return " ".join(f"zq{digest[i : i + 3]}" for i in range(0, 12, 3))


def translate(segment: str, func: Callable[[str], str], target: str = "fr", glossary=None) -> str:
    plan = plan_segment(segment, "en", glossary)
    return plan.render({unit: func(unit) for unit in plan.units()}, target)


def tags(html: str) -> list[str]:
    return re.findall(r"</?[a-z]+(?: id=\"a\d+\")?/?>", html)


LINKED = 'Read <a id="a1">the full report</a> now. It was <b>very</b> long.'


def test_tags_are_wrapped_around_the_translated_words() -> None:
    assert translate(LINKED, word_by_word) == (
        'lisez <a id="a1">le complet rapport</a> maintenant. il était <b>très</b> long.'
    )


@pytest.mark.parametrize("func", [word_by_word, nonsense, str.upper, lambda t: ""])
def test_every_tag_and_link_id_survives_and_wagtail_localize_accepts_it(func) -> None:
    segment = (
        'See <a id="a1">the <b>full</b> report</a> and <a id="a2">the data</a>.<br/>'
        "Run <code>make test</code> now. <i>The council voted.</i>"
    )
    out = translate(segment, func)
    assert sorted(tags(out)) == sorted(tags(segment))
    assert extract_ids(out) == {"a1", "a2"}
    validate_translation_links(segment, out)
    assert StringValue.from_translated_html(out).data == out
    assert "<code>make test</code>" in out


def test_code_comes_back_verbatim_and_is_never_translated_on_its_own() -> None:
    plan = plan_segment("Type <code>rm -rf /tmp/x</code> to clean up.", "en")
    # Only the whole sentence (for context) mentions it; the runs around it are separate.
    assert plan.units() == ["Type rm -rf /tmp/x to clean up.", "Type", "to clean up."]
    out = plan.render({unit: nonsense(unit) for unit in plan.units()}, "fr")
    assert "<code>rm -rf /tmp/x</code>" in out


def test_unplaceable_spans_fall_back_to_translating_the_runs_in_source_order() -> None:
    out = translate(LINKED, nonsense)
    run = r"zq\w{3} zq\w{3} zq\w{3} zq\w{3}"
    assert re.fullmatch(rf'{run} <a id="a1">{run}</a> {run} {run} <b>{run}</b> {run}', out), out


def test_line_breaks_split_lines_and_are_kept() -> None:
    out = translate("The council voted.<br/>It was long.<br>", word_by_word)
    assert out == "le conseil a voté.<br/>il était long.<br/>"


def test_entities_are_unescaped_for_the_engine_and_escaped_again() -> None:
    plan = plan_segment("Fish &amp; chips &lt;cheap&gt;.", "en")
    assert plan.units() == ["Fish & chips <cheap>."]
    assert plan.render({"Fish & chips <cheap>.": "Poisson & frites <pas cher>."}, "fr") == (
        "Poisson &amp; frites &lt;pas cher&gt;."
    )


def test_whitespace_only_numbers_and_empty_segments_pass_through() -> None:
    for segment in ["", "   ", "2024", "12,500 — 3.5%", '<a id="a1"></a>']:
        plan = plan_segment(segment, "en")
        assert plan.units() == []
        assert plan.render({}, "fr") == segment


def test_sentences_are_joined_with_a_space_or_none_for_chinese_and_japanese() -> None:
    plan = plan_segment("The council voted. It was long.", "en")
    translations = {"The council voted.": "议会投票了。", "It was long.": "很长。"}
    assert plan.render(translations, "zh-hans") == "议会投票了。很长。"
    assert plan.render(translations, "ja") == "议会投票了。很长。"
    assert plan.render(translations, "fr") == "议会投票了。 很长。"


def test_a_sentence_break_inside_a_tag_keeps_the_tag_whole() -> None:
    plan = plan_segment("<b>First point. Second point.</b> Third.", "en")
    assert [len(line.sentences) for line in plan.lines] == [2]
    assert plan.units()[0] == "First point. Second point."
    out = plan.render({u: u.upper() for u in plan.units()}, "fr")
    assert out == "<b>FIRST POINT. SECOND POINT.</b> THIRD."


GLOSSARY = Glossary(
    [
        GlossaryEntry("Masthead"),
        GlossaryEntry("European Union", "Union européenne", case_sensitive=False),
        GlossaryEntry("EU", case_sensitive=True),
    ]
)


@pytest.mark.parametrize("func", [word_by_word, nonsense, str.upper])
def test_glossary_terms_come_out_exactly_as_required(func) -> None:
    segment = "Masthead covers the european union and the <b>EU</b> council. EUROPE is big."
    out = translate(segment, func, glossary=GLOSSARY)
    assert "Masthead" in out
    assert "Union européenne" in out
    assert "<b>EU</b>" in out
    assert "european union" not in out


def test_glossary_terms_are_not_sent_to_the_engine_alone() -> None:
    plan = plan_segment("Masthead covers the European Union.", "en", GLOSSARY)
    assert "Masthead" not in plan.units()
    assert "European Union" not in plan.units()


def test_a_segment_that_is_only_a_glossary_term_gets_its_rendering() -> None:
    assert translate("European Union", nonsense, glossary=GLOSSARY) == "Union européenne"


def test_serialize_round_trips_wagtail_localize_html() -> None:
    segment = 'A <a id="a1">link</a>, <b>bold</b> &amp; <code>x &lt; y</code><br/>end'
    assert serialize(parse_fragment(segment)) == segment
