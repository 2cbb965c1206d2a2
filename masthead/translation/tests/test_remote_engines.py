"""LibreTranslate and DeepL clients against small real HTTP servers that imitate the APIs."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler

import pytest

from masthead.translation.engines.base import EngineError, EngineUnavailable
from masthead.translation.engines.deepl import DeepLEngine
from masthead.translation.engines.libretranslate import LibreTranslateEngine
from masthead.translation.segments import translate_segments


def api_server(routes):
    """A handler class answering ``routes[(method, path)](request) -> (status, body)``."""
    received: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def _answer(self, method: str) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            path, _sep, query = self.path.partition("?")
            request = {
                "method": method,
                "path": path,
                "query": query,
                "headers": dict(self.headers),
                "json": json.loads(raw) if raw else None,
            }
            received.append(request)
            status, body = routes[(method, path)](request)
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            self._answer("GET")

        def do_POST(self) -> None:
            self._answer("POST")

        def log_message(self, *args) -> None:
            pass

    Handler.received = received
    return Handler


# --- LibreTranslate ----------------------------------------------------------------------------

LIBRE_LANGUAGES = [
    {"code": "en", "name": "English", "targets": ["de", "fr", "pt-BR", "zh-Hans"]},
    {"code": "de", "name": "German", "targets": ["en"]},
]


def libre_translate(request):
    payload = request["json"]
    if payload["target"] not in {"de", "fr", "pt-BR", "zh-Hans"}:
        return 400, {"error": f"{payload['target']} is not supported"}
    return 200, {"translatedText": [f"<{payload['target']}> {q}" for q in payload["q"]]}


@pytest.fixture
def libre(local_http_server):
    handler = api_server(
        {
            ("GET", "/languages"): lambda request: (200, LIBRE_LANGUAGES),
            ("POST", "/translate"): libre_translate,
        }
    )
    url = local_http_server(handler)
    return handler, url


def test_libretranslate_sends_one_json_request_with_the_api_key(libre) -> None:
    handler, url = libre
    engine = LibreTranslateEngine({"URL": url + "/", "API_KEY": "secret", "TIMEOUT": 5})
    assert engine.translate("en", "pt-br", ["Hello.", "Bye."]) == ["<pt-BR> Hello.", "<pt-BR> Bye."]
    post = [r for r in handler.received if r["method"] == "POST"]
    assert len(post) == 1
    assert post[0]["headers"]["Content-Type"] == "application/json"
    assert post[0]["json"] == {
        "q": ["Hello.", "Bye."],
        "source": "en",
        "target": "pt-BR",
        "format": "text",
        "api_key": "secret",
    }


def test_libretranslate_uses_the_codes_the_server_lists(libre, local_http_server) -> None:
    _handler, url = libre
    engine = LibreTranslateEngine({"URL": url})
    assert engine.supports("en", "zh-hans")
    assert engine.supports("en", "pt-br")
    assert not engine.supports("en", "ja")
    # An older server lists "zh" and "pb".
    old = api_server(
        {
            ("GET", "/languages"): lambda r: (200, [{"code": "en", "targets": ["zh", "pb"]}]),
            ("POST", "/translate"): lambda r: (200, {"translatedText": r["json"]["q"]}),
        }
    )
    old_engine = LibreTranslateEngine({"URL": local_http_server(old)})
    old_engine.translate("en", "zh-hans", ["Hi."])
    assert old.received[-1]["json"]["target"] == "zh"
    assert "api_key" not in old.received[-1]["json"]


def test_libretranslate_batches_by_the_server_limit(libre) -> None:
    handler, url = libre
    engine = LibreTranslateEngine({"URL": url, "BATCH_LIMIT": 2})
    out = engine.translate("en", "fr", ["a", "b", "c"])
    assert out == ["<fr> a", "<fr> b", "<fr> c"]
    assert [len(r["json"]["q"]) for r in handler.received if r["method"] == "POST"] == [2, 1]


def test_libretranslate_unsupported_language_is_unavailable(libre) -> None:
    _handler, url = libre
    with pytest.raises(EngineUnavailable, match="ja is not supported"):
        LibreTranslateEngine({"URL": url}).translate("en", "ja", ["Hello."])


@pytest.mark.parametrize(
    ("status", "body", "message"),
    [
        (429, {"error": "Slowdown: 10 per minute"}, "rate limit"),
        (500, {"error": "boom"}, "HTTP 500"),
        (503, {"error": "busy"}, "HTTP 503"),
        (403, {"error": "Invalid API key"}, "API key"),
    ],
)
def test_libretranslate_server_errors_are_retryable(local_http_server, status, body, message):
    handler = api_server({("POST", "/translate"): lambda r: (status, body)})
    engine = LibreTranslateEngine({"URL": local_http_server(handler)})
    with pytest.raises(EngineError, match=message) as caught:
        engine.translate("en", "fr", ["Hello."])
    assert not isinstance(caught.value, EngineUnavailable)


def test_connection_refused_and_timeouts_are_retryable(local_http_server) -> None:
    with pytest.raises(EngineError, match="could not be reached"):
        LibreTranslateEngine({"URL": "http://127.0.0.1:9", "TIMEOUT": 2}).translate(
            "en", "fr", ["Hello."]
        )

    release = threading.Event()

    def slow(request):
        release.wait(5)
        return 200, {"translatedText": ["late"]}

    url = local_http_server(api_server({("POST", "/translate"): slow}))
    started = time.monotonic()
    with pytest.raises(EngineError, match="did not answer within 0.3 s"):
        LibreTranslateEngine({"URL": url, "TIMEOUT": 0.3}).translate("en", "fr", ["Hello."])
    release.set()
    assert time.monotonic() - started < 3


@pytest.mark.django_db
def test_libretranslate_in_html_mode_through_the_pipeline(local_http_server) -> None:
    handler = api_server(
        {
            ("POST", "/translate"): lambda r: (
                200,
                {"translatedText": [f"FR {q}" for q in r["json"]["q"]]},
            )
        }
    )
    engine = LibreTranslateEngine({"URL": local_http_server(handler), "HTML": True})
    result = translate_segments("en", "fr", ['See <a id="a1">the data</a>.'], engine=engine)
    assert handler.received[-1]["json"]["format"] == "html"
    assert result.translations == ['FR See <a id="a1">the data</a>.']


# --- DeepL -------------------------------------------------------------------------------------

DEEPL_TARGETS = [
    {"language": code} for code in ["DE", "EN-GB", "EN-US", "FR", "PT-BR", "PT-PT", "ZH-HANS"]
]


def deepl_translate(request):
    payload = request["json"]
    if payload["target_lang"] not in {d["language"] for d in DEEPL_TARGETS}:
        return 400, {"message": "Value for 'target_lang' not supported."}
    return 200, {
        "translations": [
            {"detected_source_language": "EN", "text": f"{payload['target_lang']}: {t}"}
            for t in payload["text"]
        ]
    }


@pytest.fixture
def deepl(local_http_server):
    handler = api_server(
        {
            ("POST", "/v2/translate"): deepl_translate,
            ("GET", "/v2/languages"): lambda r: (
                200,
                DEEPL_TARGETS if "type=target" in r["query"] else [{"language": "EN"}],
            ),
        }
    )
    return handler, local_http_server(handler)


def test_deepl_sends_the_key_in_the_header_and_maps_codes(deepl) -> None:
    handler, url = deepl
    engine = DeepLEngine({"AUTH_KEY": "abc:fx", "API_URL": url, "FORMALITY": "prefer_more"})
    assert engine.translate("en", "pt-br", ["Hello."]) == ["PT-BR: Hello."]
    request = handler.received[-1]
    assert request["headers"]["Authorization"] == "DeepL-Auth-Key abc:fx"
    assert "auth_key" not in request["json"]
    assert request["json"] == {
        "text": ["Hello."],
        "source_lang": "EN",
        "target_lang": "PT-BR",
        "formality": "prefer_more",
    }
    engine.translate("de", "en", ["Hallo."])
    assert handler.received[-1]["json"]["target_lang"] == "EN-GB"
    engine.translate("en", "zh-hans", ["Hi."])
    assert handler.received[-1]["json"]["target_lang"] == "ZH-HANS"


def test_deepl_free_keys_use_the_free_host() -> None:
    assert DeepLEngine({"AUTH_KEY": "k:fx"}).api_url == "https://api-free.deepl.com"
    assert DeepLEngine({"AUTH_KEY": "k"}).api_url == "https://api.deepl.com"


def test_deepl_splits_long_articles_into_requests_of_50(deepl) -> None:
    handler, url = deepl
    texts = [f"Sentence {n}." for n in range(120)]
    out = DeepLEngine({"AUTH_KEY": "k", "API_URL": url}).translate("en", "fr", texts)
    assert out == [f"FR: Sentence {n}." for n in range(120)]
    assert [len(r["json"]["text"]) for r in handler.received] == [50, 50, 20]


def test_deepl_supports_reads_the_language_lists(deepl) -> None:
    handler, url = deepl
    engine = DeepLEngine({"AUTH_KEY": "k", "API_URL": url})
    assert engine.supports("en", "fr")
    assert engine.supports("en", "zh-hans")
    assert not engine.supports("en", "bn")
    assert not engine.supports("fr", "en")  # FR is not a listed source in this imitation
    assert sum(r["path"] == "/v2/languages" for r in handler.received) == 2  # cached


def test_deepl_unsupported_target_is_unavailable(deepl) -> None:
    _handler, url = deepl
    with pytest.raises(EngineUnavailable, match="not supported"):
        DeepLEngine({"AUTH_KEY": "k", "API_URL": url}).translate("en", "bn", ["Hello."])


@pytest.mark.parametrize(
    ("status", "message"),
    [(429, "rate limit"), (456, "quota"), (500, "HTTP 500"), (529, "HTTP 529"), (403, "key")],
)
def test_deepl_errors_are_retryable(local_http_server, status, message) -> None:
    handler = api_server({("POST", "/v2/translate"): lambda r: (status, {"message": "no"})})
    engine = DeepLEngine({"AUTH_KEY": "k", "API_URL": local_http_server(handler)})
    with pytest.raises(EngineError, match=message) as caught:
        engine.translate("en", "fr", ["Hello."])
    assert not isinstance(caught.value, EngineUnavailable)


def test_unconfigured_remote_engines_say_so() -> None:
    with pytest.raises(EngineUnavailable, match="MASTHEAD_DEEPL_AUTH_KEY"):
        DeepLEngine({}).translate("en", "fr", ["Hello."])
    with pytest.raises(EngineUnavailable, match="MASTHEAD_LIBRETRANSLATE_URL"):
        LibreTranslateEngine({}).translate("en", "fr", ["Hello."])
    assert not DeepLEngine({}).supports("en", "fr")
    assert not LibreTranslateEngine({}).supports("en", "fr")


def test_readers_are_told_which_service_translated_the_article() -> None:
    assert DeepLEngine({"AUTH_KEY": "k"}).licence_notice("en", "fr") == (
        "Machine translation: DeepL."
    )
    assert LibreTranslateEngine({"URL": "http://mt.example"}).licence_notice("en", "de") == (
        "Machine translation: LibreTranslate (Argos Translate models)."
    )
