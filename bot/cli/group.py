"""The click group behind every command but the plain question (see `bot.cli.plain`):
global options, and commands imported only when run (`--help` lists them all)."""

from __future__ import annotations

import importlib
import pkgutil

import click

from bot import cli as package


class LazyGroup(click.Group):
    """A group whose commands are imported when run (`--help` lists them all)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(every_command())

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        module = package.COMMAND_MODULES.get(name)
        if module is not None:
            for command in _commands_of(module):
                if command.name == name:
                    return command
        return every_command().get(name)


def _commands_of(module: str) -> tuple[click.Command, ...]:
    return tuple(getattr(importlib.import_module(f"bot.cli.{module}"), "COMMANDS", ()))


def every_command() -> dict[str, click.Command]:
    """Every sibling module that defines COMMANDS contributes them."""
    return {
        command.name: command
        for info in pkgutil.iter_modules(package.__path__)
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


def run(args: list[str]) -> int:
    """Run ARGS through click; click's own refusals become one line and their status."""
    try:
        code = cli.main(args=args, prog_name="salesbot", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 1
    except click.UsageError as e:
        where = e.ctx.command_path if e.ctx else "salesbot"
        click.echo(f"error: {e.format_message()} (see `{where} --help`)", err=True)
        return e.exit_code
    except click.ClickException as e:
        click.echo(f"error: {e.format_message()}", err=True)
        return e.exit_code
    return code if isinstance(code, int) else 0
