"""Amounts of data a network carried or a service stored, in their own unit: "611 PB in the
quarter", "81,200 TB", a table row "Data traffic (PB)".

A data unit after a count says what the count measures, as "MW" does for power: the count
is the clause's subject measured in that unit ("data traffic (PB)"), never money and never
a count of something the capitals name. "GB" is left out: beside a figure it is as often
Great Britain's.
"""

from __future__ import annotations

import re

# "PB", "TB", "EB" in capitals only ("tb" is no unit), or the unit written out
_DATA_UNIT = re.compile(
    r"[ \t]?(?:(?P<short>(?-i:[PTE]B))|(?P<word>(?:peta|tera|exa|giga)bytes?))(?![\w-])",
    re.IGNORECASE,
)
_SHORT_OF = {"peta": "PB", "tera": "TB", "exa": "EB", "giga": "GB"}


# a table row's bracketed note of data: "(PB)", "(terabytes)"
DATA_NOTE = re.compile(r"\(\s*" + _DATA_UNIT.pattern.removeprefix("[ \\t]?") + r"\s*\)", re.I)


def data_unit_after(text: str, end: int) -> re.Match | None:
    """The data unit right after a figure ending at END ("611 PB", "1,406 petabytes")."""
    return _DATA_UNIT.match(text, end)


def short_data_unit(m: re.Match) -> str:
    """The unit's short form: "PB" for "PB" or "petabytes"."""
    if m["short"]:
        return m["short"]
    word = m["word"].lower()
    return next(short for prefix, short in _SHORT_OF.items() if word.startswith(prefix))


def with_data_unit(name: str, unit: str) -> str:
    """The metric named with the unit its figures are in: "data traffic (PB)"."""
    return name if name.endswith(f"({unit})") else f"{name} ({unit})"
