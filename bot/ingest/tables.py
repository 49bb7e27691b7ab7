"""Table rows: "| Revenue | $21.4 billion | $19.9 billion |" under a header of periods.

The header's cells name each column's period ("Q3 2024", "FY2023", "2025 target"); the
first cell of a row names the metric; every figure in a cell is one proposal, quoted
by its row. A header word such as "target", "goal", "forecast" or "outlook" gives the
column its kind.
"""

from __future__ import annotations

import re
from datetime import date

from bot.facts.model import Kind
from bot.ingest.figures import Figure, find_figures
from bot.ingest.layout import Layout, Sentence
from bot.ingest.lexicon import FORECAST_CUES, KIND_NOUNS, TARGET_CUES
from bot.ingest.metrics import MetricReader
from bot.ingest.model import KnownEntity, Proposal
from bot.ingest.timing import find_times, resolve_time

_SCALE_NOTE = re.compile(
    r"\(\s*(?:in\s+)?(?P<cur>[$€£¥]|usd|eur|jpy|gbp)?\s*(?P<scale>thousands|millions|billions)\s*\)",
    re.IGNORECASE,
)
_SCALES = {"thousands": 1e3, "millions": 1e6, "billions": 1e9}
_CURRENCY = {
    "$": "USD",
    "usd": "USD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "¥": "JPY",
    "jpy": "JPY",
}


def _cells(row: str) -> list[str]:
    parts = row.split("|") if "|" in row else row.split("\t")
    if parts and not parts[0].strip():
        parts = parts[1:]
    if parts and not parts[-1].strip():
        parts = parts[:-1]
    return [p.strip() for p in parts]


def _column_kind(header: str) -> Kind:
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", header)}
    if words & TARGET_CUES or any(KIND_NOUNS.get(w) is Kind.TARGET for w in words):
        return Kind.TARGET
    if words & FORECAST_CUES or any(KIND_NOUNS.get(w) is Kind.FORECAST for w in words):
        return Kind.FORECAST
    return Kind.ACTUAL


def table_proposals(
    text: str, layout: Layout, *, ctx_published: date, entity: KnownEntity
) -> list[Proposal]:
    tables: list[list[Sentence]] = []
    previous = None
    for s in layout.sentences:
        if s.role == "row":
            if previous is not None and previous.role == "row":
                tables[-1].append(s)
            else:
                tables.append([s])
        previous = s
    reader = MetricReader([entity.name, *entity.aliases], None)
    out: list[Proposal] = []
    for rows in tables:
        header = _cells(rows[0].text)
        columns = []
        for cell in header:
            times = [t for t in find_times(cell, ctx_published) if not t.is_date]
            kind = _column_kind(cell)
            period = None
            for t in times:
                period = resolve_time(
                    t, cal=entity.calendar, as_of=ctx_published, kind=kind, anchor=None
                )
                if period is not None:
                    break
            columns.append((period, kind))
        for row in rows[1:]:
            cells = _cells(row.text)
            if len(cells) < 2 or set("".join(cells)) <= set("-: "):
                continue
            label = cells[0]
            note = _SCALE_NOTE.search(label)
            for j, cell in enumerate(cells[1:], start=1):
                if j >= len(columns) or columns[j][0] is None:
                    continue
                period, kind = columns[j]
                for f in find_figures(cell):
                    value, unit = f.value, f.unit
                    if note is not None:
                        value *= _SCALES[note["scale"].lower()]
                        if note["cur"]:
                            unit = _CURRENCY[note["cur"].lower()]
                    probe = Figure(len(label) + 1, len(label) + 1, "", value, unit, True)
                    metric = reader.near(label + " ", probe, 0, len(label))
                    if metric is None:
                        continue
                    wanted = {"units": "units", "percent": "percent"}.get(unit, "money")
                    if metric.family != wanted:
                        continue
                    out.append(
                        Proposal(
                            entity=entity.name,
                            metric=metric.name,
                            kind=kind,
                            period=period,
                            value=value,
                            unit=unit,
                            as_of=ctx_published,
                            quote=row.text,
                            start=row.start,
                            metric_synonyms=(metric.phrase,) if metric.phrase else (),
                        )
                    )
    return out
