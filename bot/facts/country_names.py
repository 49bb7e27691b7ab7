"""The countries of the world by their English names, from CLDR (babel's data), written
once into countries.json beside this module so that reading a question never loads babel:
`python -m bot.facts.country_names` writes it again (a test checks it is babel's)."""

from __future__ import annotations

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


def load() -> dict[str, str]:
    """ISO code -> English name, as written (the "_babel" key: the babel it was read from)."""
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    return {code: name for code, name in data.items() if not code.startswith("_")}


def written_with() -> str:
    """The babel version the file was written from."""
    return str(json.loads(DATA_FILE.read_text(encoding="utf-8"))["_babel"])


if __name__ == "__main__":
    import babel

    data = {"_babel": babel.__version__, **from_babel()}
    DATA_FILE.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")
