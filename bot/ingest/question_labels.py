"""Numbered questions: an FAQ page, an investor Q&A board or a call's list of questions
labels each question "Q1", "Q2", ... "Q7". Such a label is no quarter: read as one, the
answer below it took the label's quarter ("Q4 (user ...): International business?" then
"A: ... revenue was RMB 34.7 billion" dated to the fiscal fourth quarter)."""

from __future__ import annotations

import re

# a line opening with a question's number: "Q4 (user ch***ng, ...)", "Q3: Cloud?", "Q12."
_LABEL = re.compile(r"^[\s*•#-]*Q(?P<n>\d{1,2})\s*(?:[(:.)]|[-–—]\s)", re.MULTILINE)
# a line opening with its answer: "A: Thank you ...", "A. Yes."
_ANSWER = re.compile(r"^[\s*•#-]*A\s*[:.]\s", re.MULTILINE)
_LINE_LABEL = re.compile(r"[\s*•#-]*Q\d{1,2}\s*(?:[(:.)]|[-–—]\s)")


def numbers_questions(text: str) -> bool:
    """True where the report numbers its questions: labels answered by "A:" lines, or run
    past Q4 (no year has a fifth quarter)."""
    numbers = [int(m["n"]) for m in _LABEL.finditer(text)]
    if len(numbers) < 2:
        return False
    return bool(_ANSWER.search(text)) or max(numbers) > 4


def label_end(sentence: str) -> int:
    """Where a question's number at the start of SENTENCE ends, else 0."""
    m = _LINE_LABEL.match(sentence)
    return m.end() if m is not None else 0
