"""From a question's text to a Reading: its periods and dates, amounts, companies, regions,
lexicon signals and the metrics its words could mean; `understand` settles it into a Query
(settle.py).

Order matters and is the heart of robust matching: grammar first (dates, periods), then
names the store knows (entities), then the small lexicons (kind, intent, revision), then
metrics scored with rapidfuzz on what is left, and last filler words. Whatever no step
explains is kept in `unexplained`: a question about something the store does not know
("TV revenue", "Samsung", "PCs") must not be answered with a figure about something else.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date

from bot import patterns
from bot.answering.english.courtesy import without_courtesies, without_emphasis
from bot.answering.english.lexicon import FUNCTION_WORDS, parts_of_speech, typos_of, verb_lemma
from bot.answering.english.words import (
    ACTUAL_WORDS,
    CHANGE_VERBS,
    CURRENT_WORDS,
    EXPECTATION_WORDS,
    FILLER,
    GROWTH_WORDS,
    MOVE_VERBS,
    ORIGINAL_WORDS,
    POSITION_WORDS,
    RANGE_WORDS,
    TARGET_MET_WORDS,
    TARGET_WORDS,
    UNIT_WORDS,
    Token,
    lemma,
    lemmas,
    mask,
    move_verb_of_noun,
    name_lemmas,
    tokenize,
)
from bot.answering.reading import asks
from bot.answering.reading.clipped_scales import scales_unclipped
from bot.answering.reading.correction import correct_words, spell_out_amounts
from bot.answering.reading.currencies import (
    DOLLAR_SIGN,
    currencies_in,
    full_names_at,
    local_symbols_at,
    signs_said,
)
from bot.answering.reading.event_dates import events_dated, events_described
from bot.answering.reading.events_named import events_named
from bot.answering.reading.intent import (
    lexicon_word,
    opening_statement,
    range_end_of,
)
from bot.answering.reading.other_scripts import unread_words
from bot.answering.reading.own_source import without_own_source
from bot.answering.reading.period_folding import (
    bare_month_compared,
    bare_parts,
    calendar_year_ends,
    dated_bare_parts,
    day_in_year_said,
    fold_end_dates,
    fold_relative,
    fold_seasons,
    latest_goal_of_a_year_named,
    latest_of_a_length,
    method_noted,
    months_compared,
    months_done,
    months_listed,
    opened_periods,
    rest_of_a_year,
    running_since,
    season_dated,
    year_up_to_month,
)
from bot.answering.reading.periods_around_names import (
    months_before_a_money_name,
    months_of_years,
    months_run_to,
)
from bot.answering.reading.query import Query, Reading
from bot.answering.reading.same_period import same_part_of_year
from bot.answering.reading.set_against import without_set_against
from bot.answering.reading.settle import settle
from bot.answering.reading.shared_signs import currencies_unglued, in_own_currency
from bot.answering.reading.spelled_initials import initials_said
from bot.answering.reading.spoken_numbers import numbers_said_aloud
from bot.answering.reading.statement_dates import (
    bare_month,
    cut_as_of,
    day_as_its_month,
    statement_month,
    to_date_until,
)
from bot.answering.reading.weeks_said import weeks_said
from bot.answering.reading.word_roles import (
    accented,
    acronym,
    after_determiner,
    before_metric_word,
    capitalised,
    counted_counterparty,
    country_codes_held,
    ing_form_of_a_thing,
    is_filler,
    lowercase_us,
    meeting_idioms_said,
    names_a_kind_before,
    narrows,
    net_openings_said,
    non_parts_left_out,
    predicative,
    revenue_line_named,
    set_aside,
    someone_elses_view,
    verb_context,
)
from bot.answering.vocabulary.name_forms import auxiliary_noun
from bot.answering.vocabulary.vocabulary import MetricHit, Vocabulary
from bot.facts import reporting
from bot.facts.model import Quantity
from bot.facts.periods import (
    DayEventRef,
    ExtraWeekRef,
    LeadingMonthsRef,
    PeriodMention,
    RelativeRef,
    WeekNumberRef,
    find_periods,
)
from bot.facts.periods.era_years import in_common_era
from bot.facts.periods.eras import era_year_ends
from bot.facts.periods.finding import lone_month_years
from bot.facts.quantities import CURRENCY_WORDS, QuantityMention, find_quantities

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


# Growth words a metric's own name may contain ("sales growth"): offered to metrics first.
# "deliver": deliveries; "current" of "current remaining performance obligations"
_METRIC_MAY_CLAIM = GROWTH_WORDS | CHANGE_VERBS | ACTUAL_WORDS | {"current"}


_TREND_PHRASE = patterns.guarded(
    r"\b(?:over\s+(?:the\s+)?(?:time|years|quarters)|by\s+(?:year|quarter)|each\s+(?:year|quarter)"
    r"|per\s+(?:year|quarter)|year\s+by\s+year|quarter\s+by\s+quarter|over\s+the\s+years)\b",
    re.IGNORECASE,
)


_PARTICLES = frozenset({"up", "down"})


_ARITHMETIC = frozenset({"minus", "subtract", "subtracting", "deduct", "deducting"})


# chat's "w/o", "w/out": "without" (one word, as the cues read it)
_WITHOUT = patterns.compile(r"\bw/o(?:ut)?\b", re.IGNORECASE)


def understand(question: str, vocab: Vocabulary) -> Query:
    return settle(read(question, vocab), vocab)


def read(question: str, vocab: Vocabulary) -> Reading:
    """What QUESTION says before a metric is chosen: its periods and dates, amounts,
    companies, regions, lexicon signals, the metrics its words could mean, and the words
    no step explains."""
    question = currencies_unglued(
        numbers_said_aloud(scales_unclipped(_WITHOUT.sub("without", question)))
    )
    question = signs_said(without_emphasis(without_own_source(without_courtesies(question))))
    question = without_set_against(question)
    question = in_common_era(question, _eras_counted_in(question, vocab))
    said, text, as_of, periods = _dated(
        net_openings_said(
            non_parts_left_out(
                meeting_idioms_said(_without_chat_after(initials_said(question, vocab), vocab)),
                vocab,
            ),
            vocab,
        ),
        vocab,
    )
    periods, opening_words = opened_periods(text, periods)
    periods = weeks_said(text, running_since(text, periods))
    masked, amounts, ranges, trend_phrase = _masked(text, periods)
    amounts = in_own_currency(text, amounts, vocab.units)  # ("Rs 50 bn" of a PKR store)
    periods = _restated_anaphora_dropped(text, periods)
    tokens = _idioms_said(
        _going_into_said(_net_adds_named(vocab.cut_as_names_write(tokenize(masked))))
    )

    entity_hits = vocab.find_entities(tokens, skip=set())
    entity_ids = tuple(dict.fromkeys(h.entity_id for h in entity_hits))
    used = {i for h in entity_hits for i in range(h.first, h.last + 1)}
    used |= {i for i, tok in enumerate(tokens) if tok.start in opening_words}
    regions, region_of_token = _regions(masked, tokens, vocab)
    region_tokens = frozenset(region_of_token)

    signals = _lexicon_signals(tokens, used, vocab)
    for i in _arithmetic(tokens, used, vocab):
        signals[i] = "difference"
    for i, tok in enumerate(tokens):
        if tok.lemma in _SUBJECT_MOVES and i not in used and _moves_the_subject(tokens, i, vocab):
            signals[i] = "change"  # "how much did bookings move": the figure's change
    _drop_particles(tokens, signals, used)
    _drop_attributive_changes(tokens, signals, used)
    _drop_nouns_after_prepositions(tokens, signals)
    _drop_falling_short(tokens, signals, used)
    _drop_after_a_span(text, tokens, signals, periods)
    periods, premised = events_named(tokens, signals, periods)  # ("before the q2 drop")
    used |= premised
    range_end = range_end_of(tokens, signals)
    # "after the *second* revision": which statement, never a thing named
    numbered = asks.revision_ordinal_at(masked)
    used |= {i for i, tok in enumerate(tokens) if tok.start == numbered}
    for i, tok in enumerate(tokens):
        if tok.lemma in RANGE_WORDS and i not in used:
            signals.setdefault(i, tok.lemma)  # "what range did they give": both ends

    # "(ex restructuring costs)", ", not shipments": what the figure leaves out
    aside, minus, unread = set_aside(masked, tokens, vocab)
    aside -= used
    for i in minus:
        signals[i] = "difference"  # "total sales excluding online": total less online
    # "excluding China": the rest of the world, which no region figure is
    left_out = aside & region_tokens
    aside -= region_tokens
    region_tokens -= left_out
    # (the whole company's words, "consolidated", "group", name no metric's region)
    named_regions = {
        i: k for i, k in region_of_token.items() if i in region_tokens and k in regions
    }
    ranked = _ranked(tokens, masked, used, aside | left_out, signals, vocab, named_regions)
    # ("redbarrow grills" of Redbarrow's "Redbarrow Grill restaurants": the company's last
    # word begins a line's name with the word after it, which no name takes in whole else)
    shared = {
        h.last
        for h in entity_hits
        if h.last + 1 < len(tokens)
        and vocab.begins_a_name(tokens[h.last].lemma, tokens[h.last + 1].lemma)
        and not any(h.last + 1 in r.explained and r.coverage >= 1 for r in ranked)
    }
    if shared:
        for i in shared:
            signals.pop(i + 1, None)  # ("haneulbit land": the line's word, never "land" a figure)
        ranked = _ranked(
            tokens, masked, used - shared, aside | left_out, signals, vocab, named_regions
        )
    used |= _own_words_misspelt(tokens, used, ranked, entity_ids, vocab)
    open_words = _open_words(
        text,
        tokens,
        used,
        signals,
        aside
        | _kinds_of_year(tokens, periods)
        | _periods_joined(tokens, periods)
        | local_symbols_at(text, tokens),
        left_out | unread | _divided(tokens, vocab) | someone_elses_view(tokens, used),
        region_tokens,
        ranked,
        vocab,
    )
    return Reading(
        text=said,
        question=question,
        as_of=as_of,
        periods=periods,
        amounts=amounts,
        ranges=ranges,
        trend_phrase=trend_phrase,
        tokens=tuple(tokens),
        entity_ids=entity_ids,
        used=frozenset(used),
        signals=tuple(signals.items()),
        regions=regions,
        region_tokens=region_tokens,
        range_end=range_end,
        candidates=tuple(ranked),
        open_words=open_words,
        unread=unread_words(masked),
    )


def _eras_counted_in(question: str, vocab: Vocabulary) -> dict[str, str | None]:
    """The eras a question's years may be counted in, each with its fiscal year end: the
    named company's own (none, for a company counting ours: "81/82" is then no Nepali
    year), else those of every company in the store."""
    if not any(ch.isdigit() for ch in question):
        return {}  # (no year to read: the names are not looked up twice)
    named = {h.entity_id for h in vocab.find_entities(tokenize(question), skip=set())}
    if len(named) == 1:
        year_end = vocab.entities[named.pop()].fiscal_year_end
        return era_year_ends([year_end] if year_end else [])
    return era_year_ends(vocab.year_ends)


# "a year before that": counted from a period said before, in a question of its own
_THAT_AFTER = patterns.compile(r"\s*(?:that|then|this|it)\b", re.IGNORECASE)


_PUT_RIGHT = patterns.compile(
    r"\b(?:i\s+mean|sorry|or\s+rather|i\.e\.?|that\s+is|make\s+that|correction)\b",
    re.IGNORECASE,
)


def _restated_anaphora_dropped(
    text: str, periods: tuple[PeriodMention, ...]
) -> tuple[PeriodMention, ...]:
    """'churn, the year before that: Q3 2023': a period counted from one said
    earlier, restated by a period named in full, is that period, never a second one to
    compare with (words of both stay read); so is one put right ("Q2, or rather Q1 22")."""
    anaphoric = [
        m
        for m in periods
        if isinstance(m.ref, RelativeRef) and m.ref.base is None and _THAT_AFTER.match(text, m.end)
    ]
    named = [m for m in periods if not isinstance(m.ref, RelativeRef)]
    # (one said after it restates it; one before it is what it counts from: "Q2 2025
    # and the year before that")
    restated = [m for m in anaphoric if named and all(n.start > m.end for n in named)]
    # "Q4 last year, sorry, Q3 22": a period put right by the next
    restated += [
        m for m, n in itertools.pairwise(periods) if _PUT_RIGHT.search(text, m.end, n.start)
    ]
    return tuple(m for m in periods if m not in restated)


def _net_adds_named(tokens: list[Token]) -> list[Token]:
    """'net adds', a count's net additions in the trade's shorthand: the noun, never the
    verb 'add' (which asks what was added)."""
    return [
        replace(t, text="additions", lemma="addition")
        if k and t.lemma == "add" and t.text != "add" and tokens[k - 1].lemma == "net"
        else t
        for k, t in enumerate(tokens)
    ]


def _going_into_said(tokens: list[Token]) -> list[Token]:
    """'the stores they had going into FY26': a movement into a period, which its words
    say opens it (period_folding), never the "going (to)" of an expectation."""
    return [
        replace(t, lemma="go")
        if t.lemma == "going" and k + 1 < len(tokens) and tokens[k + 1].lemma == "into"
        else t
        for k, t in enumerate(tokens)
    ]


def _idioms_said(tokens: list[Token]) -> list[Token]:
    """'how many did they get out the door': an idiom of the reporting vocabulary said
    whole reads as the plain word it means ('sold'), on its last word; its other words
    say nothing more ("before the sub-division": the original figure, no "sub" of any
    kind). Its last word alone ("doors") keeps its own meaning."""
    found = reporting.idioms()
    if not found:
        return tokens
    out = list(tokens)
    for words, plain in found.items():
        n = len(words)
        k = 0
        while k <= len(out) - n:
            if tuple(t.text.lower() for t in out[k : k + n]) == words:
                out[k : k + n] = [replace(out[k + n - 1], text=plain, lemma=lemma(plain))]
            k += 1
    return out


# where a question's first sentence ends and another starts ("... Q1 2024? need it for")
_SENTENCE_BREAK = patterns.guarded(r"[?!]+\s+(?=\S)")


_ADDING = patterns.compile(
    r"(?:and|also|plus|or|vs\.?|versus|compared|what\s+about|how\s+about)\b", re.IGNORECASE
)


def _without_chat_after(question: str, vocab: Vocabulary) -> str:
    """'passengers in Q1 2024? need it for a deck': a sentence after the question that
    names nothing a figure could be about (no company, metric, period, amount or word of
    what is asked: "did they hit it?" stays) is chat, and never part of what is asked."""
    found = _SENTENCE_BREAK.search(question)
    if found is None:
        return question
    tail = question[found.end() :]
    if _ADDING.match(tail) or find_periods(tail) or find_quantities(tail, periods=()):
        return question  # ("... 2025? and the vans": one more thing asked of)
    tokens = tokenize(tail)
    signals = _lexicon_signals(tokens, set(), vocab)
    if vocab.find_entities(tokens, skip=set()) or signals or range_end_of(tokens, signals):
        return question  # ("… in 2026? high end pls": which end of the range is asked)
    if any(vocab.metric_words_in(t.lemma) or t.lemma in UNIT_WORDS for t in tokens):
        return question
    if "%" in tail or currencies_in(tail):
        return question  # ("… Q3 revenue? in euros", "… in %": the measure is asked)
    return question[: found.start() + 1]


def _dated(
    question: str, vocab: Vocabulary
) -> tuple[str, str, date | None, tuple[PeriodMention, ...]]:
    """The question mended (SAID), its text with any statement date blanked out, that
    date, and the periods it names."""
    said = text = day_as_its_month(
        lone_month_years(correct_words(spell_out_amounts(question.strip(), vocab), vocab))
    )
    as_of, text = cut_as_of(text)
    found, described = events_described(text, events_dated(text, find_periods(text)))
    text = mask(text, described)
    found = same_part_of_year(text, months_before_a_money_name(text, found))
    found = months_listed(text, months_compared(text, found))
    found = bare_month_compared(text, found)
    found = bare_parts(text, latest_of_a_length(text, latest_goal_of_a_year_named(text, found)))
    found = fold_end_dates(text, year_up_to_month(text, found))
    found = months_done(text, day_in_year_said(text, dated_bare_parts(text, found)))
    found = rest_of_a_year(text, found)
    # ("53rd week revenue", "growth excluding the 53rd week": words of a metric's name,
    # where the store has one, never the week's own figure)
    found = [m for m in found if not _names_a_metric_week(m, vocab)]
    folded = fold_seasons(text, fold_relative(text, found))
    periods, method = method_noted(text, calendar_year_ends(text, season_dated(text, folded)))
    # ("november deliveries 2025", "rolling 12 month pax to end of august 2025")
    periods, counted = months_run_to(text, months_of_years(text, periods))
    text = mask(text, [*method, *counted])
    # a period restated by another ("H1 orders (Jan-Jun 2023)") names nothing more
    text = mask(text, [(m.start, m.end) for m in found if not _within(m, periods)])
    if as_of is None:
        as_of, kept = statement_month(text, periods)
        dated = [(m.start, m.end) for m in periods if m not in kept]
        periods = kept or bare_month(text)
        text = mask(text, dated)
    if as_of is not None:
        periods, as_of = to_date_until(periods, as_of)
    return said, text, as_of, periods


def _names_a_metric_week(m: PeriodMention, vocab: Vocabulary) -> bool:
    """Is M "the 53rd week", a numbered period's code ("P7 2025") or a named day
    ("Valentine's Day"), where the store names a metric by those words?"""
    if isinstance(m.ref, WeekNumberRef):
        code = m.text.split()[0].lower()
        return any(c.isdigit() for c in code) and vocab.is_metric_word(code)
    if isinstance(m.ref, DayEventRef):
        # ("valentines day sales": a line the store names by the day, never its dates;
        # every word of its name, never "al" of "Eid al-Adha" alone)
        words = [w for w in lemmas(m.text) if w not in _DAY_WORDS and w.isalpha() and len(w) > 2]
        return bool(words) and all(vocab.is_metric_word(w) for w in words)
    return isinstance(m.ref, ExtraWeekRef) and vocab.is_metric_word("53rd")


_DAY_WORDS = frozenset({"the", "day", "week", "weekend"})


def _within(m: PeriodMention, periods: tuple[PeriodMention, ...]) -> bool:
    return any(p.start <= m.start and m.end <= p.end for p in periods)


def _masked(
    text: str, periods: tuple[PeriodMention, ...]
) -> tuple[str, tuple[Quantity, ...], tuple[Quantity, ...], bool]:
    """TEXT with its periods, amounts' country prefixes and trend phrase blanked out; the
    amounts it states, and the ranges they make; whether it says a trend in so many words."""
    masked = mask(text, [span for m in periods for span in m.spans])
    found = [_dotted_thousands(m) for m in find_quantities(masked, periods=())]  # blanked out
    amounts, ranges = _units_shared(masked, found)
    # "NZ$", "US$", "in Swiss francs": a currency (currencies_said reads it), never the
    # country or a word
    if "$" in masked:  # (the pattern tries every prefix at each character: ~6 us)
        masked = DOLLAR_SIGN.sub(
            lambda m: " " * len(m.group()) if m["prefix"] else m.group(), masked
        )
    masked = mask(masked, full_names_at(masked))
    trend_phrase = bool(_TREND_PHRASE.search(masked))
    masked = _TREND_PHRASE.sub(lambda m: " " * len(m.group()), masked)
    return masked, amounts, ranges, trend_phrase


# "32.150 tonnes", "the 1.500 stores": a count written with full stops between groups of
# three digits, as continental Europe writes thousands
_DOTTED_THOUSANDS = patterns.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")  # ("0.250": a decimal)


def _dotted_thousands(m: QuantityMention) -> QuantityMention:
    """M read in thousands when it is a bare count so written: nobody counts tonnes or
    stores to three decimals ("1.250 million" and "€1.250" keep their decimals)."""
    if m.quantity.unit != "units" or not _DOTTED_THOUSANDS.fullmatch(m.text):
        return m
    return replace(m, quantity=replace(m.quantity, value=float(m.text.replace(".", ""))))


# "5 to 7 percent", "5-7%", "between 5 and 7 percent": a range's ends
_RANGE_JOIN = patterns.compile(r"\s*(?:to|-|–|—|and)\s*", re.IGNORECASE)


def _units_shared(
    text: str, found: list[QuantityMention]
) -> tuple[tuple[Quantity, ...], tuple[Quantity, ...]]:
    """The amounts FOUND in TEXT, a bare number before 'to' and a measured one taking its
    unit: the low end of '5 to 7 percent' is 5 percent, not five of something. And the
    ranges they make ('215-235kt': 215,000 to 235,000), each as one quantity."""
    amounts = [m.quantity for m in found]
    ranges = []
    for i, (a, b) in enumerate(itertools.pairwise(found)):
        if not _RANGE_JOIN.fullmatch(text[a.end : b.start]):
            continue
        bare = a.quantity.unit == "units" and a.text.replace(",", "").replace(".", "").isdigit()
        if bare and b.quantity.unit != "units":
            amounts[i] = replace(a.quantity, unit=b.quantity.unit)
        # "1.6-2.3bn", "$1.6-2.3 billion": the scale written once, after the high end
        scale = _scale_written(b)
        if scale > 1 and _scale_written(a) == 1 and a.quantity.value * scale <= b.quantity.value:
            amounts[i] = replace(amounts[i], value=a.quantity.value * scale)
        low, high = amounts[i], b.quantity
        if low.unit == high.unit and low.value < high.value:
            ranges.append(replace(low, high=high.value))
    return tuple(amounts), tuple(ranges)


def _scale_written(m: QuantityMention) -> float:
    """How many times its written number the amount M is ('2.3bn': a billion; '2.3': 1)."""
    number = _NUMBER.search(m.text)
    written = float(number.group().replace(",", "")) if number else 0.0
    return round(abs(m.quantity.value) / written) if written else 1


_NUMBER = patterns.compile(r"\d[\d,]*(?:\.\d+)?")


def _regions(
    masked: str, tokens: list[Token], vocab: Vocabulary
) -> tuple[tuple[str, ...], dict[int, str]]:
    """The regions named (not the whole company), by key, and the tokens that name them,
    each with its region's key."""
    region_spans = [(m.region, m.start, m.end) for m in reporting.regions_in(masked)]
    region_spans += lowercase_us(masked, tokens, region_spans)
    region_spans += country_codes_held(masked, tokens, vocab.regions_held, region_spans)
    regions = tuple(dict.fromkeys(r.key for r, _, _ in region_spans if not r.whole))
    region_of_token = {
        i: r.key
        for i, tok in enumerate(tokens)
        for r, start, end in region_spans
        if tok.start >= start and tok.end <= end
    }
    return regions, region_of_token


# Lexicon words of which statement is meant ("plan", "outlook", "new", "original")
_STATEMENT_WORDS = EXPECTATION_WORDS | CURRENT_WORDS | ORIGINAL_WORDS


def _said_in_a_name(
    tokens: list[Token], i: int, used: set[int], vocab: Vocabulary, word: str
) -> bool:
    """Is the word at I said with a word beside it as one of the store's own names says
    them? A word of expectation only before the name's next word ("health plan members"):
    as a name's last word it says the kind of figure ("order intake target"). WORD: the
    lexicon word it stands for."""
    here = tokens[i].lemma
    after = i + 1 < len(tokens) and vocab.says_together(here, tokens[i + 1].lemma)
    if word in EXPECTATION_WORDS:
        return after
    before = i > 0 and i - 1 not in used and vocab.says_together(tokens[i - 1].lemma, here)
    return before or after


def _lexicon_signals(tokens: list[Token], used: set[int], vocab: Vocabulary) -> dict[int, str]:
    """Token index -> the lexicon word it stands for, for the tokens no company took."""
    signals: dict[int, str] = {}
    for i, tok in enumerate(tokens):
        if i not in used:
            word = lexicon_word(tok.lemma) or move_verb_of_noun(tok.lemma)
            if word is None and tok.text.lower().endswith(("'ll", "’ll")):
                word = "will"  # "it'll make": the future, as "it will make" says
            if word in TARGET_WORDS and i + 1 < len(tokens) and tokens[i + 1].text == "out":
                continue  # "push out", "pump out": shipped, not aimed for
            if tok.lemma in _MODALS and i + 1 < len(tokens) and tokens[i + 1].lemma in _WISHES:
                # "I would like to know": asking politely, not what is expected (never the
                # "current" of "current like-for-like growth")
                continue
            if (
                tok.lemma == "up"
                and i + 1 < len(tokens)
                and tokens[i + 1].lemma in {"to", "until", "till", "through", "thru"}
            ):
                continue  # "up to September": how far a span runs, not a rise
            if (
                word == "report"
                and tok.text in ("report", "reports")
                and after_determiner(tokens, i)
            ):
                continue  # "with its year-end report": the occasion, not an actual figure
            if tok.text in reporting.qualifiers() and before_metric_word(tokens, i, vocab):
                continue  # "adjusted EPS": a kind of figure, not a revision of one
            if i + 1 < len(tokens) and (
                vocab.begins_a_name(tok.lemma, tokens[i + 1].lemma)
                or (vocab.writes_as_verb(tok.text) and before_metric_word(tokens, i, vocab))
                # ("land revenue" of "Land Systems revenue": a line's proper name)
                or (vocab.begins_a_proper_name(tok.lemma) and before_metric_word(tokens, i, vocab))
            ):
                # "contracted sales", "current RPO": a name's own words, never that sales
                # shrank or which statement is meant
                continue
            if word in _STATEMENT_WORDS and _said_in_a_name(tokens, i, used, vocab, word):
                # ("pet health plan members", "net new money": a name's word, never a
                # target or the newest statement; a word of growth keeps its sense)
                continue
            if (
                word in POSITION_WORDS
                and verb_lemma(tok.text) == word
                and (tok.text != word or verb_context(tokens, i) == "did")
                # ("did they fall short": a verb of its own before it, a position)
                and not (
                    tok.text == word and i and verb_lemma(tokens[i - 1].text) not in (None, "do")
                )
            ):
                continue  # "stores closed", "did they close": not how close to a target
            if word in POSITION_WORDS and i and tokens[i - 1].text in ("pre", "post"):
                continue  # "the pre-close update": an occasion's name, not how close
            if word == "under" and not _lands_under(tokens, i):
                continue  # "under the new plan", "under IFRS": not below a goal
            word = _added_onto(tokens, i) or word
            if word == tok.lemma or (word is not None and not vocab.is_metric_word(tok.lemma)):
                signals[i] = word  # a slip into the lexicon, unless a metric's own word
            elif opening_statement(tokens, i, vocab):
                signals[i] = "original"
    return signals


# "what did the update add to the guidance": an amount put onto an expectation is its
# raise (one taken off it is read as a cut before: correction._TAKEN_OFF)
_ONTO = frozenset({"add", "tack"})


def _added_onto(tokens: list[Token], i: int) -> str | None:
    """A raise, where TOKENS[I] puts an amount onto an expectation; else nothing."""
    rest = tokens[i + 1 :]
    if tokens[i].lemma not in _ONTO or not any(t.lemma in EXPECTATION_WORDS for t in rest):
        return None
    return "raise" if "to" in {t.text for t in rest[:3]} else None


def _lands_under(tokens: list[Token], i: int) -> bool:
    """'come in under the guidance', 'how far under': a figure's place below a goal, said
    after a verb of landing or a measure of how far (never "the plan under which")."""
    before = [t.text for t in tokens[max(0, i - 2) : i]]
    return any(w in ("much", "far", "way") for w in before) or any(
        verb_lemma(w) not in (None, "do", "be") for w in before
    )


def _arithmetic(tokens: list[Token], used: set[int], vocab: Vocabulary) -> list[int]:
    """'total sales less online sales', 'stores minus online': the tokens that make a
    difference of two figures, never answered with one of them."""
    found = []
    for i, tok in enumerate(tokens):
        after = tokens[i + 1].text if i + 1 < len(tokens) else None
        if (
            i not in used
            and not vocab.is_metric_word(tok.lemma)
            and (  # "Care+": "care plus"
                tok.text in _ARITHMETIC or (tok.text == "less" and after not in (None, "than"))
            )
        ):
            found.append(i)
    return found


def _drop_particles(tokens: list[Token], signals: dict[int, str], used: set[int]) -> None:
    """'did they ring up', 'before they bumped it up': a verb's particle is no signal; it
    moves from SIGNALS to USED ('did net debt come down' keeps its move)."""
    for i in [i for i, w in signals.items() if w in _PARTICLES and i > 0]:
        verb = verb_lemma(tokens[i - 1].text)
        if verb and verb not in asks.MOVING_VERBS and verb_context(tokens, i - 1) == "did":
            del signals[i]
            used.add(i)
    for i, tok in enumerate(tokens[:-1]):
        if tok.lemma == "end" and tokens[i + 1].text == "up":
            # "how many did they end up shipping": how it came out, no range's end nor a rise
            for k in (i, i + 1):
                signals.pop(k, None)
                used.add(k)
        elif tok.lemma == "add" and tokens[i + 1].text == "up" and i + 1 in signals:
            # "add up Q1 and April": a sum asked (its "add" says so), never a rise
            del signals[i + 1]
            used.add(i + 1)


def _ranked(
    tokens: list[Token],
    masked: str,
    used: set[int],
    set_apart: set[int],
    signals: dict[int, str],
    vocab: Vocabulary,
    regions: dict[int, str],
) -> list[MetricHit]:
    """The metrics the remaining words could mean, best first. Metrics get every remaining
    word, growth words included: "sales growth" may be a name. REGIONS: the tokens naming
    a region, which name a metric by any of that region's names."""
    offered = {
        i
        for i in range(len(tokens))
        if i not in used
        and i not in set_apart
        and (i not in signals or signals[i] in _METRIC_MAY_CLAIM)
        and not predicative(tokens, i, vocab)
        and not _moves_the_subject(tokens, i, vocab)
        and not _after_its_subject(tokens, i)
    }
    capitals = frozenset(
        i for i, t in enumerate(tokens) if len(t.text) > 1 and masked[t.start : t.end].isupper()
    )
    return vocab.score_metrics(tokens, offered, VERBS, capitals, regions)


def _moves_the_subject(tokens: list[Token], i: int, vocab: Vocabulary) -> bool:
    """'how much did group sales *change* from Q2 to Q3', 'how much did bookings *move*': the
    verb an auxiliary waits for, of a figure moving, says the subject changed; it names no
    figure of its own (a growth rate stated year on year is no answer to a change from the
    quarter before). "Move" and "shift" only after a figure, and an amount asked: "did
    they move" sold."""
    tok = tokens[i]
    if tok.text != tok.lemma or verb_context(tokens, i) != "did":
        return False  # (the bare verb "did" waits for, never "growth" or "changes")
    if tok.lemma == "change":
        return True
    if tok.lemma not in _SUBJECT_MOVES:
        return False
    did = max((j for j in range(i) if tokens[j].lemma == "do"), default=None)
    if did is None or not {"much", "far"} & {t.lemma for t in tokens[:did]}:
        return False  # ("how did deliveries move in Q2": how many, as ever)
    return any(vocab.is_metric_word(t.lemma) for t in tokens[did + 1 : i])


_SUBJECT_MOVES = frozenset({"move", "shift"})  # (verbs of selling too: "did they move")


# Verbs of wishing after "would": a polite request ("would like", "would love")
_WISHES = frozenset({"like", "love", "appreciate", "want", "prefer"})
_MODALS = frozenset({"will", "shall", "can"})  # the lemmas of "would", "should", "could"


# A conditional before a word makes it a verb of asking politely: "I'd *like* to know"
# ("they sell" may name what was sold; "they'd like" never does)
_SUBJECT_BEFORE = frozenset("i'd we'd you'd they'd would".split())


def _after_its_subject(tokens: list[Token], i: int) -> bool:
    """'I'd like to know Huasteca net sales': a verb right after a conditional names no
    figure, whatever metric name holds the word ("like-to-like net sales growth")."""
    return (
        bool(i)
        and tokens[i - 1].text in _SUBJECT_BEFORE
        and "VERB" in parts_of_speech(tokens[i].text)
    )


# "sold under contract", "on contract": a preposition makes the move verb after it a noun
_NOUN_PREPOSITIONS = frozenset({"under", "on"})


def _drop_nouns_after_prepositions(tokens: list[Token], signals: dict[int, str]) -> None:
    """'How much did they sell under contract': a move verb right after a preposition is a
    noun (a contract, not a contraction), left for a figure's name to explain; so is the
    preposition no comparison ("under the guidance")."""
    for i in list(signals):
        if (
            signals[i] in MOVE_VERBS
            and i
            and tokens[i - 1].lemma in _NOUN_PREPOSITIONS
            and tokens[i].text == tokens[i].lemma  # ("under expanding costs": a verb still)
        ):
            del signals[i]
            signals.pop(i - 1, None)


def _drop_falling_short(tokens: list[Token], signals: dict[int, str], used: set[int]) -> None:
    """'How far did revenue fall short of the range', 'how far short of it did revenue
    fall': a miss, never a fall of the figure."""
    if not any(t.lemma == "short" for t in tokens):
        return
    for i in [i for i in signals if tokens[i].lemma == "fall"]:
        del signals[i]
        used.add(i)


def _drop_after_a_span(
    text: str, tokens: list[Token], signals: dict[int, str], periods: tuple[PeriodMention, ...]
) -> None:
    """'how far off the goal were they after 9 months': "after" right before a span of the
    year's first months says when the figure stood, never the statement after a revision."""
    spans = [m.start for m in periods if isinstance(m.ref, LeadingMonthsRef)]
    for i, tok in enumerate(tokens):
        if signals.get(i) == "after" and any(
            start >= tok.end and not text[tok.end : start].strip() for start in spans
        ):
            del signals[i]


def _drop_attributive_changes(tokens: list[Token], signals: dict[int, str], used: set[int]) -> None:
    """'The narrowed 2025 revenue range', 'its raised guidance': a change's participle
    right after a determiner says which statement (the one that change made, the one that
    stands), never that the change is asked about."""
    for i in list(signals):
        if signals[i] in MOVE_VERBS | CHANGE_VERBS and asks.attributive(tokens, i):
            del signals[i]
            used.add(i)


def _own_words_misspelt(
    tokens: list[Token],
    used: set[int],
    ranked: list[MetricHit],
    entity_ids: tuple[int, ...],
    vocab: Vocabulary,
) -> set[int]:
    """'Airbus commercial jets', 'Orbis Sofware': the named companies' own second words,
    even misspelt, name nothing else (unless a metric explains them)."""
    own_words = set().union(*(vocab.entity_words.get(e, frozenset()) for e in entity_ids))
    own_list = sorted(own_words)
    return {
        i
        for i, tok in enumerate(tokens)
        if i not in used
        and (tok.lemma in own_words or (len(tok.lemma) >= 4 and typos_of(tok.lemma, own_list)))
        and not any(i in h.explained for h in ranked)
    }


def _kinds_of_year(tokens: list[Token], periods: tuple[PeriodMention, ...]) -> set[int]:
    """'the 2025/26 academic year', 'academic year 2024/25': the word before "year", with a
    period right beside the pair, says which kind of year that period is, never what the
    figure is about."""
    return {
        i
        for i, tok in enumerate(tokens[:-1])
        if tokens[i + 1].lemma == "year"
        and any(
            _beside(tokens, m.end, tok.start) or _beside(tokens, tokens[i + 1].end, m.start)
            for m in periods
        )
    }


def _periods_joined(tokens: list[Token], periods: tuple[PeriodMention, ...]) -> set[int]:
    """'Q2 plus Q3 revenue', 'H1 plus Q3': a "plus" between two periods adds them up (see
    asks.totals), never a thing the figure is about."""
    return {
        i
        for i, tok in enumerate(tokens)
        if tok.lemma == "plus"
        # ("Q2 FY24 sales plus Q3 FY24 sales": the figure's words may come between)
        and any(m.end <= tok.start for m in periods)
        and any(_beside(tokens, tok.end, m.start) for m in periods)
    }


def _beside(tokens: list[Token], end: int, start: int) -> bool:
    """Does what ends at END come right before what starts at START (no token between)?"""
    return end <= start and not _tokens_between(tokens, end, start)


def _tokens_between(tokens: list[Token], start: int, end: int) -> bool:
    """Does any token lie between the character offsets START and END?"""
    return any(start <= t.start and t.end <= end for t in tokens)


def _open_words(
    text: str,
    tokens: list[Token],
    used: set[int],
    signals: dict[int, str],
    aside: set[int],
    left_out: set[int],
    region_tokens: frozenset[int],
    ranked: list[MetricHit],
    vocab: Vocabulary,
) -> tuple[tuple[int, str], ...]:
    """The words that name something, should nothing else explain them: settle() keeps
    those its metric does not account for as unexplained. Chat's filler that names a
    line of business in this store ("memory") is one; so is a word of a line's name set
    right before the metric's words, whatever verb it could also be ("retail GGR")."""
    metric_words = ranked[0].explained if ranked else set()
    deriving = {i for i, tok in enumerate(tokens) if tok.lemma in asks.DERIVING_WORDS}
    accounted = used | region_tokens | set(signals) | metric_words | deriving
    compounds = _compounds(text)
    return tuple(
        (i, tok.text)
        for i, tok in enumerate(tokens)
        if i not in used
        and i not in signals
        and i not in aside
        and (
            i in left_out
            or capitalised(text, tok)
            or accented(text, tok)
            or acronym(text, tok)
            or "&" in text[tok.start : tok.end]  # ("f&i", "m&a": initials, joined so)
            or _initials_of_a_figure(text, tok, i, ranked)
            or tok.lemma in vocab.named_filler
            or not is_filler(tok, verb_context(tokens, i, accounted))
            or (
                i + 1 in metric_words
                and (
                    narrows(tok)
                    or names_a_kind_before(tok, tokens)
                    or _names_a_line(i, tokens, ranked, vocab)
                    or revenue_line_named(text, tokens, i, vocab)
                    or ing_form_of_a_thing(tokens, i)
                )
            )
            or _in_a_compound_name(compounds, tok)
            or counted_counterparty(tokens, i)
            or _auxiliary_as_noun(tokens, i)
            or _segment_word_named(tokens, i, used, ranked)
            or _before_a_line_marker(tokens, i)
        )
    )


# Words that follow a line's own name ("the Automotive segment", "its Cloud division"):
# never a guidance "range" or a "product" of a figure's name
_LINE_MARKERS = frozenset({"segment", "division", "arm", "business", "vertical", "banner"})


def _before_a_line_marker(tokens: list[Token], i: int) -> bool:
    """'automotive segment operating profit': the word before a line's marker is that
    line's name, a thing the figure must be of (a figure of the whole company is not),
    whatever else the dictionary says it is."""
    return (
        i + 1 < len(tokens)
        and tokens[i + 1].lemma in _LINE_MARKERS
        and tokens[i].lemma not in FILLER
        and tokens[i].lemma not in FUNCTION_WORDS
    )


def _initials_of_a_figure(text: str, tok: Token, i: int, ranked: list[MetricHit]) -> bool:
    """'PAT margin': a word typed in capitals that a figure's name is read from whole (the
    initials of "profit after tax"), whatever else the dictionary says it is ("pat")."""
    raw = text[tok.start : tok.end]
    return (
        2 <= len(raw) <= 6
        and raw.isalpha()
        and raw.isupper()
        and tok.text not in CURRENCY_WORDS  # ("revenue in ETB": a currency, named as such)
        and any(h.coverage >= 1 and h.explained == {i} for h in ranked)
    )


def _segment_word_named(
    tokens: list[Token], i: int, used: set[int], ranked: list[MetricHit]
) -> bool:
    """'Cadenzo family plan subscribers', 'egg products volume': a word that marks a line
    ("family", "products") right after the company's name, no line's name, and before
    another word, or said with the word before it as a metric the words may mean is
    named ("egg products revenue"; never "manufacturing vertical" of "other verticals"),
    is a word of the thing asked, never a line's marker to pass over."""
    if tokens[i].lemma not in reporting.segment_words():
        return False
    if i - 1 in used and i + 1 < len(tokens) and i + 1 not in used:
        return True
    if i == 0:
        return False
    pair = (tokens[i - 1].lemma, tokens[i].lemma)  # ("egg products": said so in a name)
    return any(_holds_pair(name_lemmas(h.metric.name), pair) for h in ranked[:_NAMED_WITH])


def _holds_pair(words: tuple[str, ...], pair: tuple[str, str]) -> bool:
    return any(words[j : j + 2] == pair for j in range(len(words) - 1))


# How many of the best metrics the words may mean are read for a segment word in a name
_NAMED_WITH = 10


# Words after which an auxiliary's noun reading is the one meant: "in cans", "per can"
_BEFORE_A_NOUN = frozenset({"in", "into", "per", "a", "the", "of", "by", "each"})


def _auxiliary_as_noun(tokens: list[Token], i: int) -> bool:
    """'how many litres went into cans', 'volume in can': an auxiliary that is a noun too
    (vocabulary.name_forms.auxiliary_noun), written in the plural or after a word a noun
    follows, is that noun; "can you tell me" is still the verb."""
    tok = tokens[i]
    if not auxiliary_noun(tok.lemma):
        return False
    plural = tok.text.lower() == f"{tok.lemma}s"  # ("could" is "can" too, still the verb)
    return plural or (i > 0 and tokens[i - 1].lemma in _BEFORE_A_NOUN)


# "direct-to-consumer sales", "ready-to-serve volume": a compound naming a channel or a
# line of products, whose words are never whom it was sold to or what was done
_COMPOUND = patterns.compile(r"\b[a-z]+-(?:to|for|by|on|in|of|and|the)-[a-z]+\b", re.IGNORECASE)
# "company-owned stores", "family-run hotels": a participle saying whose, never a verb
# (unless a reporting word: "currency-adjusted" says a basis)
_PARTICIPLE_COMPOUND = patterns.compile(
    r"\b[a-z]+-(?P<p>[a-z]{2,}ed|run|built|made|held)\b", re.IGNORECASE
)


def _compounds(text: str) -> list[tuple[int, int]]:
    """The spans of TEXT's compounds that name something (see above)."""
    if "-" not in text:
        return []
    spans = [m.span() for m in _COMPOUND.finditer(text)]
    return spans + [
        m.span("p")
        for m in _PARTICIPLE_COMPOUND.finditer(text)
        if m["p"].lower() not in reporting.all_words()
    ]


def _divided(tokens: list[Token], vocab: Vocabulary) -> set[int]:
    """The tokens a rate divides ("cost" of "cost per kg"): a metric's word before "per"
    is a noun, whatever verb it could also be ("Scotland cost …")."""
    return {
        i
        for i, tok in enumerate(tokens[:-1])
        if tokens[i + 1].text == "per" and vocab.is_metric_word(tok.lemma)
    }


def _names_a_line(i: int, tokens: list[Token], ranked: list[MetricHit], vocab: Vocabulary) -> bool:
    """'retail GGR' beside a store's "retail gross gaming revenue": token I is a word of a
    line's name the store holds, read with the next word by one of its metrics (never a
    segment's, unit's or filler word: "the Cloud segment revenue")."""
    tok = tokens[i]
    return (
        vocab.names_a_line(tok.lemma, tok.text.lower())
        and tok.lemma not in reporting.segment_words()
        and tok.lemma not in UNIT_WORDS
        and tok.lemma not in FILLER
        and any({i, i + 1} <= h.explained for h in ranked)
        # ("like for like growth": a word the chosen name already reads elsewhere)
        and not any(tokens[k].lemma == tok.lemma for k in ranked[0].explained if k != i)
    )


def _in_a_compound_name(compounds: list[tuple[int, int]], tok: Token) -> bool:
    """Is TOK a word (not grammar) of one of the question's COMPOUNDS (their spans)?"""
    return tok.lemma not in FILLER and any(a <= tok.start and tok.end <= b for a, b in compounds)
