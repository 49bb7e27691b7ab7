"""Ingesting reports from the command line: `ingest` proposes facts, `review` decides.

    salesbot ingest report.txt --published 2014-05-14 [--entity Sony] [--json]
    salesbot review                        # pending candidates
    salesbot review --approve 3,4 --reject 5 --set 3 value=41M
    salesbot review --approve-all

The `--json` output of both is CONTRACT-level: a JSON list of facts in the bundle's fact
format, each with its "candidate" id and "status".
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import click

from bot.cli.context import AppContext, check_scope
from bot.facts.model import SalesBotError

scope_option = click.option(
    "--scope",
    default="shared",
    show_default=True,
    help="'shared', or the Discord server id to act for.",
)
QUOTE_WIDTH = 90


def _day(text: str | None, what: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise SalesBotError(f"{what} must be a date like 2014-05-14, not {text!r}") from None


def _amount(fields: dict) -> str:
    from bot.facts.model import Quantity
    from bot.facts.quantities import format_quantity

    try:
        high = fields.get("value_high")
        return format_quantity(
            Quantity(
                float(fields["value"]),
                str(fields["unit"]),
                float(high) if high is not None else None,
            )
        )
    except (KeyError, TypeError, ValueError, SalesBotError):
        return f"{fields.get('value')} {fields.get('unit')}"


def _print_table(app: AppContext, scope: str, candidates) -> None:
    from bot.ingest.candidates import period_label_in

    for c in candidates:
        f = c.fields
        flags = []
        if f.get("new_entity"):
            flags.append("new entity")
        if f.get("new_metric"):
            flags.append("new metric")
        status = "" if c.status == "pending" else f" [{c.status}]"
        click.echo(
            f"#{c.id}{status}  {f.get('entity')} · {f.get('metric')} · {f.get('kind')} · "
            f"{period_label_in(app.store, scope, f)}"
        )
        click.echo(
            f"      {_amount(f)}, as of {f.get('as_of')}"
            + (f"  ({', '.join(flags)})" if flags else "")
            + (f"  — {f['note']}" if f.get("note") else "")
        )
        quote = str(f.get("quote", ""))
        if len(quote) > QUOTE_WIDTH:
            quote = quote[: QUOTE_WIDTH - 1] + "…"
        click.echo(f"      “{quote}”")


PROGRESS_FROM = 200_000  # characters: a report this long shows how far reading has got


@contextmanager
def _progress(total: int) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on stderr for a long report (stdout stays the result, e.g. JSON)."""
    if total < PROGRESS_FROM:
        yield None
        return
    if not sys.stderr.isatty():  # a log or a pipe: a line every tenth of the way
        shown = -1

        def line(position: int, whole: int) -> None:
            nonlocal shown
            tenth = position * 10 // max(whole, 1)
            if tenth > shown:
                shown = tenth
                click.echo(f"reading the report: {tenth * 10}%", err=True)

        yield line
        return
    with click.progressbar(
        length=total, label="reading the report", file=sys.stderr, show_percent=True
    ) as bar:
        done = 0

        def update(position: int, _total: int) -> None:
            nonlocal done
            if position > done:
                bar.update(position - done)
                done = position

        yield update


@click.command()
@click.argument("path", type=click.Path(dir_okay=False))
@click.option("--published", help="The report's date, YYYY-MM-DD (HTML may carry its own).")
@click.option("--title", help="Default: the report's first line or HTML title.")
@click.option("--publisher", help="Default: a 'source: …' credit line, or the HTML site name.")
@click.option("--url")
@click.option("--key", help="The source's key (default: from the title and date).")
@click.option("--entity", help="The company the report is about (default: found in the text).")
@click.option(
    "--fiscal-year-end",
    "fiscal_year_end",
    help="For a new entity: its fiscal year end, MM-DD (default: calendar years).",
)
@click.option(
    "--named-by",
    "named_by",
    type=click.Choice(["start", "end"]),
    help="For a new entity: is a fiscal year named by its start or end year?",
)
@click.option("--json", "as_json", is_flag=True, help="Print the candidates as a JSON list.")
@scope_option
@click.pass_obj
def ingest(
    app: AppContext,
    path: str,
    published: str | None,
    title: str | None,
    publisher: str | None,
    url: str | None,
    key: str | None,
    entity: str | None,
    fiscal_year_end: str | None,
    named_by: str | None,
    as_json: bool,
    scope: str,
) -> None:
    """Read a report (.txt, .md, .html) and propose the facts it states, for review."""
    from bot.ingest.candidates import fact_json
    from bot.ingest.documents import read_document
    from bot.ingest.service import ingest as run

    scope = check_scope(scope)
    document = read_document(path)
    with _progress(len(document.text)) as progress:
        result = run(
            app.store,
            document,
            published=_day(published, "--published"),
            scope=scope,
            actor=app.actor(),
            title=title,
            publisher=publisher,
            url=url,
            key=key,
            entity=entity,
            fiscal_year_end=fiscal_year_end,
            named_by=named_by,
            fallback_title=Path(path).stem,
            progress=progress,
        )
    if as_json:
        click.echo(
            json.dumps([fact_json(c) for c in result.candidates], ensure_ascii=False, indent=2)
        )
        return
    s = result.source
    click.echo(
        f"source {s.key!r}: {s.title} ({s.published}{', ' + s.publisher if s.publisher else ''})"
    )
    if result.new_entity is not None:
        e = result.new_entity
        cal = (
            f"fiscal year ends {e.fiscal_year_end}, named by its {e.fiscal_year_named_by} year"
            if e.fiscal_year_end
            else "calendar years (give --fiscal-year-end MM-DD --named-by start|end if not)"
        )
        if result.calendar_evidence:
            cal += (
                f" — proposed from the report (“{result.calendar_evidence}”); if it is wrong,"
                " reject and ingest again with --fiscal-year-end MM-DD --named-by start|end"
            )
        click.echo(f"new entity {e.name!r}: {cal}")
    others = [n for n in result.extraction.new_entities if n != result.extraction.entity]
    if others:
        click.echo(f"also new: {', '.join(others)} (calendar years assumed)")
    if not result.candidates:
        click.echo(
            "no new candidate facts"
            + (f" ({result.already} already proposed)" if result.already else "")
        )
        return
    click.echo(
        f"{len(result.candidates)} candidate facts"
        + (f" ({result.already} already proposed before)" if result.already else "")
        + ":"
    )
    _print_table(app, scope, result.candidates)
    click.echo(
        "approve with `salesbot review --approve ID` or `--approve-all`; "
        "correct with `--set ID field=value`"
    )


def _ids(values: tuple[str, ...]) -> list[int]:
    """ "3", "3,4", "3-7", "#3" -> ids."""
    out: list[int] = []
    for value in values:
        for part in re.split(r"[,\s]+", value.strip()):
            part = part.lstrip("#")
            if not part:
                continue
            m = re.fullmatch(r"(\d+)(?:-(\d+))?", part)
            if m is None:
                raise SalesBotError(f"{part!r} is not a candidate id (use 3, 3,4 or 3-7)")
            first, last = int(m[1]), int(m[2] or m[1])
            if last < first or last - first > 10000:
                raise SalesBotError(f"{part!r} is not a range of candidate ids")
            out.extend(range(first, last + 1))
    return list(dict.fromkeys(out))


def _settings(pairs: tuple[tuple[str, str], ...]) -> dict[int, dict[str, str]]:
    out: dict[int, dict[str, str]] = {}
    for raw_id, assignment in pairs:
        (cid,) = _ids((raw_id,))[:1] or [None]
        if cid is None:
            raise SalesBotError(f"--set needs a candidate id, not {raw_id!r}")
        name, sep, value = assignment.partition("=")
        if not sep or not name.strip():
            raise SalesBotError(f"--set {raw_id} needs field=value, not {assignment!r}")
        out.setdefault(cid, {})[name.strip().replace("-", "_")] = value.strip()
    return out


@click.command()
@click.option(
    "--approve",
    "approve_ids",
    multiple=True,
    metavar="ID",
    help="Approve candidates: 3, 3,4 or 3-7 (repeatable).",
)
@click.option("--reject", "reject_ids", multiple=True, metavar="ID", help="Reject candidates.")
@click.option(
    "--approve-all",
    "approve_all",
    is_flag=True,
    help="Approve every pending candidate (of --source, if given).",
)
@click.option(
    "--set",
    "sets",
    multiple=True,
    nargs=2,
    metavar="ID FIELD=VALUE",
    help="Correct a field before approving: --set 3 value=41M, --set 3 period=FY2013.",
)
@click.option("--source", "source_key", help="Only candidates from this source.")
@click.option("--all", "show_all", is_flag=True, help="List decided candidates too.")
@click.option("--json", "as_json", is_flag=True, help="Print candidates as a JSON list.")
@scope_option
@click.pass_obj
def review(
    app: AppContext,
    approve_ids: tuple[str, ...],
    reject_ids: tuple[str, ...],
    approve_all: bool,
    sets: tuple[tuple[str, str], ...],
    source_key: str | None,
    show_all: bool,
    as_json: bool,
    scope: str,
) -> None:
    """List pending candidate facts, or approve, correct and reject them."""
    from bot.ingest import candidates, decisions

    scope = check_scope(scope)
    store, actor = app.store, app.actor()
    approve_list, reject_list = _ids(approve_ids), _ids(reject_ids)
    both = set(approve_list) & set(reject_list)
    if both:
        raise SalesBotError(f"candidate #{min(both)} cannot be approved and rejected at once")
    settings = _settings(sets)
    if approve_all:
        approve_list += [
            c.id
            for c in store.candidates(scope, status="pending", source_key=source_key)
            if c.id not in approve_list and c.id not in reject_list
        ]
    acted = bool(approve_list or reject_list or settings)
    if not acted:
        status = None if show_all else "pending"
        listed = store.candidates(scope, status=status, source_key=source_key)
        if as_json:
            click.echo(
                json.dumps([candidates.fact_json(c) for c in listed], ensure_ascii=False, indent=2)
            )
        elif not listed:
            click.echo("no pending candidates")
        else:
            _print_table(app, scope, listed)
        return
    for cid, changes in settings.items():
        if cid not in approve_list:
            c = decisions.edit(store, cid, changes, scope=scope, actor=actor)
            click.echo(f"corrected #{c.id}")
    failures = 0
    decided = []
    for cid in approve_list:
        try:
            view = decisions.approve(
                store, cid, scope=scope, actor=actor, changes=settings.get(cid)
            )
            decided.append(cid)
            if not as_json:
                click.echo(f"approved #{cid} as fact #{view.fact.id}")
        except SalesBotError as e:
            failures += 1
            click.echo(f"error: #{cid}: {e}", err=True)
    for cid in reject_list:
        try:
            decisions.reject(store, cid, scope=scope, actor=actor)
            decided.append(cid)
            if not as_json:
                click.echo(f"rejected #{cid}")
        except SalesBotError as e:
            failures += 1
            click.echo(f"error: #{cid}: {e}", err=True)
    if as_json:
        click.echo(
            json.dumps(
                [candidates.fact_json(store.candidate(i, scope)) for i in decided],
                ensure_ascii=False,
                indent=2,
            )
        )
    elif len(approve_list) + len(reject_list) > 1:
        click.echo(f"{len(decided)} decided, {failures} failed")
    if failures:
        raise click.exceptions.Exit(2)


COMMANDS = (ingest, review)
