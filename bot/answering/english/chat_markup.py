"""What a chat client puts around a question: mentions, emoji, links, markdown, and words
stretched for tone ("sooo", "pleeease").

Discord hands the bot a message as typed: "<@1234> how many stores??", "@SalesBot …",
"**net** sales in `Q3` :chart_with_upwards_trend:", a "> quoted" earlier message above,
a pasted link to the report. None of it names a figure, but its words read as unknown
names ("salesbot", "https", "stonks"), and an unknown word refuses the question. The
command line gets the same text pasted, so the engine reads it off, not the Discord door.

Every form here is the chat client's own syntax (Discord's markdown and mention
formats), a closed set, so patterns; a stretched word is mended only into a word the
lemma dictionary knows.
"""

from __future__ import annotations

import itertools
import re

from bot import patterns
from bot.answering.english.dictionary import all_lemmas
from bot.answering.english.lexicon import FUNCTION_WORDS, SHORTHAND

# <@123>, <@!123> (a user), <@&123> (a role), <#123> (a channel), </ask:123> (a command),
# <:stonks:123> and <a:party:123> (custom emoji, still or animated)
_MARKUP_TAG = patterns.compile(r"<(?:@[!&]?|#|/[\w -]+:|a?:\w+:)\d+>")
# :chart_with_upwards_trend: (an emoji's short code; never "10:30:45", digits only)
_SHORT_CODE = patterns.compile(r"(?<![\w:]):[a-z0-9_+-]*[a-z][a-z0-9_+-]*:(?![\w:])", re.I)
_LINK = patterns.compile(r"(?:\bhttps?://|\bwww\.)\S+", re.I)
# "@SalesBot", "@everyone": someone addressed, never "sales @ 5%" nor an e-mail address
_ADDRESSED = patterns.compile(r"(?<![\w.@])@[^\W\d][\w.-]*", re.UNICODE)
# **bold**, __underline__, ~~struck~~, ||spoiler||, `code`, ```blocks```; "*" around a word
_EMPHASIS = patterns.compile(r"\*\*|__|~~|\|\||`+|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_QUOTED = patterns.compile(r"^[ \t]*>{1,3}[ \t]")
# "> quoted line", ">>> quoted block", "- item" at the start of a line (any line break:
# a batch on the command line carries a message's breaks as U+2028, one line a question)
_LINE_MARK = patterns.compile(r"^[ \t]*(?:>{1,3}|[-•])[ \t]+")
# emoji: pictographs, dingbats, flags, and the joiners and selectors that build them
_EMOJI = patterns.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u200d\ufe0f\U000e0020-\U000e007f]+"
)
# a letter said three times or more ("sooo", "pleeeease")
_STRETCHED = patterns.compile(r"\b\w*([^\W\d_])\1\1\w*\b", re.UNICODE)
_RUN = patterns.compile(r"([^\W\d_])\1{2,}", re.UNICODE)


def without_markup(question: str) -> str:
    """QUESTION without the chat client's markup around its words (mentions, emoji, links,
    markdown marks), without the lines it quotes, its stretched words said plainly, and
    its lines and spaces run into one."""
    lines = question.splitlines()
    # a quoted line is someone's earlier message, the context of a reply: never the
    # question, whose own words follow it ("> margins look weak\nq3 margin?")
    asked = [line for line in lines if not _QUOTED.match(line)]
    text = "\n".join(_LINE_MARK.sub("", line) for line in (asked if any(asked) else lines))
    text = _MARKUP_TAG.sub(" ", text)
    text = _LINK.sub(" ", text)
    text = _SHORT_CODE.sub(" ", text)
    text = _ADDRESSED.sub(" ", text)
    text = _EMPHASIS.sub("", text)
    text = _EMOJI.sub(" ", text)
    text = _STRETCHED.sub(lambda m: _said_plainly(m.group()), text)
    return " ".join(text.split())  # ("" of a message of markup alone)


def _said_plainly(word: str) -> str:
    """WORD with each run of one letter cut to one or two, whichever makes a word the
    dictionary knows ("sooo" -> "so", "pleeease" -> "please", "bookkeeping" kept); the
    word itself when it is one already or when no cut makes one."""
    if _known(word):
        return word
    runs = list(_RUN.finditer(word))
    if not runs:
        return word
    for counts in itertools.product((1, 2), repeat=len(runs)):
        out, last = [], 0
        for run, n in zip(runs, counts, strict=True):
            out.append(word[last : run.start()] + run.group(1) * n)
            last = run.end()
        candidate = "".join(out) + word[last:]
        if len(candidate) > 1 and _known(candidate):
            return candidate
    return word


def _known(word: str) -> bool:
    lowered = word.lower()
    return lowered in FUNCTION_WORDS or lowered in SHORTHAND or bool(all_lemmas(lowered))
