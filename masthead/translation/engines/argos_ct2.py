"""The default engine: Argos Translate packages run with CTranslate2 and SentencePiece.

Reads packages in the Argos ``.argosmodel`` layout from ``PACKAGES_DIR`` without
argostranslate (which pulls in torch through stanza): SentencePiece tokenises, CTranslate2
translates, and ``target_prefix`` from the metadata is forced for multilingual models. The
whole article comes in one call; it is sorted by length and cut into balanced batches that
run in parallel on ``INTER_THREADS`` model replicas, each batch with its own length cap
(``LENGTH_RATIO`` × longest source + ``LENGTH_EXTRA``), so a looping model cannot run away.

Options (``MASTHEAD_TRANSLATION["ARGOS"]``): ``DEVICE`` ("cpu" or "cuda"), ``COMPUTE_TYPE``
(default int8 on CPU, int8_float16 on CUDA), ``BEAM_SIZE`` (2), ``INTER_THREADS`` /
``INTRA_THREADS`` (0: automatic), ``MAX_BATCH_SIZE`` (32 sentences), ``MAX_LOADED_MODELS``
(8; about 66 MB each for transformer-base int8), ``LENGTH_RATIO`` (1.5), ``LENGTH_EXTRA`` (10).
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import threading
from collections import Counter, OrderedDict
from pathlib import Path
from typing import Any

from masthead.translation.engines import engine_language
from masthead.translation.engines.base import EngineError, EngineUnavailable, TranslationEngine
from masthead.translation.packages import PackageInfo, installed_packages, packages_dir

logger = logging.getLogger(__name__)


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


class ArgosCT2Engine(TranslationEngine):
    """Installed Argos packages, run in-process on CPU or GPU."""

    engine_id = "argos-ct2"

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        opts = self.options
        directory = opts.get("PACKAGES_DIR")
        self.packages_dir = Path(directory) if directory else packages_dir()
        if not self.packages_dir.is_absolute():
            from django.conf import settings

            self.packages_dir = Path(settings.BASE_DIR) / self.packages_dir
        self.device = str(opts.get("DEVICE") or "cpu").lower()
        if self.device not in {"cpu", "cuda"}:
            raise EngineError(f"DEVICE must be 'cpu' or 'cuda', got {self.device!r}")
        on_gpu = self.device == "cuda"
        self.compute_type = str(opts.get("COMPUTE_TYPE") or ("int8_float16" if on_gpu else "int8"))
        self.beam_size = int(opts.get("BEAM_SIZE") or 2)
        cores = _cores()
        # On CPU, several single-threaded replicas beat one multi-threaded one (batches run
        # in parallel); on a GPU one replica keeps the device busy.
        default_inter = 1 if on_gpu else min(cores, 4)
        self.inter_threads = int(opts.get("INTER_THREADS") or default_inter)
        default_intra = 0 if on_gpu else max(1, cores // self.inter_threads)
        self.intra_threads = int(opts.get("INTRA_THREADS") or default_intra)
        self.max_batch_size = int(opts.get("MAX_BATCH_SIZE") or 32)
        self.max_loaded = int(opts.get("MAX_LOADED_MODELS") or 8)
        self.length_ratio = float(opts.get("LENGTH_RATIO") or 1.5)
        self.length_extra = int(opts.get("LENGTH_EXTRA", 10))
        self.stats: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._loaded: OrderedDict[tuple[str, str], tuple[Any, Any]] = OrderedDict()
        self._index: dict[tuple[str, str], PackageInfo] = {}
        self._index_stamp: int | None = None
        self._hashes: dict[tuple[str, int], str] = {}

    # --- Packages ----------------------------------------------------------------------------

    def packages(self) -> dict[tuple[str, str], PackageInfo]:
        """Installed packages by (from, to) Argos code; re-read when the directory changes."""
        try:
            stamp = self.packages_dir.stat().st_mtime_ns
        except FileNotFoundError:
            return {}
        with self._lock:
            if stamp != self._index_stamp:
                self._index = {p.pair: p for p in installed_packages(self.packages_dir)}
                self._index_stamp = stamp
            return dict(self._index)

    def package_for(self, source: str, target: str) -> PackageInfo | None:
        """The package for a pair of Django codes, or None."""
        return self.packages().get((engine_language(source), engine_language(target)))

    def supports(self, source: str, target: str) -> bool:
        """True only when a package for the pair is installed."""
        return self.package_for(source, target) is not None

    def model_version(self, source: str, target: str) -> str:
        """Package version + the first 12 hex digits of its sha256."""
        package = self._require(source, target)
        digest = package.sha256 or self._model_hash(package)
        return f"{package.package_version or '0'}+{digest[:12]}"

    def licence_notice(self, source: str, target: str) -> str:
        """The licence recorded at install time, as a line to show with translations."""
        package = self.package_for(source, target)
        if package is None:
            return ""
        name = package.licence_name
        try:
            from masthead.translation.models import InstalledModelPackage

            record = InstalledModelPackage.objects.filter(
                source_language=package.from_code, target_language=package.to_code
            ).first()
            if record is not None and record.licence_name:
                name = record.licence_name
        except Exception:  # noqa: BLE001 - no database (benchmarks, scripts): use the marker
            logger.debug("No InstalledModelPackage lookup for %s", package.directory)
        version = f" {package.package_version}" if package.package_version else ""
        model = f"Argos Translate model {package.from_code}→{package.to_code}{version}"
        return f"Machine translation: {model}, licence {name}." if name else f"{model}."

    def _require(self, source: str, target: str) -> PackageInfo:
        package = self.package_for(source, target)
        if package is None:
            raise EngineUnavailable(
                f"No translation model is installed for {source}→{target} "
                f"(looked in {self.packages_dir}; install one with manage.py mt_install)."
            )
        return package

    def _model_hash(self, package: PackageInfo) -> str:
        """sha256 of model.bin, for packages copied in by hand (no install record)."""
        path = package.directory / "model" / "model.bin"
        key = (str(path), path.stat().st_mtime_ns)
        if key not in self._hashes:
            digest = hashlib.sha256()
            with open(path, "rb") as handle:
                for block in iter(lambda: handle.read(1024 * 1024), b""):
                    digest.update(block)
            self._hashes[key] = digest.hexdigest()
        return self._hashes[key]

    # --- Models ------------------------------------------------------------------------------

    def _load(self, package: PackageInfo) -> tuple[Any, Any]:
        key = (str(package.directory), package.sha256)
        with self._lock:
            if key in self._loaded:
                self._loaded.move_to_end(key)
                return self._loaded[key]
        import ctranslate2
        import sentencepiece as spm

        try:
            translator = ctranslate2.Translator(
                str(package.directory / "model"),
                device=self.device,
                compute_type=self.compute_type,
                inter_threads=self.inter_threads,
                intra_threads=self.intra_threads,
            )
            tokenizer = spm.SentencePieceProcessor(
                model_file=str(package.directory / "sentencepiece.model")
            )
        except (RuntimeError, ValueError, OSError) as exc:
            raise EngineError(f"Cannot load the model in {package.directory}: {exc}") from exc
        with self._lock:
            self._loaded[key] = (translator, tokenizer)
            self._loaded.move_to_end(key)
            while len(self._loaded) > self.max_loaded:
                self._loaded.popitem(last=False)
        self.stats["models_loaded"] += 1
        return translator, tokenizer

    def _batches(self, order: list[int]) -> list[list[int]]:
        """Length-sorted indices cut into equal batches, a multiple of the replicas in number."""
        if not order:
            return []
        count = math.ceil(len(order) / self.max_batch_size)
        count = min(len(order), math.ceil(count / self.inter_threads) * self.inter_threads)
        size = math.ceil(len(order) / count)
        return [order[start : start + size] for start in range(0, len(order), size)]

    def translate(self, source: str, target: str, texts: list[str]) -> list[str]:
        """Translate plain-text sentences with the pair's package, in parallel batches."""
        if not texts:
            return []
        package = self._require(source, target)
        translator, tokenizer = self._load(package)
        tokens = [tokenizer.encode(text, out_type=str) for text in texts]
        prefix = [package.target_prefix] if package.target_prefix else None
        order = sorted((i for i, toks in enumerate(tokens) if toks), key=lambda i: len(tokens[i]))
        pending = []
        try:
            for batch in self._batches(order):
                longest = max(len(tokens[i]) for i in batch)
                cap = math.ceil(self.length_ratio * longest) + self.length_extra
                pending.append(
                    (
                        batch,
                        translator.translate_batch(
                            [tokens[i] for i in batch],
                            target_prefix=[prefix] * len(batch) if prefix else None,
                            beam_size=self.beam_size,
                            max_batch_size=len(batch),
                            max_decoding_length=cap + (1 if prefix else 0),
                            replace_unknowns=True,
                            asynchronous=True,
                        ),
                    )
                )
            outputs = [""] * len(texts)
            produced = 0
            for batch, results in pending:
                for index, result in zip(batch, results, strict=True):
                    pieces = list(result.result().hypotheses[0])
                    if prefix and pieces[:1] == prefix:
                        pieces = pieces[1:]
                    produced += len(pieces)
                    outputs[index] = self._detokenize(tokenizer, pieces)
        except RuntimeError as exc:  # CUDA out of memory, a corrupt model...
            raise EngineError(f"CTranslate2 failed for {source}→{target}: {exc}") from exc
        self.stats["calls"] += 1
        self.stats["texts"] += len(texts)
        self.stats["source_tokens"] += sum(len(t) for t in tokens)
        self.stats["target_tokens"] += produced
        return outputs

    @staticmethod
    def _detokenize(tokenizer: Any, pieces: list[str]) -> str:
        # As argostranslate does: pieces the tokenizer does not know stay literal, so the
        # word-boundary marks are replaced by spaces afterwards.
        return tokenizer.decode_pieces(pieces).replace("▁", " ").strip()
