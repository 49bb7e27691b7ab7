"""The `salesbot` command line: one group, global options, and one error policy.

Subcommands live in sibling modules, one per job (asking, curating, ...). Every refused
input ends here as one line on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import importlib
import os
import sqlite3
import sys

import click

from bot.facts.model import SalesBotError

# Which module defines each command, so that running one imports only that module (the
# engine for `ask`, never ingestion's HTML readers or the bundle writer). A command missing
# here still works, found by importing every module; a test keeps this table complete.
COMMAND_MODULES = {
    "ask": "ask",
    "chat": "ask",
    "chart": "chart",
    "import": "curate",
    "export": "curate",
    "facts": "curate",
    "sources": "curate",
    "ingest": "ingest",
    "review": "ingest",
    "run": "run",
}


class LazyGroup(click.Group):
    """A group whose commands are imported when run (`--help` lists them all)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(every_command())

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        module = COMMAND_MODULES.get(name)
        if module is not None:
            for command in _commands_of(module):
                if command.name == name:
                    return command
        return every_command().get(name)


def _commands_of(module: str) -> tuple[click.Command, ...]:
    return tuple(getattr(importlib.import_module(f"{__name__}.{module}"), "COMMANDS", ()))


def every_command() -> dict[str, click.Command]:
    """Every sibling module that defines COMMANDS contributes them."""
    import pkgutil

    return {
        command.name: command
        for info in pkgutil.iter_modules(__path__)
        for command in _commands_of(info.name)
        if command.name
    }


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    "db",
    type=click.Path(dir_okay=False),
    default=None,
    help="The store's file (default: $SALESBOT_DB, else data/salesbot.db).",
)
@click.option(
    "--empty", is_flag=True, help="Create a new store with no facts instead of the bundled seed."
)
@click.pass_context
def cli(ctx: click.Context, db: str | None, empty: bool) -> None:
    """Answer sales questions with the exact figure and its citation."""
    from bot.cli.context import AppContext

    ctx.obj = AppContext.create(db, empty=empty)
    ctx.call_on_close(ctx.obj.close)


def main(argv: list[str] | None = None) -> None:
    try:
        code = cli.main(args=argv, prog_name="salesbot", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        code = 1
    except click.UsageError as e:
        where = e.ctx.command_path if e.ctx else "salesbot"
        click.echo(f"error: {e.format_message()} (see `{where} --help`)", err=True)
        code = e.exit_code
    except click.ClickException as e:
        click.echo(f"error: {e.format_message()}", err=True)
        code = e.exit_code
    except SalesBotError as e:
        click.echo(f"error: {e}", err=True)
        code = 2
    except sqlite3.DatabaseError as e:
        click.echo(f"error: the store cannot be used: {e}", err=True)
        code = 2
    except KeyboardInterrupt:
        code = 130
    except Exception as e:  # a bug: one line for the user, the traceback only on request
        if os.environ.get("SALESBOT_DEBUG"):
            raise
        click.echo(
            f"error: unexpected {type(e).__name__}: {e} "
            "(set SALESBOT_DEBUG=1 to see the traceback)",
            err=True,
        )
        code = 1
    sys.exit(code if isinstance(code, int) else 0)
