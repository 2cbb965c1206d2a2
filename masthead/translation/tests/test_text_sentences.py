"""Sentence splitting: sentences a reader would see, and no character ever lost."""

import pytest

from masthead.translation.text.sentences import sentence_spans, split_sentences


def test_english_abbreviations_initials_and_numbers_do_not_end_sentences() -> None:
    text = (
        "Mr. J. Doe arrived at 3 p.m. in the U.S. on Friday. Prices rose 2.5% this year! "
        'Did they? "Yes," she said.'
    )
    assert split_sentences(text, "en") == [
        "Mr. J. Doe arrived at 3 p.m. in the U.S. on Friday.",
        "Prices rose 2.5% this year!",
        "Did they?",
        '"Yes," she said.',
    ]


def test_language_without_pysbd_rules_uses_the_regex_splitter() -> None:
    # pysbd has no Swedish rules.
    text = "Dr. Svensson kom i går. Hon sa att priset var 2.5 procent. Sedan gick hon hem."
    assert split_sentences(text, "sv") == [
        "Dr. Svensson kom i går.",
        "Hon sa att priset var 2.5 procent.",
        "Sedan gick hon hem.",
    ]


def test_chinese_full_stops_split_without_spaces() -> None:
    assert split_sentences("今天下雨。我们在家。", "zh-hans") == ["今天下雨。", "我们在家。"]


@pytest.mark.parametrize("language", ["en", "de", "sv", "zh-hans", "xx"])
def test_spans_cover_every_non_space_character(language: str) -> None:
    text = "  One sentence here. Another one!  And the last, without a stop  "
    spans = sentence_spans(text, language)
    covered = "".join(text[start:end] for start, end in spans)
    assert covered.replace(" ", "") == text.replace(" ", "")
    assert all(text[start:end] == text[start:end].strip() for start, end in spans)


def test_repeated_sentences_are_kept_apart() -> None:
    assert split_sentences("Hello world. Hello world.", "en") == ["Hello world.", "Hello world."]
