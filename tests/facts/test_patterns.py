"""bot.patterns: a pattern built from the stored program is re.compile's own, and a
missing or damaged cache file only costs the ordinary compilation."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot import patterns

PATTERN = r"(?<!\w)(?:fy|fiscal\s+year)\s*(?P<y>\d{4}|\d\d)(?!\w)"
COMPILE_AND_MATCH = (
    "import re; from bot import patterns; "
    f"p = patterns.compile({PATTERN!r}, re.IGNORECASE); "
    "print(p == re.compile(p.pattern, re.IGNORECASE), p.search('sales in FY2013')['y'])"
)


def _run(cache: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", COMPILE_AND_MATCH],
        capture_output=True,
        text=True,
        check=True,
        env={"XDG_CACHE_HOME": str(cache), "PATH": "/usr/bin:/bin"},
    )
    return done.stdout.strip()


def test_a_stored_program_gives_re_compiles_pattern(tmp_path: Path) -> None:
    assert _run(tmp_path) == "True 2013"  # compiled, then stored at exit
    (stored,) = (tmp_path / "salesbot").glob("patterns-*.marshal")
    assert _run(tmp_path) == "True 2013"  # built from the stored program
    stored.write_bytes(b"not a marshal file")
    assert _run(tmp_path) == "True 2013"  # damaged: compiled again


def test_a_wrong_stored_program_is_never_used(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.diskcache import today

    wrong = (2, [1, 2, 3], 0, {}, (None,))
    stored = {(PATTERN, 2): (today(), marshal.dumps(wrong))}
    monkeypatch.setattr(patterns._CACHE, "_stored", stored)
    monkeypatch.setattr(patterns._CACHE, "_values", {})
    p = patterns.compile(PATTERN, re.IGNORECASE)
    assert p == re.compile(PATTERN, re.IGNORECASE)


@pytest.mark.parametrize(
    ("pattern", "flags", "first"),
    [
        (r"(?<!\w)(?:fy|fiscal\s+year)\s*\d{4}", re.IGNORECASE, "f"),
        (r"\b(?:the\s+)?(?:first|1st)\s+half", re.IGNORECASE, "t1f"),
        (r"[Qq][1-4]", 0, "q"),
        (r"\d+\s+months", 0, "0123456789"),
        (r"(?:x|y)?z", 0, "xyz"),
        (r"Ab", 0, "a"),  # lower-cased: a scanner compares the text's character lower-cased
        (r"[^a]b", 0, None),  # begins with almost anything
        (r".", 0, None),
        (r"(?:a)?", 0, None),  # may match nothing: anywhere
        (r"\W+x", 0, None),
        (r"ée", 0, None),  # outside ASCII: every character must try it
    ],
)
def test_the_first_characters_of_a_pattern(pattern: str, flags: int, first: str | None) -> None:
    expected = None if first is None else frozenset(first)
    assert patterns.first_chars(re.compile(pattern, flags)) == expected


def test_a_pattern_never_matches_at_a_character_outside_its_first_characters() -> None:
    import string

    texts = [f"{ch}{rest}" for ch in string.printable for rest in ("2024", "y 2024", "")]
    for source, flags in [(r"(?<!\w)(?:fy|fiscal\s+year)\s*\d{4}", re.IGNORECASE), (r"\d+y", 0)]:
        pattern = re.compile(source, flags)
        first = patterns.first_chars(pattern)
        assert first is not None
        for text in texts:
            if pattern.match(text):
                assert text[0].lower() in first, (source, text)
