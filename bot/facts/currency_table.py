"""The world's currencies as people write them, built from babel's CLDR data.

`currencies.json` beside this module is what the engine reads (loading babel's locale
data costs ~150 ms, too much for a question's start-up); this module makes it again:

    python -m bot.facts.currency_table      # rewrites bot/facts/currencies.json

tests/facts/test_currency_table.py checks that the file is what babel gives today.

For each currency in use somewhere today (ISO 4217 code): its English names, singular and
plural ("swedish krona", "swedish kronor"), and its symbol when that is not the code
itself ("R$", "MX$", "₱"); the symbols its own countries write it with, as one word
("RM", "Rp", "Kč": `local`). `words` are the one-word forms a chat question may use, in
lower case: the code ("sek"), the code with a scale written on to it ("msek", "sekm",
"sekbn"), and the last word of its name when no other currency shares it ("kronor").
None of them is an English word: "ALL" (Albanian lek), "TOP" or "TRY" written in lower
case are the words, not the currency.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

DATA_FILE = Path(__file__).with_name("currencies.json")
# On what day the currencies "in use" are taken: a fixed day, so the file is reproducible.
_IN_USE_ON = datetime.date(2025, 1, 1)
_SCALED = ("m{}", "{}m", "{}mn", "{}bn", "k{}")


def build() -> dict[str, dict]:
    from babel.core import get_global
    from babel.numbers import get_currency_name, get_currency_symbol, get_territory_currencies

    from bot.answering.english.lexicon import is_english

    codes: set[str] = set()
    for territory in get_global("territory_currencies"):
        codes.update(get_territory_currencies(territory, _IN_USE_ON))
    names = {
        code: sorted({get_currency_name(code, count=n, locale="en").lower() for n in (1, 2)})
        for code in codes
    }
    last_words: dict[str, set[str]] = {}
    for code, forms in names.items():
        for name in forms:
            last_words.setdefault(name.split()[-1], set()).add(code)
    local = _local_symbols(codes)
    table = {}
    for code in sorted(codes):
        plain = code.lower()
        words = [] if is_english(plain) else [plain] + [s.format(plain) for s in _SCALED]
        words += sorted({n.split()[-1] for n in names[code] if last_words[n.split()[-1]] == {code}})
        symbol = get_currency_symbol(code, locale="en")
        table[code] = {
            "names": names[code],
            "symbol": None if symbol == code else symbol,
            "words": [w for w in words if w.isalpha() and not is_english(w)],
            "local": sorted(local.get(code, ())),
        }
    return table


def _local_symbols(codes: set[str]) -> dict[str, set[str]]:
    """Code -> the symbols its own countries write it with, as one lower-case word ("rm"
    for MYR in Malaysia, "rp" for IDR, "ksh" for KES, "kc" for CZK's "Kč"): a question
    asks "in RM". Only a symbol of two letters or more that one currency alone is written
    with, no English word nor unit of measure ("km", "ft"), nor its code."""
    import unicodedata

    from babel.core import Locale, get_global
    from babel.localedata import locale_identifiers
    from babel.numbers import get_currency_symbol, get_territory_currencies

    from bot.answering.english.lexicon import is_english
    from bot.facts import reporting
    from bot.facts.quantities import AREA_AND_LENGTH, measure_unit

    territories = set(get_global("territory_currencies"))
    found: dict[str, set[str]] = {}
    for name in locale_identifiers():
        locale = Locale.parse(name)
        if not locale.territory:
            continue
        for code in get_territory_currencies(locale.territory, _IN_USE_ON):
            if code not in codes:
                continue
            symbol = get_currency_symbol(code, locale=locale)
            plain = unicodedata.normalize("NFKD", symbol).encode("ascii", "ignore").decode()
            word = plain.replace(".", "").lower()
            if len(word) >= 2 and word.isalpha() and word.isascii() and word != code.lower():
                found.setdefault(word, set()).add(code)
    local: dict[str, set[str]] = {}
    for word, of in found.items():
        if (
            len(of) == 1
            and not is_english(word)
            and measure_unit(word) is None
            and reporting.region_of(word) is None
            and word.upper() not in territories  # ("CN¥": "in CN" is China)
            and word not in AREA_AND_LENGTH
        ):
            local.setdefault(next(iter(of)), set()).add(word)
    return local


def main() -> None:
    DATA_FILE.write_text(json.dumps(build(), indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
