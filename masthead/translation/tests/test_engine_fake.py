"""Engine selection from settings, language codes, and the fake engine's scripted failures."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from masthead.translation.engines import engine_language, get_engine, translation_settings
from masthead.translation.engines.argos_ct2 import ArgosCT2Engine
from masthead.translation.engines.base import EngineError, EngineUnavailable
from masthead.translation.engines.fake import FakeEngine


@pytest.mark.parametrize(
    ("django_code", "engine_code"),
    [
        ("zh-hans", "zh"),
        ("zh-hant", "zt"),
        ("pt-br", "pb"),
        ("pt", "pt"),
        ("nb", "nb"),
        ("no", "nb"),
        ("en-gb", "en"),
        ("fr", "fr"),
        ("ZH-Hans", "zh"),
    ],
)
def test_engine_language(django_code: str, engine_code: str) -> None:
    assert engine_language(django_code) == engine_code


def test_argos_is_the_default_engine_and_one_instance_is_kept(settings) -> None:
    settings.MASTHEAD_TRANSLATION = translation_settings(ENGINE="argos")
    engine = get_engine()
    assert isinstance(engine, ArgosCT2Engine)
    assert get_engine() is engine


def test_changing_the_setting_builds_a_new_engine(settings) -> None:
    settings.MASTHEAD_TRANSLATION = translation_settings(ENGINE="fake", FAKE={"FAIL_TIMES": 1})
    first = get_engine()
    assert isinstance(first, FakeEngine)
    assert first.fail_times == 1
    settings.MASTHEAD_TRANSLATION = translation_settings(ENGINE="fake", FAKE={})
    assert get_engine() is not first
    assert get_engine().fail_times == 0


def test_unknown_engine_name_is_a_configuration_error(settings) -> None:
    settings.MASTHEAD_TRANSLATION = translation_settings(ENGINE="babelfish")
    with pytest.raises(ImproperlyConfigured, match="babelfish"):
        get_engine()


def test_fake_translates_deterministically() -> None:
    engine = FakeEngine()
    assert engine.translate("en", "fr", ["Hello.", "Bye."]) == ["[fr] Hello.", "[fr] Bye."]
    assert engine.supports("en", "fr")
    assert engine.model_version("en", "fr") == "1"


@pytest.mark.parametrize("fake_engine_options", [{"FAIL_TIMES": 2}])
def test_fail_times_fails_the_first_calls_then_succeeds(fake_engine) -> None:
    for _ in range(2):
        with pytest.raises(EngineError) as caught:
            get_engine().translate("en", "fr", ["Hello."])
        assert not isinstance(caught.value, EngineUnavailable)
    assert get_engine().translate("en", "fr", ["Hello."]) == ["[fr] Hello."]
    assert len(fake_engine.calls) == 3


def test_unsupported_languages_are_unavailable_not_retryable() -> None:
    engine = FakeEngine({"UNSUPPORTED": ["ja"]})
    assert not engine.supports("en", "ja")
    with pytest.raises(EngineUnavailable):
        engine.translate("en", "ja", ["Hello."])
    assert engine.translate("en", "de", ["Hello."]) == ["[de] Hello."]


def test_fail_languages_always_fail_for_those_targets() -> None:
    engine = FakeEngine({"FAIL_LANGUAGES": ["de"], "ERROR_MESSAGE": "timeout"})
    for _ in range(3):
        with pytest.raises(EngineError, match="timeout"):
            engine.translate("en", "de", ["Hello."])
    assert engine.translate("en", "fr", ["Hello."]) == ["[fr] Hello."]
