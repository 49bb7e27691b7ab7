"""Asking: `ask` (one question, or one per stdin line with `-`) and the interactive `chat`."""

from __future__ import annotations

import json
import sys

import click

from bot.answering import Answer, Status
from bot.answering.conversation import Conversations
from bot.answering.engine import QuestionError
from bot.answering.render import to_json, to_text
from bot.cli.context import AppContext, check_scope

scope_option = click.option(
    "--scope",
    default="shared",
    show_default=True,
    help="Answer as this Discord server sees the store.",
)


@click.command()
@click.argument("question", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the JSON answer object.")
@scope_option
@click.pass_obj
def ask(app: AppContext, question: tuple[str, ...], as_json: bool, scope: str) -> None:
    """Answer QUESTION (or, with '-', one question per line of stdin)."""
    scope = check_scope(scope)
    engine = app.engine()
    if question == ("-",):
        for line in sys.stdin:
            if line.strip():
                answer = _ask_one(engine, line.strip(), scope)
                click.echo(
                    json.dumps(to_json(answer), ensure_ascii=False)
                    if as_json
                    else to_text(answer) + "\n"
                )
        return
    answer = engine.ask(" ".join(question), scope)  # QuestionError -> one line, exit 2
    click.echo(
        json.dumps(to_json(answer), ensure_ascii=False, indent=2) if as_json else to_text(answer)
    )


def _ask_one(engine, question: str, scope: str) -> Answer:
    """In a batch a bad line gets an 'unknown' object with an error, and the batch goes on."""
    try:
        return engine.ask(question, scope)
    except QuestionError as e:
        return Answer(question=question, status=Status.UNKNOWN, text=str(e), error=str(e))


@click.command()
@scope_option
@click.pass_obj
def chat(app: AppContext, scope: str) -> None:
    """Ask questions one after another, as in a channel; an empty line or Ctrl-D ends.
    Follow-ups ("and the year before?", "what about the target?") keep the last
    question's company, figure and period for a few minutes."""
    scope = check_scope(scope)
    conversation = Conversations(app.engine())
    click.echo("Ask about the store's figures. An empty line ends the chat.")
    while True:
        try:
            line = input("you> ")
        except EOFError:
            break
        if not line.strip():
            break
        try:
            click.echo(to_text(conversation.ask(_CHAT, line, scope)) + "\n")
        except QuestionError as e:
            click.echo(f"{e}\n")


_CHAT = "cli"  # the command line has one person in one conversation

COMMANDS = (ask, chat)
