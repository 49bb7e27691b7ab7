"""A plain question read without click: `salesbot [--db FILE] [--empty] ask [--json]
[--scope S] WORDS...`, what people and scripts run most, where importing click would be
a sixth of the whole run. Anything else (help, batch mode `-`, an option this reader does
not know, a malformed one) is left to the click group, which reads these the same way and
says what is wrong."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.answering import Answer


@dataclass(frozen=True)
class PlainQuestion:
    db: str | None
    empty: bool
    words: tuple[str, ...]
    as_json: bool
    scope: str


def read(args: list[str]) -> PlainQuestion | None:
    """ARGS as a plain question, or None for click to read."""
    db: str | None = None
    empty = False
    i = 0
    while i < len(args) and args[i] != "ask":
        arg = args[i]
        if arg == "--empty":
            empty = True
        elif arg == "--db" and i + 1 < len(args) and not args[i + 1].startswith("-"):
            db = args[i + 1]
            i += 1
        elif arg.startswith("--db=") and arg != "--db=":
            db = arg.removeprefix("--db=")
        else:
            return None
        i += 1
    if i == len(args) or (db is not None and Path(db).is_dir()):  # click says why
        return None
    words: list[str] = []
    as_json, scope = False, "shared"
    rest = args[i + 1 :]
    k = 0
    while k < len(rest):
        arg = rest[k]
        if arg == "--json":
            as_json = True
        elif arg == "--scope" and k + 1 < len(rest) and not rest[k + 1].startswith("-"):
            scope = rest[k + 1]
            k += 1
        elif arg.startswith("--scope=") and arg != "--scope=":
            scope = arg.removeprefix("--scope=")
        elif arg.startswith("-"):  # help, batch mode, `--`, an unknown option: click's
            return None
        else:
            words.append(arg)
        k += 1
    if not words:
        return None
    return PlainQuestion(db, empty, tuple(words), as_json, scope)


def ask(question: PlainQuestion) -> int:
    """What `salesbot ask` prints for QUESTION (bot/cli/ask.py), and its exit status."""
    from bot.cli.context import AppContext, check_scope

    app = AppContext.create(question.db, empty=question.empty)
    try:
        scope = check_scope(question.scope)
        answer = app.engine().ask(" ".join(question.words), scope)
        sys.stdout.write(shown(answer, question.as_json) + "\n")
        sys.stdout.flush()
    finally:
        app.close()
    return 0


def shown(answer: Answer, as_json: bool) -> str:
    """One answer as `salesbot ask` prints it: the text, or the JSON object (indented)."""
    from bot.answering.render import to_json, to_text

    if as_json:
        return json.dumps(to_json(answer), ensure_ascii=False, indent=2)
    return to_text(answer)
