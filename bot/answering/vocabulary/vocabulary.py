"""The names a question can use: entities with their aliases, metrics with their synonyms.

Built once per scope from the store and reused until the store changes, so a question
costs a few dictionary lookups plus rapidfuzz over a small list of words, however many
facts the store holds. Names are compared as lemma tuples (see `words.py`); fuzzy
comparison (typos) is rapidfuzz's `ratio` on already-normalised strings.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Iterator, Mapping, MutableMapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot import patterns
from bot.answering.english.lexicon import (
    is_english,
    parts_of_speech,
    short_acronym,
    typos_of,
    verb_lemma,
)
from bot.answering.english.words import (
    FILLER,
    UNIT_WORDS,
    Token,
    lemma,
    lemmas,
    lemmas_of_names,
    tokenize,
)
from bot.facts import reporting
from bot.facts.model import Entity, Metric
from bot.facts.quantities import CURRENCY_WORDS

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
    own: bool = True  # matched by a name the store has, not one made from the vocabulary
    span: int = 0  # question words its best single name covers ("order book" as one)
    near: bool = False  # matched only in another family's words ("ship" for deliveries)
    # named by a short form of its own ("CAC" for "Central America and the Caribbean
    # volume"), which says the region or line its name holds
    by_short_form: bool = False


class Vocabulary:
    """Built once per scope, then kept up to date in place with `update` as names are
    added, so a write costs the changed company's names, not every company's again.
    Updates only add entries or swap whole containers, never resize one a question may be
    iterating, so questions asked meanwhile on other threads read either state."""

    def __init__(self, entities: Sequence[Entity], metrics: Sequence[Metric]) -> None:
        self.entities: MutableMapping[int, Entity] = {}  # SavedEntities when loaded
        # Entity names and aliases by lemma tuple; the fuzzy lists hold single-word names.
        self._entity_names: dict[tuple[str, ...], int] = {}
        self._longest_entity = 1
        self._fuzzy_entity_ids: dict[str, int] = {}
        # The single-word names by length, each list sorted; and the answers already
        # found. See `_misspelt_entity_word`.
        self._fuzzy_by_length: dict[int, list[str]] = {}
        self._fuzzy_memo: dict[str, str | None] = {}
        # Words of an entity's names beyond the first ("Airbus Commercial Aircraft"): a
        # question naming the entity may use them without naming another thing.
        self.entity_words: dict[int, frozenset[str]] = {}
        self._spelling: tuple[frozenset[str], frozenset[str]] | None = None
        self._add_entities(entities)
        self._index_metrics(metrics)

    # -- persistence (bot/answering/vocabulary/index_cache.py keeps the index between processes) --

    def state(self) -> dict:
        """The built index as plain values (str, int, tuples, sets, dicts): what
        `from_state` turns back into the same Vocabulary without indexing anything.
        The spelling words are made first: a new process need not gather them again from
        thousands of names."""
        self.spelling_words()
        state = {k: v for k, v in vars(self).items() if k not in _MEMOS}
        state["entities"] = {i: _fields(e) for i, e in self.entities.items()}
        state["metrics"] = {i: _fields(m) for i, m in self.metrics.items()}
        return state

    @classmethod
    def from_state(cls, state: dict) -> Vocabulary:
        vocab = cls.__new__(cls)
        vars(vocab).update(state)
        vocab.entities = SavedEntities(state["entities"])
        vocab.metrics = {i: Metric(*f) for i, f in state["metrics"].items()}
        vocab._fuzzy_memo = {}
        vocab._scores = {}
        return vocab

    def update(self, entities: Sequence[Entity], metrics: Sequence[Metric]) -> None:
        """Take in these new or changed entities and metrics (names only ever grow: the
        store rebuilds the vocabulary whole after an edit). The result is the index a new
        Vocabulary of every entity and metric would be."""
        if metrics:
            merged = {**self.metrics, **{m.id: m for m in metrics if m.id is not None}}
            self._index_metrics([merged[i] for i in sorted(merged)])
        if entities:
            self._add_entities(entities)

    def spelling_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """(the metric words, as lemmas and as spelt in names; the words of company
        names): the store's own words a typo may stand for (see spelling.py)."""
        found = self._spelling
        if found is None:
            metric = frozenset(self._metric_words) | frozenset(self._spelt)
            names = frozenset(w for ws in self.entity_words.values() for w in ws)
            found = self._spelling = (metric, names)
        return found

    def _add_entities(self, entities: Sequence[Entity]) -> None:
        self._spelling = None
        names = self._entity_names
        new_words: list[str] = []
        entities = [e for e in entities if e.id is not None]
        every_key = iter(lemmas_of_names([n for e in entities for n in (e.name, *e.aliases)]))
        for e in entities:
            keys = [next(every_key) for _ in range(1 + len(e.aliases))]
            # the entity first, its names after: a name found always leads to it
            self.entity_words[e.id] = frozenset(w for key in keys for w in key)
            keys += _leading_names(keys)
            self.entities[e.id] = e
            for key in keys:
                held = names.get(key)
                if not key or (held is not None and held <= e.id):
                    continue  # a name two entities share stays the first one's (lowest id)
                if len(key) == 1:
                    if key[0] not in self._fuzzy_entity_ids:
                        new_words.append(key[0])
                    self._fuzzy_entity_ids[key[0]] = e.id
                names[key] = e.id
                self._longest_entity = max(self._longest_entity, len(key))
        if new_words:  # new lists swapped in, each sorted
            by_length = dict(self._fuzzy_by_length)
            copied: set[int] = set()
            for word in new_words:
                if len(word) not in copied:
                    by_length[len(word)] = list(by_length.get(len(word), ()))
                    copied.add(len(word))
                bisect.insort(by_length[len(word)], word)
            self._fuzzy_by_length = by_length
            self._fuzzy_memo = {}

    def _index_metrics(self, metrics: Sequence[Metric]) -> None:
        """Every metric's names, built into new containers swapped in at the end."""
        # Metric names: each as a tuple of content lemmas; and every metric word -> metrics.
        # A metric's own names first, then names made from the reporting vocabulary
        # ("A320 Family deliveries" -> "A320 Family handovers", "A320 Family jet ...").
        phrases_of: dict[int, list[tuple[str, ...]]] = {}
        own_phrases: dict[int, int] = {}  # how many of a metric's phrases are its own
        near_from: dict[int, int] = {}  # index of its first phrase in a near family
        # each metric's phrases by word: scoring looks only at phrases it shares a word
        # with (see `score_metrics`)
        phrase_index: dict[int, dict[str, list[int]]] = {}
        metric_words: dict[str, set[int]] = {}
        regions: dict[int, str | None] = {}
        ends: dict[int, str | None] = {}  # "low" / "high" for range ends
        families: dict[int, str | None] = {}  # reporting family key
        modifiers: dict[int, dict[str, frozenset[str]]] = {}
        short_words: dict[int, frozenset[str]] = {}  # "cac", "gta": initials and the like
        worded: set[str] = set()
        for m in metrics:
            modifiers[m.id] = _compound_modifiers((m.name, *m.synonyms))  # type: ignore[index]
            own = [_content(name) for name in _spoken((m.name, *m.synonyms))]
            made = [p for name in (m.name, *m.synonyms) for p in _variants(name, m.unit)]
            short = [p for name in (m.name, *m.synonyms) for p in _short_forms(name, m.unit)]
            made += short
            made += [p for name in (m.name, *m.synonyms) for p in _initialled(name)]
            # the title's forms ("las", "gta"): each short form's first word, when it is
            # no word of the name as written
            said = {w for p in own for w in p} | {w for p in made if p not in short for w in p}
            short_words[m.id] = frozenset(  # type: ignore[index]
                p[0]
                for p in short
                if p[0].isalpha() and p[0] not in said and lemma(p[0]) not in said
            )
            # initials that spell a word ("IS" of "Industrial Service", "MY" of "Mt
            # Yarrin") name the line only when written in capitals
            worded |= {w for w in short_words[m.id] if is_english(w) or w in FILLER}  # type: ignore[index]
            phrases = list(dict.fromkeys(own)) + [p for p in dict.fromkeys(made) if p not in own]
            near = [p for name in (m.name, *m.synonyms) for p in _variants(name, m.unit, True)]
            near_from[m.id] = len(phrases)  # type: ignore[index]
            seen = set(phrases)
            phrases += [p for p in dict.fromkeys(near) if p not in seen]
            index: dict[str, list[int]] = {}  # a phrase once per time it holds the word
            for k, phrase in enumerate(phrases):
                for w in phrase:
                    index.setdefault(w, []).append(k)
            phrase_index[m.id] = index  # type: ignore[index]
            for content in phrases:
                for w in content:
                    metric_words.setdefault(w, set()).add(m.id)  # type: ignore[arg-type]
            phrases_of[m.id] = phrases  # type: ignore[index]
            own_phrases[m.id] = len(set(own))  # type: ignore[index]
            region = reporting.region_of(m.name)
            regions[m.id] = None if region is None or region.whole else region.key  # type: ignore[index]
            ends[m.id] = _range_end(m.name)  # type: ignore[index]
            fam = reporting.family_of(
                _RANGE_END.sub("", m.name), reporting.measure_of_unit(m.unit or "units")
            )
            families[m.id] = fam.key if fam else None  # type: ignore[index]
        # Words as metric names spell them, for typos of an inflected form ("opertaing"
        # is one swap from "operating", whose lemma "operate" is the metric word)
        spelt: dict[str, str] = {}
        for m in metrics:
            for name in (m.name, *m.synonyms):
                for tok in tokenize(name):
                    if tok.lemma in metric_words and tok.text != tok.lemma:
                        spelt.setdefault(tok.text, tok.lemma)
        self.metrics = {m.id: m for m in metrics if m.id is not None}
        self._metric_by_name = {m.name: i for i, m in self.metrics.items()}
        self._metric_phrases = phrases_of
        self._modifiers = modifiers
        self._phrase_index = phrase_index
        self._own_phrases = own_phrases
        self._near_from = near_from
        self.metric_regions = regions
        self.metric_short_words = short_words
        self.short_form_words = frozenset().union(*short_words.values())
        self._worded_initials = frozenset(worded)
        self.metric_ends = ends
        self.metric_families = families
        self._metric_words = metric_words
        self._metric_word_list = sorted(metric_words)
        # the words of the names the store holds, not those made from the vocabulary
        self._own_words = frozenset(
            w for i, phrases in phrases_of.items() for p in phrases[: own_phrases[i]] for w in p
        )
        self._spelt = spelt
        # metric words their names say as verbs ("collected", "shipping")
        self._verbs_said = frozenset(
            lemma_ for text, lemma_ in spelt.items() if text.endswith(("ed", "ing"))
        )
        self._spelt_list = sorted(spelt)
        self._spelling = None
        self._scores: dict[tuple, tuple[float, int, bool, bool]] = {}  # see score_metrics

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
        best: tuple[float, str] | None = None
        n = len(word)
        for length, names in self._fuzzy_by_length.items():
            cutoff = NAME_TYPO_CUTOFF if min(n, length) >= 4 else TYPO_CUTOFF
            if 200 * min(n, length) / (n + length) < cutoff - 1e-9:
                continue
            found = next(
                (
                    f
                    for f in process.extract(
                        word, names, scorer=fuzz.ratio, processor=None, score_cutoff=cutoff, limit=5
                    )
                    if _plausible_slip(word, f[0])
                ),
                None,
            )
            if found is not None and (  # on a tie, the first name in alphabetical order
                best is None or found[1] > best[0] or (found[1] == best[0] and found[0] < best[1])
            ):
                best = (found[1], found[0])
        if len(memo) >= 20_000:
            memo.clear()
        memo[word] = best[1] if best else None
        return memo[word]

    # -- metrics ---------------------------------------------------------------------

    def metric_id(self, name: str) -> int | None:
        """The id of the metric named NAME exactly (the store's own name)."""
        return self._metric_by_name.get(name)

    def is_metric_word(self, word: str) -> bool:
        """Is WORD (a lemma) a word of some metric's names, as it is spelt?"""
        return word in self._metric_words

    def _as_named(self, token: Token) -> str:
        """The token's lemma, or its own spelling where only that is a metric word ("PFS",
        the initials of "Pumps & Flow Solutions", is no plural of "pf")."""
        written = token.text.lower()
        if token.lemma in self._metric_words or written not in self._metric_words:
            return token.lemma
        return written

    def metric_words_in(self, word: str) -> list[str]:
        """The metric vocabulary's words that WORD is (exactly, or misspelt)."""
        code = CURRENCY_WORDS.get(word, "").lower()
        found = [word] if word in self._metric_words else []
        if code in self._metric_words:
            found.append(code)  # "dollar" for the "USD" of "USD revenue" too
        if found:
            return found
        if word in FILLER:
            return []
        return (
            self._nominalized(word)
            or self.verbal_noun(word)
            or [w for w in typos_of(word, self._metric_word_list) if _may_mistype(word, w)]
            or [self._spelt[w] for w in typos_of(word, self._spelt_list)]
            or self._joined(word)
            or self._abbreviated(word)
        )

    def _nominalized(self, word: str) -> list[str]:
        """The metric's verb a noun is made from ('collection' -> 'collect' of "scrap
        collected", 'shipment' -> 'ship'): only a verb some metric's name says as one, so
        'production' is never the noun of "product revenue"."""
        for suffix in ("ions", "ion", "ments", "ment"):
            stem = word.removesuffix(suffix)
            if stem != word and stem in self._verbs_said:
                return [stem]
        return []

    def verbal_noun(self, word: str) -> list[str]:
        """The metric's noun a verb names ('closed' -> 'closure' of "store closures",
        'open' -> 'opening'): the verb's stem with a suffix that makes nouns of verbs.
        (A word after "were" that is an adjective, "stores were open", is never offered:
        see word_roles.predicative.)"""
        verb = verb_lemma(word)
        if verb is None:
            return []
        stem = verb.removesuffix("e")
        return [w for suffix in _NOUN_SUFFIXES if (w := stem + suffix) in self._metric_words]

    def _joined(self, word: str) -> list[str]:
        """Two metric words written as one ('heatpump', 'orderbook')."""
        for i in range(3, len(word) - 2):
            head, tail = word[:i], word[i:]
            if head in self._metric_words and tail in self._metric_words:
                return [head, tail]
        return []

    def clipped(self, word: str) -> bool:
        """Is WORD the clipped start of a word of the store's own metric names, plural or
        not ("comms" of "Communications & Media"), or a metric's own initials ("rasm" of
        "revenue per available seat mile")? Such a word is no typo."""
        if word in self._metric_words and short_acronym(word):
            return True  # (never respelt toward another short word: "rasm" is no "ARS m")
        for stem in (word, word[:-1] if word.endswith("s") else ""):
            found = self._abbreviated(stem) if stem else []
            if found and all(f in self._own_words for f in found):
                return True
        return False

    def _abbreviated(self, word: str) -> list[str]:
        """The metric words WORD is the clipped start of ('infra' -> 'infrastructure',
        'app' -> 'application'): one only, three letters kept and three cut at least; never
        a word with a meaning of its own ('open' is not 'opening')."""
        if len(word) < 3 or not word.isalpha() or parts_of_speech(word):
            return []
        i = bisect.bisect_left(self._metric_word_list, word)
        found = []
        for full in self._metric_word_list[i:]:
            if not full.startswith(word):
                break
            if len(full) >= len(word) + 3:
                found.append(full)
        # "comm": the store's own "commerce" before "commitment", a word of the vocabulary
        for pool in ([f for f in found if f in self._own_words], found):
            one = {f.removesuffix("s") for f in pool}  # "application", "applications"
            if len(one) == 1:
                return pool
        return []

    def score_metrics(
        self,
        tokens: Sequence[Token],
        candidates: set[int],
        verbs: frozenset[str],
        capitals: frozenset[int] = frozenset(),
        regions: Mapping[int, str] | None = None,
    ) -> list[MetricHit]:
        """Score every metric against the question tokens at CANDIDATES indexes, best first.
        CAPITALS: the tokens written in capitals ("IS" may be initials, "is" never).
        REGIONS: token index -> the region it names ("us"): the token reads as every word
        of that region's names ("United States net sales" is named by "the US")."""
        # Question word index -> the metric words it can stand for.
        readings = {i: self.metric_words_in(self._as_named(tokens[i])) for i in candidates}
        for i, key in (regions or {}).items():
            if i in readings:
                named = [w for w in _region_words(key) if w in self._metric_words]
                readings[i] = list(dict.fromkeys([*readings[i], *named]))
        for i, found in readings.items():
            if i not in capitals and self._worded_initials.intersection(found):
                readings[i] = [w for w in found if w not in self._worded_initials]
        unit_wanted = {
            UNIT_WORDS[tokens[i].lemma] for i in candidates if tokens[i].lemma in UNIT_WORDS
        }
        involved = {m for ws in readings.values() for w in ws for m in self._metric_words[w]}
        # Each metric's explained words: those with a reading among its phrases' words.
        explaining: dict[int, set[int]] = {}
        for i, ws in readings.items():
            for w in ws:
                for m in self._metric_words[w]:
                    explaining.setdefault(m, set()).add(i)
        read_as = {i: tuple(ws) for i, ws in readings.items()}
        hits = []
        for metric_id in involved:
            metric = self.metrics[metric_id]
            explained = frozenset(explaining[metric_id])
            if self._modifiers.get(metric_id):
                explained = _without_bare_modifiers(
                    explained, readings, self._phrase_index[metric_id], self._modifiers[metric_id]
                )
                if not explained:
                    continue
            nouns = sum(1 for i in explained if tokens[i].lemma not in verbs)
            # The score below depends only on the metric's phrases and on what the
            # explained words read as: the same few readings recur question after question.
            key = (metric_id, tuple(sorted(read_as[i] for i in explained)))
            score = self._scores.get(key)
            if score is None:
                score = self._score(metric_id, [readings[i] for i in explained])
                if len(self._scores) >= 20_000:
                    self._scores.clear()
                self._scores[key] = score
            coverage, span, own, near = score
            short = self.metric_short_words.get(metric_id, frozenset())
            hits.append(
                MetricHit(
                    metric,
                    explained,
                    coverage,
                    nouns,
                    unit_match=metric.unit in unit_wanted if unit_wanted else False,
                    own=own,
                    span=span,
                    near=near,
                    by_short_form=any(w in short for i in explained for w in readings[i]),
                )
            )
        hits.sort(key=rank_metric, reverse=True)
        return hits

    def _score(self, metric_id: int, read_as: list[list[str]]) -> tuple[float, int, bool, bool]:
        """(coverage, span, own, near) of the metric's best phrase for question words
        read as READ_AS (each word's metric words)."""
        index = self._phrase_index[metric_id]
        found_words = {w for ws in read_as for w in ws}
        n_own, near_from = self._own_phrases[metric_id], self._near_from[metric_id]
        phrases = self._metric_phrases[metric_id]
        # How many of each phrase's words the question has, from the index: only the
        # phrases holding a word found can score above nothing. And each phrase's span
        # (how many of the question's words it takes in, each read as its metric words),
        # from the index too: the words whose readings the index lists it under.
        found_in: Counter[int] = Counter()
        for w in found_words:
            found_in.update(index.get(w, ()))
        spans: Counter[int] = Counter()
        for ws in read_as:
            spans.update({k for w in ws for k in index.get(w, ())})

        plain = {k: n / len(phrases[k]) for k, n in found_in.items() if k < near_from}
        exact: tuple[float, int, bool, bool] = (0.0, 0, n_own > 0, False)
        if plain:
            # the best coverage, and the most question words any own phrase takes in:
            # "revenue growth yoy" is all of "net revenue yoy growth", even where "revenue
            # growth" covers more of a shorter phrase
            top = max(plain.values())
            widest = max(spans[k] for k in plain)
            exact = max((top, widest, k < n_own, False) for k, c in plain.items() if c == top)
        near_ks = sorted(k for k in found_in if k >= near_from)
        closest = exact
        if near_ks:
            closest = max(
                ((found_in[k] / len(phrases[k]), spans[k], False, True) for k in near_ks),
                key=lambda t: (t[1], t[0]),
            )
        # another family's words count only where the metric's own cover fewer words
        return closest if closest[1] > exact[1] else exact


def _plausible_slip(word: str, name: str) -> bool:
    """Could WORD be NAME mistyped? One slip anywhere; two only after the right first
    letter ("Kolovide" is no slip of "Xelovide": an unknown company, not a typo)."""
    return word[:1] == name[:1] or OSA.distance(word, name) <= 1


def _leading_names(keys: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """'Mulga Ridge Resources' is "Mulga" in chat: the first word of a longer name, when
    no English dictionary knows it (a name, not "General" or "United") and it names no
    region ("American"). A name another entity holds stays that entity's."""
    firsts = {key[0] for key in keys if len(key) > 1}
    return [
        (w,)
        for w in sorted(firsts)
        if (w,) not in keys and not is_english(w) and reporting.region_of(w) is None
    ]


class SavedEntities(MutableMapping[int, Entity]):
    """A loaded index's id -> Entity: each made from its saved fields when first read. A
    question reads the few it names; making all 4,400 of a large store cost ~6 ms of a
    new process's first question."""

    def __init__(self, fields: dict[int, tuple]) -> None:
        self._fields = fields
        self._made: dict[int, Entity] = {}

    def __getitem__(self, entity_id: int) -> Entity:
        found = self._made.get(entity_id)
        if found is None:
            found = self._made[entity_id] = Entity(*self._fields[entity_id])
        return found

    def __setitem__(self, entity_id: int, entity: Entity) -> None:
        self._made[entity_id] = entity  # (made first: a reader that finds the id finds it)
        self._fields[entity_id] = _fields(entity)

    def __delitem__(self, entity_id: int) -> None:
        del self._fields[entity_id]
        self._made.pop(entity_id, None)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._fields

    def __iter__(self) -> Iterator[int]:
        return iter(self._fields)

    def __len__(self) -> int:
        return len(self._fields)


# Memos of answers already worked out, rebuilt with the index and never saved with it.
_MEMOS = frozenset({"_fuzzy_memo", "_scores"})


def _fields(item: Entity | Metric) -> tuple:
    return tuple(getattr(item, f.name) for f in dataclasses.fields(item))


_HYPHENATED = patterns.compile(r"\b([A-Za-z]{1,2})-([A-Za-z]{3,})\b")


def _spoken(names: tuple[str, ...]) -> list[str]:
    """NAMES and the ways people type them: 'Care+' as 'Care plus', 'e-bike' joined as
    'ebike'."""
    out = list(names)
    for name in names:
        if "+" in name:
            out.append(name.replace("+", " plus "))
        if _HYPHENATED.search(name):
            out.append(_HYPHENATED.sub(r"\1\2", name))
    return out


# "interchangeable-lens camera units": a hyphened compound before a noun describes that
# noun; it names no product of its own ("lens" is not a lens here). A compound before a
# reporting word ("e-bike units", "A320-family deliveries") is the product itself.
_COMPOUND = patterns.compile(r"\b([A-Za-z0-9]+(?:-[A-Za-z0-9]+)+)\s+([A-Za-z][\w-]*)")


def _compound_modifiers(names: Sequence[str]) -> dict[str, frozenset[str]]:
    """The words of NAMES that only describe the noun after them, each with that noun."""
    heads: dict[str, set[str]] = {}
    for name in names:
        for m in _COMPOUND.finditer(name):
            head = lemmas(m[2])
            if not head or head[0] in reporting.phrase_words() or head[0] in UNIT_WORDS:
                continue
            for word in lemmas(m[1].replace("-", " ")):
                heads.setdefault(word, set()).add(head[0])
    return {w: frozenset(h) for w, h in heads.items()}


def _without_bare_modifiers(
    explained: frozenset[int],
    readings: dict[int, list[str]],
    index: dict[str, list[int]],
    modifiers: dict[str, frozenset[str]],
) -> frozenset[int]:
    """EXPLAINED less the question words that are only a compound's describing words of
    the metric while the noun they describe is not asked about ("lens shipments" is not
    "interchangeable-lens camera shipments")."""
    said = {w for i in explained for w in readings[i]}
    return frozenset(
        i
        for i in explained
        if not all(w in modifiers and not modifiers[w] & said for w in readings[i] if w in index)
    )


def rank_metric(hit: MetricHit) -> tuple:
    return (
        hit.nouns,
        hit.span,
        not hit.near,
        hit.coverage,
        hit.own,
        hit.unit_match,
        len(hit.explained),
    )


@functools.lru_cache(maxsize=64)
def _region_words(key: str) -> tuple[str, ...]:
    """Every content word of the names of the region KEY ("united", "state", "us", ...)."""
    region = next((r for r in reporting.regions() if r.key == key), None)
    if region is None:
        return ()
    return tuple(dict.fromkeys(w for name in region.words for w in _content(name)))


def _content(name: str) -> tuple[str, ...]:
    return _strict_content(name) or lemmas(name)


def _strict_content(phrase: str) -> tuple[str, ...]:
    """PHRASE's words that carry meaning; () for one made of filler ('year on year').
    'Same' is filler in a question, but not in 'same-store sales'."""
    return tuple(w for w in lemmas(phrase) if w not in FILLER or w in _NAMING_FILLER)


_NAMING_FILLER = frozenset({"same"})


_PAIR_LIMIT = 8  # alternatives per place when two places change at once
_NEAR_LIMIT = 32  # words of near families per place: "how many cars did they ship"
_RANGE_END = patterns.compile(r"\s*\(?\b(low|high|lower|upper)\s+end\)?\s*$", re.IGNORECASE)


def without_range_end(name: str) -> str:
    """'revenue (high end)' -> 'revenue': the figure a range's end metric is an end of."""
    return _RANGE_END.sub("", name)


def _range_end(name: str) -> str | None:
    """'motorcycle shipments (low end)' -> 'low': one end of a range stated as two facts."""
    m = _RANGE_END.search(name)
    if m is None:
        return None
    return "low" if m[1].lower() in ("low", "lower") else "high"


@functools.cache
def _family_phrases() -> dict[tuple[str, ...], tuple[str, ...]]:
    """The reporting vocabulary's phrases as content lemmas -> family keys."""
    out: dict[tuple[str, ...], list[str]] = {}
    for fam in reporting.families():
        for phrase in (*fam.words, *fam.narrower):
            keys = out.setdefault(_content(phrase), [])
            if fam.key not in keys:
                keys.append(fam.key)
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def _containing() -> dict[tuple[str, ...], frozenset[str]]:
    """Each family phrase (as `reporting.normalize` writes it) -> the other families one
    of whose longer phrases holds it whole ('net income' -> eps, by 'net income per
    share'; 'orders' -> backlog, by 'order backlog'),
    leaving out the families the phrase names itself ('sales': revenue, units)."""
    phrases = reporting.family_phrases()
    out: dict[tuple[str, ...], set[str]] = {}
    # each longer phrase's shorter runs of words looked up, not every pair of phrases
    # compared (thousands of pairs: ~35 ms of a cold `salesbot ask`)
    for long, keys in phrases.items():
        for n in range(1, len(long)):
            for i in range(len(long) - n + 1):
                own = phrases.get(long[i : i + n])
                if own is not None:
                    out.setdefault(long[i : i + n], set()).update(k for k in keys if k not in own)
    return {k: frozenset(v) for k, v in out.items() if v}


def names_another_family(words: Sequence[str], family: str) -> bool:
    """Do WORDS (a question's words in order, as written) make a whole phrase of another
    family that a longer phrase of FAMILY holds, outside every phrase of FAMILY they
    make? Then they ask about that other family: 'net income' is net profit, never EPS's
    'net income per share'. Words are compared as `reporting.normalize` writes phrases
    (plurals dropped, tenses kept: 'orders booked' is not 'order book')."""
    return _names_another_family(tuple(words), family)


@functools.lru_cache(maxsize=4096)  # asked per candidate metric, of the same few words
def _names_another_family(words: tuple[str, ...], family: str) -> bool:
    phrases, containing = reporting.family_phrases(), _containing()
    said = tuple(w for word in words for w in reporting.normalize(word))
    spans = [(i, j) for i in range(len(said)) for j in range(i + 1, len(said) + 1)]
    # "ebit margin": the words make FAMILY's own longer phrase whole, "ebit" inside it
    own = [  # ("same shop sales": "same store sales" with another noun for the shop)
        (i, j)
        for i, j in spans
        if any(
            family in phrases.get(span, ())
            for span in (said[i:j], *_with_other_products(said[i:j]))
        )
    ]
    # a figure that is a change already ("comparable sales growth") is asked about with
    # growth's words too: they name no other family of it
    changes = reporting.family(family).states_change
    return any(
        family in containing.get(said[i:j], ())
        and not any(a <= i and j <= b for a, b in own)
        and not (changes and set(phrases.get(said[i:j], ())) <= {"growth"})
        for i, j in spans
    )


_CAMEL = patterns.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_ROMAN = {
    "i": "1",
    "ii": "2",
    "iii": "3",
    "iv": "4",
    "v": "5",
    "vi": "6",
    "vii": "7",
    "viii": "8",
    "ix": "9",
    "x": "10",
}


_TITLE_LINKS = frozenset({"of", "the", "and", "a", "an", "in", "on", "to", "for", "at"})


# Endings that make nouns of verbs ("closure", "opening", "shipment", "delivery").
_NOUN_SUFFIXES = ("ure", "ing", "ment", "ion", "y", "al")


def _may_mistype(word: str, target: str) -> bool:
    """Is WORD a typo of TARGET a reader would take it for? A short acronym is one letter
    from another ("ocf", "fcf"), so only its letters swapped count."""
    return not short_acronym(target) or sorted(word) == sorted(target)


def _initialled(name: str) -> list[tuple[str, ...]]:
    """A name with two to four of its lower-case words said by their initials, the way
    reports and chat shorten reporting terms ("constant currency revenue growth" -> "cc
    revenue growth", "free cash flow" -> "fcf", "average selling price" -> "asp",
    "revenue per available seat mile" -> "rasm", small linking words passed over). Only
    initials that are no English word, no filler and no region: "units sold" is never
    "us"."""
    words = re.findall(r"[A-Za-z]+", _RANGE_END.sub("", name))
    found = []
    for k, end in _initialled_runs(words):  # "crpo": current remaining performance obligations
        initials = "".join(w[0] for w in words[k:end] if w not in _INITIALS_SKIP)
        if is_english(initials) or initials in FILLER or reporting.regions_in(initials):
            continue
        # (the initials count as one word: weighing them as the words they stand for
        # made two-letter initials alone name a figure, and cost more than it gained)
        said = [*words[:k], initials, *words[end:]]
        found.append(_content(" ".join(said)))
    return found


# Small words initials pass over: "revenue per available seat mile" is "RASM"
_INITIALS_SKIP = frozenset({"per", "of", "and"})


def _initialled_runs(words: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each run of two to four lower-case words of three letters or more,
    small linking words allowed inside it (never at its ends)."""
    runs = []
    for k in range(len(words)):
        content = 0
        for end in range(k + 1, len(words) + 1):
            w = words[end - 1]
            if w in _INITIALS_SKIP and end - 1 > k:
                continue
            if not (w.islower() and len(w) >= 3) or w in _INITIALS_SKIP:
                break
            content += 1
            if content > 4:
                break
            if content >= 2:
                runs.append((k, end))
    return runs


def _short_forms(name: str, unit: str | None = None) -> list[tuple[str, ...]]:
    """How people shorten a product title in a metric's name ("Grand Theft Auto V units
    sold", "PlayStation 4 consoles sold", "Legend of the Iron Moon units sold"): its
    initials ("gta", "gta5", "gtav"; "lotim" and "lim"), the title joined or split at its
    capitals ("ps4", "playstation4", "play station 4"), each with the rest of the name in
    any of the reporting vocabulary's words ("gta lifetime sales"). Titles are the
    capitalised words before the figure's words, small linking words allowed inside. An
    acronym the name gives in brackets ("Harbour Sensing Array (HSA) units") is a short form
    of its own."""
    given = _GIVEN_ACRONYM.search(name)
    name = _GIVEN_ACRONYM.sub(" ", name)
    raw = re.findall(r"[A-Za-z0-9]+", _RANGE_END.sub("", name))
    title: list[str] = []
    for k, word in enumerate(raw):
        capital = word[0].isupper() or (word[0].isdigit() and bool(title))
        links = bool(title) and word in _TITLE_LINKS and _linked(raw, k)
        if not (capital or links):
            break
        title.append(word)
    rest_words = raw[len(title) :]
    rest = _content(" ".join(rest_words))
    if not title:
        return []
    numeral = ""
    if len(title) > 1 and (title[-1].isdigit() or title[-1].lower() in _ROMAN):
        numeral = title[-1].lower()
        title = title[:-1]
    links = [w for w in title if w in _TITLE_LINKS]
    parts = [p for w in title if w not in _TITLE_LINKS for p in _CAMEL.findall(w)]
    if sum(1 for p in parts if len(p) >= 2 and p.isalpha()) < 2 or any(
        len(p) == 1 and p.isalpha() for p in parts
    ):
        return []  # "Model K3", "U.S.": no initials people would use
    initials = ["".join(p[0] for p in parts if not p.isdigit()).lower()]
    if links:  # "Legend of the Iron Moon": "lotim" as well as "lim"
        every = [p for w in title for p in (_CAMEL.findall(w) if w not in links else [w])]
        initials.insert(0, "".join(p[0] for p in every if not p.isdigit()).lower())
    numbers = [numeral, _ROMAN.get(numeral, numeral)] if numeral else [""]
    forms: list[tuple[str, ...]] = [(given[1].lower(),)] if given else []
    for n in dict.fromkeys(numbers):
        for first in initials:
            forms += [(first + n,), (first, n) if n else (first,)]
        forms.append(("".join(title).lower() + n,))
        forms.append(tuple(p.lower() for p in parts) + ((n,) if n else ()))
    rests = (
        [rest, *_variants(" ".join(rest_words), unit)[: _PAIR_LIMIT * 2]] if rest_words else [rest]
    )
    return [
        tuple(lemma_ for lemma_ in f if lemma_) + r
        for f in dict.fromkeys(forms)
        for r in dict.fromkeys(rests)
    ]


_GIVEN_ACRONYM = patterns.compile(r"\s*\(([A-Z][A-Z0-9&]{1,9})\)")


def _linked(raw: list[str], k: int) -> bool:
    """A small word inside a title links two capitalised words ('Legend of the Iron')."""
    for word in raw[k + 1 :]:
        if word not in _TITLE_LINKS:
            return word[0].isupper()
    return False


def _variants(name: str, unit: str | None, near: bool = False) -> list[tuple[str, ...]]:
    """NAME with its family and product words replaced by the other words of the
    reporting vocabulary for the same thing, one or two places at a time: the ways a
    question may name the metric ("net income change" -> "profit decline"). A variety
    ("gross orders") is replaced only by its family's plain words ("orders"), never by
    another variety. A range end's words are left out: questions name the end apart.
    NEAR: instead, the names in the words of the families the metric's family answers for
    ("vehicle deliveries" -> "vehicle shipments", "car sold"), each with one such word."""
    words = _content(_RANGE_END.sub("", name))
    measure = reporting.measure_of_unit(unit or "units")
    phrases = _family_phrases()
    spans: list[tuple[int, int, list[tuple[str, ...]], int]] = []  # (start, length, alts, near)
    taken: set[int] = set()  # "net loss" is one phrase: its "loss" is not replaced again
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            span = words[i : i + n]
            if taken.intersection(range(i, i + n)):
                continue
            fams = [reporting.family(k) for k in phrases.get(span, ())]
            fitting = [f for f in fams if f.measure in (measure, "per_share")]
            # "sales" in a percentage: revenue or units? Leave an ambiguous word as it is.
            fams = fitting or (fams if len(fams) == 1 else [])
            alts = [_strict_content(w) for f in fams[:1] for w in f.words]
            if n == 1 or fams or reporting.product_nouns(span):
                # "comparable store sales" -> "comparable shop sales"; "e-commerce share"
                # -> "online share"
                alts += _with_other_products(span)
            others = [
                _strict_content(w)
                for f in fams[:1]
                for key in f.answers_for
                for w in reporting.family(key).words
            ]
            alts = [a for a in dict.fromkeys(alts) if a and a != span and _in_its_currency(a, unit)]
            others = [a for a in dict.fromkeys(others) if a and a != span and a not in alts]
            if alts or others:
                taken.update(range(i, i + n))
                spans.append((i, n, alts, len(alts)))
                spans[-1][2].extend(others)
    spans.sort()
    out: list[tuple[str, ...]] = [words] if words != _content(name) and not near else []
    for k, (i, n, alts, n_plain) in enumerate(spans):
        for a, alt in enumerate(alts):
            if (a >= n_plain) == near:
                out.append(words[:i] + alt + words[i + n :])
        for j, m, others, m_plain in spans[k + 1 :]:  # two places at once, capped
            for a, alt in _capped(alts, n_plain):
                for b, other in _capped(others, m_plain):
                    if (a or b) == near:
                        out.append(words[:i] + alt + words[i + n : j] + other + words[j + m :])
    return [p for p in dict.fromkeys(out) if p]


def _in_its_currency(words: tuple[str, ...], unit: str | None) -> bool:
    """Can a metric kept in UNIT be named with WORDS? Not with another currency's name:
    "dollar sales" never names revenue kept in rupees."""
    codes = {CURRENCY_WORDS[w] for w in words if w in CURRENCY_WORDS}
    if not codes or unit is None or len(unit) != 3 or not unit.isupper():
        return True
    dollar = any(w in ("dollar", "dollars") for w in words)
    return unit in codes or (dollar and unit.endswith("D"))


def _capped(alts: list[tuple[str, ...]], n_plain: int) -> list[tuple[bool, tuple[str, ...]]]:
    """The first few plain alternatives and those of near families, each marked
    (near, words)."""
    plain, near = alts[:n_plain][:_PAIR_LIMIT], alts[n_plain:][:_NEAR_LIMIT]
    return [(False, a) for a in plain] + [(True, a) for a in near]


def _with_other_products(span: tuple[str, ...]) -> list[tuple[str, ...]]:
    """SPAN with one of its words swapped for another noun of the same product group
    ('store' -> 'shop'), whether the span is that one word or a longer phrase."""
    out = [_strict_content(other) for other in reporting.product_nouns(span) if len(span) > 1]
    for i, word in enumerate(span):
        for other in reporting.product_nouns(word):
            out.append(span[:i] + _strict_content(other) + span[i + 1 :])
    return out
