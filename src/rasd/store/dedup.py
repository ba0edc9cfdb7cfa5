"""Near-duplicate articles: MinHash signatures in an in-memory datasketch LSH index, rebuilt from the database.

A new document joins the group of its most similar stored document when their estimated Jaccard similarity (of
word 3-shingles of the normalized text) is at least :data:`THRESHOLD`; otherwise it starts a group of its own.
"""

from __future__ import annotations

import numpy as np

from .backend import Backend
from .rows import NUM_PERM

THRESHOLD = 0.5


def _lean(values: np.ndarray):
    from datasketch import LeanMinHash

    return LeanMinHash(seed=1, hashvalues=values, scheme="affine32")


class NearDuplicates:
    def __init__(self, db: Backend, threshold: float = THRESHOLD):
        from datasketch import MinHashLSH

        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.sigs: dict[int, np.ndarray] = {}
        self.group: dict[int, int] = {}
        rows = db.query("SELECT m.doc, m.sig, d.group_id FROM doc_minhash m JOIN documents d ON d.id = m.doc")
        with self.lsh.insertion_session() as session:
            for doc, sig, gid in rows:
                values = np.frombuffer(sig, dtype="<u4")
                self.sigs[doc] = values
                self.group[doc] = gid
                session.insert(doc, _lean(values), check_duplication=False)

    def find_group(self, sig: bytes) -> tuple[int | None, float]:
        """The group of the most similar stored document, and the similarity; (None, 0) when there is none."""
        if not sig:
            return None, 0.0
        values = np.frombuffer(sig, dtype="<u4")
        best, best_sim = None, 0.0
        for doc in self.lsh.query(_lean(values)):
            sim = float(np.count_nonzero(self.sigs[doc] == values)) / NUM_PERM
            if sim >= self.threshold and (sim > best_sim or (sim == best_sim and doc < best)):
                best, best_sim = doc, sim
        return (self.group[best], best_sim) if best is not None else (None, 0.0)

    def add(self, doc: int, sig: bytes, group: int) -> None:
        if not sig:
            return
        values = np.frombuffer(sig, dtype="<u4")
        self.sigs[doc] = values
        self.group[doc] = group
        self.lsh.insert(doc, _lean(values), check_duplication=False)
