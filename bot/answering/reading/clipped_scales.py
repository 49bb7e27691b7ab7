"""Scale words clipped as Central European reports and chat clip them: "mil." for a
million (Czech, Slovak and Romanian "mil.", English chat's "4.8 mil"), "mld." for a
billion (Czech, Slovak, Polish "miliard"), "Mrd." (German "Milliarde"), "mlrd"
(Russian "млрд" in Latin letters).

The quantity grammar is shared with the ingester, where Brazilian statements' "R$ mil"
is thousands, so a question's clipped scale is read here, in questions only, as the
grammar's own "mn" and "bn". Spanish "mil millones" (a billion) is the glossary's
(code_switching.json), never a million of millions.
"""

from __future__ import annotations

import re

from bot import patterns

_CLIPPED = {"mil": "mn", "mld": "bn", "mrd": "bn", "mlrd": "bn"}
_CLIP = patterns.compile(
    r"(?<![\w.])(?P<clip>mil|mld|mrd|mlrd)\.?(?![\w.])(?!\s+mil(?:lones|hoes|hões)\b)",
    re.IGNORECASE,
)


# a year right before the clipped word: the scale is the unit the figure is asked in
# ("ebitda 2024 mil kc"), never a scale of 2,024
_AFTER_A_YEAR = patterns.compile(r"(?<![\d.,])(?:19|20)\d\d\s+$")


def scales_unclipped(text: str) -> str:
    """TEXT with each clipped scale word written as the grammar's ("4.8 mil hl": "4.8 mn
    hl", "in mld zł": "in bn zł"; after a year, "2024 mil kc": "2024 in mn kc")."""

    def unclipped(m: re.Match[str]) -> str:
        scale = _CLIPPED[m["clip"].lower()]
        return f"in {scale}" if _AFTER_A_YEAR.search(text, 0, m.start()) else scale

    return _CLIP.sub(unclipped, text)
