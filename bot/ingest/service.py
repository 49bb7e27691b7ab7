"""Ingesting a report into a store: plan (what the store knows), read (the report alone),
propose (the report as a source, its figures as candidates); the one place the command line
and Discord share, so both propose the same way. Deciding on candidates is
`bot.ingest.decisions`.

Only the store's public methods are used (no SQL here). Candidates are the store's
`candidates` rows: they survive restarts, and nothing reaches answers before approval.
"""

from __future__ import annotations

import contextlib
import re
from calendar import monthrange
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from bot.facts.model import Entity, NotFoundError, SalesBotError, Source
from bot.facts.rounding import rounds_to
from bot.facts.store import Candidate, FactStore
from bot.ingest.calendar import CalendarProposal, calendar_of, propose_calendar
from bot.ingest.candidates import candidate_fields
from bot.ingest.documents import Document
from bot.ingest.entities import main_entity
from bot.ingest.extract import Extraction, KnownEntity, KnownMetric, extract
from bot.ingest.figures import dollar_codes
from bot.ingest.layout import analyse
from bot.ingest.repeats import (
    figure_of,
    restates,
    rounded_elsewhere,
    rounded_pair,
    stated_elsewhere,
    statement_of,
)
from bot.ingest.rupees import rupee_codes


@dataclass(frozen=True)
class IngestResult:
    source: Source
    candidates: tuple[Candidate, ...]  # the new ones, in report order
    extraction: Extraction
    already: int = 0  # figures proposed by an earlier ingest of the same report
    new_entity: Entity | None = None  # the report's company, when the store lacks it
    calendar_evidence: str | None = None  # the words a new company's calendar was read from


# How far along an ingest is, as shares of the whole: splitting the report into sentences,
# then reading them; storing the candidates is the rest.
LAYOUT_SHARE, READING_SHARE = 0.3, 0.95


class Cancelled(SalesBotError):
    """The ingest was stopped before anything was stored."""


@dataclass
class _Phases:
    """One progress report for the whole ingest, in the report's characters, from the
    steps' own (position, total) reports; and the place a cancelled ingest stops, which
    is always before anything is stored."""

    report: Callable[[int, int], None] | None
    whole: int
    stop: Callable[[], bool] | None = None

    def part(self, begin: float, end: float) -> Callable[[int, int], None] | None:
        """The callback for one step, which covers the shares BEGIN to END of the way."""
        if self.report is None and self.stop is None:
            return None
        report, should_stop, whole = self.report, self.stop, max(1, self.whole)

        def step(position: int, total: int) -> None:
            if should_stop is not None and should_stop():
                raise Cancelled("the ingest was cancelled; nothing was stored")
            if report is not None:
                share = begin + (end - begin) * min(1.0, position / max(1, total))
                report(int(whole * share), whole)

        return step

    def done(self) -> None:
        if self.report is not None:
            self.report(max(1, self.whole), max(1, self.whole))


def slug(text: str, limit: int = 48) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    out = ""
    for w in words:
        if len(out) + len(w) + 1 > limit:
            break
        out = f"{out}-{w}" if out else w
    return out or "report"


def _known_entities(store: FactStore, scope: str) -> list[KnownEntity]:
    return [
        KnownEntity(e.name, e.aliases, calendar_of(e.fiscal_year_end, e.fiscal_year_named_by))
        for e in store.entities(scope)
    ]


def _pending_names(
    store: FactStore, scope: str
) -> tuple[list[KnownMetric], dict[str, KnownEntity]]:
    """Metrics and entities that pending candidates propose: a second report ingested
    before the first is approved must use the same new names."""
    metrics: dict[str, KnownMetric] = {}
    entities: dict[str, KnownEntity] = {}
    for c in store.candidates(scope, status="pending"):
        f = c.fields
        name = str(f.get("metric", ""))
        if name and name.casefold() not in metrics:
            metrics[name.casefold()] = KnownMetric(
                name, tuple(f.get("metric_synonyms") or ()), f.get("unit")
            )
        ent = str(f.get("entity", ""))
        if ent and f.get("new_entity") and ent.casefold() not in entities:
            entities[ent.casefold()] = KnownEntity(
                ent,
                tuple(f.get("entity_aliases") or ()),
                calendar_of(f.get("fiscal_year_end"), f.get("fiscal_year_named_by")),
            )
    return list(metrics.values()), entities


def _entity_units(store: FactStore, scope: str, name: str) -> Counter[str]:
    """How many of the entity's facts and pending candidates are stated in each unit."""
    units: Counter[str] = Counter()
    with contextlib.suppress(NotFoundError):
        units.update(v.fact.unit for v in store.list_facts(scope, entity=name, limit=200))
    for c in store.candidates(scope, status="pending"):
        if str(c.fields.get("entity", "")).casefold() == name.casefold():
            units[str(c.fields.get("unit", ""))] += 1
    return units


def _own_currency(units: Counter[str], codes: frozenset[str], usual: str) -> str | None:
    """The one currency of CODES other than USUAL that UNITS count more of than USUAL: a
    report that never says which dollar (or rupee) it writes reads as USUAL's."""
    others = [u for u in units if u in codes and u != usual]
    if len(others) != 1 or units[others[0]] <= units[usual]:
        return None
    return others[0]


def _period_ends(store: FactStore, scope: str, name: str) -> tuple[date, ...]:
    """The days other than a month's last that the entity's facts and pending candidates
    end on (at most a few: one shows a week calendar)."""
    spans: set[tuple[date, date]] = set()
    with contextlib.suppress(NotFoundError):
        spans.update(
            (v.fact.period.start, v.fact.period.end)
            for v in store.list_facts(scope, entity=name, limit=200)
        )
    for c in store.candidates(scope, status="pending"):
        if str(c.fields.get("entity", "")).casefold() == name.casefold():
            with contextlib.suppress(ValueError, IndexError):
                start, end = str(c.fields.get("period", "")).split("/")[:2]
                spans.add((date.fromisoformat(start), date.fromisoformat(end)))
    ends = {end for start, end in spans if _closes_a_period(start, end)}
    odd = sorted(d for d in ends if d.day != monthrange(d.year, d.month)[1])
    return tuple(odd[-8:])


def _closes_a_period(start: date, end: date) -> bool:
    """Can a span of START..END be one of a company's fiscal periods (a level on a day, or
    a quarter or more of whole weeks)? A week's sales ("ISO week 12, 18-24 March"), a
    holiday's days or a month to date end on any day: one that happens to fall where a
    52/53-week quarter would end shows no week calendar."""
    days = (end - start).days + 1
    return start == end or (days % 7 == 0 and days >= 12 * 7)


_BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$|\bcents?\b")
_US_DOLLAR = re.compile(r"\bUS\$|\bUSD\b|\bU\.?S\.?\s+dollars?\b", re.IGNORECASE)


def _restate_dollar(store: FactStore, scope: str, entity: str, dollar: str, actor: str) -> None:
    """A report saying its figures are in New Zealand dollars settles what the company's
    bare "$" meant in reports ingested before it that did not say: their pending USD
    candidates read from a bare "$" are in that dollar."""
    for c in store.candidates(scope, status="pending"):
        f = c.fields
        quote = str(f.get("quote", ""))
        if (
            str(f.get("entity", "")).casefold() == entity.casefold()
            and f.get("unit") == "USD"
            and _BARE_DOLLAR.search(quote)
            and not _US_DOLLAR.search(quote)
        ):
            store.update_candidate(c.id, {**f, "unit": dollar}, scope=scope, actor=actor)


@dataclass(frozen=True)
class Plan:
    """What an ingest needs to know of the store before it reads the report: the names it
    holds (and those pending candidates propose), and the company the report is about
    when that is settled already."""

    document: Document
    published: date
    scope: str
    known: tuple[KnownEntity, ...]
    others: tuple[KnownEntity, ...]  # every company but the main one, pending ones too
    metrics: tuple[KnownMetric, ...]
    main: KnownEntity | None  # None: found from the report's text
    proposed: CalendarProposal | None  # a new company's calendar, read from the text
    fiscal_year_end: str | None
    named_by: str | None


@dataclass(frozen=True)
class Reading:
    """The report read: who it is about, and what it states. No store involved."""

    main: KnownEntity
    extraction: Extraction


def ingest(
    store: FactStore,
    document: Document,
    *,
    published: date | None,
    scope: str,
    actor: str,
    title: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    key: str | None = None,
    entity: str | None = None,
    fiscal_year_end: str | None = None,
    named_by: str | None = None,
    fallback_title: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> IngestResult:
    """Store the report as a source and propose the facts it states as candidates.
    PROGRESS(position, whole) is told how far it got now and then; when STOP() says so,
    the ingest ends with `Cancelled`, having stored nothing.

    Three steps, so that a front door can run the long middle one away from the store's
    worker: `plan` (store reads), `read` (the report alone), `propose` (store writes)."""
    plan_ = plan(
        store,
        document,
        published=published,
        scope=scope,
        entity=entity,
        fiscal_year_end=fiscal_year_end,
        named_by=named_by,
    )
    phases = _Phases(progress, len(document.text), stop)
    reading = read(plan_, phases)
    return propose(
        store,
        plan_,
        reading,
        actor=actor,
        title=title,
        publisher=publisher,
        url=url,
        key=key,
        fallback_title=fallback_title,
        phases=phases,
    )


def plan(
    store: FactStore,
    document: Document,
    *,
    published: date | None,
    scope: str,
    entity: str | None = None,
    fiscal_year_end: str | None = None,
    named_by: str | None = None,
) -> Plan:
    """Check the request and gather what the store knows that the reading needs."""
    published = published or document.published
    if published is None:
        raise SalesBotError("give the report's publication date: --published YYYY-MM-DD")
    if named_by and not fiscal_year_end:
        raise SalesBotError("--named-by needs --fiscal-year-end")
    if fiscal_year_end:
        calendar_of(fiscal_year_end, named_by or "end")  # refuses a bad MM-DD now
    known = _known_entities(store, scope)
    pending_metrics, pending_entities = _pending_names(store, scope)
    metrics = [KnownMetric(m.name, m.synonyms, m.unit) for m in store.metrics(scope)]
    metrics += [
        m for m in pending_metrics if m.name.casefold() not in {x.name.casefold() for x in metrics}
    ]
    main = _main_entity(store, scope, entity, fiscal_year_end, named_by, known, pending_entities)
    if main is not None:
        units = _entity_units(store, scope, main.name)
        main = replace(
            main,
            dollar=_own_currency(units, dollar_codes(), "USD"),
            rupee=_own_currency(units, rupee_codes(), "INR"),
            period_ends=_period_ends(store, scope, main.name),
        )
    # A company new to the store, with no calendar given: the report may say what it is.
    proposed = propose_calendar(document.text) if not fiscal_year_end else None
    if (
        proposed is not None
        and main is not None
        and all(e.name.casefold() != main.name.casefold() for e in known)
        and main.name.casefold() not in pending_entities
    ):
        main = KnownEntity(
            main.name, main.aliases, calendar_of(proposed.fiscal_year_end, proposed.named_by)
        )
    others = [
        *known,
        *(e for n, e in pending_entities.items() if main is None or n != main.name.casefold()),
    ]
    return Plan(
        document,
        published,
        scope,
        tuple(known),
        tuple(others),
        tuple(metrics),
        main,
        proposed,
        fiscal_year_end,
        named_by,
    )


def read(
    plan: Plan,
    phases: _Phases | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> Reading:
    """Read the report: the long part of an ingest, and the one that needs no store."""
    text = plan.document.text
    phases = phases or _Phases(progress, len(text), stop)
    layout = analyse(text, progress=phases.part(0.0, LAYOUT_SHARE))
    main = plan.main
    others = list(plan.others)
    if main is None:  # the company the report talks about most, under its calendar
        name = main_entity(layout, others)
        if name is None:
            raise SalesBotError(
                "could not tell which company the report is about: give --entity NAME"
            )
        main = next((e for e in others if e.name == name), None)
        if main is None:
            proposed = plan.proposed
            calendar = (
                calendar_of(proposed.fiscal_year_end, proposed.named_by)
                if proposed is not None
                else calendar_of(plan.fiscal_year_end, plan.named_by or "end")
            )
            main = KnownEntity(name, (), calendar)
    try:
        extraction = extract(
            text,
            published=plan.published,
            entities=others,
            metrics=list(plan.metrics),
            entity=main,
            progress=phases.part(LAYOUT_SHARE, READING_SHARE),
            layout=layout,
        )
    except ValueError:
        raise SalesBotError(
            "could not tell which company the report is about: give --entity NAME"
        ) from None
    return Reading(main, extraction)


def propose(
    store: FactStore,
    plan: Plan,
    reading: Reading,
    *,
    actor: str,
    title: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    key: str | None = None,
    fallback_title: str | None = None,
    phases: _Phases | None = None,
) -> IngestResult:
    """Store the report as a source and what it states as candidates."""
    document, published, scope = plan.document, plan.published, plan.scope
    main, extraction, known, metrics = reading.main, reading.extraction, plan.known, plan.metrics
    proposed = plan.proposed
    is_new = all(e.name.casefold() != main.name.casefold() for e in known)
    evidence = (
        proposed.evidence
        if proposed is not None and is_new and not main.calendar.is_calendar
        else None
    )
    title = title or document.title or extraction.title or fallback_title or main.name + " report"
    source = _source(
        store,
        Source(
            key=key or f"{slug(title)}-{published.isoformat()}",
            title=title,
            published=published,
            text=document.text,
            publisher=publisher or document.publisher or extraction.credit,
            url=url or document.url,
            scope=scope,
        ),
        actor,
    )
    seen = {
        figure_of(c.fields) for c in store.candidates(scope, status=None, source_key=source.key)
    }
    drafts = [
        candidate_fields(
            p,
            source.key,
            new_entity=(p.entity == main.name and is_new),
            calendar=main.calendar if p.entity == main.name else None,
            store_metrics=list(metrics),
        )
        for p in extraction.proposals
    ]
    if extraction.dollar is not None:
        # (first: an earlier report's bare "$" figures are this dollar's, and so compare)
        _restate_dollar(store, scope, main.name, extraction.dollar, actor)
    stated = stated_elsewhere(store, scope, source.key, drafts)
    rounded = rounded_elsewhere(store, scope, source.key, drafts)
    fields, already = [], 0
    for p, f in zip(extraction.proposals, drafts, strict=True):
        if p.entity != main.name and all(e.name != p.entity for e in known):
            f["new_entity"] = True  # another company the store does not know: calendar years
        if evidence and f.get("fiscal_year_end"):
            f["calendar_evidence"] = evidence  # proposed from the text: the admin confirms
        if figure_of(f) in seen or restates(f, stated):
            already += 1
            continue
        exact = [c for c in rounded.get(statement_of(f), ()) if rounded_pair(c.fields, f)]
        if any(rounds_to(float(c.fields["value"]), float(f["value"])) for c in exact):
            already += 1  # "~SEK 14 bn" in a post, the report's MSEK 13,940 already proposed
            continue
        for c in exact:
            if c.status == "pending":
                # the same day's exact figure arrives: the rounded one proposed before it
                # would be stored first and the exact one refused as a clash
                store.reject_candidate(c.id, scope=scope, actor=actor)
        seen.add(figure_of(f))
        fields.append(f)
    ids = store.add_candidates(source.key, fields, scope=scope, actor=actor) if fields else []
    created = tuple(store.candidate(i, scope) for i in ids)
    if phases is not None:
        phases.done()
    new_entity = None
    if is_new:
        cal = main.calendar
        new_entity = Entity(
            main.name,
            main.aliases,
            cal.fiscal_year_end if not cal.is_calendar else None,
            cal.named_by if not cal.is_calendar else None,
            scope=scope,
        )
    return IngestResult(source, created, extraction, already, new_entity, evidence)


def _main_entity(
    store: FactStore,
    scope: str,
    name: str | None,
    fiscal_year_end: str | None,
    named_by: str | None,
    known: Sequence[KnownEntity],
    pending: Mapping[str, KnownEntity],
) -> KnownEntity | None:
    if not name:
        return None
    try:
        e = store.entity(name, scope)
    except NotFoundError:
        e = None
    if e is not None:
        if fiscal_year_end and (fiscal_year_end, named_by or "end") != (
            e.fiscal_year_end,
            e.fiscal_year_named_by or "end",
        ):
            year_end = e.fiscal_year_end or "12-31 (calendar years)"
            naming = (
                f", named by its {e.fiscal_year_named_by} year" if e.fiscal_year_named_by else ""
            )
            raise SalesBotError(
                f"{e.name} already has fiscal year end {year_end}{naming}; "
                "leave out --fiscal-year-end"
            )
        return next(k for k in known if k.name == e.name)
    if name.casefold() in pending and not fiscal_year_end:
        return pending[name.casefold()]
    return KnownEntity(name.strip(), (), calendar_of(fiscal_year_end, named_by or "end"))


def _source(store: FactStore, source: Source, actor: str) -> Source:
    try:
        existing = store.source(source.key, source.scope)
    except NotFoundError:
        return store.add_source(source, actor=actor)
    if " ".join(existing.text.split()) == " ".join(source.text.split()):
        return existing  # the same report again: only figures not yet proposed are added
    raise SalesBotError(f"a different report is already stored as {source.key!r}: give --key")
