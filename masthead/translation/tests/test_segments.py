"""translate_segments: one engine call per article and language, memory, glossary, markup."""

import pytest

from masthead.translation.engines.base import EngineError
from masthead.translation.engines.fake import FakeEngine
from masthead.translation.glossary import Glossary
from masthead.translation.models import GlossaryRendering, GlossaryTerm, TranslationMemoryEntry
from masthead.translation.segments import translate_segments

pytestmark = pytest.mark.django_db

ARTICLE = [
    "The council voted on Tuesday. Residents were not consulted.",
    'Read <a id="a1">the contract</a> in full.',
    "",
    "   ",
    "The council voted on Tuesday.",  # repeated sentence: translated once
    "2024",
]


def test_all_sentences_go_to_the_engine_in_one_call_without_repeats() -> None:
    engine = FakeEngine()
    result = translate_segments("en", "fr", ARTICLE, engine=engine)
    assert len(engine.calls) == 1
    source, target, texts = engine.calls[0]
    assert (source, target) == ("en", "fr")
    assert texts.count("The council voted on Tuesday.") == 1
    assert result.translations[0] == (
        "[fr] The council voted on Tuesday. [fr] Residents were not consulted."
    )
    assert result.translations[2:4] == ["", "   "]
    assert result.translations[4] == "[fr] The council voted on Tuesday."
    assert result.translations[5] == "2024"
    assert result.sentences_translated == len(texts)
    assert result.sentences_from_memory == 0
    assert result.seconds >= 0


def test_second_run_comes_from_memory_without_calling_the_engine() -> None:
    engine = FakeEngine()
    first = translate_segments("en", "fr", ARTICLE, engine=engine)
    second = translate_segments("en", "fr", ARTICLE, engine=engine)
    assert len(engine.calls) == 1
    assert second.translations == first.translations
    assert second.sentences_translated == 0
    assert second.sentences_from_memory == first.sentences_translated
    entry = TranslationMemoryEntry.objects.get(source_text="Residents were not consulted.")
    assert entry.target_text == "[fr] Residents were not consulted."
    assert (entry.engine_id, entry.model_version) == ("fake", "1")
    assert (entry.source_language, entry.target_language) == ("en", "fr")
    assert len(entry.source_hash) == 64
    assert entry.hits == 1


def test_memory_is_shared_across_articles_and_only_misses_are_sent() -> None:
    engine = FakeEngine()
    translate_segments("en", "de", ["Boilerplate sentence. First article."], engine=engine)
    result = translate_segments(
        "en", "de", ["Boilerplate sentence. Second article."], engine=engine
    )
    assert engine.calls[-1][2] == ["Second article."]
    assert result.sentences_from_memory == 1
    assert result.sentences_translated == 1


def test_a_new_model_version_does_not_reuse_old_translations() -> None:
    translate_segments("en", "fr", ["Hello there."], engine=FakeEngine({"MODEL_VERSION": "1"}))
    engine = FakeEngine({"MODEL_VERSION": "2"})
    result = translate_segments("en", "fr", ["Hello there."], engine=engine)
    assert result.sentences_from_memory == 0
    assert len(engine.calls) == 1


def test_memory_can_be_turned_off(settings) -> None:
    engine = FakeEngine()
    translate_segments("en", "fr", ["Hello there."], engine=engine, use_memory=False)
    assert not TranslationMemoryEntry.objects.exists()
    settings.MASTHEAD_TRANSLATION = {**settings.MASTHEAD_TRANSLATION, "USE_MEMORY": False}
    translate_segments("en", "fr", ["Hello there."], engine=engine)
    assert not TranslationMemoryEntry.objects.exists()
    assert len(engine.calls) == 2


def test_a_failing_engine_stores_nothing_and_the_error_reaches_the_caller() -> None:
    engine = FakeEngine({"FAIL_TIMES": 1, "ERROR_MESSAGE": "server busy"})
    with pytest.raises(EngineError, match="server busy"):
        translate_segments("en", "fr", ["Hello there."], engine=engine)
    assert not TranslationMemoryEntry.objects.exists()
    assert translate_segments("en", "fr", ["Hello there."], engine=engine).translations == [
        "[fr] Hello there."
    ]


def test_glossary_rows_from_the_database_are_applied() -> None:
    GlossaryTerm.objects.create(source_text="Tidewater Review")
    union = GlossaryTerm.objects.create(source_text="European Union", case_sensitive=False)
    GlossaryRendering.objects.create(term=union, language_code="fr", text="Union européenne")
    GlossaryRendering.objects.create(term=union, language_code="de", text="Europäische Union")
    engine = FakeEngine()
    result = translate_segments(
        "en",
        "fr",
        ["The Tidewater Review asked the european union for comment."],
        engine=engine,
        glossary=Glossary.for_language("fr"),
    )
    (out,) = result.translations
    assert "Tidewater Review" in out
    assert "Union européenne" in out
    assert "european union" not in out.lower().replace("union européenne", "")
    for text in engine.calls[0][2]:
        assert text not in {"Tidewater Review", "european union"}


def test_glossary_uses_the_base_language_rendering_for_a_regional_variant() -> None:
    term = GlossaryTerm.objects.create(source_text="newsroom", case_sensitive=False)
    GlossaryRendering.objects.create(term=term, language_code="pt", text="redação")
    glossary = Glossary.for_language("pt-br")
    assert glossary.matches("Our Newsroom") == [(4, 12, "redação")]


def test_engines_that_handle_markup_get_html_and_a_broken_answer_falls_back() -> None:
    engine = FakeEngine({"HANDLES_MARKUP": True})
    result = translate_segments(
        "en", "fr", ['Read <a id="a1">the contract</a> &amp; more.'], engine=engine
    )
    assert engine.calls[0][2][0] == 'Read <a id="a1">the contract</a> &amp; more.'
    assert result.translations == ['[fr] Read <a id="a1">the contract</a> &amp; more.']

    class DroppingEngine(FakeEngine):
        def translate(self, source, target, texts):
            return [text.replace('<a id="a1">', "").replace("</a>", "") for text in texts]

    dropped = translate_segments(
        "en",
        "fr",
        ['Read <a id="a1">the contract</a> now.'],
        engine=DroppingEngine({"HANDLES_MARKUP": True}),
        use_memory=False,
    )
    assert dropped.translations == ['Read <a id="a1">the contract</a> now.']
