"""Build random-weight translation packages in the Argos ``.argosmodel`` layout.

The output is nonsense, but the package goes through the same code as a real one:
``mt_install`` (zip checks, metadata, licence), SentencePiece and CTranslate2. Tests build
a tiny one (d_model 64, 2+2 layers, about 0.1 s); the benchmark builds one of
transformer-base size, whose compute cost is the real one (weights do not change the cost).
Nothing is downloaded and no binary is committed.

The end-of-sentence token gets a large negative output bias, so a random model never stops
early: every output has words, and its length is set by the decoding cap.
"""

from __future__ import annotations

import io
import json
import logging
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

logger = logging.getLogger(__name__)

# Transformer-base as trained by Argos/Locomotive (docs/explanation/translation-engine.md).
BENCHMARK_MODEL: dict[str, Any] = {
    "d_model": 512,
    "layers": 6,
    "heads": 8,
    "ffn_dim": 2048,
    "vocab_size": 32000,
}

_TRAINING_TEXT = """\
The city council voted on Tuesday to expand the harbour, after months of debate.
Residents said the plan was rushed, and several asked who would pay for the new quay.
The mayor promised a public hearing next month and a report on the cost of dredging.
Reporters from the newsroom read the contract, which had not been published before.
According to the documents, the company will receive a loan from the regional bank.
Critics argued that the agreement favours a small group of investors over local fishers.
"We were never consulted," said a member of the fishing cooperative on Wednesday.
The government denied the claims and said the project would create hundreds of jobs.
Prices rose by 2.5% this year, while wages in the region stayed almost flat.
Journalists, editors and translators work together to publish the story in many languages.
Le conseil municipal a voté mardi pour agrandir le port, après des mois de débat.
Les habitants ont dit que le projet était précipité et ont demandé qui paierait le quai.
Le maire a promis une audience publique le mois prochain et un rapport sur les coûts.
Selon les documents, l'entreprise recevra un prêt de la banque régionale.
Der Stadtrat stimmte am Dienstag für den Ausbau des Hafens, nach monatelanger Debatte.
El consejo municipal votó el martes para ampliar el puerto, después de meses de debate.
Il consiglio comunale ha votato martedì per ampliare il porto, dopo mesi di dibattito.
Read the full report, the data and the methodology on our website.
This article was first published by a partner outlet and is republished with permission.
"""


def _train_sentencepiece(lines: list[str], vocab_size: int, symbols: list[str]) -> bytes:
    import sentencepiece as spm

    model = io.BytesIO()
    extra: dict[str, Any] = {"user_defined_symbols": symbols} if symbols else {}
    spm.SentencePieceTrainer.train(
        **extra,
        sentence_iterator=iter(lines),
        model_writer=model,
        vocab_size=vocab_size,
        model_type="unigram",
        hard_vocab_limit=False,  # small corpora cannot fill a large vocabulary
        character_coverage=1.0,
        unk_id=0,
        bos_id=1,
        eos_id=2,
        pad_id=-1,
        num_threads=1,
        minloglevel=2,
    )
    return model.getvalue()


def _random_spec(
    vocabulary: list[str], d_model: int, layers: int, heads: int, ffn_dim: int, seed: int
) -> Any:
    from ctranslate2.specs import transformer_spec

    rng = np.random.default_rng(seed)
    scale = 1.0 / np.sqrt(d_model)

    def matrix(rows: int, cols: int) -> np.ndarray:
        return (rng.standard_normal((rows, cols), dtype=np.float32) * scale).astype(np.float32)

    def vector(size: int, value: float = 0.0) -> np.ndarray:
        return np.full(size, value, dtype=np.float32)

    def norm(spec: Any) -> None:
        spec.gamma = vector(d_model, 1.0)
        spec.beta = vector(d_model)

    def linear(spec: Any, rows: int, cols: int) -> None:
        spec.weight = matrix(rows, cols)
        spec.bias = vector(rows)

    def attention(spec: Any, self_attention: bool) -> None:
        norm(spec.layer_norm)
        if self_attention:
            linear(spec.linear[0], 3 * d_model, d_model)
            linear(spec.linear[1], d_model, d_model)
        else:
            linear(spec.linear[0], d_model, d_model)
            linear(spec.linear[1], 2 * d_model, d_model)
            linear(spec.linear[2], d_model, d_model)

    def ffn(spec: Any) -> None:
        norm(spec.layer_norm)
        linear(spec.linear_0, ffn_dim, d_model)
        linear(spec.linear_1, d_model, ffn_dim)

    spec = transformer_spec.TransformerSpec.from_config((layers, layers), heads, pre_norm=True)
    size = len(vocabulary)
    # Larger embeddings and a separate output projection make the output depend on the input
    # (shared, small ones make every sentence decode to the same repeated piece). The cost of
    # running the model is the same either way.
    embeddings = matrix(size, d_model) * 3.0  # shared by encoder and decoder
    spec.encoder.embeddings[0].weight = embeddings
    norm(spec.encoder.layer_norm)
    for layer in spec.encoder.layer:
        attention(layer.self_attention, True)
        ffn(layer.ffn)
    spec.decoder.embeddings.weight = embeddings
    norm(spec.decoder.layer_norm)
    for layer in spec.decoder.layer:
        attention(layer.self_attention, True)
        attention(layer.attention, False)
        ffn(layer.ffn)
    spec.decoder.projection.weight = matrix(size, d_model) * 3.0
    bias = vector(size)
    bias[[0, 1, 2]] = -1e4  # never <unk>, <s> or </s>: outputs always have words
    spec.decoder.projection.bias = bias
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    return spec


def _write_model(model_dir: Path, spec: Any, quantization: str) -> None:
    from ctranslate2.converters.converter import Converter

    class RandomConverter(Converter):
        def _load(self) -> Any:
            return spec

    RandomConverter().convert(str(model_dir), quantization=quantization, force=True)


def build_tiny_argos_package(
    dest_dir: Path,
    from_code: str = "en",
    to_code: str = "fr",
    *,
    d_model: int = 64,
    layers: int = 2,
    vocab_size: int | None = None,
    seed: int = 0,
    heads: int | None = None,
    ffn_dim: int | None = None,
    package_version: str = "1.0",
    quantization: str = "int8",
    extra_training_text: str = "",
    target_prefix: str = "",
    licence_line: str = "Licence: CC-BY 4.0 (random weights for tests; no real training data)",
) -> Path:
    """Write ``translate-<from>_<to>-<version>.argosmodel`` into ``dest_dir``; return its path.

    ``vocab_size`` None keeps the SentencePiece vocabulary as trained (about 280 pieces);
    a larger number pads the model vocabulary with filler tokens, so the output layer costs
    what a real vocabulary of that size costs. ``extra_training_text`` adds lines to the
    SentencePiece training text (so benchmark text tokenises like real text).
    """
    dest_dir = Path(dest_dir)
    dest_dir.mkdir(parents=True, exist_ok=True)
    heads = heads or (8 if d_model >= 512 else 4)
    ffn_dim = ffn_dim or 4 * d_model
    lines = [line for line in (_TRAINING_TEXT + extra_training_text).splitlines() if line]
    sp_size = min(vocab_size or 400, 8000)
    # A multilingual model's target prefix ("__fr__") is one token of its vocabulary.
    sp_model = _train_sentencepiece(lines, sp_size, [target_prefix] if target_prefix else [])

    import sentencepiece as spm

    processor = spm.SentencePieceProcessor(model_proto=sp_model)
    vocabulary = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    if vocab_size and vocab_size > len(vocabulary):
        vocabulary += [f"▁x{number}" for number in range(vocab_size - len(vocabulary))]

    version_tag = package_version.replace(".", "_")
    folder = f"translate-{from_code}_{to_code}-{version_tag}"
    archive = dest_dir / f"{folder}.argosmodel"
    work = dest_dir / f".build-{folder}"
    model_dir = work / "model"
    _write_model(
        model_dir, _random_spec(vocabulary, d_model, layers, heads, ffn_dim, seed), quantization
    )

    metadata = {
        "package_version": package_version,
        "argos_version": "1.9.0",
        "from_code": from_code,
        "from_name": from_code,
        "to_code": to_code,
        "to_name": to_code,
        "type": "translate",
    }
    if target_prefix:
        metadata["target_prefix"] = target_prefix
    readme = (
        f"# {from_code} → {to_code} (random weights)\n\n"
        "Generated by masthead.translation.tiny_model for tests and benchmarks. "
        "It produces nonsense.\n\n"
        f"{licence_line}\n"
    )
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr(f"{folder}/metadata.json", json.dumps(metadata, indent=2))
        bundle.writestr(f"{folder}/README.md", readme)
        bundle.writestr(f"{folder}/sentencepiece.model", sp_model)
        for path in sorted(model_dir.iterdir()):
            bundle.write(path, f"{folder}/model/{path.name}")
    for path in model_dir.iterdir():
        path.unlink()
    model_dir.rmdir()
    work.rmdir()
    return archive


def build_benchmark_argos_package(
    dest_dir: Path, from_code: str = "en", to_code: str = "fr", *, training_text: str = ""
) -> Path:
    """A random transformer-base package (6+6 layers, d 512, 8 heads, ffn 2048, 32k, int8)."""
    return build_tiny_argos_package(
        dest_dir,
        from_code,
        to_code,
        extra_training_text=training_text,
        **BENCHMARK_MODEL,
    )
