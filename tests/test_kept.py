"""bot/kept.py: a table made once per machine, read back by later processes as it was
made, and made anew whenever a file or the data it is made from changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import kept
from bot.diskcache import DiskCache


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    import atexit

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(atexit, "register", lambda *args, **kwargs: None)  # saved by hand
    monkeypatch.setattr(kept, "_PACKAGE", tmp_path)
    (tmp_path / "data.txt").write_text("yen dollar")
    return tmp_path


def _new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a new process starts with: the cache as the last save left its file."""
    kept._CACHE.save()
    monkeypatch.setattr(kept, "_CACHE", DiskCache("tables-test.marshal"))


def _table_counting(made: list[int], source: Path, extra: list[str]):
    def make() -> dict[str, frozenset[str]]:
        made.append(1)
        return {"words": frozenset(source.read_text().split()), "extra": frozenset(extra)}

    return kept.kept_between_runs("data.txt", also=lambda: tuple(extra))(make)


def test_a_table_is_made_once_and_read_back_the_same(
    package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kept, "_CACHE", DiskCache("tables-test.marshal"))
    made: list[int] = []
    first = _table_counting(made, package / "data.txt", [])()
    assert first == {"words": frozenset({"yen", "dollar"}), "extra": frozenset()}
    _new_process(monkeypatch)
    again = _table_counting(made, package / "data.txt", [])()
    assert again == first and len(made) == 1  # read back, not made
    assert type(again) is dict and all(type(v) is frozenset for v in again.values())


def test_a_changed_file_or_datum_makes_it_anew(
    package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kept, "_CACHE", DiskCache("tables-test.marshal"))
    made: list[int] = []
    _table_counting(made, package / "data.txt", [])()
    (package / "data.txt").write_text("yen euro")
    _new_process(monkeypatch)
    assert _table_counting(made, package / "data.txt", [])()["words"] == {"yen", "euro"}
    _new_process(monkeypatch)
    assert _table_counting(made, package / "data.txt", ["rupee"])()["extra"] == {"rupee"}
    assert len(made) == 3


def test_a_missing_file_makes_it_each_time(package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kept, "_CACHE", DiskCache("tables-test.marshal"))
    made: list[int] = []
    (package / "data.txt").unlink()
    table = kept.kept_between_runs("data.txt")(lambda: made.append(1) or {"a": 1})
    assert table() == {"a": 1} and table() == {"a": 1}  # once per process (a cache)
    _new_process(monkeypatch)
    assert kept.kept_between_runs("data.txt")(lambda: made.append(1) or {"a": 1})() == {"a": 1}
    assert len(made) == 2  # nothing kept between processes


def test_the_kept_tables_are_what_their_functions_make() -> None:
    """The tables answering keeps are the values (and types) their functions make."""
    from bot.answering.english.words import currency_families
    from bot.facts.periods.scanning import _rules_by_first_pairs
    from bot.facts.quantities import _amount_patterns

    for table in (currency_families, _rules_by_first_pairs, _amount_patterns):
        kept_value, made = table(), table.__wrapped__()  # type: ignore[attr-defined]
        assert _typed(kept_value) == _typed(made)  # equal, of the same types all the way


def _typed(value: object) -> object:
    """VALUE with the type of every part beside it (a set and a frozenset compare equal)."""
    if isinstance(value, dict):
        return dict, sorted((k, _typed(v)) for k, v in value.items())
    if isinstance(value, list | tuple):
        return type(value), [_typed(v) for v in value]
    if isinstance(value, set | frozenset):
        return type(value), sorted(value)
    return type(value), value
