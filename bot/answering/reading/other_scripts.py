"""Words written in a script the reader has no words of: Chinese, Japanese, Korean,
Cyrillic, Arabic, Thai. The tokenizer reads Latin letters only (accents and strokes read
off), so such words were passed over as if unsaid: "how many 平板 did Sony sell" (平板,
tablets) was answered with its phones. Each is now a word nothing explains, which
refuses the question unless the code-switching glossary reads it ("売上": sales).

Never the scripts' signs of amounts, which the quantity grammar reads ("482億円",
"1,234억 원").
"""

from __future__ import annotations

import functools

from bot import patterns
from bot.answering.english.words import unaccented
from bot.facts.quantities import CURRENCY_WORDS, SCALE_WORDS

_LETTERS = patterns.compile(r"[^\W\d_]+")


def unread_words(text: str) -> tuple[str, ...]:
    """TEXT's runs of letters outside the Latin script, but the signs of amounts."""
    plain = unaccented(text)
    if plain.isascii():
        return ()
    signs = _amount_signs()
    return tuple(
        dict.fromkeys(
            m.group()
            for m in _LETTERS.finditer(plain)
            if not m.group().isascii() and not set(m.group()) <= signs
        )
    )


@functools.cache
def _amount_signs() -> frozenset[str]:
    """The letters of amounts' scale and currency words outside the Latin script ("万",
    "億", "円", "원")."""
    return frozenset(
        ch for word in (*CURRENCY_WORDS, *SCALE_WORDS) if not word.isascii() for ch in word
    )
