"""A report's text -> proposed facts, each with the sentence that states it.

Pure: text, a publication date and the store's names in; proposals out. No store, no
SQL, no Discord. The steps, per sentence of the article (see `layout.py` for what is
left out):

1. Find the figures (`find_quantities`, plus number words via text2num) and the time
   phrases (`timing.find_times`).
2. Give each figure its own stretch of the sentence: from the clause break before it
   (comma, semicolon, "but", "after", ...) to the one after it, but never past a
   neighbouring figure. What no figure owns frames them all ("For the 12 months ending
   March 2015, ...").
3. Read, nearest first: the metric (the noun after the figure, "<metric> of <figure>",
   the subject before a verb, or the figure it is compared with: "up from 33 million"),
   the kind ("target of", "hopes to sell", "will post", "reported"), the period (own
   stretch, then the frame, then the period the text was just talking about), the
   entity (the subject, or the report's company for "it", "the company").
4. Revisions: "lowered its target to X from Y" gives X, and Y stated the day before.
5. The same figure stated twice is proposed once, quoted from the body rather than a
   headline, from its earliest statement.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.clauses import Context, read_sentence
from bot.ingest.entities import Names, main_entity, report_aliases
from bot.ingest.layout import Layout, analyse
from bot.ingest.metrics import MetricReader, main_product
from bot.ingest.model import Extraction, KnownEntity, KnownMetric, Proposal
from bot.ingest.naming import name_proposals
from bot.ingest.tables import table_proposals

__all__ = ["Extraction", "KnownEntity", "KnownMetric", "Proposal", "extract"]


def extract(
    text: str,
    *,
    published: date,
    entities: Sequence[KnownEntity] = (),
    metrics: Sequence[KnownMetric] = (),
    entity: KnownEntity | None = None,
    progress: Callable[[int, int], None] | None = None,
    layout: Layout | None = None,
) -> Extraction:
    """Every figure the report states, as proposals named with the store's names where
    the store has them (`naming.py` does that part). LAYOUT: `analyse(text)`, when the
    caller has it already."""

    layout = layout if layout is not None else analyse(text)
    known = list(entities)
    if entity is None:
        main = main_entity(layout, known)
        if main is None:
            raise ValueError("no company found")
        entity = next((e for e in known if e.name == main), KnownEntity(main))
    fiscal = entity.calendar
    if not entity.calendar.is_calendar and not _speaks_fiscal(text):
        # "this year", "in 2007", "the second quarter" in a report that never names a
        # fiscal period are calendar periods, even for a company with a fiscal year
        entity = replace(entity, calendar=CALENDAR)
    names = Names([e for e in known if e.name != entity.name], entity)
    ctx = Context(
        published,
        names,
        MetricReader(
            [entity.name, *entity.aliases, *(n for e in known for n in (e.name, *e.aliases))],
            main_product(layout),
        ),
        fiscal=fiscal,
    )
    proposals: list[Proposal] = []
    step = max(1, len(layout.sentences) // 100)
    for n, s in enumerate(layout.sentences):
        if progress is not None and n % step == 0:
            progress(s.start, len(text))  # long reports: the caller shows how far it got
        if s.role == "row":
            continue  # tables: see `tables.py`
        proposals.extend(read_sentence(s, ctx))
    if progress is not None:
        progress(len(text), len(text))

    proposals.extend(table_proposals(text, layout, ctx_published=published, entity=entity))
    # Other companies' figures are there for comparison: they are not this report's facts.
    proposals = [p for p in proposals if p.entity == entity.name]
    merged = _merge(_restated(proposals))
    article = text[: layout.excluded_from] if layout.excluded_from is not None else text
    aliases = report_aliases(
        article,
        entity.name,
        [n for e in known if e.name != entity.name for n in (e.name, *e.aliases)],
    )
    merged = [
        replace(p, entity_aliases=tuple(dict.fromkeys([*p.entity_aliases, *aliases])))
        for p in merged
    ]
    # naming may give two readings of one figure the same name (a table row and the prose)
    named = _merge(name_proposals(merged, metrics=metrics, entities=[entity, *known]))
    new = tuple(sorted(n for n in names.new if n in {p.entity for p in named}))
    return Extraction(tuple(named), entity.name, layout.title, layout.credit, new)


_FISCAL = re.compile(
    r"\bfiscal\b|\bfinancial\s+year|\bFY\b|\bFY\s?['’]?\d|\b(?:year|months?|quarter|half)\s+"
    r"(?:ending|ended|ends|to|through|until|running\s+to)\s+(?:\w+\s+){0,2}?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.IGNORECASE,
)


def _speaks_fiscal(text: str) -> bool:
    return _FISCAL.search(text) is not None


def _merge(proposals: list[Proposal]) -> list[Proposal]:
    """One proposal per figure: the earliest statement of it, quoted from the body."""
    best: dict[tuple, Proposal] = {}
    for p in proposals:
        key = p.figure_key
        current = best.get(key)
        if current is None:
            best[key] = p
            continue
        rank = (p.as_of, p.headline, len(p.quote))
        if rank < (current.as_of, current.headline, len(current.quote)):
            best[key] = replace(
                p, entity_aliases=tuple(sorted({*p.entity_aliases, *current.entity_aliases}))
            )
        else:
            best[key] = replace(
                current, entity_aliases=tuple(sorted({*p.entity_aliases, *current.entity_aliases}))
            )
    return sorted(best.values(), key=lambda p: (p.start, p.as_of))


def _restated(proposals: list[Proposal]) -> list[Proposal]:
    """Drop a headline's or a table total's figure that the body states too: the body says
    what it counts and when, the headline and the "Total" row only repeat it."""

    def figure(p: Proposal) -> tuple:
        return (p.period, round(p.value, 6), p.value_high, p.unit)

    body = {figure(p) for p in proposals if not p.headline and not p.total_row}
    stated = {(round(p.value, 6), p.unit) for p in proposals if not p.headline}
    kept, aliases = [], {}
    for p in proposals:
        if (p.total_row and figure(p) in body) or (
            p.headline and (round(p.value, 6), p.unit) in stated
        ):
            # the names the headline uses ("Xperia") still belong to the body's figure
            aliases.setdefault((round(p.value, 6), p.unit), set()).update(p.entity_aliases)
        else:
            kept.append(p)
    return [
        replace(p, entity_aliases=tuple(sorted({*p.entity_aliases, *extra})))
        if (extra := aliases.get((round(p.value, 6), p.unit)))
        else p
        for p in kept
    ]
