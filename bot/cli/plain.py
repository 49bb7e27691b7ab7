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
    """`salesbot ask` read without click: its options and words."""

    db: str | None
    empty: bool
    words: tuple[str, ...]
    as_json: bool
    scope: str


def read(args: list[str]) -> PlainQuestion | None:
    """ARGS as a plain question, or None for click to read."""
    if "ask" not in args:
        return None
    at = args.index("ask")
    before = _options(args[:at], flags={"--empty"}, valued={"--db"})
    after = _options(args[at + 1 :], flags={"--json"}, valued={"--scope"})
    if before is None or after is None or before[1] or not after[1]:
        return None  # a word before `ask` (another command), or no question: click's
    db = before[0].get("--db")
    if isinstance(db, str) and Path(db).is_dir():  # click says why
        return None
    scope = after[0].get("--scope", "shared")
    return PlainQuestion(
        db if isinstance(db, str) else None,
        "--empty" in before[0],
        tuple(after[1]),
        "--json" in after[0],
        scope if isinstance(scope, str) else "shared",
    )


def _options(
    args: list[str], *, flags: set[str], valued: set[str]
) -> tuple[dict[str, str | bool], list[str]] | None:
    """ARGS' options (FLAGS, and VALUED ones as `--x V` or `--x=V`, the last one kept) and
    other words; None at anything else that starts with '-' (help, '-', '--', -5%...)."""
    found: dict[str, str | bool] = {}
    words: list[str] = []
    k = 0
    while k < len(args):
        arg = args[k]
        name, _, value = arg.partition("=")
        if arg in flags:
            found[arg] = True
        elif arg in valued and k + 1 < len(args) and not args[k + 1].startswith("-"):
            found[arg] = args[k + 1]
            k += 1
        elif name in valued and value:
            found[name] = value
        elif arg.startswith("-"):
            return None
        else:
            words.append(arg)
        k += 1
    return found, words


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
    from bot.answering.wording.render import to_json, to_text

    if as_json:
        return json.dumps(to_json(answer), ensure_ascii=False, indent=2)
    return to_text(answer)
