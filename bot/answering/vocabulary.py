"""The names a question can use: entities with their aliases, metrics with their synonyms.

Built once per scope from the store and reused until the store changes, so a question
costs a few dictionary lookups plus rapidfuzz over a small list of words, however many
facts the store holds. Names are compared as lemma tuples (see `words.py`); fuzzy
comparison (typos) is rapidfuzz's `ratio` on already-normalised strings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.answering.words import FILLER, UNIT_WORDS, Token, lemmas
from bot.facts.model import Entity, Metric

# Similarity (0-100) above which two words are taken as the same word misspelt.
TYPO_CUTOFF = 85
# Shorter words need more than one edit's slack to match: "sny" ~ "sony" (85.7) but not "so".
MIN_FUZZY_LENGTH = 3
# Names of four letters or more may differ by one letter: "soni" ~ "sony" (75).
NAME_TYPO_CUTOFF = 75


@dataclass(frozen=True)
class EntityHit:
    entity_id: int
    first: int  # token index range [first, last] in the question
    last: int
    exact: bool


@dataclass(frozen=True)
class MetricHit:
    metric: Metric
    explained: frozenset[int]  # question token indexes this metric accounts for
    coverage: float  # best share of one of its names found in the question, 0..1
    nouns: int  # explained tokens that are not verbs or intent words
    unit_match: bool


class Vocabulary:
    def __init__(self, entities: Sequence[Entity], metrics: Sequence[Metric]) -> None:
        self.entities = {e.id: e for e in entities if e.id is not None}
        self.metrics = {m.id: m for m in metrics if m.id is not None}
        # Entity names and aliases by lemma tuple; the fuzzy list holds single-word names.
        self._entity_names: dict[tuple[str, ...], int] = {}
        for e in entities:
            for name in (e.name, *e.aliases):
                key = lemmas(name)
                if key:
                    self._entity_names.setdefault(key, e.id)  # type: ignore[arg-type]
        self._longest_entity = max((len(k) for k in self._entity_names), default=1)
        self._fuzzy_entity_words = sorted({k[0] for k in self._entity_names if len(k) == 1})
        self._fuzzy_entity_ids = {k[0]: v for k, v in self._entity_names.items() if len(k) == 1}
        # The same words, by length (each list still sorted), with their place in the whole
        # list; and the answers already found. See `_misspelt_entity_word`.
        self._fuzzy_by_length: dict[int, list[str]] = {}
        for word in self._fuzzy_entity_words:
            self._fuzzy_by_length.setdefault(len(word), []).append(word)
        self._fuzzy_rank = {w: i for i, w in enumerate(self._fuzzy_entity_words)}
        self._fuzzy_memo: dict[str, str | None] = {}
        # Metric names: each as a tuple of content lemmas; and every metric word -> metrics.
        self._metric_phrases: dict[int, list[tuple[str, ...]]] = {}
        self._metric_words: dict[str, set[int]] = {}
        for m in metrics:
            phrases = []
            for name in (m.name, *m.synonyms):
                content = tuple(w for w in lemmas(name) if w not in FILLER) or lemmas(name)
                phrases.append(content)
                for w in content:
                    self._metric_words.setdefault(w, set()).add(m.id)  # type: ignore[arg-type]
            self._metric_phrases[m.id] = phrases  # type: ignore[index]
        self._metric_word_list = sorted(self._metric_words)

    # -- entities --------------------------------------------------------------------

    def entity_id(self, name: str) -> int | None:
        return self._entity_names.get(lemmas(name))

    def find_entities(self, tokens: Sequence[Token], skip: set[int]) -> list[EntityHit]:
        """Entity mentions, longest first at each position; exact names before typos."""
        hits: list[EntityHit] = []
        taken: set[int] = set(skip)
        words = [t.lemma for t in tokens]
        for i in range(len(words)):
            for n in range(min(self._longest_entity, len(words) - i), 0, -1):
                span = range(i, i + n)
                if taken.intersection(span):
                    continue
                entity_id = self._entity_names.get(tuple(words[i : i + n]))
                if entity_id is not None:
                    hits.append(EntityHit(entity_id, i, i + n - 1, exact=True))
                    taken.update(span)
                    break
        for i, word in enumerate(words):
            if i in taken or word in FILLER or len(word) < MIN_FUZZY_LENGTH or word.isdigit():
                continue
            if word in self._metric_words:  # a metric's own word is never a misspelt company
                continue
            best = self._misspelt_entity_word(word)
            if best is not None:
                hits.append(EntityHit(self._fuzzy_entity_ids[best], i, i, exact=False))
                taken.add(i)
        return sorted(hits, key=lambda h: h.first)

    def _misspelt_entity_word(self, word: str) -> str | None:
        """The single-word name WORD is a misspelling of: the best `fuzz.ratio` among the
        names (the first on a tie), found fast for thousands of names.

        - One letter's slack (NAME_TYPO_CUTOFF) only when both the word and the name have
          four letters or more: "soni" is Sony, but "chart" is not the ticker "CHT".

        - Names whose length alone keeps them under the cutoff are never scored: a ratio
          is at most 200 * min(len) / (len + len).
        - The answer is remembered per word until the vocabulary is rebuilt: the words a
          question leaves for this search are mostly the same few ("target", "meet")."""
        memo = self._fuzzy_memo
        if word in memo:
            return memo[word]
        best: tuple[float, int, str] | None = None
        n = len(word)
        for length, names in self._fuzzy_by_length.items():
            cutoff = NAME_TYPO_CUTOFF if min(n, length) >= 4 else TYPO_CUTOFF
            if 200 * min(n, length) / (n + length) < cutoff - 1e-9:
                continue
            found = process.extractOne(
                word, names, scorer=fuzz.ratio, processor=None, score_cutoff=cutoff
            )
            if found is not None:
                rank = self._fuzzy_rank[found[0]]
                if best is None or found[1] > best[0] or (found[1] == best[0] and rank < best[1]):
                    best = (found[1], rank, found[0])
        if len(memo) >= 20_000:
            memo.clear()
        memo[word] = best[2] if best else None
        return memo[word]

    # -- metrics ---------------------------------------------------------------------

    def metric_words_in(self, word: str) -> list[str]:
        """The metric vocabulary's words that WORD is (exactly, or misspelt)."""
        if word in self._metric_words:
            return [word]
        if len(word) < MIN_FUZZY_LENGTH or word.isdigit():
            return []
        return [
            choice
            for choice, _, _ in process.extract(
                word,
                self._metric_word_list,
                scorer=fuzz.ratio,
                processor=None,
                score_cutoff=TYPO_CUTOFF,
                limit=3,
            )
        ]

    def score_metrics(
        self, tokens: Sequence[Token], candidates: set[int], verbs: frozenset[str]
    ) -> list[MetricHit]:
        """Score every metric against the question tokens at CANDIDATES indexes, best first."""
        # Question word index -> the metric words it can stand for.
        readings = {i: self.metric_words_in(tokens[i].lemma) for i in candidates}
        unit_wanted = {
            UNIT_WORDS[tokens[i].lemma] for i in candidates if tokens[i].lemma in UNIT_WORDS
        }
        involved = {m for ws in readings.values() for w in ws for m in self._metric_words[w]}
        hits = []
        for metric_id in involved:
            metric = self.metrics[metric_id]
            own_words = {w for p in self._metric_phrases[metric_id] for w in p}
            explained = frozenset(i for i, ws in readings.items() if own_words.intersection(ws))
            found_words = {w for i in explained for w in readings[i]}
            coverage = max(
                sum(1 for w in phrase if w in found_words) / len(phrase)
                for phrase in self._metric_phrases[metric_id]
            )
            nouns = sum(1 for i in explained if tokens[i].lemma not in verbs)
            hits.append(
                MetricHit(
                    metric,
                    explained,
                    coverage,
                    nouns,
                    unit_match=metric.unit in unit_wanted if unit_wanted else False,
                )
            )
        hits.sort(key=rank_metric, reverse=True)
        return hits


def rank_metric(hit: MetricHit) -> tuple:
    return (hit.nouns, hit.coverage, hit.unit_match, len(hit.explained))
