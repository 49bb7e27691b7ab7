"""Answering in one process: questions asked for the first time beside the same ones warm.

Two question sets:
- the query set (`bench.queries`, ~331 questions about the seed and the core companies,
  the same at every N): accuracy, and its first pass against the passes after it;
- *first-time* questions (`first_time_questions`): one question about each of up to 200
  companies spread over the whole store, never asked before in the process, each about
  one series and one period the store holds; then the same questions again, warm.

Both start after one warm-up question (which builds the vocabulary, as the bot's first
question does), `prepare.prepare` and `gc.freeze()`, as the bot's answering processes do
after starting. Each question is timed by
the wall clock and by the process's CPU time. "Warm" passes are answered anew
(`Engine.ask(kept=False)`: the understanding of each question and the store's reads are
kept from the first pass, the whole answer is not): the work of answering; "kept" passes
are what a user asking again gets (the whole answer kept until the store changes); "warm,
question forgotten" passes are the issue's own warm (`forget_questions` before each: the
same question answered anew by a warmed process, with nothing kept of that question itself,
neither its reading nor its answer; what depends on the store or on words stays warm): what
a user's first question costs over a later one. Then a pass that times, for each
question, the store's part of its warm answer answered anew (every FactStore method the
engine calls), the same answer kept, and the store's own indexed lookup of the facts it
cites (`FactStore.fact` by id: the row and its revisions).
"""

from __future__ import annotations

import gc
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from bench.steps import one_core, peak_rss_mb, percentile

WARM_UP = "how many phones did sony sell in fiscal 2013"
STORE_CALLS = (
    "facts_for",
    "metrics_having",
    "entities_having",
    "entities",
    "metrics",
    "names_since",
    "generation",
    "fact",
)


@dataclass(frozen=True)
class Asked:
    text: str
    expect: tuple  # ("value", identity) or ("unknown",)


def first_time_questions(db: Path, limit: int = 200, seed: int = 11) -> list[Asked]:
    """One question per company, companies spread evenly over the store (the seed company
    left out: the warm-up asks about it), each about a random series and period."""
    import sqlite3

    from bot.facts.model import Period
    from bot.facts.periods import FiscalCalendar, label

    rng = random.Random(seed)
    conn = sqlite3.connect(db)
    ids = [r[0] for r in conn.execute("SELECT id FROM entities WHERE name != 'Sony' ORDER BY id")]
    step = max(1, len(ids) // limit)
    out = []
    for entity_id in ids[::step][:limit]:
        name, fye, named_by = conn.execute(
            "SELECT name, fiscal_year_end, fiscal_year_named_by FROM entities WHERE id = ?",
            [entity_id],
        ).fetchone()
        rows = conn.execute(
            """SELECT m.name, f.kind, f.period_start, f.period_end, f.as_of
               FROM facts f JOIN metrics m ON m.id = f.metric_id
               WHERE f.entity_id = ? AND f.deleted_at IS NULL""",
            [entity_id],
        ).fetchall()
        current: dict[tuple, tuple] = {}
        for metric, kind, start, end, as_of in rows:
            key = (metric, kind, start, end)
            if key not in current or as_of > current[key][4]:
                current[key] = (metric, kind, start, end, as_of)
        # a fiscal year or quarter, actual or target, of one metric
        wanted = [k for k in current if k[1] in ("actual", "target")]
        metric, kind, start, end, as_of = current[rng.choice(sorted(wanted))]
        period = Period(date.fromisoformat(start), date.fromisoformat(end))
        when = label(period, FiscalCalendar.of(fye, named_by))
        what = metric if kind == "actual" else f"{metric} target"
        template = rng.choice(("{E} {M} {P}", "what was {E}'s {M} in {P}", "{E} {M} for {P}"))
        text = template.format(E=name, M=what, P=when)
        out.append(
            Asked(text, ("value", (name.casefold(), metric.casefold(), kind, start, end, as_of)))
        )
    conn.close()
    return out


def _identity(fact: Any) -> tuple:
    return (
        fact.entity.casefold(),
        fact.metric.casefold(),
        fact.kind.value,
        fact.period.start.isoformat(),
        fact.period.end.isoformat(),
        fact.as_of.isoformat(),
    )


def _right(asked: Asked, answer: Any) -> bool:
    if asked.expect[0] == "unknown":
        return answer.status.value == "unknown"
    return (
        answer.status.value == "answered"
        and bool(answer.facts)
        and _identity(answer.facts[0].fact) == asked.expect[1]
    )


def _summary(times: list[float]) -> dict:
    return {
        "p50_ms": percentile(times, 50) * 1e3,
        "p99_ms": percentile(times, 99) * 1e3,
        "max_ms": max(times) * 1e3,
        "mean_ms": statistics.fmean(times) * 1e3,
    }


def _timed_pass(
    ask: Callable[[str], Any], texts: list[str], cpu: list[float] | None = None
) -> tuple[list[float], list]:
    """Wall seconds per question (and, into CPU, the process's CPU seconds: on a shared
    machine the wall clock also counts the time other jobs held the core)."""
    times, answers = [], []
    for text in texts:
        t, c = time.perf_counter(), time.process_time()
        answers.append(ask(text))
        times.append(time.perf_counter() - t)
        if cpu is not None:
            cpu.append(time.process_time() - c)
    return times, answers


def _passes(engine: Any, texts: list[str], warm_passes: int) -> dict:
    """The first pass, WARM_PASSES more answered anew (what is kept of understanding and of
    the store's reads helps, the whole answer kept does not: the work of answering), then
    WARM_PASSES more as a user gets them (the answer kept), then WARM_PASSES more answered
    anew with every memo of the questions themselves emptied first (`forget_questions`: the
    issue's warm); by wall clock and CPU time."""
    first_cpu: list[float] = []
    first, answers = _timed_pass(engine.ask, texts, first_cpu)
    warm, warm_cpu, kept, forgot, forgot_cpu = [], [], [], [], []
    for _ in range(warm_passes):
        cpu: list[float] = []
        warm.append(_timed_pass(lambda text: engine.ask(text, kept=False), texts, cpu)[0])
        warm_cpu.append(cpu)
    for _ in range(warm_passes):
        kept.append(_timed_pass(engine.ask, texts)[0])
    for _ in range(warm_passes):
        # emptied once a pass: each question is then asked once since, as a later question
        # of a user is; the word-level caches the pass's earlier questions fill are warm
        # in a process that has answered a while, as they were before
        forget_questions(engine)
        cpu = []
        again = _timed_pass(lambda text: engine.ask(text, kept=False), texts, cpu)
        forgot.append(again[0])
        forgot_cpu.append(cpu)
        if [a.text for a in again[1]] != [a.text for a in answers]:
            raise AssertionError("a question answered anew, its memos emptied, changed answer")
    return {
        "answers": answers,
        "first": _summary(first),
        "warm": [_summary(w) for w in warm],
        "first_cpu": _summary(first_cpu),
        "warm_cpu": [_summary(w) for w in warm_cpu],
        "warm_kept": [_summary(w) for w in kept],
        "warm_forgotten": [_summary(w) for w in forgot],
        "warm_forgotten_cpu": [_summary(w) for w in forgot_cpu],
        "first_times_ms": [x * 1e3 for x in first],
    }


def forget_questions(engine: Any) -> None:
    """Empty what a process keeps of questions themselves, so that a question is answered
    as by a process that has answered others but never this one (the warm of issue 12's
    own measurement): the engine's memos of each question's understanding, its periods
    folded, its reading against the store's reports, its settling and its answer
    (`memo.Memo`), and the caches keyed by a question's text (its cues, its tokens, its
    periods, the currencies it says, its words' runs). What depends on the store
    (the vocabulary, the series cache) or on a single word (lemmas, spellings, metric
    scores) is kept: a warmed process has it whatever it is asked."""
    from bot import patterns
    from bot.answering.english import words
    from bot.answering.reading import agreement, asks, cues, currencies
    from bot.facts.periods import finding

    for memo in (
        engine._understood,
        engine._answers,
        engine._settled,
        engine._folded,
        engine._in_store,
    ):
        memo.clear()
    cues._held.clear()
    patterns._LOWERED.clear()  # (the lower case of the last texts tested)
    for cached in (
        finding._remembered_periods,
        words._tokens,
        asks._says,
        asks.added,
        currencies._currencies_in,
        agreement._spans_of,
        agreement._named_spans_of,
        agreement._negations_said,
        agreement._measures_said,  # (keyed by a question's lemmas)
    ):
        cached.cache_clear()


class StoreClock:
    """Time spent inside the FactStore methods the engine calls (wrapped on the instance)."""

    def __init__(self, store: Any) -> None:
        self.spent = 0.0
        self.depth = 0
        for name in STORE_CALLS:
            setattr(store, name, self._wrap(getattr(store, name)))

    def _wrap(self, method: Callable) -> Callable:
        def timed(*args: Any, **kwargs: Any) -> Any:
            self.depth += 1
            t = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                self.depth -= 1
                if self.depth == 0:  # nested calls (fact -> ...) are counted once
                    self.spent += time.perf_counter() - t

        return timed


def step_answering(db: Path, warm_passes: int) -> dict:
    """Both question sets: first pass, then WARM_PASSES passes; then the store's share."""
    one_core()
    from bench.queries import grade, query_set
    from bot.answering import Engine
    from bot.answering.prepare import prepare
    from bot.facts.store import FactStore

    t = time.perf_counter()
    store = FactStore.open(db)
    engine = Engine(store)
    engine.ask(WARM_UP)
    prepare(engine)  # as the bot's answering processes do before their first question
    open_and_warm_up = time.perf_counter() - t
    # as the bot does once started (`discord_bot.client`): what the warm-up built (the
    # vocabulary) is never traversed again by the garbage collector's full passes
    gc.freeze()
    fresh = first_time_questions(db)
    query = query_set()
    out: dict[str, Any] = {"open_and_warm_up_ms": open_and_warm_up * 1e3}

    # first-time questions about many companies, then the same again
    timed = _passes(engine, [a.text for a in fresh], warm_passes)
    answers = timed.pop("answers")
    out["fresh"] = {
        "questions": len(fresh),
        "correct": sum(_right(a, ans) for a, ans in zip(fresh, answers, strict=True)),
        "misses": [a.text for a, ans in zip(fresh, answers, strict=True) if not _right(a, ans)],
        **timed,
    }

    # the query set: its first pass in this process, then warm passes
    timed = _passes(engine, [q.text for q in query], warm_passes)
    answers = timed.pop("answers")
    del timed["first_times_ms"]
    graded = [
        grade(q, a.status.value, [v.fact for v in a.facts])
        for q, a in zip(query, answers, strict=True)
    ]
    out["query"] = {
        "questions": len(query),
        "correct": sum(graded),
        "misses": [q.text for q, ok in zip(query, graded, strict=True) if not ok],
        **timed,
    }

    # the store's share of each warm answer answered anew, the same answer kept, and the
    # indexed lookup of what it cites
    clock = StoreClock(store)
    shares, totals, kept, lookups = [], [], [], []
    texts = [a.text for a in fresh] + [q.text for q in query]
    # the query set's "forgotten" passes emptied every question's memos, the never-asked
    # ones' too: read once more untimed, so that each is answered anew as warm (understood)
    for text in texts:
        engine.ask(text, kept=False)
    for text in texts:
        clock.spent = 0.0
        t = time.perf_counter()
        answer = engine.ask(text, kept=False)
        totals.append(time.perf_counter() - t)
        shares.append(clock.spent)
        t = time.perf_counter()
        engine.ask(text)
        kept.append(time.perf_counter() - t)
        cited = [v.fact.id for v in answer.facts[:2]] if answer.status.value == "answered" else []
        if cited:
            t = time.perf_counter()
            for fact_id in cited:
                store.fact(fact_id)
            lookups.append(time.perf_counter() - t)
    out["store_share"] = {
        "answer": _summary(totals),
        "answer_kept": _summary(kept),
        "store": _summary(shares),
        "cited_lookup": _summary(lookups),
        "answers_with_citations": len(lookups),
    }
    out["peak_rss_mb"] = peak_rss_mb()
    store.close()
    return out


def step_warm_sizes(small_db: Path, big_db: Path, passes: int) -> dict:
    """Issue 12's "warm at 1M ≤ 1.1× the same question at 1k", side by side in one
    process: both stores open, each with its engine made ready as `step_answering` makes
    it; the query set asked once of each (the first time), then PASSES passes in which
    each question is answered anew (`kept=False`) by one engine and at once by the other,
    which goes first alternating question by question and pass by pass. Two processes'
    medians also differ by what else the machine ran meanwhile; here both sizes take the
    same turns. Module-level caches keyed by a question's text serve both engines alike."""
    one_core()
    from bench.queries import query_set
    from bot.answering import Engine
    from bot.answering.prepare import prepare
    from bot.facts.store import FactStore

    stores = [FactStore.open(db) for db in (small_db, big_db)]
    engines = [Engine(store) for store in stores]
    for engine in engines:
        engine.ask(WARM_UP)
        prepare(engine)
    gc.freeze()
    texts = [q.text for q in query_set()]
    for engine in engines:
        for text in texts:
            engine.ask(text)
    out: list[dict] = []
    for p in range(passes):
        wall: tuple[list[float], list[float]] = ([], [])
        cpu: tuple[list[float], list[float]] = ([], [])
        for i, text in enumerate(texts):
            for k in (0, 1) if (i + p) % 2 == 0 else (1, 0):
                t, c = time.perf_counter(), time.process_time()
                engines[k].ask(text, kept=False)
                wall[k].append(time.perf_counter() - t)
                cpu[k].append(time.process_time() - c)
        out.append(
            {
                "small": _summary(wall[0]),
                "big": _summary(wall[1]),
                "small_cpu": _summary(cpu[0]),
                "big_cpu": _summary(cpu[1]),
                # each question's own ratio, big over small: what the two sizes cost it
                "ratio_per_question_p50": statistics.median(
                    b / s for s, b in zip(wall[0], wall[1], strict=True)
                ),
            }
        )
    for store in stores:
        store.close()
    return {"questions": len(texts), "passes": out}
