"""Units of one dimension at different scales: power (MW, GW), energy (MWh, GWh) and mass
(t, kt, Mt). A figure keeps the unit its text states ("3.9 GW" is 3.9 in GW); two figures of
one dimension compare after converting one into the other's unit (3.9 GW is 3,900 MW).

The one table of such units: the ingester names a metric with its unit from it, the
ingestion benchmark converts between them with it.
"""

from __future__ import annotations

import functools
import re

# a unit's short form -> (its dimension, its size in the dimension's smallest unit here)
SCALES: dict[str, tuple[str, float]] = {
    "kW": ("power", 1e-3),
    "MW": ("power", 1.0),
    "GW": ("power", 1e3),
    "TW": ("power", 1e6),
    "kWh": ("energy", 1e-3),
    "MWh": ("energy", 1.0),
    "GWh": ("energy", 1e3),
    "TWh": ("energy", 1e6),
    "t": ("mass", 1.0),
    "tonnes": ("mass", 1.0),
    "kt": ("mass", 1e3),
    "Mt": ("mass", 1e6),
}
# a unit written out -> its short form ("gigawatts", "megawatt hours", "thousand tonnes")
_WORDS = {
    "kilowatt": "kW",
    "megawatt": "MW",
    "gigawatt": "GW",
    "terawatt": "TW",
    "kilowatt hour": "kWh",
    "megawatt hour": "MWh",
    "gigawatt hour": "GWh",
    "terawatt hour": "TWh",
}
_FOLDED = {unit.lower(): unit for unit, (dimension, _) in SCALES.items() if dimension != "mass"}
# a metric named with its unit last: "module shipments (GW)", "zinc production (kt)"
_NAMED_UNIT = re.compile(r"\(\s*(?P<unit>[^()]{1,20}?)\s*\)\s*$")


def short_unit(word: str) -> str | None:
    """The short form of a unit of SCALES as written ("GW", "gigawatts", "megawatt-hours"),
    or None."""
    if word in SCALES:
        return word
    if (folded := _FOLDED.get(word.lower())) is not None:
        return folded  # "gw", "MWH" (never "mt": a metric ton or a mountain)
    words = re.split(r"[\s-]+", word.strip().lower())
    return _WORDS.get(" ".join(w.removesuffix("s") for w in words if w))


_SPELLED = {short: written for written, short in _WORDS.items()}
_POWER_OR_ENERGY = r"(?:kilo|mega|giga|tera)watt(?:[- ]hours?|s)?|[kMGT]Wh?"
# Units of length, mass and volume reports abbreviate: the short form and its name, in
# both spellings of metre and litre
_MEASURES = {
    "km": "kilometres",
    "kg": "kilograms",
    "kt": "kilotonnes",
    "hl": "hectolitres",
    "oz": "ounces",
    "m3": "cubic metres",
}
_MEASURE_NAMES = {
    variant: short
    for short, name in _MEASURES.items()
    for variant in {name, name.replace("tres", "ters"), name.removesuffix("s")}
    | {name.replace("tres", "ters").removesuffix("s")}
}
_UNIT = re.compile(
    rf"\b(?:{_POWER_OR_ENERGY}|{'|'.join(sorted(_MEASURES, key=len, reverse=True))}"
    rf"|{'|'.join(sorted(_MEASURE_NAMES, key=len, reverse=True))})\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)  # (asked of each candidate's name, question after question)
def respelled(name: str) -> str:
    """NAME with each unit of power, energy, length, mass or volume in its other spelling,
    so that people who write "MW installed" find "megawatts installed", "cable laid in
    kilometres" finds "cable laid (km)"; NAME itself when it holds none."""

    def other(m: re.Match[str]) -> str:
        word = m[0].lower()
        if word in _MEASURES:
            return _MEASURES[word]
        if word in _MEASURE_NAMES:
            return _MEASURE_NAMES[word]
        short = short_unit(m[0])
        if short is None:
            return m[0]
        return short if word != short.lower() else _SPELLED[short] + "s"

    return _UNIT.sub(other, name)


def metric_unit(metric: str) -> str | None:
    """The unit of SCALES a metric's name ends on: "storage shipments (GWh)" -> "GWh"."""
    m = _NAMED_UNIT.search(metric)
    return short_unit(m["unit"]) if m else None


def converted(value: float, unit: str, to: str) -> float | None:
    """VALUE in UNIT written in TO, or None when the two are not of one dimension."""
    a, b = SCALES.get(unit), SCALES.get(to)
    if a is None or b is None or a[0] != b[0]:
        return None
    return value * a[1] / b[1]


# The dimension of each short form of _MEASURES, and of units neither table holds, as names
# and questions write them: a figure named in one dimension is never a figure in another
# ("sawn timber deliveries (cubic metres)" asked in tonnes); no conversion between them
_MEASURE_DIMENSIONS = {
    "km": "length", "kg": "mass", "kt": "mass", "hl": "volume", "oz": "mass", "m3": "volume",
}  # fmt: skip
_OTHER_DIMENSIONS = {
    **dict.fromkeys(("ton", "tonne", "mt"), "mass"),
    **dict.fromkeys(("m³", "l", "litre", "liter", "ml", "megalitre", "bbl", "barrel"), "volume"),
}


def dimension_of(unit: str) -> str | None:
    """'tonnes' -> 'mass', 'cubic metres' -> 'volume', 'GW' -> 'power'; None for a unit
    of no table here."""
    short = short_unit(unit)
    if short is not None:
        return SCALES[short][0]
    word = " ".join(unit.lower().split())
    for form in (word, word.removesuffix("s")):
        measure = form if form in _MEASURES else _MEASURE_NAMES.get(form)
        if measure is not None:
            return _MEASURE_DIMENSIONS[measure]
        if form in _OTHER_DIMENSIONS:
            return _OTHER_DIMENSIONS[form]
    return None
