"""The `salesbot` command line: one group, global options, and one error policy.

Subcommands live in sibling modules, one per job (asking, curating, ...). Every refused
input ends here as one line on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import os
import sqlite3
import sys

import click

from bot.cli.context import AppContext
from bot.facts.model import SalesBotError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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
    ctx.obj = AppContext.create(db, empty=empty)
    ctx.call_on_close(ctx.obj.close)


def _register() -> None:
    """Every sibling module that defines COMMANDS contributes them (keep heavy imports
    inside the commands, so `salesbot ask` starts fast)."""
    import importlib
    import pkgutil

    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for command in getattr(module, "COMMANDS", ()):
            cli.add_command(command)


_register()


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
