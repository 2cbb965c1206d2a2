"""Near-identical text: word shingles, a MinHash signature, and LSH bands to look it up.

Written here rather than taken from datasketch: the whole of it is a few lines on numpy (already
a runtime dependency), and the stored signatures must stay comparable forever, so the hash
functions are fixed below by a seed and never change without ``SIGNATURE_VERSION`` moving (the
``index_stories`` command then recomputes every stored signature).

* Text is lower-cased and cut into words (each Chinese or Japanese character counts as a word,
  those scripts put no spaces between words); a shingle is ``SHINGLE_WORDS`` consecutive words.
* Each shingle is hashed to 32 bits (blake2b); ``NUM_PERM`` multiply-shift hash functions give
  the signature, the minimum of each function over the shingles. The share of equal positions
  in two signatures estimates the Jaccard similarity of their shingle sets.
* The signature is cut into ``BANDS`` bands of ``ROWS`` values; each band is hashed into one
  64-bit key. Two texts whose Jaccard similarity is s share at least one band key with
  probability 1 - (1 - s**ROWS)**BANDS: 0.87 at s = 0.5, 0.99 at 0.6, 0.23 at 0.3. A lookup reads
  the band table by key (indexed) and compares only the signatures found there.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

import numpy as np

SIGNATURE_VERSION = 1
SHINGLE_WORDS = 5
NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
# Estimated Jaccard similarity of the shingle sets from which two texts are "the same story".
# Light edits (a few words changed, a paragraph moved) keep it above 0.8; different stories on
# the same subject stay under 0.1 (measured: docs/decisions/0191).
THRESHOLD = 0.5

_MASK_32 = np.uint64(0xFFFFFFFF)
_SHIFT = np.uint64(32)
_rng = np.random.default_rng(20261202)  # fixed: stored signatures depend on it
_A = (_rng.integers(1, 2**63, size=NUM_PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1))[
    :, None
]
_B = _rng.integers(0, 2**63, size=NUM_PERM, dtype=np.uint64)[:, None]

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD = re.compile(rf"[{_CJK}]|[^\W_{_CJK}]+")


def words(text: str) -> list[str]:
    """The words of ``text``, lower-cased, without punctuation."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def shingles(text: str) -> set[str]:
    tokens = words(text)
    if len(tokens) < SHINGLE_WORDS:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + SHINGLE_WORDS]) for i in range(len(tokens) - SHINGLE_WORDS + 1)}


def signature(text: str) -> np.ndarray | None:
    """``NUM_PERM`` 32-bit minimums, or None when the text has no words."""
    found = shingles(text)
    if not found:
        return None
    hashed = np.fromiter(
        (
            int.from_bytes(hashlib.blake2b(s.encode(), digest_size=4).digest(), "little")
            for s in found
        ),
        dtype=np.uint64,
        count=len(found),
    )
    # Multiply-shift hashing of 32-bit keys: (a*x + b) mod 2**64, top 32 bits (numpy wraps).
    with np.errstate(over="ignore"):
        values = ((_A * hashed[None, :] + _B) >> _SHIFT) & _MASK_32
    return values.min(axis=1).astype(np.uint32)


def to_bytes(values: np.ndarray) -> bytes:
    return values.astype("<u4").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(bytes(data), dtype="<u4")


def similarity(first: np.ndarray, second: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets (0 to 1)."""
    return float(np.count_nonzero(first == second)) / NUM_PERM


def band_keys(values: np.ndarray) -> list[int]:
    """One signed 64-bit key per band (the band's number is hashed in: bands never collide)."""
    raw = values.astype("<u4").tobytes()
    size = ROWS * 4
    return [
        int.from_bytes(
            hashlib.blake2b(
                bytes([band]) + raw[band * size : (band + 1) * size], digest_size=8
            ).digest(),
            "little",
            signed=True,
        )
        for band in range(BANDS)
    ]
