"""Whose peso (or dinar) a report's bare "millones de pesos", "1,104 million pesos" or "$10,050
mdp" is. Eight countries call their money a peso and eight a dinar, so the word alone names
none (the figures reader leaves such an amount in no currency, and it is dropped). A report
about a company of one of them names its country, its people or its cities ("Mexico City",
"Bajío" aside, "Mexican"): the one such country named at least twice and more often than
any other of them is the peso's. A report that writes its pesos with the dollar sign ("$10,160
millones de pesos") writes every bare "$" for that peso, as Latin American reports do."""

from __future__ import annotations

import functools
import re

from bot.ingest.local_signs import territory_cities

_TIMES = 2  # how often a country must be named to say whose peso the report writes
# the words a currency's name ends with that several countries share
SHARED_WORDS = ("peso", "dinar")
# "$10,160 millones de pesos", "$10,050 mdp": the dollar sign written for the peso
# (or a Spanish scale after it, never of dollars: "$ 1.098.500 millones" in Buenos Aires; a
# dollar in Spanish is "US$", "USD" or "millones de dólares")
_SIGNED_PESOS = re.compile(
    r"(?<![A-Za-z$])\$\s?\d[\d,.]*\s*(?:(?:millones|miles\s+de\s+millones|mil\s+millones)"
    r"(?!\s+de\s+d[oó]lares)|m{1,2}dp)\b",
    re.IGNORECASE,
)


@functools.cache
def _tenders(word: str) -> dict[str, tuple[str, ...]]:
    """Each current currency named '... WORD' -> the countries whose tender it is (babel's
    CLDR data)."""
    from babel.core import Locale, get_global
    from babel.numbers import get_currency_name

    names = Locale("en").territories
    out: dict[str, list[str]] = {}
    for territory, tenders in get_global("territory_currencies").items():
        for code, _start, end, tender in tenders:
            if end is not None or not tender or territory not in names:
                continue
            if get_currency_name(code, locale="en").lower().endswith(f" {word}"):
                out.setdefault(code, []).append(territory)
    return {code: tuple(lands) for code, lands in out.items()}


@functools.cache
def _named(territory: str) -> re.Pattern[str]:
    """TERRITORY's names, in English and in the languages of the reports that write a peso
    or a dinar ("Mexico", "México"), with their adjectives ("Mexican", "mexicana": a
    one-word name's stem without its last vowel), and its cities."""
    from babel.core import Locale

    said: set[str] = set()
    for lang in ("en", "es", "fr", "ar"):
        name = Locale(lang).territories.get(territory)
        if not name:
            continue
        stem = name[:-1] if name[-1] in "aeo" else name
        single = " " not in name and len(stem) >= 5
        said.add(re.escape(stem) + r"\w*" if single else re.escape(name))
    said |= {re.escape(c) for c in territory_cities(Locale("en").territories[territory])}
    return re.compile(r"\b(?:" + "|".join(sorted(said, key=len, reverse=True)) + r")\b")


def _times_named(text: str, code: str, lands: tuple[str, ...]) -> int:
    return len(re.findall(rf"\b{code}\b", text)) + sum(
        len(_named(land).findall(text)) for land in lands
    )


def home_tender(text: str, word: str) -> str | None:
    """The one currency named '... WORD' whose country TEXT names at least twice and more
    often than any other's, else None."""
    times = sorted(
        ((_times_named(text, code, lands), code) for code, lands in _tenders(word).items()),
        reverse=True,
    )
    if not times or times[0][0] < _TIMES or (len(times) > 1 and times[1][0] == times[0][0]):
        return None
    return times[0][1]


def home_currency_words(text: str) -> dict[str, str]:
    """The report's shared currency words -> its country's currency ("peso": MXN), and "$" ->
    that peso where the report writes its pesos with the dollar sign."""
    out: dict[str, str] = {}
    for word in SHARED_WORDS:
        signed = word == "peso" and _SIGNED_PESOS.search(text) is not None
        if not signed and not re.search(rf"\b{word}s?\b|\bm{{1,2}}dp\b", text, re.IGNORECASE):
            continue  # (a report whose "$" is its peso need never write "pesos")
        code = home_tender(text, word)
        if code is not None:
            out[word] = code
    if "peso" in out and _SIGNED_PESOS.search(text):
        out["$"] = out["peso"]
    return out
