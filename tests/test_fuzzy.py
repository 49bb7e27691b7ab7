"""bot/fuzzy.py: rapidfuzz imported at the first use of a scorer, not before."""

import subprocess
import sys

import pytest

from bot.fuzzy import LazyModule


def test_a_lazy_module_reads_as_the_module_itself() -> None:
    from rapidfuzz.distance import OSA

    lazy = LazyModule("rapidfuzz.distance.OSA")
    assert lazy.distance is OSA.distance  # the very function, kept after the first read
    assert lazy.distance("sony", "snoy") == 1
    assert "distance" in vars(lazy)


def test_a_lazy_module_is_imported_only_when_read() -> None:
    code = (
        "import sys\n"
        "from bot.fuzzy import LazyModule\n"
        "lazy = LazyModule('colorsys')\n"
        "assert 'colorsys' not in sys.modules\n"
        "assert lazy.rgb_to_hsv(1, 0, 0) == (0.0, 1.0, 1)\n"
        "assert 'colorsys' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_missing_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        LazyModule("colorsys").no_such_function  # noqa: B018
