"""The countries of the world by their English names, from CLDR (babel's data), written
once into countries.json beside this module so that reading a question never loads babel:
`python -m bot.facts.country_names` writes it again (a test checks it is babel's)."""

from __future__ import annotations

import functools
import json
from pathlib import Path

DATA_FILE = Path(__file__).with_name("countries.json")


def from_babel() -> dict[str, str]:
    """ISO 3166 alpha-2 code -> English name, for every country CLDR names."""
    from babel import Locale  # (only here: ~0.2 s to load)

    names = Locale("en").territories
    return {
        code: names[code]
        for code in sorted(names)
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES and code[0] not in "QX"
    } | {"XK": names["XK"]}


# CLDR's codes for groupings and unknowns ("European Union", "Eurozone", "United Nations",
# "Unknown Region"); Q* and X* are its private-use codes, but for Kosovo ("XK")
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "ZZ"})


def alpha3_from_babel(countries: dict[str, str]) -> dict[str, str]:
    """ISO 3166 alpha-3 code -> alpha-2, for the countries named ("AUS" -> "AU"), from
    CLDR's territory aliases."""
    from babel.core import get_global

    return {
        alias: codes[0]
        for alias, codes in sorted(get_global("territory_aliases").items())
        if len(alias) == 3 and alias.isalpha() and len(codes) == 1 and codes[0] in countries
    }


@functools.cache  # (read once, on the first three-letter code a question has)
def alpha3() -> dict[str, str]:
    """ISO alpha-3 code -> alpha-2 ("AUS" -> "AU"), as written (see `alpha3_from_babel`)."""
    return dict(json.loads(DATA_FILE.read_text(encoding="utf-8")).get("_alpha3", {}))


def load() -> dict[str, str]:
    """ISO code -> English name, as written (the "_babel" key: the babel it was read from)."""
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    return {code: name for code, name in data.items() if not code.startswith("_")}


def written_with() -> str:
    """The babel version the file was written from."""
    return str(json.loads(DATA_FILE.read_text(encoding="utf-8"))["_babel"])


if __name__ == "__main__":
    import babel

    countries = from_babel()
    data = {"_babel": babel.__version__, "_alpha3": alpha3_from_babel(countries), **countries}
    DATA_FILE.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")
