"""Numbers said aloud, as voice-typed questions write them: years ("twenty twenty five",
"two thousand and twenty-four", "nineteen ninety nine"), a quarter or half ("q three",
"h two"), a numbered week or fiscal year ("week forty six", "f y twenty six"), a day of a
month ("november twentieth"), and the homophones a dictation puts in a period's place
("four the October two December quarter": for, to). Only these places are read: elsewhere
a number word keeps its own meaning ("one of the three segments")."""

from __future__ import annotations

import re

from text_to_num import text2num

from bot import patterns
from bot.answering.reading.cues import per_text
from bot.facts.periods.words import MONTH_PATTERN

_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# one to ninety-nine in words ("forty six", "forty-six", "eleven")
_UP_TO_99 = rf"(?:(?:{_TENS})(?:[\s-]+(?:{_UNITS}))?|{_TEENS}|{_UNITS})"

# "twenty twenty five", "twenty oh five", "nineteen ninety nine"; "two thousand (and) five"
# (never "twenty five" nor "two thousand": counts)
_TEN_TO_99 = rf"(?:(?:{_TENS})(?:[\s-]+(?:{_UNITS}))?|{_TEENS})"
_YEAR = patterns.compile(
    rf"\b(?:(?P<century>twenty|nineteen)[\s-]+(?P<rest>(?:oh|o)[\s-]+(?:{_UNITS})|{_TEN_TO_99})"
    # ("two thousand" alone is a count: "two thousand beds")
    rf"|two\s+thousand(?:\s+and)?[\s-]+(?P<after>{_UP_TO_99}))\b",
    re.IGNORECASE,
)
# "q three", "h two", "q for" (a dictated "four"); "queue three", "cue one": the letter Q
# as a phone's speech-to-text writes it
_PART = patterns.compile(
    r"\b(?P<part>q|h|queue|cue|kew)[\s-]+(?P<n>one|two|three|four|for|to|too)\b", re.IGNORECASE
)
# "week forty six", "wk twelve"; "f y twenty six", "fy twenty five"
_COUNTED = patterns.compile(
    rf"\b(?P<word>weeks?|wk|f\s?y|fiscal(?:\s+year)?)[\s-]+(?P<n>{_UP_TO_99})\b", re.IGNORECASE
)
# "november twentieth", "march the twenty-first"
_ORDINALS = {
    w: n
    for n, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
        "twentieth".split(),
        start=1,
    )
} | {"thirtieth": 30}
_ORDINAL = rf"(?:(?P<tens>twenty|thirty)[\s-]+)?(?P<unit>{'|'.join(_ORDINALS)})"
_DAY_AFTER_MONTH = patterns.compile(
    rf"\b(?P<month>{MONTH_PATTERN})\s+(?:the\s+)?{_ORDINAL}\b", re.IGNORECASE
)
# "revenue four the October to December quarter", "profit four fy 2025": a dictated "for"
# right before a period
_FOUR_BEFORE_A_PERIOD = patterns.compile(
    rf"(?<=[a-z]\s)four(?=\s+(?:the\s+(?:{MONTH_PATTERN}|year|quarter|half|fiscal)\b"
    r"|fy\b|f\s?y\b|fiscal\b|q[1-4]\b|h[12]\b|\d{4}\b))",
    re.IGNORECASE,
)
# "the October two December quarter": a dictated "to" between two months
_TWO_BETWEEN_MONTHS = patterns.compile(
    rf"\b(?P<a>{MONTH_PATTERN})\s+(?:two|too)\s+(?P<b>{MONTH_PATTERN})(?!\w)", re.IGNORECASE
)


# "2024 twenty five": a year across two, its second said by its last two digits
_SECOND_YEAR = patterns.compile(rf"\b(?P<year>(?:19|20)\d\d)\s+(?P<next>{_UP_TO_99})\b", re.I)
# "f y 2025": the letters of "FY" said one by one
_SPELT_FY = patterns.compile(r"\bf\s+y\b(?=\s*\d)", re.IGNORECASE)


def numbers_said_aloud(text: str) -> str:
    """TEXT with numbers said aloud in a period's place written as digits."""
    text = _FOUR_BEFORE_A_PERIOD.sub("for", text)
    text = _TWO_BETWEEN_MONTHS.sub(r"\g<a> to \g<b>", text)
    text = _YEAR.sub(_year, text)
    text = _SECOND_YEAR.sub(_second_year, text)
    text = _PART.sub(_part, text)
    text = _COUNTED.sub(_counted, text)
    text = _SPELT_FY.sub("fy", text)
    return _DAY_AFTER_MONTH.sub(_day, text)


def _number(words: str) -> int:
    return text2num(" ".join(re.split(r"[\s-]+", words.lower())), "en")


def _year(m: re.Match[str]) -> str:
    if m["century"]:
        rest = re.sub(r"^(?:oh|o)[\s-]+", "", m["rest"].lower())
        return str((2000 if m["century"].lower() == "twenty" else 1900) + _number(rest))
    return str(2000 + _number(m["after"]))


def _second_year(m: re.Match[str]) -> str:
    year, after = int(m["year"]), _number(m["next"])
    return f"{year}/{after:02d}" if after == (year + 1) % 100 else m.group()


def _part(m: re.Match[str]) -> str:
    n = {"one": 1, "two": 2, "to": 2, "too": 2, "three": 3, "four": 4, "for": 4}[m["n"].lower()]
    part = "h" if m["part"].lower() == "h" else "q"
    return m.group() if part == "h" and n > 2 else f"{part}{n}"


def _counted(m: re.Match[str]) -> str:
    word = "fy" if re.fullmatch(r"f\s?y", m["word"], re.IGNORECASE) else m["word"]
    return f"{word} {_number(m['n'])}"


def _day(m: re.Match[str]) -> str:
    tens = {"twenty": 20, "thirty": 30}.get((m["tens"] or "").lower(), 0)
    return f"{m['month']} {tens + _ORDINALS[m['unit'].lower()]}"


# Every number said in words, wherever it stands: for a question read again as dictated
# (engine._read_as_dictated), where its words alone left something unexplained.
_ANY_NUMBER = rf"{_UP_TO_99}|zero|hundred|thousand"
# a run of them: "one hundred and twenty thousand", "three twenty twenty five" (Q3 2025),
# "one point two" (the words of a decimal)
_RUN = patterns.compile(
    rf"\b(?:{_ANY_NUMBER})(?:(?:\s+|\s+and\s+|-)(?:{_ANY_NUMBER}))*"
    rf"(?:\s+point(?:\s+(?:zero|{_UNITS}))+)?\b",
    re.IGNORECASE,
)
# a lone number word is read only beside a period's letters or a scale: alone, "one" is as
# often a pronoun ("which one") and "three" a count read as it is ("the three months")
_LETTER_BEFORE = patterns.compile(r"\b(?:q|h|fy|hey|aitch|haitch)\s+$", re.IGNORECASE)
_SCALE_AFTER = patterns.compile(
    rf"^\s+(?:million|billion|trillion|percent|per\s+cent|%|bn|mn|{MONTH_PATTERN})",
    re.IGNORECASE,
)
# "hey two", "aitch 1": the letter H of a half, heard as a word
_HALF_HEARD = patterns.compile(r"\b(?:hey|aitch|haitch)\s+(?P<n>[12])\b", re.IGNORECASE)


@per_text
def number_said(text: str) -> bool:
    """Does TEXT say a number in words?"""
    return _RUN.search(text) is not None


def every_number_in_digits(text: str) -> str:
    """TEXT with every number said in words written in digits ("one point two billion" ->
    "1.2 billion", "thirty june twenty twenty five" -> "30 june 2025", "two thousand beds"
    -> "2,000 beds": a count keeps its separator, never a year), and the H of a half heard
    as a word ("hey two" -> "h2")."""
    text, out, at = numbers_said_aloud(text), [], 0
    for m in _RUN.finditer(text):
        lone = " " not in m.group().strip() and "-" not in m.group()
        if lone and not (
            _LETTER_BEFORE.search(text[: m.start()]) or _SCALE_AFTER.match(text[m.end() :])
        ):
            continue
        digits = _numbers_of_run(m.group())
        if digits is not None:
            out += [text[at : m.start()], digits]
            at = m.end()
    return _HALF_HEARD.sub(r"h\g<n>", "".join([*out, text[at:]]))


def _numbers_of_run(words: str) -> str | None:
    """The digits of a run of number words, or None where text2num reads none. A run may
    say several: "three twenty twenty five" is Q3 2025, "one twenty five" H1 FY25."""
    words = " ".join(words.lower().replace("-", " ").split())
    whole, _, decimals = words.partition(" point ")
    try:
        if decimals:
            tail = "".join(str(_number(d)) for d in decimals.split())
            return f"{_number(whole)}.{tail}"
    except ValueError:
        return None
    said, numbers = whole.split(), []
    while said:
        for end in range(len(said), 0, -1):
            part = " ".join(said[:end])
            year = _YEAR.fullmatch(part)
            try:
                # (a count in thousands keeps its separator: "2,000 beds", never a year)
                numbers.append(_year(year) if year else f"{_number(part):,}")
            except ValueError:
                continue
            said = said[end:]
            break
        else:
            return None
    return " ".join(numbers)
