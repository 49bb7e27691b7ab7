"""From a question's text to a Query: which entity, metric, period, kind and intent it asks.

Order matters and is the heart of robust matching: grammar first (dates, periods), then
names the store knows (entities), then the small lexicons (kind, intent, revision), then
metrics scored with rapidfuzz on what is left, and last filler words. Whatever no step
explains is kept in `unexplained`: a question about something the store does not know
("TV revenue", "Samsung", "PCs") must not be answered with a figure about something else.
"""

from __future__ import annotations

import calendar
import enum
import re
from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz, process

from bot.answering.vocabulary import TYPO_CUTOFF, MetricHit, Vocabulary, rank_metric
from bot.answering.words import (
    ACTUAL_WORDS,
    CHANGE_VERBS,
    CURRENT_WORDS,
    EXPECTED_WORDS,
    FILLER,
    FORECAST_WORDS,
    GROWTH_WORDS,
    HISTORY_WORDS,
    ORIGINAL_WORDS,
    PREVIOUS_WORDS,
    SEQUENTIAL_WORDS,
    SERIES_WORDS,
    SOURCE_WORDS,
    TARGET_MET_WORDS,
    TARGET_WORDS,
    TREND_WORDS,
    UNIT_WORDS,
    Token,
    is_noise,
    tokenize,
)
from bot.facts.model import Kind, Quantity
from bot.facts.periods import PeriodMention, find_periods
from bot.facts.quantities import find_quantities

MAX_QUESTION_LENGTH = 500

# Words that name an action rather than a thing: they never decide which metric is meant.
VERBS = (
    GROWTH_WORDS
    | TARGET_MET_WORDS
    | frozenset(
        {
            "sell",
            "ship",
            "make",
            "earn",
            "post",
            "report",
            "lose",
            "deliver",
            "generate",
            "register",
            "achieve",
            "move",
            "bring",
            "book",
        }
    )
)
LEXICON = (
    TARGET_WORDS
    | FORECAST_WORDS
    | EXPECTED_WORDS
    | ACTUAL_WORDS
    | TARGET_MET_WORDS
    | GROWTH_WORDS
    | TREND_WORDS
    | SEQUENTIAL_WORDS
    | ORIGINAL_WORDS
    | PREVIOUS_WORDS
    | CURRENT_WORDS
    | HISTORY_WORDS
    | CHANGE_VERBS
    | SOURCE_WORDS
)
_LEXICON_LIST = sorted(LEXICON)
_FILLER_LIST = sorted(FILLER)
# Growth words a metric's own name may contain ("sales growth"): offered to metrics first.
_METRIC_MAY_CLAIM = GROWTH_WORDS | CHANGE_VERBS

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_AS_OF = re.compile(
    rf"\b(?:as\s+(?:of|at))\s+(?:"
    rf"(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})"
    rf"|(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH})\.?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH})\.?\s+(?:(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?(?P<y2>\d{{4}})"
    rf")\b",
    re.IGNORECASE,
)
_TREND_PHRASE = re.compile(
    r"\b(?:over\s+(?:the\s+)?(?:time|years|quarters)|by\s+(?:year|quarter)|each\s+(?:year|quarter)"
    r"|per\s+(?:year|quarter)|year\s+by\s+year|quarter\s+by\s+quarter|over\s+the\s+years)\b",
    re.IGNORECASE,
)


class Intent(str, enum.Enum):
    VALUE = "value"  # one figure
    HISTORY = "history"  # every revision of a figure
    TARGET_MET = "target-met"  # actual against its target or forecast
    GROWTH = "growth"  # one figure against another period's
    TREND = "trend"  # every period of a metric (a chart)
    SOURCE = "source"  # which fact states this amount, and where it comes from


class Revision(str, enum.Enum):
    CURRENT = "current"
    ORIGINAL = "original"
    PREVIOUS = "previous"
    ALL = "all"
    AS_OF = "as-of"


@dataclass(frozen=True)
class Query:
    text: str
    entity_ids: tuple[int, ...]
    metrics: tuple[MetricHit, ...]  # the best-ranked metrics (several only on a tie)
    kind: Kind | None  # None: not said
    expected: bool  # "will ...": a target or a forecast, whichever the store has
    periods: tuple[PeriodMention, ...]
    intent: Intent
    revision: Revision
    as_of: date | None
    sequential: bool  # growth against the previous quarter rather than a year earlier
    unexplained: tuple[str, ...]  # words nothing accounted for
    amounts: tuple[Quantity, ...] = ()  # numbers the question states ("the 39 million figure")
    mentions_change: bool = False  # "when did they lower it": a figure that was revised
    units_wanted: tuple[str, ...] = ()  # "how many" -> units, "percent" -> percent


def understand(question: str, vocab: Vocabulary) -> Query:
    text = question.strip()
    as_of, text = _cut_as_of(text)
    periods = tuple(find_periods(text))
    masked = _mask(text, [(m.start, m.end) for m in periods])
    amounts = tuple(m.quantity for m in find_quantities(masked, periods=()))  # blanked out
    trend_phrase = bool(_TREND_PHRASE.search(masked))
    masked = _TREND_PHRASE.sub(lambda m: " " * len(m.group()), masked)
    tokens = tokenize(masked)

    entity_hits = vocab.find_entities(tokens, skip=set())
    used = {i for h in entity_hits for i in range(h.first, h.last + 1)}

    signals: dict[int, str] = {}  # token index -> lexicon word it stands for
    for i, tok in enumerate(tokens):
        if i not in used:
            word = _lexicon_word(tok.lemma)
            if word is not None:
                signals[i] = word

    # Metrics get every remaining word, growth words included: "sales growth" may be a name.
    offered = {
        i
        for i in range(len(tokens))
        if i not in used and (i not in signals or signals[i] in _METRIC_MAY_CLAIM)
    }
    ranked = vocab.score_metrics(tokens, offered, VERBS)
    viable = [h for h in ranked if h.coverage >= 0.5 or (h.nouns >= 2 and h.coverage >= 0.34)]
    best = [h for h in viable if rank_metric(h) == rank_metric(viable[0])] if viable else []
    metric_claimed = set().union(*(h.explained for h in best)) if best else set()
    for i in metric_claimed:
        signals.pop(i, None)

    words = set(signals.values())
    explained = used | metric_claimed | set(signals)
    unexplained = tuple(
        tok.text for i, tok in enumerate(tokens) if i not in explained and not _is_filler(tok)
    )
    return Query(
        text=question,
        entity_ids=tuple(dict.fromkeys(h.entity_id for h in entity_hits)),
        metrics=tuple(best),
        kind=_kind(words),
        expected=bool(words & EXPECTED_WORDS),
        periods=periods,
        intent=Intent.SOURCE
        if amounts and words & SOURCE_WORDS
        else _intent(words, tokens, signals, len(periods), trend_phrase),
        revision=_revision(words, tokens, signals, as_of),
        as_of=as_of,
        sequential=bool(words & SEQUENTIAL_WORDS),
        unexplained=unexplained,
        amounts=amounts,
        mentions_change=bool(words & CHANGE_VERBS),
        units_wanted=tuple(
            dict.fromkeys(UNIT_WORDS[t.lemma] for t in tokens if t.lemma in UNIT_WORDS)
        ),
    )


def _lexicon_word(lemma: str) -> str | None:
    if lemma in LEXICON:
        return lemma
    if len(lemma) < 5 or lemma in FILLER:
        return None
    best = process.extractOne(
        lemma, _LEXICON_LIST, scorer=fuzz.ratio, processor=None, score_cutoff=TYPO_CUTOFF - 5
    )
    return best[0] if best else None


def _is_filler(tok: Token) -> bool:
    if is_noise(tok.text) or tok.lemma in FILLER or tok.text in FILLER or tok.lemma in UNIT_WORDS:
        return True
    if tok.text.rstrip("%").replace(".", "").replace(",", "").isdigit():
        return True  # an amount in the question ("did they sell 40 million?") names nothing
    return (
        process.extractOne(
            tok.text, _FILLER_LIST, scorer=fuzz.ratio, processor=None, score_cutoff=80
        )
        is not None
    )


def _kind(words: set[str]) -> Kind | None:
    if words & TARGET_WORDS:
        return Kind.TARGET
    if words & FORECAST_WORDS:
        return Kind.FORECAST
    if words & ACTUAL_WORDS:
        return Kind.ACTUAL
    return None


def _intent(
    words: set[str],
    tokens: list[Token],
    signals: dict[int, str],
    n_periods: int,
    trend_phrase: bool,
) -> Intent:
    series = n_periods == 0 and any(t.lemma in SERIES_WORDS for t in tokens)
    if words & TREND_WORDS or trend_phrase or series:
        return Intent.TREND
    expectation = words & (TARGET_WORDS | FORECAST_WORDS | EXPECTED_WORDS)
    if words & {"history", "revision", "evolve"} or (
        expectation
        and "change" in words
        and not words & PREVIOUS_WORDS
        and not words & ORIGINAL_WORDS
        and not words & CURRENT_WORDS
    ):
        return Intent.HISTORY
    if words & TARGET_MET_WORDS and expectation:
        return Intent.TARGET_MET
    if words & GROWTH_WORDS or n_periods >= 2:
        return Intent.GROWTH
    return Intent.VALUE


def _revision(
    words: set[str], tokens: list[Token], signals: dict[int, str], as_of: date | None
) -> Revision:
    if as_of is not None:
        return Revision.AS_OF
    if words & ORIGINAL_WORDS:
        return Revision.ORIGINAL
    # "before they cut it", "what did they cut it from": the figure the change replaced.
    positions = sorted(signals)
    for i in positions:
        if signals[i] in CHANGE_VERBS:
            before = any(signals.get(j) == "before" for j in range(max(0, i - 5), i))
            after_from = any(t.lemma == "from" for t in tokens[i + 1 :])
            after_cut = any(signals.get(j) == "after" for j in range(max(0, i - 3), i))
            if before or (after_from and not after_cut):
                return Revision.PREVIOUS
    if words & (PREVIOUS_WORDS - {"before"}):
        return Revision.PREVIOUS
    if words & {"history", "revision"}:
        return Revision.ALL
    return Revision.CURRENT


def _cut_as_of(text: str) -> tuple[date | None, str]:
    """'as of October 2013' -> (2013-10-31, text without it). A month means its last day."""
    m = _AS_OF.search(text)
    if m is None:
        return None, text
    try:
        if m["iso"]:
            when = date.fromisoformat(m["iso"])
        else:
            month = _MONTHS[(m["m1"] or m["m2"]).lower().rstrip(".")]
            year = int(m["y1"] or m["y2"])
            day = m["d1"] or m["d2"]
            when = date(year, month, int(day) if day else calendar.monthrange(year, month)[1])
    except ValueError:
        return None, text
    return when, _mask(text, [(m.start(), m.end())])


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    """Blank out spans, keeping every other character where it was."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
