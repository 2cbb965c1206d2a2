"""Benchmark: one 1,200-word article into 26 languages through the real translation code.

    .venv/bin/python bench/translation.py               # all 26 languages, CPU (+ GPU if any)
    .venv/bin/python bench/translation.py --languages 3 # a quick run

What runs: a random-weight transformer-base model (6+6 layers, d_model 512, 8 heads, ffn
2048, 32k vocabulary, int8) is generated, its ``.argosmodel`` is extracted once with the real
installer code, and each of the 26 language pairs gets its own package folder whose model
files are links to it (each pair is loaded as its own model, as in production). Every
language goes through ``translate_segments`` with the ``ArgosCT2Engine``: sentence
splitting, markup planning, one batched engine call, rebuilding. The translation memory is
**off** (``use_memory=False``), so the numbers measure the engine, not the cache.

A random model never emits end-of-sentence, so outputs are capped at the source length
(``LENGTH_RATIO`` 1.0, ``LENGTH_EXTRA`` 0): a real model stops at EOS after about as many
tokens as the source. Target tokens/s does not depend on that choice.

The baseline, measured in the same run on the same model, is the naive way: one sentence
per engine call (batch size 1), as a per-sentence loop would do. The ratio against it is
what carries over to other machines.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings.test")

import django

django.setup()

import ctranslate2  # noqa: E402

from masthead.translation.engines.argos_ct2 import ArgosCT2Engine  # noqa: E402
from masthead.translation.packages import read_package, safe_extract  # noqa: E402
from masthead.translation.segments import translate_segments  # noqa: E402
from masthead.translation.text.markup import plan_segment  # noqa: E402
from masthead.translation.tiny_model import build_benchmark_argos_package  # noqa: E402

# The 26 target languages the site serves (Django codes).
TARGET_CODES = "ar bn cs da de el es fa fi fr he hi hu id it ja ko nl pl pt ro ru sv tr uk zh-hans"
TARGETS = TARGET_CODES.split()
ARGOS_CODES = {"zh-hans": "zh"}

WORDS_TEXT = """
the council government minister ministry city port harbour river coast region province
village farmers fishers workers union company bank loan contract deal report data court
judge police election vote voters party parliament budget tax prices wages rent housing
school hospital doctors nurses water drought flood storm climate emissions energy power
grid solar wind gas oil mine mining road railway bridge trade exports imports market
shares investors board director spokesperson residents families children women men people
said told asked denied confirmed announced approved rejected delayed promised warned
argued expected reported published signed paid spent raised cut increased fell rose
new old local national regional public private small large former senior independent
last next first second third several many few most some all every each other
week month year morning evening Tuesday Friday March October summer winter
in on at for with from by about after before during under over between against without
and but or because while although since when where which who that this these those
has have had was were is are will would could should may might can must not also still
"""
WORDS = WORDS_TEXT.split()


def make_sentence(rng: random.Random) -> str:
    length = rng.randint(12, 26)
    words = [rng.choice(WORDS) for _ in range(length)]
    if rng.random() < 0.3:
        words.insert(rng.randint(1, length - 1), f"{rng.randint(2, 980)}")
    if rng.random() < 0.4:
        words[rng.randint(3, length - 3)] += ","
    sentence = " ".join(words)
    end = "?" if rng.random() < 0.05 else "."
    return sentence[0].upper() + sentence[1:] + end


def make_article(words: int = 1200, seed: int = 7) -> list[str]:
    """Paragraph segments (wagtail-localize style inline HTML) totalling ``words`` words."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    count = link = 0
    while count < words:
        sentences = []
        for _ in range(rng.randint(3, 7)):
            sentence = make_sentence(rng)
            count += len(sentence.split())
            if rng.random() < 0.15:
                link += 1
                parts = sentence.split(" ")
                start = rng.randint(1, len(parts) - 4)
                parts[start] = f'<a id="a{link}">' + parts[start]
                parts[start + 2] += "</a>"
                sentence = " ".join(parts)
            elif rng.random() < 0.08:
                parts = sentence.split(" ")
                parts[2] = f"<b>{parts[2]}</b>"
                sentence = " ".join(parts)
            sentences.append(sentence)
            if count >= words:
                break
        paragraphs.append(" ".join(sentences))
        link = 0  # link ids restart per segment, as wagtail-localize numbers them
    paragraphs[1] += " Run <code>make bench</code> to reproduce."
    return paragraphs


def install_pairs(root: Path, training_text: str, languages: list[str]) -> Path:
    """One generated package extracted for real, linked into a folder per language pair."""
    started = time.perf_counter()
    archive = build_benchmark_argos_package(root / "build", "en", "fr", training_text=training_text)
    built = time.perf_counter() - started
    packages = root / "packages"
    packages.mkdir()
    source = safe_extract(archive, root / "extracted", limit=2 * 1024**3)
    read_package(source)
    for language in languages:
        code = ARGOS_CODES.get(language, language)
        folder = packages / f"translate-en_{code}-1_0"
        folder.mkdir()
        (folder / "model").symlink_to(source / "model", target_is_directory=True)
        (folder / "sentencepiece.model").symlink_to(source / "sentencepiece.model")
        metadata = (
            (source / "metadata.json")
            .read_text()
            .replace('"to_code": "fr"', f'"to_code": "{code}"')
        )
        (folder / "metadata.json").write_text(metadata)
    size = sum(p.stat().st_size for p in (source / "model").iterdir()) / 1e6
    print(f"model: random transformer-base, int8, {size:.0f} MB on disk, built in {built:.1f} s")
    return packages


def run(device: str, packages: Path, segments: list[str], languages: list[str], beam: int) -> None:
    engine = ArgosCT2Engine(
        {
            "PACKAGES_DIR": str(packages),
            "DEVICE": device,
            "BEAM_SIZE": beam,
            "LENGTH_RATIO": 1.0,
            "LENGTH_EXTRA": 0,
            "MAX_LOADED_MODELS": len(languages) + 1,
        }
    )
    print(
        f"\n== {device}: compute {engine.compute_type}, beam {engine.beam_size}, "
        f"{engine.inter_threads} replica(s) × {engine.intra_threads} thread(s), "
        f"batches of ≤{engine.max_batch_size} sentences"
    )
    units = list(dict.fromkeys(u for s in segments for u in plan_segment(s, "en").units()))

    # Baseline: the naive loop, one sentence per call, on the first language's model.
    engine.translate("en", languages[0], units[:2])  # load the model outside the timing
    sample = units[: min(len(units), 24 if device == "cpu" else len(units))]
    before = engine.stats["target_tokens"]
    started = time.perf_counter()
    for unit in sample:
        engine.translate("en", languages[0], [unit])
    naive_seconds = time.perf_counter() - started
    naive_rate = (engine.stats["target_tokens"] - before) / naive_seconds
    print(
        f"baseline (1 sentence per call, {len(sample)} sentences): {naive_rate:,.0f} target tok/s"
    )

    rows = []
    cpu_started = time.process_time()
    total_started = time.perf_counter()
    for language in languages:
        before = engine.stats["target_tokens"]
        result = translate_segments("en", language, segments, engine=engine, use_memory=False)
        rows.append((language, result.seconds, engine.stats["target_tokens"] - before))
        if len(result.translations) != len(segments):
            raise SystemExit(f"{language}: {len(result.translations)} translations")
    total = time.perf_counter() - total_started
    cpu = time.process_time() - cpu_started
    tokens = sum(row[2] for row in rows)
    rate = tokens / total
    print(" ".join(f"{lang}:{seconds:.2f}s" for lang, seconds, _t in rows))
    print(
        f"article: {len(units)} texts to translate per language (sentences + markup spans), "
        f"{rows[0][2]:,} target tokens"
    )
    print(f"seconds per article per language: {total / len(languages):.2f} (mean)")
    print(f"seconds for all {len(languages)} languages: {total:.1f}")
    # On a shared machine wall time includes waiting for other processes; CPU time does not.
    print(f"CPU seconds used: {cpu:.1f} ({cpu / max(total, 1e-9):.2f} cores busy on average)")
    print(f"target tokens/s: {rate:,.0f}  ({rate / naive_rate:.1f}× the per-sentence baseline)")
    if len(languages) < len(TARGETS):
        estimate = total / len(languages) * len(TARGETS)
        print(f"estimated for all {len(TARGETS)} languages: {estimate:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--languages", type=int, default=len(TARGETS), help="how many targets")
    parser.add_argument("--beam", type=int, default=2, help="beam size (1 = greedy)")
    parser.add_argument("--device", choices=["auto", "cpu", "cuda"], default="auto")
    args = parser.parse_args()
    languages = TARGETS[: max(1, min(args.languages, len(TARGETS)))]

    segments = make_article()
    words = sum(len(plan_segment(s, "en").lines[0].sentences) for s in segments)
    text_words = sum(len(s.split()) for s in segments)
    print(f"article: {text_words} words, {words} sentences, {len(segments)} paragraphs")
    rng = random.Random(1)
    training = "\n".join(make_sentence(rng) for _ in range(3000))

    gpus = ctranslate2.get_cuda_device_count()
    devices = {"auto": ["cpu"] + (["cuda"] if gpus else []), "cpu": ["cpu"], "cuda": ["cuda"]}
    print(f"cpu cores available: {len(os.sched_getaffinity(0))}, cuda devices: {gpus}")
    with tempfile.TemporaryDirectory(prefix="masthead-bench-") as tmp:
        packages = install_pairs(Path(tmp), training, languages)
        for device in devices[args.device]:
            run(device, packages, segments, languages, args.beam)


if __name__ == "__main__":
    main()
