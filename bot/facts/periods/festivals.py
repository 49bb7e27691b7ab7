"""Festivals a trading year is reported by ("Ramadan 2025", "Khmer New Year", "Lunar New
Year week", "Orthodox Easter"): which festival words name (festivals.json), and the days it
falls on in a year. Dates come from the `holidays` package's country calendars (Islamic,
Chinese, Khmer, Lao, Hindu, Thai, Solar Hijri, all computed or tabled in its wheel) and
from dateutil's Easter computus, never from a hand table of dates."""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from datetime import date, timedelta
from pathlib import Path

from bot.facts.model import Period

_DATA = Path(__file__).with_name("festivals.json")


@functools.cache
def _festivals() -> dict[str, dict]:
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    return {key: value for key, value in data.items() if not key.startswith("_")}


def _key_of(words: str) -> str:
    """WORDS as a name is looked up: lower case, accents dropped ("Tết": "tet"), an
    apostrophe or hyphen a space."""
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", words.lower()) if not unicodedata.combining(c)
    )
    return " ".join(re.sub(r"['’`-]", " ", plain).split())


@functools.cache
def _by_name() -> dict[str, str]:
    return {_key_of(name): key for key, f in _festivals().items() for name in f["names"]}


def festival_names() -> list[str]:
    """Every name a festival is asked by, longest first (a pattern's alternation)."""
    return sorted(
        {name for f in _festivals().values() for name in f["names"]}, key=len, reverse=True
    )


FESTIVALS = frozenset(_festivals())


def festival_named(words: str) -> str | None:
    """The festival WORDS name ("eid al-fitr", "Chaul Chnam Thmey", "Tết"), or None."""
    return _by_name().get(_key_of(words))


def is_estimated(festival: str) -> bool:
    """Does a moon sighting move FESTIVAL's dates a day either way?"""
    return bool(_festivals()[festival].get("estimated"))


def is_islamic(festival: str) -> bool:
    """Is FESTIVAL dated by the Islamic calendar (a year said as "1446" is a Hijri year)?"""
    return _festivals()[festival].get("calendar") == "islamic"


def gregorian_year_of(festival: str, hijri_year: int) -> int:
    """The Gregorian year FESTIVAL of HIJRI_YEAR falls in ("Ramadan 1447": 2026), by the
    tabular Islamic calendar (convertdate)."""
    from convertdate import islamic

    month = {"eid al adha": 12, "eid al fitr": 10}.get(festival, 9)
    return islamic.to_gregorian(hijri_year, month, 10 if month == 12 else 1)[0]


@functools.lru_cache(maxsize=512)
def festival_days(festival: str, year: int) -> tuple[Period, ...]:
    """The days FESTIVAL falls on in YEAR (a key of FESTIVALS): one span for each reading
    ("Easter": the Western and the Orthodox Good Friday to Easter Monday); none where its
    calendar does not say."""
    f = _festivals()[festival]
    if "rule" in f:
        return _easter(f["rule"], year)
    if "before" in f:
        return tuple(
            Period(p.start - timedelta(days=f["days"]), p.start - timedelta(days=1))
            for p in festival_days(f["before"], year)
        )
    days = sorted(
        d for country, name in f["holidays"] for d in _holidays_named(country, name, year)
    )
    return (Period(days[0], days[-1]),) if days else ()


def _easter(rule: str, year: int) -> tuple[Period, ...]:
    from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

    methods = [EASTER_ORTHODOX] if rule == "orthodox easter" else [EASTER_WESTERN, EASTER_ORTHODOX]
    sundays = dict.fromkeys(easter(year, m) for m in methods)
    return tuple(Period(s - timedelta(days=2), s + timedelta(days=1)) for s in sundays)


def _holidays_named(country: str, name: str, year: int) -> list[date]:
    """The days COUNTRY's calendar names NAME in YEAR (as written before any ' (' or ';':
    "Eid al-Fitr (estimated)", "End of Buddhist Lent; National Teacher Day")."""
    return [d for d, names in _calendar(country, year).items() if name in names]


@functools.lru_cache(maxsize=256)
def _calendar(country: str, year: int) -> dict[date, frozenset[str]]:
    import holidays

    found = holidays.country_holidays(country, years=year, categories=_categories(country))
    return {
        d: frozenset(part.split(" (")[0].strip() for part in names.split(";"))
        for d, names in found.items()
    }


@functools.cache
def _categories(country: str) -> tuple[str, ...]:
    """Every category of holidays COUNTRY's calendar lists (a festival such as Laos's That
    Luang is a bank holiday, India's Onam an optional one)."""
    import holidays

    cls = holidays.country_holidays(country).__class__
    return tuple(getattr(cls, "supported_categories", ("public",)))
