"""Curating from the command line: bundles in and out, facts and sources by hand."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from bot.answering.phrases import fact_label
from bot.answering.wording.render import fact_summary, source_line
from bot.cli.context import AppContext, check_scope
from bot.facts.bundle import stream_bundle_file
from bot.facts.fields import changes_from_fields, fact_from_fields, parse_day
from bot.facts.model import AuditEntry, FactView, Kind, SalesBotError, Source
from bot.facts.periods import CALENDAR, parse_period
from bot.facts.quantities import format_quantity

# SQLite's integers end at 2^63 - 1: a larger id cannot name anything, so say so up front.
ROW_ID = click.IntRange(1, 2**63 - 1)

scope_option = click.option(
    "--scope",
    default="shared",
    show_default=True,
    help="'shared', or the Discord server id to act for.",
)


@click.command("import")
@click.argument("path", type=click.Path(dir_okay=False))
@scope_option
@click.pass_obj
def import_(app: AppContext, path: str, scope: str) -> None:
    """Load a fact bundle: all of it or, on any error, none of it; undo it with
    `facts undo` (one change). The file is read as a stream, so its size is no limit."""
    bundle = stream_bundle_file(path)
    report = app.store.import_bundle(bundle, actor=app.actor(), scope=check_scope(scope))
    click.echo(f"imported {path}: {report.line()}")


@click.command()
@click.argument("path", type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "--with-history",
    is_flag=True,
    help="Also write removed facts and the audit log (import reads removed facts back).",
)
@scope_option
@click.pass_obj
def export(app: AppContext, path: str, with_history: bool, scope: str) -> None:
    """Write everything the scope sees as a fact bundle ('-' for stdout), streamed."""
    scope = check_scope(scope)
    if path == "-":
        app.store.write_bundle(click.get_text_stream("stdout"), scope, with_history=with_history)
        return
    target = Path(path)
    partial = target.with_name(f".{target.name}.partial")
    try:
        with partial.open("w", encoding="utf-8") as out:
            n_facts, n_sources = app.store.write_bundle(out, scope, with_history=with_history)
        partial.replace(target)  # a failed export never leaves half a bundle behind
    except OSError as e:
        partial.unlink(missing_ok=True)
        raise SalesBotError(f"cannot write {path}: {e.strerror or e}") from None
    click.echo(f"exported {n_facts} facts and {n_sources} sources to {path}")


# -- facts ----------------------------------------------------------------------------------


@click.group()
def facts() -> None:
    """List, show, add, edit, remove and restore facts."""


def _print_view(view: FactView) -> None:
    removed = " [removed]" if view.fact.deleted else ""
    click.echo(f"#{view.fact.id} {fact_label(view)}{removed}")
    click.echo(f"    {fact_summary(view)}")
    if view.fact.value_high is not None:
        click.echo(f"    range: {format_quantity(view.fact.quantity)}")
    click.echo(f"    “{view.fact.quote}”")
    click.echo(f"    Source: {source_line(view)}")


def _print_change(entry: AuditEntry) -> None:
    click.echo(
        f"change {entry.id}: {entry.action} of {entry.table[:-1]} #{entry.row_id} "
        f"by {entry.actor} at {entry.at}"
    )


@facts.command("list")
@click.option("--entity")
@click.option("--metric")
@click.option("--kind", type=click.Choice([k.value for k in Kind]))
@click.option("--period", help="FY2013, Q3 2013, 2013-04-01/2014-03-31 ...")
@click.option("--removed", is_flag=True, help="Include removed facts.")
@click.option("--limit", type=click.IntRange(1, 1000), default=50, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0)
@scope_option
@click.pass_obj
def list_facts(
    app: AppContext,
    entity: str | None,
    metric: str | None,
    kind: str | None,
    period: str | None,
    removed: bool,
    limit: int,
    offset: int,
    scope: str,
) -> None:
    """List facts, filtered."""
    scope = check_scope(scope)
    cal = CALENDAR
    if period and entity:
        from bot.facts.periods import FiscalCalendar

        e = app.store.entity(entity, scope)
        cal = FiscalCalendar.of(e.fiscal_year_end, e.fiscal_year_named_by)
    views = app.store.list_facts(
        scope,
        entity=entity,
        metric=metric,
        kind=Kind(kind) if kind else None,
        period=parse_period(period, cal) if period else None,
        include_removed=removed,
        limit=limit,
        offset=offset,
    )
    for view in views:
        click.echo(
            f"#{view.fact.id} {fact_label(view)}" + (" [removed]" if view.fact.deleted else "")
        )
    if not views:
        click.echo("no facts match")


@facts.command("show")
@click.argument("fact_id", type=ROW_ID)
@scope_option
@click.pass_obj
def show(app: AppContext, fact_id: int, scope: str) -> None:
    """Show a fact, every revision of its figure, and its change history."""
    history = app.store.history(fact_id, check_scope(scope))
    _print_view(history.view)
    if history.view.revisions > 1:
        click.echo("revisions of this figure:")
        for f in history.view.history:
            mark = " (this one)" if f.id == fact_id else ""
            click.echo(f"    #{f.id} {format_quantity(f.quantity)}, stated {f.as_of}{mark}")
    click.echo("changes:")
    for entry in history.audit:
        _print_change(entry)


fact_options = [
    click.option("--entity"),
    click.option("--metric"),
    click.option("--kind", help="actual, target or forecast"),
    click.option("--period", help="FY2013, Q3 2013, 2013-04-01/2014-03-31 ..."),
    click.option("--value", help="39M, 39 million, $1.25 billion, 29.6% ..."),
    click.option("--unit", help="units, a currency code (USD, JPY ...) or percent"),
    click.option("--as-of", "as_of", help="the date the figure was stated (YYYY-MM-DD)"),
    click.option("--source", help="the source's key"),
    click.option("--quote", help="the sentence of the source that states the figure"),
]


def with_fact_options(command):
    for option in reversed(fact_options):
        command = option(command)
    return command


@facts.command("add")
@with_fact_options
@scope_option
@click.pass_obj
def add(app: AppContext, scope: str, **fields: str | None) -> None:
    """Add a fact; its quote must be in its source's text."""
    scope = check_scope(scope)
    fact = fact_from_fields(fields, store=app.store, scope=scope)
    view = app.store.add_fact(fact, actor=app.actor())
    click.echo("added:")
    _print_view(view)


@facts.command("edit")
@click.argument("fact_id", type=ROW_ID)
@with_fact_options
@scope_option
@click.pass_obj
def edit(app: AppContext, fact_id: int, scope: str, **fields: str | None) -> None:
    """Change some fields of a fact (the old values stay in its history)."""
    scope = check_scope(scope)
    current = app.store.fact(fact_id, scope).fact
    changes = changes_from_fields(fields, current=current, store=app.store, scope=scope)
    if not changes:
        raise SalesBotError(f"fact #{fact_id} already has those values")
    view = app.store.edit_fact(fact_id, changes, scope=scope, actor=app.actor())
    click.echo("edited:")
    _print_view(view)


@facts.command("remove")
@click.argument("fact_id", type=ROW_ID)
@scope_option
@click.pass_obj
def remove(app: AppContext, fact_id: int, scope: str) -> None:
    """Remove a fact (it can be restored with `facts undo`)."""
    entry = app.store.remove_fact(fact_id, scope=check_scope(scope), actor=app.actor())
    click.echo(f"removed fact #{fact_id} (change {entry.id}); `salesbot facts undo` restores it")


@facts.command("undo")
@click.option("--change", "change_id", type=ROW_ID, help="Undo this change (default: your latest).")
@scope_option
@click.pass_obj
def undo(app: AppContext, change_id: int | None, scope: str) -> None:
    """Undo your latest change to a fact (an add, edit or removal)."""
    entry = app.store.undo(scope=check_scope(scope), actor=app.actor(), entry_id=change_id)
    click.echo(f"undone (change {entry.id}): {_undone(entry)}")


def _undone(entry: AuditEntry) -> str:
    """What an undo did, in words: an undone add removes, an undone removal restores."""
    if entry.table == "imports":
        removed = (entry.after or {}).get("facts_removed", 0)
        return f"the import of change {(entry.after or {}).get('undoes')} ({removed} facts removed)"
    if (entry.after or {}).get("deleted_at") and not (entry.before or {}).get("deleted_at"):
        return f"fact #{entry.row_id} is removed again"
    if (entry.before or {}).get("deleted_at") and not (entry.after or {}).get("deleted_at"):
        return f"fact #{entry.row_id} is restored"
    return f"fact #{entry.row_id} is back as it was"


# -- sources --------------------------------------------------------------------------------


@click.group()
def sources() -> None:
    """Add and list the reports facts are quoted from."""


@sources.command("add")
@click.option("--key", required=True, help="A short unique name, e.g. sony-fy2013-results")
@click.option("--title", required=True)
@click.option(
    "--file",
    "text_file",
    required=True,
    type=click.Path(exists=True, dir_okay=False),
    help="The report's full text (.txt or .md).",
)
@click.option("--published", help="YYYY-MM-DD")
@click.option("--publisher")
@click.option("--url")
@scope_option
@click.pass_obj
def add_source(
    app: AppContext,
    key: str,
    title: str,
    text_file: str,
    published: str | None,
    publisher: str | None,
    url: str | None,
    scope: str,
) -> None:
    """Store a report's text so facts can quote it."""
    try:
        text = Path(text_file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise SalesBotError(f"cannot read {text_file}: {e}") from None
    day: date | None = parse_day(published, "published") if published else None
    source = app.store.add_source(
        Source(
            key=key,
            title=title,
            published=day,
            text=text,
            publisher=publisher,
            url=url,
            scope=check_scope(scope),
        ),
        actor=app.actor(),
    )
    click.echo(f"added source {source.key!r} ({len(source.text)} characters)")


@sources.command("list")
@scope_option
@click.pass_obj
def list_sources(app: AppContext, scope: str) -> None:
    """List the stored sources."""
    for s in app.store.sources(check_scope(scope)):
        click.echo(f"{s.key}: {s.title} ({s.published or 'undated'})")


COMMANDS = (import_, export, facts, sources)
