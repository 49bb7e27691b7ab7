"""Asking: `ask` (one question, or one per stdin line with `-`) and the interactive `chat`."""

from __future__ import annotations

import json
import sys

import click

from bot.answering import Answer, Status
from bot.answering.engine import QuestionError
from bot.answering.wording.render import to_json, to_text
from bot.cli.context import AppContext, check_scope
from bot.cli.plain import shown
from bot.facts.model import SalesBotError

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
        for line in _stdin_lines():
            if line.strip():
                answer = _ask_one(engine, line.strip(), scope)
                click.echo(_one_line(answer) if as_json else to_text(answer) + "\n")
        return
    answer = engine.ask(" ".join(question), scope)  # QuestionError -> one line, exit 2
    click.echo(shown(answer, as_json))


# Characters a reader's `splitlines` breaks a line at, which JSON leaves raw: escaped, so
# each answer stays one line (a message's line breaks come in a batch as U+2028)
_LINE_BREAKS = str.maketrans({c: f"\\u{ord(c):04x}" for c in "\x85\u2028\u2029"})


def _one_line(answer: Answer) -> str:
    return json.dumps(to_json(answer), ensure_ascii=False).translate(_LINE_BREAKS)


def _stdin_lines():
    """Stdin's lines; bytes that are not UTF-8 become U+FFFD instead of ending the batch."""
    raw = getattr(sys.stdin, "buffer", None)
    if raw is None:
        yield from sys.stdin
        return
    for line in raw:
        yield line.decode("utf-8", "replace")


def _ask_one(engine, question: str, scope: str) -> Answer:
    """In a batch a bad line gets an 'unknown' object with an error, and the batch goes on,
    whatever went wrong with that one line (even a bug: the batch is many people's)."""
    try:
        return engine.ask(question, scope)
    except (QuestionError, SalesBotError) as e:
        return Answer(question=question, status=Status.UNKNOWN, text=str(e), error=str(e))
    except Exception as e:  # a bug in answering one line must not cost the other lines
        text = f"this question could not be answered ({type(e).__name__})"
        return Answer(question=question, status=Status.UNKNOWN, text=text, error=text)


@click.command()
@scope_option
@click.pass_obj
def chat(app: AppContext, scope: str) -> None:
    """Ask questions one after another, as in a channel; an empty line or Ctrl-D ends.
    Follow-ups ("and the year before?", "what about the target?") keep the last
    question's company, figure and period for a few minutes."""
    from bot.answering.conversation import Conversations  # here: `ask` never follows up

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
