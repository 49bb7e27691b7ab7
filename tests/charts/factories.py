"""FactViews without a store, for charts of any shape (many quarters, losses, revisions)."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Fact, FactView, Kind, Period, Source

SOURCE = Source("report", "Quarterly report", date(2024, 2, 1), "text", publisher="Acme IR")


def views(
    rows: list[tuple[str, str, float, str]],
    *,
    entity: str = "Acme",
    metric: str = "widgets sold",
    unit: str = "units",
    fiscal_year_end: str | None = None,
    named_by: str | None = None,
    sources: dict[str, Source] | None = None,
) -> list[FactView]:
    """ROWS: (kind, "2023-01-01/2023-03-31", value, as_of ISO date[, source key]).

    Statements of the same kind and period are revisions, numbered by as-of date."""
    facts = []
    for n, (kind, period, value, as_of, *rest) in enumerate(rows, start=1):
        facts.append(
            Fact(
                entity=entity,
                metric=metric,
                kind=Kind(kind),
                period=Period.from_iso(period),
                value=value,
                unit=unit,
                as_of=date.fromisoformat(as_of),
                source=rest[0] if rest else SOURCE.key,
                quote=f"quote {n}",
                id=n,
            )
        )
    known = {SOURCE.key: SOURCE, **(sources or {})}
    out = []
    for f in facts:
        family = sorted(
            (g for g in facts if g.revision_key == f.revision_key), key=lambda g: g.as_of
        )
        out.append(
            FactView(
                fact=f,
                source=known[f.source],
                fiscal_year_end=fiscal_year_end,
                fiscal_year_named_by=named_by,
                revision=family.index(f) + 1,
                revisions=len(family),
                history=tuple(family),
            )
        )
    return out


def quarters(year: int) -> list[str]:
    ends = ("03-31", "06-30", "09-30", "12-31")
    starts = ("01-01", "04-01", "07-01", "10-01")
    return [f"{year}-{s}/{year}-{e}" for s, e in zip(starts, ends, strict=True)]
