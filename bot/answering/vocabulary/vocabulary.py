"""The names a question can use: entities with their aliases, metrics with their synonyms.

Built once per scope from the store and reused until the store changes, so a question
costs a few dictionary lookups plus rapidfuzz over a small list of words, however many
facts the store holds. Names are compared as lemma tuples (see `words.py`); fuzzy
comparison (typos) is rapidfuzz's `ratio` on already-normalised strings.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator, Mapping, MutableMapping, Sequence
from dataclasses import dataclass

from bot import patterns
from bot.answering.english.lexicon import (
    far_key,
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
    name_tokens,
    tokenize,
    unaccented,
)
from bot.answering.vocabulary.name_forms import (
    BUSINESS_UNITS,
    NAMED_RANGE_END,
    capitalised_words,
    compound_modifiers,
    content_words,
    initialled,
    initials_spelling_words,
    named_in_capitals,
    proper_nouns,
    range_end_of,
    region_words,
    short_forms,
    spoken_forms,
    unit_untagged,
    unmeasured,
    unplaced,
    variants,
    whole_unsaid,
    with_other_products,
    without_bare_modifiers,
)
from bot.answering.vocabulary.saved_entities import UNSAVED_MEMOS, SavedEntities, fields_of
from bot.facts import reporting
from bot.facts.model import Entity, Metric
from bot.facts.quantities import CURRENCY_WORDS
from bot.fuzzy import OSA, fuzz, process  # imported on first use (bot/fuzzy.py)

# Nouns a count is named by after the thing counted ("tower count", "number of stores")
_COUNT_NOUNS = frozenset({"count", "number", "tally"})
# The small words between a company's name and a metric's ("cards in force"), and a
# period's end or start said beside its masked dates ("end-Dec 2025")
_SMALL = frozenset({"in", "of", "on", "at", "for", "to", "the", "a", "an", "end", "start"})
# How many words a run of a metric's name chat writes by its initials holds ("heps")
_FEWEST_INITIALS, _MOST_INITIALS = 3, 5

# Similarity (0-100) above which two words are taken as the same word misspelt.
TYPO_CUTOFF = 85


# Shorter words need more than one edit's slack to match: "sny" ~ "sony" (85.7) but not "so".
MIN_FUZZY_LENGTH = 3


# Names of four letters or more may differ by one letter: "soni" ~ "sony" (75).
NAME_TYPO_CUTOFF = 75


@dataclass(frozen=True)
class EntityHit:
    """A company named in a question, and the words that name it."""

    entity_id: int
    first: int  # token index range [first, last] in the question
    last: int
    exact: bool


@dataclass(frozen=True)
class MetricHit:
    """A metric a question's words may name, with how well they name it."""

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


# a word of a name in CamelCase ("GreenRover"), which chat splits ("green rover")
_CAMEL_CASE = patterns.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b")
# a product's code glued to its number, as chat writes it ("rx1200", "pdx18")
_CODE_AND_NUMBER = patterns.compile(r"(?P<code>[a-z]{2,5})(?P<number>\d{1,5})")


def _counted_thing(tokens: Sequence[Token], i: int) -> bool:
    """Is token I the plural noun a count asks of ("how many ships", "number of books")?"""
    before = tuple(t.lemma for t in tokens[max(0, i - 2) : i])
    return tokens[i].text.endswith("s") and before in (("how", "many"), ("number", "of"))


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
        # the fiscal year ends ("07-16") of its entities: which eras their years count in
        self.year_ends: frozenset[str] = frozenset()
        self._spelling: tuple[frozenset[str], frozenset[str]] | None = None
        self._add_entities(entities)
        self._index_metrics(metrics)

    def state(self) -> dict:
        """The built index as plain values (str, int, tuples, sets, dicts): what
        `from_state` turns back into the same Vocabulary without indexing anything.
        The spelling words are made first: a new process need not gather them again from
        thousands of names."""
        self.spelling_words()
        state = {k: v for k, v in vars(self).items() if k not in UNSAVED_MEMOS}
        state["entities"] = {i: fields_of(e) for i, e in self.entities.items()}
        state["metrics"] = {i: fields_of(m) for i, m in self.metrics.items()}
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
            # ... and as written ("salmones" of Salmones Quitralco, whose lemma is
            # "salmone"): a name's word is never respelt into a metric's ("salmons")
            names |= {
                w.lower()
                for e in self.entities.values()
                for n in (e.name, *e.aliases)
                for w in _WRITTEN_WORD.findall(unaccented(n))
            }
            found = self._spelling = (metric, names)
        return found

    def _add_entities(self, entities: Sequence[Entity]) -> None:
        self._spelling = None
        names = self._entity_names
        new_words: list[str] = []
        entities = [e for e in entities if e.id is not None]
        self.year_ends |= {e.fiscal_year_end for e in entities if e.fiscal_year_end}
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
        named_filler: set[str] = set()
        for m in metrics:
            modifiers[m.id] = compound_modifiers((m.name, *m.synonyms))  # type: ignore[index]
            own = [content_words(name) for name in spoken_forms((m.name, *m.synonyms))]
            # (a unit tag is never said, so never part of another way of saying the name)
            untagged = [unit_untagged(name) for name in (m.name, *m.synonyms)]
            untagged += [u for u in (unmeasured(n, m.unit) for n in untagged) if u]
            made = [p for name in untagged for p in variants(name, m.unit)]
            short = [p for name in (m.name, *m.synonyms) for p in short_forms(name, m.unit)]
            made += short
            made += [p for name in (m.name, *m.synonyms) for p in initialled(name)]
            placeless = unplaced(m.name)
            if placeless and placeless not in own:
                made.append(placeless)
            whole = whole_unsaid(m.name)
            if whole and whole not in own:
                made.append(whole)
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
            # (and a line's proper name that is a verb too: "Umkhiwa Mind", "Pipwick Blocks")
            named_filler |= {
                w for w in proper_nouns(m.name) if w in FILLER or "VERB" in parts_of_speech(w)
            } | named_in_capitals(m.name)
            named_filler |= initials_spelling_words(m.name)
            phrases = list(dict.fromkeys(own)) + [p for p in dict.fromkeys(made) if p not in own]
            near = [p for name in untagged for p in variants(name, m.unit, True)]
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
            ends[m.id] = range_end_of(m.name)  # type: ignore[index]
            fam = _family_of_metric(m.name, m.unit)
            families[m.id] = fam.key if fam else None  # type: ignore[index]
        # Words as metric names spell them, for typos of an inflected form ("opertaing"
        # is one swap from "operating", whose lemma "operate" is the metric word); and the
        # words they write in lower case (a line's common word: "retail", never a brand)
        spelt: dict[str, str] = {}
        lower: set[str] = set()
        for m in metrics:
            for name in (m.name, *m.synonyms):
                capitalised = capitalised_words(name)  # a brand's, a line's own ("Glimmer")
                for tok in tokenize(name):
                    if tok.lemma in metric_words and tok.text != tok.lemma:
                        spelt.setdefault(tok.text, tok.lemma)
                    if tok.text not in capitalised:
                        lower.add(tok.lemma)
        self.metrics = {m.id: m for m in metrics if m.id is not None}
        # the units the store's figures are in ("PKR", "AUD"): which currency a sign that
        # several share ("Rs", "$") is, where the store holds just one of them
        self.units = frozenset(m.unit for m in self.metrics.values())
        self._metric_by_name = {m.name: i for i, m in self.metrics.items()}
        self._metric_phrases = phrases_of
        self._modifiers = modifiers
        self._phrase_index = phrase_index
        self._own_phrases = own_phrases
        self._near_from = near_from
        self.metric_regions = regions
        # (the regions any figure is of: asked of every question, made once)
        self.regions_held = frozenset(k for k in regions.values() if k)
        self.metric_short_words = short_words
        self.short_form_words = frozenset().union(*short_words.values())
        self._worded_initials = frozenset(worded)
        # chat's filler that a line of business is named by here ("Memory revenue"): a
        # question saying it names that line, never nothing
        self.named_filler = frozenset(named_filler)
        self.metric_ends = ends
        self.metric_families = families
        self._metric_words = metric_words
        self._metric_word_list = sorted(metric_words)
        # the words of the names the store holds, not those made from the vocabulary
        self._own_words = frozenset(
            w for i, phrases in phrases_of.items() for p in phrases[: own_phrases[i]] for w in p
        )
        self._lower_case_words = frozenset(lower)
        # the first two and three words of the store's own names ("tractor sale")
        self._own_name_starts = frozenset(
            p[:size]
            for i, phrases in phrases_of.items()
            for p in phrases[: own_phrases[i]]
            for size in (2, 3)
            if len(p) >= size
        )
        self._name_first_words = frozenset(s[0] for s in self._own_name_starts)
        # the first two words of the store's own names of two words or more, as written
        # ("data revenue", whose "data" the names' content words leave out as filler)
        self._line_first_pairs = frozenset(
            (lemma(words[0].text), lemma(words[1].text))
            for m in metrics
            if len(words := tokenize(m.name.lower())) >= 2 and words[0].text.isalpha()
        )
        self._line_first_words = frozenset(w for w, _ in self._line_first_pairs)
        # every two words said one after the other in the store's own names ("health plan")
        self._own_pairs = frozenset(
            p[k : k + 2]
            for i, phrases in phrases_of.items()
            for p in phrases[: own_phrases[i]]
            for k in range(len(p) - 1)
        )
        self._spelt = spelt
        self._name_initials: frozenset[str] | None = None  # (`_initials_of_names`)
        self._camel_words: frozenset[str] | None = None  # (`_camel_case_words`)
        # metric words their names say as verbs ("collected", "shipping")
        self._verbs_said = frozenset(
            lemma_ for text, lemma_ in spelt.items() if text.endswith(("ed", "ing"))
        )
        self._spelt_list = sorted(spelt)
        # the initials metric names are written in ("RTD net sales", "PKT orders")
        self.acronyms = frozenset(
            w.lower()
            for m in metrics
            for w in _CAPITALS.findall(m.name)
            if not is_english(w.lower())
        )
        self._spelling = None
        self._scores: dict[tuple, tuple[float, int, bool, bool]] = {}  # see score_metrics

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
                if taken.intersection(span) or not _written_together(tokens, i, n):
                    continue
                entity_id = self._entity_names.get(tuple(words[i : i + n]))
                if entity_id is not None and self._owner_ends_before(tokens, i, n, entity_id):
                    continue
                if entity_id is not None and self._a_line_of_its_own(words[i : i + n], entity_id):
                    continue
                if entity_id is not None:
                    n = self._name_before_metric(words, i, n, entity_id, tokens)
                    hits.append(EntityHit(entity_id, i, i + n - 1, exact=True))
                    taken.update(range(i, i + n))
                    break
        for i, word in enumerate(words):
            entity_id = None if i in taken else self.slip_of_name(word)
            if entity_id is not None:
                hits.append(EntityHit(entity_id, i, i, exact=False))
                taken.add(i)
        return sorted(hits, key=lambda h: h.first)

    def _owner_ends_before(self, tokens: Sequence[Token], i: int, n: int, entity_id: int) -> bool:
        """Does a possessive end the name before the N words at I do ("Vellmar's
        lithography segment" of Vellmar Lithography, whose figures name a lithography line:
        the words after it are what it owns), the company's own name not written so
        ("Sainsbury's Bank")?"""
        written = {name.lower().replace("’", "'") for name in self._names_written(entity_id)}
        for k in range(i, i + n - 1):
            text = tokens[k].text.replace("’", "'")
            if text.endswith(("'s", "s'")) and not any(text in name for name in written):
                # (where the word after it begins a figure's name: "Oskana's uranium
                # output" of Oskana Uranium, whose names begin with no uranium, is the
                # company)
                return tokens[k + 1].lemma in self._name_first_words
        return False

    def _a_line_of_its_own(self, key: list[str], entity_id: int) -> bool:
        """Is the alias KEY (two words or more) a product line the company states figures
        for under that name ("Azul RH" of Nuvem Azul, whose figures include "Azul RH
        ARR"), never its own name's first words? Said, it names that line's figures (which
        imply the company), never the whole company's ("Azul RH revenue" is no revenue of
        Nuvem Azul's)."""
        if len(key) < 2 or tuple(key) == lemmas(self.entities[entity_id].name)[: len(key)]:
            return False
        return any(len(s) > len(key) and list(s[: len(key)]) == key for s in self._own_name_starts)

    def _names_written(self, entity_id: int) -> tuple[str, ...]:
        entity = self.entities[entity_id]
        return (entity.name, *entity.aliases)

    def _name_before_metric(
        self, words: list[str], i: int, n: int, entity_id: int, tokens: Sequence[Token]
    ) -> int:
        """How many of the N words at I name the company: fewer, where a shorter form
        names it too and the words left over begin a metric's name with the word after
        ("haldhar tractor sales" of Haldhar Tractors, whose figures are "tractor sales")."""
        # ("harrowgate cabinets segment sales": the line's noun said between)
        # (and its small words: "mizuhiki cards in force" of "cards in force")
        following = [w for w in words[i + n :] if w not in BUSINESS_UNITS and w not in _SMALL]
        after = following[0] if following else None
        for k in range(1, n):
            if after is None:
                # ("mizuhiki cards at end-Dec" of Mizuhiki Card, whose figures are "cards
                # in force": the name's last word, said last, begins a metric's name)
                rest = words[i + k : i + n]
                if (
                    len(rest) == 1
                    and self._entity_names.get(tuple(words[i : i + k])) == entity_id
                    # (written otherwise than the name writes it: "cards" of "Card";
                    # "lotus pearl" said last is the company whole)
                    and tokens[i + n - 1].text.lower() not in self.name_words_of(entity_id)
                    and any(s[0] == rest[0] for s in self._own_name_starts)
                    and rest[0] not in reporting.phrase_words()
                ):
                    return k
                continue
            if self._entity_names.get(tuple(words[i : i + k])) != entity_id:
                continue
            # (a metric's own name begins with them: "tractor sales", never "tractors
            # revenue" nor "rail revenue" of "Rail Services revenue"; and they name a
            # thing, never a reporting word: "Tarrow Group profit" is no "group profit")
            rest = words[i + k : i + n]
            if (*rest, after) in self._own_name_starts and not set(rest) & reporting.phrase_words():
                return k
            # ("birchley pharmacy same-store sales" of the alias "Birchley pharmacies", whose
            # figures are "same-store pharmacy sales": the words left over and the next
            # one are all words of one metric's name, in any order; never words of the
            # company's own name: "Oxley Mills kilos", "Starling Bay attendance")
            if (
                not set(rest) & reporting.phrase_words()
                and not set(rest) & set(lemmas(self.entities[entity_id].name))
                and self._one_metric_names((*rest, after))
            ):
                return k
            # ("karoo tower count" of Karoo Towers, whose figures are "towers owned": the
            # thing a figure counts, then the noun of its count)
            if after in _COUNT_NOUNS and any(s[0] == rest[0] for s in self._own_name_starts):
                return k
        return n

    def slip_of_name(self, lemma: str) -> int | None:
        """The company whose one-word name the word LEMMA misspells (never its exact name,
        filler, a number or a metric's own word: a metric's word is never a misspelt
        company)."""
        if lemma in FILLER or len(lemma) < MIN_FUZZY_LENGTH or lemma.isdigit():
            return None
        if lemma in self._metric_words or (lemma,) in self._entity_names:
            return None
        best = self._misspelt_entity_word(lemma)
        return None if best is None else self._fuzzy_entity_ids[best]

    def name_words_of(self, entity_id: int) -> frozenset[str]:
        """The words, as written, of the company's name and its aliases (lower case)."""
        names = self._names_written(entity_id)
        return frozenset(w for name in names for w in re.findall(r"[a-z0-9]+", name.lower()))

    def _one_metric_names(self, words: tuple[str, ...]) -> bool:
        """Are WORDS all words of some one metric's names?"""
        found = [self._metric_words.get(w) for w in words]
        return all(found) and bool(set.intersection(*found))  # type: ignore[arg-type]

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

    def metric_id(self, name: str) -> int | None:
        """The id of the metric named NAME exactly (the store's own name)."""
        return self._metric_by_name.get(name)

    def begins_a_name(self, first: str, second: str) -> bool:
        """Do two words (lemmas) begin one of the store's own metric names ("current RPO",
        "contracted sales")?"""
        return (first, second) in self._own_name_starts

    def begins_a_proper_name(self, first: str) -> bool:
        """Is a word (its lemma) the first of one of the store's own metric names, where the
        name writes it capitalised ("Land" of "Land Systems revenue")?"""
        return first not in self._lower_case_words and any(
            s[0] == first for s in self._own_name_starts
        )

    def says_together(self, first: str, second: str) -> bool:
        """Does one of the store's own metric names say two words (lemmas) one after the
        other, anywhere in it ("health plan" of "pet health plan members")?"""
        return (first, second) in self._own_pairs

    def writes_as_verb(self, text: str) -> bool:
        """Does some metric's name write TEXT, a verb's form ("contracted" of "contracted
        sales")?"""
        return text.endswith(("ed", "ing")) and self._spelt.get(text) is not None

    def names_a_line(self, lemma: str, written: str) -> bool:
        """Is a word (its LEMMA, and as WRITTEN) a word the store's own metric names write in
        lower case that is no kind of figure by itself nor a basis of one ("retail" of
        "retail gross gaming revenue", never "sales", "reported" nor a brand, "Glimmer")?"""
        return (
            lemma in self._own_words
            and lemma in self._lower_case_words
            and not reporting.families_of((lemma,))
            and not {lemma, written} & reporting.qualifiers()
        )

    def starts_a_line(self, word: str, then: str | None = None) -> bool:
        """Does one of the store's own names of two words or more begin with WORD ("data"
        of "data revenue", "data subscribers")? With THEN, the word said after it: do
        the two begin one ("data revenue")?"""
        if then is None:
            return word in self._line_first_words
        return (word, then) in self._line_first_pairs

    def cut_as_names_write(self, tokens: list[Token]) -> list[Token]:
        """TOKENS cut as the store's names write them: two words a name writes as one
        ("green rover", "green-rover" of "GreenRover"), one word a name writes as a code
        and its number ("rx1200" of "RX 1200", "pdx18" of "PDX 18-4")."""
        out: list[Token] = []
        i = 0
        while i < len(tokens):
            t = tokens[i]
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            joined = t.text + after.text if after is not None else ""
            if (
                after is not None
                and after.start - t.end <= 1  # (a space or a hyphen between)
                and joined in self._camel_case_words()
            ):
                out.append(Token(joined, joined, t.start, after.end))
                i += 2
                continue
            code = _CODE_AND_NUMBER.fullmatch(t.text)
            if (
                code is not None
                and t.text not in self._metric_words
                and code["code"] in self._metric_words
                and code["number"] in self._metric_words
            ):
                cut = t.start + len(code["code"])
                out += [
                    Token(code["code"], code["code"], t.start, cut),
                    Token(code["number"], code["number"], cut, t.end),
                ]
            else:
                out.append(t)
            i += 1
        return out

    def _camel_case_words(self) -> frozenset[str]:
        """The words the store's metric names write in CamelCase ("GreenRover",
        "ProDrill"), in lower case, worked out at the first question that may cut one, and
        again after the names change (`_index_metrics`)."""
        found = getattr(self, "_camel_words", None)  # (a vocabulary saved before it)
        if found is None:
            found = self._camel_words = frozenset(
                w.lower() for m in self.metrics.values() for w in _CAMEL_CASE.findall(m.name)
            )
        return found

    def writes_in_a_name(self, word: str) -> bool:
        """Does one of the store's metric names write WORD (a lemma), even a word of chat's
        filler its matching passes over ("management" of "customer management revenue")?"""
        return word in self._metric_words or word in self._lower_case_words

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
            # ("utilization" is one company's word, "utilisation" another's: both, as the
            # one word they are)
            return found + [v for v in spelling_variants(word) if v in self._metric_words]
        if word in FILLER or self._initials_of_a_name(word):
            return []  # ("heps": read as its name's initials, never as "hens": defined_terms)
        if reporting.family_of(word) is not None:
            return []  # ("arpu", "ebitda": figures of their own, never a slip of another's)
        return (
            [v for v in spelling_variants(word) if v in self._metric_words]
            or self._adjective_of(word)
            or self._nominalized(word)
            or self._held_as(word)
            or self.verbal_noun(word)
            or [w for w in typos_of(word, self._metric_word_list) if _may_mistype(word, w)]
            or [self._spelt[w] for w in typos_of(word, self._spelt_list)]
            or self._joined(word)
            or self._abbreviated(word)
            or self._compound_head(word)
        )

    def _says_itself(self, metric_id: int, word: str) -> bool:
        """Is WORD in one of the metric's own names (never only in its family's words)?"""
        own = self._metric_phrases[metric_id][: self._own_phrases[metric_id]]
        # (or another noun of a product it names: "ships" of "vessels delivered")
        return any(word in phrase for phrase in own) or any(
            word in reporting.product_nouns(w) for phrase in own for w in phrase
        )

    def _compound_head(self, word: str) -> list[str]:
        """The store's own word a verb begins as its compound's head ('knit' of
        "knitwear", 'bake' of "bakeware"): the rest a noun of its own, one such word only.
        (A verb alone is no figure's name, and would be passed over.)"""
        if len(word) < 3 or parts_of_speech(word) != {"VERB"}:
            return []
        found = {
            full
            for full in self._metric_words_starting(word)
            if full in self._own_words
            and len(full) >= len(word) + 3
            and "NOUN" in parts_of_speech(full[len(word) :])
        }
        return list(found) if len(found) == 1 else []

    def _metric_words_starting(self, word: str) -> Iterator[str]:
        """The metric words that begin with WORD, longer or not, from the sorted list."""
        i = bisect.bisect_left(self._metric_word_list, word)
        for full in self._metric_word_list[i:]:
            if not full.startswith(word):
                return
            yield full

    def _adjective_of(self, word: str) -> list[str]:
        """The metric's adjective an adverb is made from ('organically' -> 'organic' of
        "organic net sales growth")."""
        for suffix in ("ally", "ly"):
            stem = word.removesuffix(suffix)
            if stem != word and len(stem) >= 4 and stem in self._metric_words:
                return [stem]
        return []

    def _nominalized(self, word: str) -> list[str]:
        """The metric's verb a noun is made from ('collection' -> 'collect' of "scrap
        collected", 'shipment' -> 'ship', 'closure' -> 'close'): only a verb some metric's
        name says as one, so 'production' is never the noun of "product revenue"."""
        for suffix in ("ions", "ion", "ments", "ment", "ings", "ing", "ures", "ure", "als", "al"):
            stem = word.removesuffix(suffix)
            # ("openings" of "stores opened"; "closures" of "stores closed"; "arrivals" of
            # "passengers arrived")
            for verb in (stem, stem + "e"):
                if stem != word and verb in self._verbs_said:
                    return [verb]
        return []

    def _held_as(self, word: str) -> list[str]:
        """The metric's noun of what is held that WORD names the holders of ('members' of
        "gym memberships", 'owner' of "ownership")."""
        for stem in (word, word.removesuffix("s")):
            if len(stem) < 3:
                continue  # ("'s": no stem, and "ship" no noun of what it holds)
            for held in (stem + "ship", stem + "ships"):
                if stem != held and held in self._metric_words:
                    return [held]
        return []

    def verbal_noun(self, word: str) -> list[str]:
        """The metric's noun a verb names ('closed' -> 'closure' of "store closures",
        'open' -> 'opening'; 'earn' -> 'earnings', held in the plural only): the verb's
        stem with a suffix that makes nouns of verbs. (A word after "were" that is an
        adjective, "stores were open", is never offered: see word_roles.predicative.)"""
        verb = verb_lemma(word)
        if verb is None:
            return []
        stem = verb.removesuffix("e")
        found = []
        for made in (stem + suffix for suffix in _NOUN_SUFFIXES):
            # ("enrolled" -> "enrollment", which a British name writes "enrolment")
            for noun in (made, *spelling_variants(made)):
                if noun in self._metric_words:
                    found.append(noun)
                elif noun + "s" in self._metric_words:
                    found.append(noun + "s")  # a noun the vocabulary has in the plural only
        return found

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
        if self._initials_of_a_name(word):
            return True  # ("heps" of "headline earnings per share": never "hens")
        for stem in (word, word[:-1] if word.endswith("s") else ""):
            found = self._abbreviated(stem) if stem else []
            if found and all(f in self._own_words for f in found):
                return True
        return False

    def _initials_of_a_name(self, word: str) -> bool:
        """Is WORD (maybe plural) a short word the dictionary lacks that spells the
        initials of a run of a metric name's words?"""
        return short_acronym(word) and bool(
            {word, word.removesuffix("s")} & self._initials_of_names()
        )

    def _initials_of_names(self) -> frozenset[str]:
        """The initials of each run of three to five words of the store's own metric names
        ("heps" of "headline earnings per share"), worked out at the first word that may
        be one, and again after the names change (`_index_metrics`)."""
        found = getattr(self, "_name_initials", None)  # (a vocabulary saved before it)
        if found is None:
            found = self._name_initials = frozenset(
                "".join(w[0] for w in words[i:j])
                for m in self.metrics.values()
                for words in (re.findall(r"[a-z]+", m.name.lower()),)
                for i in range(len(words))
                for j in range(i + _FEWEST_INITIALS, min(len(words), i + _MOST_INITIALS) + 1)
            )
        return found

    def _abbreviated(self, word: str) -> list[str]:
        """The metric words WORD is the clipped start of ('infra' -> 'infrastructure',
        'app' -> 'application'): one only, three letters kept and three cut at least; never
        a word with a meaning of its own ('open' is not 'opening'; 'ebit', a figure of the
        reporting vocabulary, is not 'EBITDAaL')."""
        if len(word) < 3 or not word.isalpha() or parts_of_speech(word):
            return []
        if reporting.family_of(word) is not None:
            return []
        # (the store's own words are kept as lemmas: "recur" of "recurring" is as clipped by
        # "rec" as any word three letters longer)
        found = [
            full
            for full in self._metric_words_starting(word)
            if len(full) >= len(word) + (2 if full in self._own_words else 3)
        ]
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
                named = [w for w in region_words(key) if w in self._metric_words]
                readings[i] = list(dict.fromkeys([*readings[i], *named]))
        for i in readings:
            if tokens[i].lemma == "new" and not (i and tokens[i - 1].lemma == "net"):
                # "new stores in Q4": the stores opened then ("net new": the count's change)
                readings[i] = [*readings[i], *self.verbal_noun("open"), *self.verbal_noun("add")]
        # "how many restaurants opened": what was done, named by the verb's noun too
        # ("new restaurant openings"), never by the adjective ("restaurants open")
        done = {
            i: nouns
            for i in readings
            if _past_tense(tokens[i]) and (nouns := self.verbal_noun(tokens[i].lemma))
        }
        for i, nouns in done.items():
            readings[i] = list(dict.fromkeys([*readings[i], *nouns]))
        for i, found in readings.items():
            if i not in capitals and self._worded_initials.intersection(found):
                readings[i] = [w for w in found if w not in self._worded_initials]
        unit_wanted = {
            UNIT_WORDS[tokens[i].lemma] for i in candidates if tokens[i].lemma in UNIT_WORDS
        }
        involved = {m for ws in readings.values() for w in ws for m in self._metric_words[w]}
        # Each metric's explained words: those with a reading among its phrases' words.
        explaining: dict[int, set[int]] = {}
        # "how many ships did they operate": what is counted, a noun, never the verb of
        # shipping; only a name that says it
        counted = {i for i in readings if tokens[i].lemma in verbs and _counted_thing(tokens, i)}
        for i, ws in readings.items():
            region = (regions or {}).get(i)
            for w in ws:
                for m in self._metric_words[w]:
                    if i in counted and not self._says_itself(m, w):
                        continue
                    if i in done and _names_as_adjective(self.metrics[m].name, w):
                        continue
                    # a word naming a region explains only that region's figures ("South
                    # Africa" is no word of "Rest of Africa sales")
                    if region is None or self.metric_regions.get(m) in (region, None):
                        explaining.setdefault(m, set()).add(i)
        read_as = {i: tuple(ws) for i, ws in readings.items()}
        hits = []
        for metric_id in involved:
            metric = self.metrics[metric_id]
            explained = frozenset(explaining.get(metric_id, ()))
            if not explained:
                continue  # (its only words named another region)
            if self._modifiers.get(metric_id):
                explained = without_bare_modifiers(
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
            # (its fields set at once, not one frozen __setattr__ each: ~1 us of each of
            # the dozen hits a question makes)
            hit = _new(MetricHit)
            hit.__dict__.update(
                metric=metric,
                explained=explained,
                coverage=coverage,
                nouns=nouns,
                unit_match=metric.unit in unit_wanted if unit_wanted else False,
                own=own,
                span=span,
                near=near,
                # (most metrics have no short form: no word of theirs read for one)
                by_short_form=bool(short)
                and any(w in short for i in explained for w in readings[i]),
            )
            hits.append(hit)
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


# British and American spellings of one word: "fibre" / "fiber", "labour" / "labor",
# "utilisation" / "utilization", "analyse" / "analyze", "catalogue" / "catalog"
_VARIANT_ENDINGS = (
    ("re", "er"),
    ("res", "ers"),
    ("our", "or"),
    ("ours", "ors"),
    ("ise", "ize"),
    ("ised", "ized"),
    ("isation", "ization"),
    ("yse", "yze"),
    ("ogue", "og"),
)
# ... and one "l" or two before an ending: "cancelation" / "cancellation", "modeling",
# "enrolment" / "enrollment"
_DOUBLED_L = patterns.compile(r"(?<=[aeiou])(l{1,2})(?=(?:ation|ed|ing|er|ers|ment|ments)$)")


def _past_tense(token: Token) -> bool:
    """Is TOKEN a verb written in its past tense ("opened", "closed", "added")?"""
    written = token.text
    return written.endswith("ed") and written != token.lemma and verb_lemma(written) == token.lemma


def _names_as_adjective(name: str, word: str) -> bool:
    """Does NAME write WORD bare where it is an adjective ("open" of "restaurants open")?"""
    return "ADJ" in parts_of_speech(word) and any(t.text == word for t in name_tokens(name))


def _written_together(tokens: Sequence[Token], i: int, n: int) -> bool:
    """Are the N tokens at I written one after the other (a space, a hyphen or " & "
    between), never across words taken out before ("swiftmere fy24 parcel volume": no
    "Swiftmere Parcel")?"""
    return all(tokens[k + 1].start - tokens[k].end <= 3 for k in range(i, i + n - 1))


def spelling_variants(word: str) -> list[str]:
    """WORD as the other side of the Atlantic spells it (each way it may be respelt)."""
    out = []
    for a, b in _VARIANT_ENDINGS:
        for this, that in ((a, b), (b, a)):
            if word.endswith(this) and len(word) > len(this) + 2:
                out.append(word[: -len(this)] + that)
    m = _DOUBLED_L.search(word)
    if m:
        other = "l" if m.group(1) == "ll" else "ll"
        out.append(word[: m.start()] + other + word[m.end() :])
    return out


_CAPITALS = patterns.compile(r"\b[A-Z]{2,5}\b")


def _plausible_slip(word: str, name: str) -> bool:
    """Could WORD be NAME mistyped? One slip anywhere; two only after the right first
    letter ("Kolovide" is no slip of "Xelovide": an unknown company, not a typo). A first
    letter typed for another is a key next to it: "hong" is no "Song" ("Hong Ha Plastics"
    is another company), "aony" may be Sony."""
    if word[:1] == name[:1]:
        return True
    return OSA.distance(word, name) <= 1 and not far_key(word, name)


def _leading_names(keys: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """'Mulga Ridge Resources' is "Mulga" in chat: the first word of a longer name, when
    it can only be a name (_names_only) and names no region ("American"). A name another
    entity holds stays that entity's."""
    firsts = {key[0] for key in keys if len(key) > 1}
    return [
        (w,)
        for w in sorted(firsts)
        if (w,) not in keys and _names_only(w) and reporting.region_of(w) is None
    ]


def _names_only(word: str) -> bool:
    """Can WORD, leading a company's name, stand for the company alone? When no English
    dictionary knows it ("Mulga"), or it is only ever a noun that no report uses for a
    figure ("Juniper & Vine" is "juniper", "Basalt Creek" "basalt"): never a word that
    also describes or does ("General", "United", "Square"), nor a reporting word
    ("Energy", "Target"), which a question uses for what it says."""
    if not is_english(word):
        return True
    return (
        parts_of_speech(word) == frozenset({"NOUN"})
        and len(word) >= 4
        and word not in reporting.phrase_words()
        and word not in reporting.genus_words()
        and word not in UNIT_WORDS
        and not reporting.families_of(word)
    )


_new = object.__new__


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


# Endings that make nouns of verbs ("closure", "opening", "shipment", "delivery").
_NOUN_SUFFIXES = ("ure", "ing", "ment", "ion", "y", "al")


def _may_mistype(word: str, target: str) -> bool:
    """Is WORD a typo of TARGET a reader would take it for? A short acronym is one letter
    from another ("ocf", "fcf"), so only its letters swapped count."""
    return not short_acronym(target) or sorted(word) == sorted(target)


def _family_of_metric(name: str, unit: str | None) -> reporting.Family | None:
    """The family of a stored metric, by its name and unit. A change's word in the name of
    a figure that is no percentage is a noun of the trade ("mass table drop" in pesos,
    "grow area" in hectares, "gain on disposal" in dollars): a level, never a change."""
    measure = reporting.measure_of_unit(unit or "units")
    bare = NAMED_RANGE_END.sub("", name)
    fam = reporting.family_of(bare, measure)
    if fam is not None and fam.states_change and fam.measure != measure:
        return next((f for f in reporting.families_of(bare) if not f.states_change), None)
    if fam is not None and fam.key == "growth":
        # ("same-centre sales growth": comparable sales, "same store sales" with another
        # noun of the trade, never any growth)
        return _comparable_by_its_noun(bare, measure) or fam
    return fam


def _comparable_by_its_noun(name: str, measure: str) -> reporting.Family | None:
    """The change family NAME belongs to with one of its words swapped for another noun of
    the same products ("centre" for "store"), if any but growth itself."""
    for alt in with_other_products(content_words(name)):
        found = reporting.family_of(alt, measure)
        if found is not None and found.states_change and found.key != "growth":
            return found
    return None


_WRITTEN_WORD = patterns.compile(r"[A-Za-z]{4,}")
