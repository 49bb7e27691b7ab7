"""The `salesbot` command line: one group, global options, and one error policy.

Subcommands live in sibling modules, one per job (asking, curating, ...). Every refused
input ends here as one line on stderr and exit status 2, never a traceback.

A plain question (`salesbot [--db F] [--empty] ask [--json] [--scope S] WORDS...`, the
command people and scripts run most) is read by `bot.cli.plain` without importing click
(~45 ms of a ~0.3 s cold start); anything else, help included, goes through the click
group in `bot.cli.group`, which reads a plain question the same way.
"""

from __future__ import annotations

import atexit
import gc
import os
import sqlite3
import sys
from collections.abc import Callable
from typing import Any, NoReturn

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


def __getattr__(name: str) -> Any:
    """`cli`, `LazyGroup` and `every_command` live in bot.cli.group, imported on use."""
    if name in ("cli", "LazyGroup", "every_command"):
        from bot.cli import group

        return getattr(group, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    # The cyclic garbage collector rests while the command's modules load (typing,
    # dataclasses, the model: tens of thousands of new objects, no garbage among them; it
    # ran ~20 times there, ~2.5 ms of a ~80 ms question), which is why this module imports
    # them here and not at its top.
    collecting = gc.isenabled()
    gc.disable()
    if argv is None and "ask" in args:  # this process's own question (deferred_imports.py)
        from bot import deferred_imports

        deferred_imports.defer()
    from bot import codecache

    codecache.install()  # before the first dataclass is defined (codecache.py)
    from bot.cli import plain

    question = plain.read(args)
    if question is not None and argv is None:
        # The process's own plain question, then `_exit_now`: the collector stays off. It
        # would only walk the objects importing the engine and loading the vocabulary
        # made (~8 ms of a ~140 ms question at 4,400 companies), for the few cycles one
        # answer leaves, which the process's end frees anyway.
        _exit_now(_guarded(lambda: plain.ask(question)))
    if collecting:
        gc.enable()
    if question is not None:
        code = _guarded(lambda: plain.ask(question))
    else:
        from bot.cli import group

        code = _guarded(lambda: group.run(args))
    sys.exit(code)


def _exit_now(code: int) -> NoReturn:
    """End the process without tearing the interpreter down: freeing the answering
    modules' and the vocabulary's objects one by one cost ~30 ms of CPU, a fifth of a
    whole question. What the teardown does that matters is done first: the exit handlers
    run (they save the compiled-code caches) and the output is flushed. The store was
    closed by the command; a question starts no thread."""
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:  # a reader that went away: as Python's own exit reports it
        code = code or 120
    os._exit(code)


def _guarded(run: Callable[[], int]) -> int:
    """RUN's exit status; what went wrong as one line on stderr and its status."""
    from bot.facts.model import SalesBotError

    try:
        return run()
    except SalesBotError as e:
        _error(f"error: {e}")
        return 2
    except sqlite3.DatabaseError as e:
        _error(f"error: the store cannot be used: {e}")
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as e:  # a bug: one line for the user, the traceback only on request
        if os.environ.get("SALESBOT_DEBUG"):
            raise
        _error(
            f"error: unexpected {type(e).__name__}: {e} (set SALESBOT_DEBUG=1 to see the traceback)"
        )
        return 1


def _error(line: str) -> None:
    print(line, file=sys.stderr, flush=True)
