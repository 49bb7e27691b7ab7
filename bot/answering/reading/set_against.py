"""'H1 revenue, total not LFL', 'ebitda not ebit': a "not" that sets a word against the
one before it names what the question does NOT ask. Those words are dropped before the
question is read, so that no step takes them for the figure, its basis or its period.
Never a verb's "not" ("did they not hit it", "is it not"), "or not", nor what a figure
leaves out ("not counting fuel", "not from China"): those are read where they are."""

from __future__ import annotations

from bot import patterns
from bot.answering.english.lexicon import FUNCTION_WORDS, parts_of_speech
from bot.answering.english.words import tokenize


def without_set_against(question: str) -> str:
    """QUESTION with each "not" that sets words against the word before it blanked out,
    with the word it names (two, where they end the clause); none in a clause of more
    than three words after it."""
    tokens = tokenize(question)
    out = question
    for i in range(1, len(tokens) - 1):
        if tokens[i].text != "not" or not _names_before(tokens[i - 1].text):
            continue
        if not _names_after(tokens[i + 1].text):
            continue
        end = _CLAUSE_END.search(question, tokens[i].end)
        stop = end.start() if end else len(question)
        named = [t for t in tokens[i + 1 :] if t.end <= stop]
        if len(named) > 3:
            continue  # (a longer clause is no word set against another)
        # the word set against, and one more where the clause ends with it ("not us
        # dollars"), never a period or what follows a small word ("not ebit in fy25")
        kept = named[:2] if len(named) == 2 and _names_after(named[1].text) else named[:1]
        kept = [t for t in kept if not any(ch.isdigit() for ch in t.text)]
        if kept:
            start, finish = tokens[i].start, kept[-1].end
            out = out[:start] + " " * (finish - start) + out[finish:]
    return out


def _names_before(word: str) -> bool:
    """Can WORD be what a "not" sets against: a noun, an adjective, a name ("total",
    "revenue", "ebitda"), never an auxiliary, an adverb or a small word ("did", "still",
    "or")?"""
    classes = parts_of_speech(word)
    adverb_only = "ADV" in classes and "NOUN" not in classes  # ("home" is a noun too)
    return word not in FUNCTION_WORDS and "AUX" not in classes and not adverb_only


def _names_after(word: str) -> bool:
    """Does WORD begin what is set against, never what a figure leaves out ("not
    counting", "not from", "not including")?"""
    classes = parts_of_speech(word)
    return word not in FUNCTION_WORDS and not ("VERB" in classes and word.endswith("ing"))


_CLAUSE_END = patterns.compile(r"[,;()?!]")
