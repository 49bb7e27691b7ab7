"""Sentences written in another language: "En el 3T24 las ventas netas consolidadas fueron
de $10,160 millones de pesos", "LNST 2024 đạt 718 tỷ đồng", "Le chiffre d'affaires du
semestre s'établit à 2 846,3 M€". The sentence reader reads English; a sentence most of
whose words are of one other language is read in English word for word, through the
glossary, CLDR period names and stop-word lists the answering side reads questions typed
in other languages with (`bot/answering/reading/code_switching.py`), rather than a second
list of our own. Its figures are kept as written (masked while the words around them are
put in English), so the amounts, scales and currencies are those of the report, and the
proposals quote the sentence as the report wrote it."""

from __future__ import annotations

import functools
import json
import re
from dataclasses import replace
from pathlib import Path

from bot.facts.periods.words import month_number
from bot.ingest.figures import UNNAMED_CURRENCY, Figure, find_figures
from bot.ingest.layout import Sentence
from bot.ingest.local_numbers import CURRENCY_OF_SCALE

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# at least this share of a sentence's words, and two of them, are of another language
# before it is read in English: a code-switched term in an English sentence ("utilidad
# neta — net income — was ...") is read as the sentence is
_SHARE = 0.34
_AT_LEAST = 2
_MASK = "§{}§"


def _foreign_words(text: str) -> tuple[int, int]:
    """(words of another language, words) of TEXT, counting a word English knows as
    English ("a", "de" aside: a small word of both is no sign)."""
    from bot.answering.english.lexicon import is_english
    from bot.answering.reading.code_switching import of_another_language

    words = [w.lower() for w in _WORD.findall(text)]
    foreign = sum(
        1
        for w in words
        # (an English month's short name, "Oct", "Nov", is some language's word too)
        if of_another_language(w) and not is_english(w) and month_number(w) is None
    )
    return foreign, len(words)


def in_english(sentence: Sentence) -> Sentence | None:
    """SENTENCE put in English word for word when most of it is in another language and
    it states a figure, else None."""
    from bot.answering.reading.code_switching import in_english as words_in_english

    text = sentence.text
    foreign, words = _foreign_words(text)
    if foreign < _AT_LEAST or foreign < _SHARE * words:
        return None
    text = _stated_in_english(text)
    figures = sorted(find_figures(text), key=lambda f: f.start)
    if not figures:
        return None
    masked, at = [], 0
    for k, f in enumerate(figures):
        if f.start < at:
            return None  # figures overlapping: nothing to mask cleanly
        masked += [text[at : f.start], _MASK.format(k)]
        at = f.end
    masked.append(text[at:])
    english = words_in_english("".join(masked))
    if english is None:
        return None
    for k, f in enumerate(figures):
        token = _MASK.format(k)
        if english.count(token) != 1:
            return None  # a figure lost or doubled: the reading says nothing sure
        english = english.replace(token, _spelled(f))
    return replace(sentence, text=english)


# the stop-word lists (`stop-words`, in its wheel) of the languages the phrases are in: the
# language a sentence is in is the one most of its small words belong to
_STOP_LISTS = {
    "es": "spanish",
    "pt": "portuguese",
    "fr": "french",
    "it": "italian",
    "de": "german",
    "vi": "vietnamese",
}


@functools.cache
def _phrases() -> dict[str, tuple[re.Pattern[str], dict[str, str]]]:
    """Each language's phrases stating a figure or its source (foreign_sentences.json), as
    one pattern of them, longest first, and their English."""
    data = json.loads(Path(__file__).with_suffix(".json").read_text(encoding="utf-8"))
    out = {}
    for code, phrases in data["languages"].items():
        if not phrases:
            continue  # (an empty pattern would match everywhere)
        keys = sorted(phrases, key=len, reverse=True)
        body = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys)
        out[code] = (
            re.compile(rf"(?<![\w'])(?:{body})(?![\w'])", re.IGNORECASE),
            {k.casefold(): v for k, v in phrases.items()},
        )
    return out


@functools.cache
def _stop_words(code: str) -> frozenset[str]:
    from stop_words import get_stop_words

    return frozenset(w.casefold() for w in get_stop_words(_STOP_LISTS[code]))


def _stated_in_english(text: str) -> str:
    """TEXT with the phrases its language states a figure or its source with put in
    English ("las ventas fueron de $1,020 millones" -> "las ventas were $1,020 millones",
    "según la Federación" -> "according to la Federación"): the glossary drops or lacks
    them, and the English reading needs its verb and its source."""
    text = text.replace("\u2019", "'")  # (a typeset apostrophe: "s’établit")
    words = [w.casefold() for w in _WORD.findall(text)]
    scores = {code: sum(w in _stop_words(code) for w in words) for code in _phrases()}
    code = max(scores, key=lambda c: scores[c])
    if scores[code] == 0:
        return text
    pattern, english = _phrases()[code]
    return pattern.sub(lambda m: english[" ".join(m[0].split()).casefold()], text)


def others_source(english: str, own_names: list[str]) -> bool:
    """Does a sentence put in English say its figures are another's ("according to datos
    del Observatorio, ...")? Its reading would take them for the company's; the company's
    own names, or its own words for itself, are no other source."""
    m = _SOURCE.search(english)
    if m is None:
        return False
    said = m["who"].casefold()
    return not any(n.casefold() in said for n in own_names if n) and not _OWN.search(said)


# "according to" and the words after it up to the clause's end: who says so
_SOURCE = re.compile(r"\baccording\s+to\s+(?P<who>[^,;:.]{1,80})", re.IGNORECASE)
# the company speaking of itself: "according to the company", "según la Sociedad"
_OWN = re.compile(r"\b(?:company|group|management|sociedad|compañía|empresa|société|groupe)\b")


def _spelled(f: Figure) -> str:
    """F as English writes it where its text has a scale word of another language ("13.51
    millones" -> "13.51 million", "2 846,3 M€" -> "EUR 2,846.3 million", "$10,160 millones de
    pesos" -> "10.16 billion pesos"); a figure with no word ("9,4%", "$1,234") as written."""
    if f.unit == "percent" and f.high is None and re.fullmatch(r"[+-]?\d+,\d+\s?%", f.text):
        return f"{f.value:g}%"  # "6,7%" is 6.7%, which English writes "6.7%"
    if f.unit == "percent" or f.high is not None or not re.search(r"[^\W\d_]{2,}|M€", f.text):
        return f.text
    scale, word = next(((n, w) for n, w in _SCALES if abs(f.value) >= n), (1.0, ""))
    number = f"{f.value / scale:,.6f}".rstrip("0").rstrip(".") + (f" {word}" if word else "")
    if f.unit == "units":
        return number
    if f.unit == UNNAMED_CURRENCY:
        said = re.search(r"([^\W\d_]+)\W*$", f.text)
        noun = said.group(1).lower() if said else ""
        return f"{number} {CURRENCY_OF_SCALE.get(noun, noun)}"
    if f.unit == "USD" and f.text.lstrip().startswith("$"):
        return f"${number}"  # the report's "$", whichever dollar (or peso) it is
    return f"{f.unit} {number}"


# (no "trillion": "1,815.96 billion" is read wherever "1.81596 trillion" may not be)
_SCALES = ((1e9, "billion"), (1e6, "million"))
