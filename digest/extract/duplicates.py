"""Near-duplicate articles (a syndicated copy, the same page saved twice) without comparing every pair.

Texts are sets of hashed word 6-grams. Two texts are the same article when most of the shorter
one's shingles are in the other. An index keeps, for each text, every shingle and a small random
sample of them (the numerically smallest hashes); a new text is compared only with texts that
share at least three shingles of either one's sample. About 80% of the shorter text's sample (12
shingles) is in the longer one, so a real pair falls below three with odds of about one in a
million, while texts that merely share a few phrases are never compared. Shingles that many texts
share (an outlet's stock phrases) are not indexed: they find nothing and would make every lookup
scan every text.
"""

from __future__ import annotations

import heapq
import re
import zlib
from collections import Counter

WORD = re.compile(r"\w+")


def shingles(text: str, size: int = 6) -> frozenset[int]:
    """Hashed word n-grams; crc32 so that every process (and every run) hashes alike."""
    words = WORD.findall(text.lower())
    return frozenset(zlib.crc32(" ".join(words[i:i + size]).encode()) for i in range(max(0, len(words) - size + 1)))


def overlap(a: frozenset, b: frozenset) -> float:
    """The share of the smaller set found in the larger one."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


class DuplicateIndex:
    def __init__(self, threshold: float = 0.8, min_shingles: int = 20, sample: int = 12, common: int = 64):
        self.threshold, self.min_shingles, self.sample_size, self.common = threshold, min_shingles, sample, common
        self.items: list[tuple[object, frozenset]] = []
        self.postings: dict[int, list[int]] = {}   # shingle -> texts holding it
        self.sampled: dict[int, list[int]] = {}    # shingle -> texts whose sample holds it
        self.too_common: set[int] = set()

    def _sample(self, sh: frozenset) -> list[int]:
        return heapq.nsmallest(self.sample_size, (s for s in sh if s not in self.too_common))

    def add(self, key, sh: frozenset) -> None:
        if len(sh) < self.min_shingles:
            return
        i = len(self.items)
        self.items.append((key, sh))
        for s in sh:
            if s in self.too_common:
                continue
            ids = self.postings.setdefault(s, [])
            if len(ids) >= self.common:
                self.too_common.add(s)
                del self.postings[s]
                self.sampled.pop(s, None)
            else:
                ids.append(i)
        for s in self._sample(sh):
            self.sampled.setdefault(s, []).append(i)

    def find(self, sh: frozenset, skip=None):
        """The key of the earliest indexed text that is the same article as `sh`, or None.
        `skip(key)` leaves out texts that must not count (the same input converted again)."""
        if len(sh) < self.min_shingles or not self.items:
            return None
        hits: Counter[int] = Counter()
        for s in self._sample(sh):
            hits.update(self.postings.get(s, ()))
        for s in sh:
            ids = self.sampled.get(s)
            if ids:
                hits.update(ids)
        for i in sorted(i for i, n in hits.items() if n >= 3):
            key, other = self.items[i]
            if (skip is None or not skip(key)) and overlap(sh, other) > self.threshold:
                return key
        return None
