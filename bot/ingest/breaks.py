"""Where a sentence's clauses break: punctuation, dashes and the conjunctions that start a
clause of their own ("but", "while", "which"). Each figure reads its roles inside the stretch
its breaks leave it (`clauses/stretches.py`); the words that name it are read up to a break
(`subjects.py`)."""

from __future__ import annotations

import re

BREAK = re.compile(
    r"[;:()\[\]|]|,(?!\d{3}|\s*(?:19|20)\d\d\b)|\s[—–-]\s|—|\b(?:(?:after|before)(?!\s+(?:income\s+)?tax|\s+(?:special|exceptional|one-off|non-recurring"
    r"|adjusting|separately\s+disclosed)\s+items|\s+interest|\s+depreciation|\s+amorti[sz]ation)|"
    r"but|while|whereas|although|though|"
    r"because|despite|as\s+well\s+as|which|who|where|even\s+as)\b",
    re.IGNORECASE,
)


def clause_start(text: str, pos: int) -> int:
    """Where the clause holding POS starts: the last break before it."""
    return max([m.start() for m in BREAK.finditer(text, 0, pos)] or [0])


def subject_clause_start(text: str, pos: int) -> int:
    """Where the clause holding POS starts, a bracket inside it breaking nothing: the
    subject of "Parts & Equipment (P&E) led with" or "the order book ("Commit") closed at"
    is read whole."""
    start = clause_start(text, pos)
    while text[start : start + 1] == ")" and (opened := text.rfind("(", 0, start)) >= 0:
        start = clause_start(text, opened)
    return start
