"""A question about one period of a company's figure reads that period's figures first
(bot/answering/period_first.py): the answers are the whole series' answers, and a plain
question reads no more than its period."""

from __future__ import annotations

import copy
import operator
import pickle

import pytest

import bot.answering.engine as engine_module
from bot.answering import Engine
from bot.answering.period_first import FirstPeriod
from bot.answering.wording.render import to_json
from bot.facts.bundle import parse_bundle
from bot.facts.model import SHARED_SCOPE
from bot.facts.store import FactStore
from tests.answering.invented import bundle, fact, guidance_world, world_bundle

_, _, CASES = guidance_world()

# Plain questions about one period of one figure, in the world's wordings and calendars
PLAIN = [
    f"{name} {what} {when}"
    for name in ("Brindlewood", "Caskell Rail", "Dunmore Avionics", "Evenholt", "Farrow Jets")
    for what in ("aircraft deliveries", "revenue", "net orders", "delivery forecast")
    for when in ("2024", "FY2025", "Q2 2025", "in the first half of 2025", "2031")
] + [
    "how many aircraft did Brindlewood deliver in Q3 2025",
    "what was Farrow Jets' operating margin in 2025",
    "Caskell Rail revenue growth in 2025",
    "Dunmore Avionics latest deliveries",
    "Evenholt Yards deliveries 2025 vs 2024",
    "Brindlewood original 2025 delivery guidance",
    "Brindlewood 2025 delivery guidance as of June 2025",
    "Farrow Jets backlog at the end of 2025",
    "did Brindlewood hit its 2025 delivery target",
]


# A company whose figures of one period are not all a question about it can be answered
# by: a target stated for a 52-week year beside a forecast of the calendar year it stands
# for, counts at each year's end beside a year's own figure, a running total since launch
# beside the year's sales, a year's figure restated beside one stated once.
EDGES = [
    fact("Quenby Outfitters", metric, kind, period, value, unit, as_of)
    for metric, kind, period, value, unit, as_of in (
        ("net sales", "actual", "2023-01-01/2023-12-31", 410, "USD", "2024-02-20"),
        ("net sales", "actual", "2024-01-01/2024-12-31", 455, "USD", "2025-02-20"),
        ("net sales", "target", "2024-01-01/2024-12-28", 470, "USD", "2024-02-20"),
        ("net sales", "forecast", "2024-01-01/2024-12-31", 462, "USD", "2024-08-01"),
        ("net sales", "forecast", "2024-01-01/2024-12-31", 458, "USD", "2024-11-01"),
        ("stores", "actual", "2023-12-31/2023-12-31", 120, "units", "2024-02-20"),
        ("stores", "actual", "2024-12-31/2024-12-31", 134, "units", "2025-02-20"),
        ("stores", "actual", "2024-01-01/2024-12-31", 127, "units", "2025-02-20"),
        ("units sold", "actual", "2021-03-01/2024-12-31", 9100, "units", "2025-02-20"),
        ("units sold", "actual", "2024-01-01/2024-12-31", 2600, "units", "2025-02-20"),
        ("units sold", "actual", "2023-01-01/2023-12-31", 2400, "units", "2024-02-20"),
        ("units sold", "actual", "2023-01-01/2023-12-31", 2450, "units", "2025-02-20"),
    )
]
EDGE_QUESTIONS = [
    "Quenby net sales target 2024",
    "Quenby net sales forecast 2024",
    "Quenby net sales 2024",
    "how many stores did Quenby add in 2024",
    "Quenby stores 2024",
    "cumulative Quenby units sold since launch through the end of 2024",
    "Quenby units sold 2024",
    "history of Quenby's 2024 net sales forecast",
    "history of Quenby's 2024 units sold",
    "how did Quenby's 2024 units sold change over time",
    "Quenby net sales trend 2024",
    "did Quenby beat its 2024 net sales target",
    "Quenby net sales growth 2024",
]


def _store(seed) -> FactStore:
    store = FactStore.in_memory(seed=seed)
    store.import_bundle(parse_bundle(world_bundle()), actor="test", scope=SHARED_SCOPE)
    edges = bundle([{"name": "Quenby Outfitters", "aliases": ["Quenby"]}], EDGES, "2025-03-01")
    store.import_bundle(parse_bundle(edges), actor="test", scope=SHARED_SCOPE)
    return store


def _answers(store: FactStore, texts: list[str], monkeypatch, *, first: bool) -> list[list]:
    """Every answer, asked twice (the second time the store's reads are kept), with the
    period read first or not."""
    monkeypatch.setattr(engine_module, "READ_PERIOD_FIRST", first)
    store.__dict__.pop("_series_cache", None)  # (read anew, as by another process)
    engine = Engine(store)
    return [[to_json(engine.ask(t, kept=False)) for t in texts] for _ in range(2)]


def test_answers_are_the_whole_series_answers(seed, monkeypatch) -> None:
    store = _store(seed)
    texts = EDGE_QUESTIONS + PLAIN + [c.question for c in CASES]
    whole = _answers(store, texts, monkeypatch, first=False)
    first = _answers(store, texts, monkeypatch, first=True)
    for again in range(2):
        for text, a, b in zip(texts, whole[again], first[again], strict=True):
            assert b == a, text


def test_a_plain_question_reads_its_period_alone(seed, monkeypatch) -> None:
    store = _store(seed)
    reads: list[dict] = []
    read = store.facts_for

    def spy(scope, **where):
        reads.append(where)
        return read(scope, **where)

    monkeypatch.setattr(store, "facts_for", spy)
    engine = Engine(store)
    answer = engine.ask("Brindlewood aircraft deliveries Q2 2025")
    assert answer.status.value == "answered"
    assert reads and all(r.get("period") is not None for r in reads)
    reads.clear()
    # a growth looks beyond its period: the whole series is read, and answers
    assert engine.ask("Brindlewood aircraft deliveries growth in 2025").status.value == "answered"
    assert any(r.get("period") is None for r in reads)


class _Whole:
    """The whole series' reader, counting its reads."""

    def __init__(self, views: list) -> None:
        self.views, self.calls = views, 0

    def __call__(self) -> list:
        self.calls += 1
        return list(self.views)


def _series(seed) -> tuple[list, list, FirstPeriod, _Whole]:
    store = _store(seed)
    whole = store.facts_for(SHARED_SCOPE, entity_ids=[store.entity("Brindlewood Aero").id])
    period = whole[3].fact.period
    narrow = [v for v in whole if v.fact.period == period]
    reader = _Whole(whole)
    return whole, narrow, FirstPeriod.of(period, narrow, reader), reader


LOOKS = {
    "len": len,
    "list": list,
    "tuple": tuple,
    "iter": lambda s: list(iter(s)),
    "reversed": lambda s: list(reversed(s)),
    "item": lambda s: s[2],
    "last": lambda s: s[-1],
    "slice": lambda s: s[1:4],
    "contains": lambda s: s[0] in s,
    "index": lambda s: s.index(s[1]),
    "count": lambda s: s.count(s[0]),
    "equal": lambda s: s == list(s),
    "equal, reflected": lambda s: list(s) == s,
    "add": lambda s: operator.add(s, []),
    "added to": lambda s: operator.add([], s),
    "unpacked": lambda s: [*s],
    "times": lambda s: s * 2,
    "copy": lambda s: s.copy(),
    "copy module": copy.copy,
    "deepcopy": lambda s: copy.deepcopy(s) == list(s),
    "pickle": lambda s: pickle.loads(pickle.dumps(s)),
    "sorted": lambda s: sorted(s, key=lambda v: v.fact.id),
    "repr": repr,
    "any": lambda s: any(v.fact.period.months >= 12 for v in s),
    "join": lambda s: ",".join(str(v.fact.id) for v in s),
    "set": lambda s: {v.fact.id for v in s},
}


@pytest.mark.parametrize("look", sorted(LOOKS))
def test_anything_that_looks_at_the_figures_sees_the_whole_series(seed, look) -> None:
    whole, narrow, series, reader = _series(seed)
    assert len(narrow) < len(whole)
    seen = LOOKS[look](series)
    assert seen == LOOKS[look](whole)
    assert reader.calls == 1
    LOOKS[look](series)
    assert reader.calls == 1  # read once


CHANGES = {
    "append": lambda s: s.append(s[0]),
    "extend": lambda s: s.extend(s[:2]),
    "insert": lambda s: s.insert(1, s[0]),
    "remove": lambda s: s.remove(s[0]),
    "pop": lambda s: s.pop(),
    "sort": lambda s: s.sort(key=lambda v: -v.fact.id),  # type: ignore[operator]
    "reverse": lambda s: s.reverse(),
    "set item": lambda s: s.__setitem__(0, s[1]),
    "delete item": lambda s: s.__delitem__(0),
    "add in place": lambda s: s.__iadd__(s[:1]),
    "clear": lambda s: s.clear(),
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_a_change_to_the_figures_is_made_to_the_whole_series(seed, change) -> None:
    whole, _, series, reader = _series(seed)
    CHANGES[change](series)
    CHANGES[change](whole)
    assert list(series) == whole and reader.calls == 1


def test_its_truth_needs_no_read_and_its_period_views_stand_in_the_whole(seed) -> None:
    whole, narrow, series, reader = _series(seed)
    assert series and reader.calls == 0  # the period's figures are some of the series'
    assert series.narrow == narrow
    read = list(series)
    assert read == whole and series.narrow is None
    # one object for one figure, whichever read a step took it from
    assert all(any(v is n for v in read) for n in narrow)
    assert FirstPeriod(whole) == whole and FirstPeriod(whole).narrow is None


def test_a_whole_read_that_fails_leaves_the_series_unread(seed) -> None:
    whole, narrow, series, reader = _series(seed)
    views = reader.views
    reader.views = None  # list(None): the read raises
    with pytest.raises(TypeError):
        len(series)
    assert series.narrow == narrow  # never seen as empty
    reader.views = views
    assert list(series) == whole
