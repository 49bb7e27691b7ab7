"""A table whose rows name parts of a year and whose columns name the years, as a monthly
revenue filing sets it:

    Consolidated revenue (unit: NT$ thousand)

    Period                    2025              2024           Increase (decrease)      %
    October              812,604,117       701,893,502           110,710,615        15.77%
    January to October 6,511,793,440     5,820,385,118           691,408,322        11.88%

Each amount is the measure the title above names, for the row's part of the column's year
("October 2025", "January to October 2024"), in the title's units; the percentage column is
the growth of the first year's figure over the second's, and the change in money is left
out (the two figures say it). Read only when every row names a part of a year with no year
of its own, the title names one measure and the units are stated; anything else is left to
the table reader.
"""

from __future__ import annotations

import re
from datetime import date

from bot.facts import reporting
from bot.facts.model import Kind
from bot.ingest.model import KnownEntity, Proposal
from bot.ingest.tables.headers import narrowest_period
from bot.ingest.tables.placement import line_blocks, unit_note
from bot.ingest.timing import find_times

_YEAR = re.compile(r"(?:19|20)\d\d")
_CHANGE = re.compile(r"(?:increase|decrease|change|difference|amount|\(?decrease\)?|\s)+", re.I)
# a line of dashes or equals signs under a table's title or heads
_RULE = re.compile(r"\s*[-=_]{5,}\s*")
# heads naming years: "Item   2025   2024"
_YEAR_HEADS = re.compile(r"(?:^|\s{2,})(?:19|20)\d\d(?=\s{2,}|$)")
_PERCENT_HEAD = re.compile(r"%|(?:yoy|change)\s*\(?%\)?|growth", re.IGNORECASE)
# the row: its label, then its numbers (a long label may leave one space before the first)
# ("January - July  65,348,090": a dash between two months is the label's, no minus)
_ROW = re.compile(r"\s*(?P<label>[A-Za-z][A-Za-z ,.&'-]*?[A-Za-z.])\s+(?P<nums>[-+(]?\d.*)")
_NUMBER = re.compile(r"\(?[-+−]?\d[\d,]*(?:\.\d+)?%?\)?")
# "(unit: NT$ thousand)", "(Unit: million yen)": the title's units
_UNIT_WORD = re.compile(r"\(\s*units?\s*:\s*", re.IGNORECASE)
_NOTE = re.compile(r"\([^()]*\)")
_WHOLE = frozenset("consolidated group total company-wide".split())


def _title_measure(title: str) -> tuple[str, float, str] | None:
    """(metric name, scale, currency) of a title such as "Consolidated revenue (unit: NT$
    thousand)"; None unless it names one money measure and its units."""
    bare = re.search(r"\s(?P<u>units?\s*:\s*[^()]+?)\s*$", title, re.IGNORECASE)
    if bare is not None:  # "... Unit: NT$ thousand": the note without its brackets
        title = f"{title[: bare.start()]} ({bare['u']})"
    note = unit_note(_UNIT_WORD.sub("(", title))
    if note is None or note[1] is None:
        return None
    words = [w for w in _NOTE.sub(" ", title).lower().split() if w not in _WHOLE]
    family = reporting.family_of(" ".join(words)) if words else None
    if family is None or family.measure != "money" or family.key == "growth":
        return None
    return " ".join(words), note[0], note[1]


def period_row_tables(
    text: str, *, published: date, entity: KnownEntity
) -> tuple[list[Proposal], list[tuple[int, int]]]:
    """The proposals of every such table, and the spans of the tables read (the table reader
    leaves them alone)."""
    out: list[Proposal] = []
    spans: list[tuple[int, int]] = []
    blocks = _joined(line_blocks(text, 1))
    for k, block in enumerate(blocks):
        title = blocks[k - 1][-1][1] if k else ""  # the line above the table, a blank between
        found = _read(block, title, published, entity) if len(block) >= 2 else []
        if found:
            out.extend(found)
            spans.append((block[0][0], block[-1][0] + len(block[-1][1])))
    return out, spans


def _joined(blocks: list[list[tuple[int, str]]]) -> list[list[tuple[int, str]]]:
    """The blocks of lines with the rules under a title or heads left out, and heads set
    apart by blank lines ("Item   2025   2024   Change %" between rules, a document read
    with its rules as blank lines) joined to the rows below them."""
    blocks = [[ln for ln in b if not _RULE.fullmatch(ln[1])] for b in blocks]
    blocks = [b for b in blocks if b]
    # ("Consolidated net revenue   Unit: NT$ thousand" right over its heads once the rule
    # between them is gone: the table's title, a block of its own)
    blocks = [
        part
        for b in blocks
        for part in (
            [b[:1], b[1:]] if len(b) > 2 and _heads(b[1][1]) and not _heads(b[0][1]) else [b]
        )
    ]
    out: list[list[tuple[int, str]]] = []
    for block in blocks:
        if out and len(out[-1]) == 1 and _heads(out[-1][0][1]):
            out[-1] = out[-1] + block  # the heads, then their rows
        else:
            out.append(block)
    return out


def _heads(line: str) -> bool:
    return len(_YEAR_HEADS.findall(line)) >= 2


def _read(
    block: list[tuple[int, str]], title: str, published: date, entity: KnownEntity
) -> list[Proposal]:
    heads = re.split(r"\s{2,}", block[0][1].strip())
    years = [h for h in heads[1:] if _YEAR.fullmatch(h)]
    if len(years) < 2 or heads[1 : 1 + len(years)] != years:
        return []
    rest = heads[1 + len(years) :]
    if any(not (_CHANGE.fullmatch(h) or _PERCENT_HEAD.fullmatch(h)) for h in rest):
        return []
    percent_at = next((i for i, h in enumerate(rest) if _PERCENT_HEAD.fullmatch(h)), None)
    measure = _title_measure(title)
    if measure is None:
        return []
    name, scale, unit = measure
    out: list[Proposal] = []
    for start, line in block[1:]:
        row = _ROW.fullmatch(line)
        if row is None or _YEAR.search(row["label"]) or not find_times(row["label"], published):
            # ("Motor insurance   2,684,312   2,566,987": a part of the business, no part of
            # the year: the column's year alone would make every row the same figure)
            return []
        numbers = _NUMBER.findall(row["nums"])
        if len(numbers) != len(heads) - 1:
            return []
        quote = line.strip()
        at = start + len(line) - len(line.lstrip())
        periods = [
            narrowest_period([f"{row['label']} {y}"], entity, published, Kind.ACTUAL) for y in years
        ]
        if any(p is None or p.end > published for p in periods):
            return []
        amounts = zip(periods, numbers[: len(years)], strict=True)
        figures = [(name, p, _amount(n) * scale, unit) for p, n in amounts]
        if percent_at is not None:
            rate = numbers[len(years) + percent_at]
            figures.append((f"{name} growth", periods[0], _amount(rate), "percent"))
        for metric, period, value, unit_ in figures:
            out.append(
                Proposal(
                    entity=entity.name,
                    metric=metric,
                    kind=Kind.ACTUAL,
                    period=period,  # type: ignore[arg-type]
                    value=value,
                    unit=unit_,
                    as_of=published,
                    quote=quote,
                    start=at,
                    from_table=True,
                )
            )
    return out


def _amount(cell: str) -> float:
    negative = cell.startswith("(") or cell.lstrip("(")[:1] in "-−"
    value = float(re.sub(r"[^\d.]", "", cell))
    return -value if negative else value
