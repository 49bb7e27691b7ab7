"""`salesbot run`: start the Discord bot with settings from the environment."""

from __future__ import annotations

import click

from bot.cli.context import AppContext


@click.command()
@click.pass_obj
def run(app: AppContext) -> None:
    """Start the Discord bot (needs DISCORD_TOKEN; see .env.example)."""
    from bot.discord_bot import run_bot  # discord.py is imported only for this command

    run_bot(db_path=app.db, empty=app.empty)


COMMANDS = (run,)
