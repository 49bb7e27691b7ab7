"""A report's text -> the sentences that may state facts, each with its place in the text.

What is left out, and why:
- reader comments (a comment section starts at the first comment signal, such as
  "Posts: 718; Member since: ...", "Reply", "N comments", and runs to the end);
- what follows an end-of-article marker line ("Related Articles", "For more",
  "source: ...", "About <company>", "###", "Forward-looking statements", ...);
- boilerplate lines anywhere (copyright, reprint notices, "Share this", "Subscribe").

Headline lines are kept, marked as such, so a figure the body states too is quoted from
the body. Sentences are split with pysbd (rule-based, knows "U.S.", "Corp.", "8.8").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from bot.ingest.breakdowns import listing_cue


@dataclass(frozen=True)
class Sentence:
    text: str  # verbatim, as in the report
    start: int  # offsets in the report's text
    end: int
    paragraph: int  # sentences of one paragraph share this number
    role: str  # "title", "body", "item" (a list item), "row" (a table row), "heading"


@dataclass(frozen=True)
class Layout:
    sentences: tuple[Sentence, ...]
    title: str | None  # the first line, when it reads as a headline
    credit: str | None  # "source: Xperia blog" -> "Xperia blog"
    excluded_from: int | None  # offset where comments or end matter begin


# -- what is not the article ---------------------------------------------------------------

_END_MARKERS = re.compile(
    r"^\s*(?:#+\s*)?(?:"
    r"related(?:\s+(?:articles?|stories|content|news|posts|reading|coverage|links))?"
    r"|for\s+more(?:\s+information)?|read\s+more|more\s+(?:on|from|about)\b.*|see\s+also"
    r"|latest\s+(?:stories|news|articles)|recommended(?:\s+for\s+you)?|you\s+may\s+also\s+like"
    r"|most\s+(?:read|popular|viewed)|trending(?:\s+now)?|top\s+stories|more\s+stories"
    # (a bare "Comments" heading may be the company's own comments on its figures: reader
    # comments say so, or count themselves, or show comment signals below)
    r"|reader\s+comments?|comments?\s*\(\d+\)|\d+\s+comments?|leave\s+a\s+(?:reply|comment)"
    r"|add\s+(?:a\s+)?comment|join\s+the\s+discussion|tags?|topics|filed\s+under|share\s+this(?:\s+\w+)?"
    r"|about\s+(?:the\s+)?[A-Z][\w&.,' -]{0,60}|forward[- ]looking\s+statements?"
    r"|safe\s+harbor(?:\s+statement)?"
    r"|(?:media\s+|press\s+|investor\s+)?contacts?(?:\s+information)?|disclaimer|###|-\s*ends?\s*-|ends"
    r")\s*:?\s*$",
    re.IGNORECASE,
)
# "About Sahyadri Infotech: ..." run into its paragraph, late in a release
_ABOUT_INLINE = re.compile(r"^\s*(?:\*\*)?About\s+[A-Z][\w&.,' -]{1,60}?(?:\*\*)?\s*:\s+\S")
# Boilerplate a presentation may put first ("Forward-looking statements" on slide 2)
_EARLY_SECTION = re.compile(
    r"^\s*(?:#+\s*)?(?:forward[- ]looking\s+statements?|safe\s+harbor(?:\s+statement)?"
    r"|disclaimer)\s*:?\s*$",
    re.IGNORECASE,
)
# a space-aligned table's row: a label, a gap of spaces, then its figures
_SPACED_ROW = re.compile(r"\S {2,}[-+(]?[$€£¥]?\d[\d.,]*")
# a table's footnote line: "¹ Royalties, franchisee rent and initial fees.", "(1) Unaudited."
_FOOTNOTE_LINE = re.compile(r"^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹*†‡]+|\(\d{1,2}\)|\d\))\s*\S")
_CREDIT = re.compile(
    r"^\s*(?:source|via|sources?|originally\s+published\s+(?:by|at|in))\s*:\s*(?P<who>.{2,80}?)\s*$",
    re.IGNORECASE,
)
_COMMENT_SIGNALS = re.compile(
    r"member\s+since\s*:|^\s*posts\s*:\s*\d|\bjoined\s*:\s*\w|^\s*(?:reply|report(?:\s+abuse)?|like|quote)"
    r"(?:\s*[·|]\s*(?:reply|report|like|share|quote))*\s*$|\bwrote\s*:\s*$|^\s*\S+\s+said\s*:\s*$"
    r"|^\s*\d+\s+(?:points?|likes?|replies|upvotes?)\b|^\s*(?:log\s+in|sign\s+in)\s+to\s+(?:reply|comment)"
    r"|\bunregistered\s*$|^\s*\d+\s*(?:minutes?|hours?|days?|weeks?|months?)\s+ago\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_COMMENT_AUTHOR = re.compile(r"^\s*\d{1,4}\.\s+\S{1,40}(?:\s+\S{1,40})?\s*$")
_BOILERPLATE = re.compile(
    r"©|\(c\)\s*\d{4}|copyright\s+(?:©\s*)?\d{4}|all\s+rights\s+reserved|for\s+your\s+personal,?\s+non-?commercial"
    r"|reprints?\s*(?:&|and)\s*permissions|order\s+presentation-ready|^\s*(?:advertisement|sponsored(?:\s+content)?)\s*$"
    r"|\bsubscribe\s+(?:now|to\s+our)|sign\s+up\s+for\s+(?:our|the)\b.*newsletter|follow\s+us\s+on"
    r"|click\s+here|cookie|terms\s+of\s+(?:use|service)|privacy\s+policy|^\s*share\s+(?:on|via)\b"
    # "Related: Plainsman orders 20 turboprops · Fuel hedging ...": links to other stories
    r"|^\s*(?:related|see\s+also|read\s+more|more\s+on\s+this)(?:\s+(?:articles?|stories|coverage"
    r"|reading|links?))?\s*:\s+\S",
    re.IGNORECASE,
)
# A digit or a number word: a stretch of text without one states no figure.
FIGURE_WORDS = (
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred|thousand|million|billion|trillion|dozen)\b"
)
_FIGURE_HINT = re.compile(FIGURE_WORDS, re.IGNORECASE)
# (a headline feed's line opens with its time: "07:00 *COMPANY FY SALES CHF24.3B" is an
# item of its own, its time no figure)
# (a newswire's highlights open with a double hyphen: "  -- Net loss of $38.6 million ...")
# ("✅ Exports: 1,562 tractors", "➡️ Total: ...", "■ Revenue ...": a social post's or a
# slide's bullets are signs and pictographs, each line an item)
_LIST_ITEM = re.compile(
    r"^\s*(?:--|[-*•·–]|\d{1,2}[.)]|[0-2]?\d:[0-5]\d\s+\*?"
    r"|[\u2190-\u21ff\u25a0-\u25ff\u2700-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff]\ufe0f?)"
    r"\s*(?<=\s|\*)"
)
_TABLE_ROW = re.compile(r"\|.*\||\t")
# Space-aligned columns: cells apart by two or more spaces, on lines without a full stop.
# (a row may end in "n.m." or "n.a.": not a sentence's full stop)
# (a heading may end on an abbreviation: "...   YoY    Kesari est.")
_ALIGNED = re.compile(
    r"[^\s.!?]\s{2,}\S.*(?:(?<![.!?;:,])|(?<=\bn\.[ma]\.)|(?<=\sest\.)|(?<=\savg\.)"
    r"|(?<=\sprev\.)|(?<=\sincl\.)|(?<=\sexcl\.)"
    # a change column's abbreviated heading last: "4Q25   4Q24   % Var.", "FY24   Chg."
    r"|(?<=\svar\.)|(?<=\schg\.)|(?<=\sch\.))$",
    re.IGNORECASE,
)
# a line of a figure and its comparative labelled by the period it is of: "Revenue  £186.4m
# (2024: £171.0m)", "Order intake  193.8  (FY2024: 176.2)"
_LABELLED_LINE = re.compile(r"\d[^()]*\(\s*[^():]{1,24}:\s*[^():]*\d[^():]*\)\s*$")
_TERMINAL = re.compile(r"[.!?…:;][\"'”’)\]]*\s*$")
_MIN_BODY_BEFORE_END = 200  # characters of article before an end marker counts as one


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


def _piped_list(line: str) -> bool:
    """ "Revenue by region (9M 2025, EUR million): Germany 1,020 | Americas 842 |": a list in
    a sentence, its items set apart by bars, never a table's row."""
    bar = line.find("|")
    return bar > 0 and listing_cue(line[:bar]) and line[:bar].strip()[:1] != "|"


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def analyse(text: str, progress: Callable[[int, int], None] | None = None) -> Layout:
    """PROGRESS(position, len(text)) now and then: splitting a long report takes a while."""
    lines = _lines(text)
    title, credit = None, None
    first = next(((s, e) for s, e in lines if text[s:e].strip()), None)
    if first is not None:
        candidate = text[first[0] : first[1]].strip()
        if len(candidate) <= 200 and not re.search(r"[.!?]\s*$", candidate):
            title = candidate
    cut = _article_end(text, lines)
    if cut is not None:
        m = _find_credit(text, lines, cut)
        credit = m
    usable_end = cut if cut is not None else len(text)
    sentences: list[Sentence] = []
    paragraph = 0
    block: list[tuple[int, int]] = []

    def flush() -> None:
        nonlocal paragraph
        if block:
            sentences.extend(_block_sentences(text, block, paragraph, title))
            paragraph += 1
            block.clear()

    step = max(1, len(text) // 100)
    shown = 0
    for start, end in lines:
        if start >= usable_end:
            break
        if progress is not None and start - shown >= step:
            progress(start, len(text))
            shown = start
        line = text[start:end]
        if not line.strip():
            flush()
            continue
        if _BOILERPLATE.search(line) or _CREDIT.match(line):
            flush()
            continue
        block.append((start, end))
    flush()
    return Layout(tuple(_figures_first(text, sentences)), title, credit, cut)


# a paragraph that is a figure alone: "3.42 million", "+4.6%", "SEK 4.87 billion", "14"
_FIGURE_ALONE = re.compile(
    r"[+\-−–]?(?:[A-Z]{1,3}\$|[$€£¥₹]|[A-Z]{3}\s)?\s?\d[\d,.]*\s?"
    r"(?:%|per\s?cent|k|m|bn|thousand|million|billion|trillion|crore|lakh)?"
)


def _figures_first(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """A figure standing alone above the words that say what it counts (a web page's "by
    the numbers" cards: "3.42 million" / "passengers carried in 2025"): one sentence, the
    figure first, quoted as the page has it."""
    out: list[Sentence] = []
    k = 0
    while k < len(sentences):
        s = sentences[k]
        nxt = sentences[k + 1] if k + 1 < len(sentences) else None
        if (
            nxt is not None
            and s.role in ("body", "heading")
            and nxt.role in ("body", "heading")
            and nxt.paragraph == s.paragraph + 1
            and _FIGURE_ALONE.fullmatch(s.text)
            and nxt.text[:1].islower()
        ):
            out.append(Sentence(text[s.start : nxt.end], s.start, nxt.end, nxt.paragraph, "body"))
            k += 2
            continue
        out.append(s)
        k += 1
    return out


# a line of its own that closes what a "QUOTE" line opened: an exchange's announcement
# wraps its text so ("QUOTE ... UNQUOTE"), where a forum's "Quote" is a button
_UNQUOTE = re.compile(r"^\s*unquote\s*$", re.IGNORECASE | re.MULTILINE)


def _opens_a_quoted_announcement(text: str, start: int, line: str) -> bool:
    """Is LINE, at START, the "QUOTE" that opens an announcement a later "UNQUOTE" closes?"""
    return line.casefold() == "quote" and _UNQUOTE.search(text, start) is not None


def _article_end(text: str, lines: list[tuple[int, int]]) -> int | None:
    """Offset of the first line after which nothing is the article, or None."""
    body_chars = 0
    for i, (start, end) in enumerate(lines):
        line = text[start:end]
        stripped = line.strip()
        if not stripped:
            continue
        quoted = _opens_a_quoted_announcement(text, start, stripped)
        if _COMMENT_SIGNALS.search(line) and not quoted:
            # The comment began at its author line, when one stands just before.
            j = i - 1
            while j >= 0 and not text[lines[j][0] : lines[j][1]].strip():
                j -= 1
            if j >= 0 and _COMMENT_AUTHOR.match(text[lines[j][0] : lines[j][1]]):
                return lines[j][0]
            return start
        if (
            body_chars >= _MIN_BODY_BEFORE_END
            and _ABOUT_INLINE.match(line)
            and start > len(text) // 2
        ):
            return start  # "About Sahyadri Infotech: Sahyadri is a ...": the boilerplate
        if body_chars >= _MIN_BODY_BEFORE_END and (_END_MARKERS.match(line) or _CREDIT.match(line)):
            above = text[lines[i - 1][0] : lines[i - 1][1]] if i else ""
            k = i - 1
            while k > 0 and _FOOTNOTE_LINE.match(above):
                # ("¹ Royalties, franchisee rent and initial fees." between the table and its
                # source: the table's notes, read past)
                k -= 1
                above = text[lines[k][0] : lines[k][1]]
            if _CREDIT.match(line) and (_TABLE_ROW.search(above) or _SPACED_ROW.search(above)):
                # "Source: company annual results" right under a table: the table's note, the
                # article goes on
                body_chars += len(stripped)
                continue
            if _EARLY_SECTION.match(line) and start < len(text) // 2:
                # a slide deck's "Forward-looking statements" slide before its results: a
                # section of boilerplate, not the end of the report
                body_chars += len(stripped)
                continue
            return start
        body_chars += len(stripped)
    return None


def _find_credit(text: str, lines: list[tuple[int, int]], cut: int) -> str | None:
    for start, end in lines:
        if start >= cut:
            m = _CREDIT.match(text[start:end])
            if m:
                return m["who"].strip().rstrip(".")
            if _COMMENT_SIGNALS.search(text[start:end]):
                return None
    return None


def _block_sentences(
    text: str, block: list[tuple[int, int]], paragraph: int, title: str | None
) -> list[Sentence]:
    """One paragraph (consecutive non-blank lines) -> its sentences."""
    out: list[Sentence] = []
    run: list[tuple[int, int]] = []  # wrapped lines of running text

    def flush_run() -> None:
        if run:
            start, end = run[0][0], run[-1][1]
            if _FIGURE_HINT.search(text, start, end):
                out.extend(_split(text, start, end, paragraph))
            else:
                # no number in it: nothing to quote, so no need to split it into sentences
                # (the splitter is the slowest step); its time phrases still set the scene
                chunk = text[start:end]
                lead = len(chunk) - len(chunk.lstrip())
                out.append(
                    Sentence(
                        chunk.strip(),
                        start + lead,
                        start + lead + len(chunk.strip()),
                        paragraph,
                        "body",
                    )
                )
            run.clear()

    widest = max(end - start for start, end in block)  # once: a block may have many lines
    aligned = {k for k, (s, e) in enumerate(block) if _ALIGNED.search(_unmarked(text[s:e]))}
    if len(aligned) < 2:
        aligned = set()  # one line with wide gaps is not a table
    aligned |= _wrapped_labels(text, block, aligned)
    wrapped: set[int] = set()  # lines that carry on the item above them
    for k, (start, end) in enumerate(block):
        if k in wrapped:
            continue
        line = text[start:end]
        stripped = line.strip()
        lead = start + len(line) - len(line.lstrip())
        role = None
        if title is not None and stripped == title:
            role = "title"
        elif k in aligned and not _TABLE_ROW.search(line) and _LABELLED_LINE.search(line):
            # "Revenue      £186.4m    (2024: £171.0m)": a key figure and its comparative,
            # read as the line says it (a column of them is no table: no header says when)
            out.append(Sentence(stripped, lead, lead + len(stripped), paragraph, "item"))
            continue
        elif (_TABLE_ROW.search(line) and not _piped_list(line)) or k in aligned:
            role = "row"
        elif _LIST_ITEM.match(line):
            role = "item"
        elif (
            k - 1 in aligned
            and k + 1 in aligned
            and (
                len(line) - len(line.lstrip()) >= 8
                or (stripped.startswith("(") and stripped.endswith(")") and len(stripped) <= 40)
            )
        ):
            # "parent", set in under "Profit attributable / to owners of": the last line of a
            # heading wrapped over the table's header lines, never a heading of its own; and
            # "(HK$ million)" between the header and the rows: the table's units
            role = "row"
        elif (
            not _TERMINAL.search(line)
            and k + 1 < len(block)
            and _stands_alone(text, block, k, widest)
        ):
            role = "heading"  # a line standing alone above the paragraph it introduces
        if role is None:
            run.append((start, end))
            continue
        flush_run()
        if role == "item":
            # An item may hold several sentences; keep its marker out of the quote.
            marker = _LIST_ITEM.match(line)
            # a bullet wrapped over lines ("... rose 5.5% to" / "4.62 million from ..."):
            # the lines after it, up to the next item or a line ending a sentence, are its
            j = k
            while (
                j + 1 < len(block)
                and not _TERMINAL.search(text[block[j][0] : block[j][1]])
                and j + 1 not in aligned
                and not _LIST_ITEM.match(text[block[j + 1][0] : block[j + 1][1]])
                and not _TABLE_ROW.search(text[block[j + 1][0] : block[j + 1][1]])
            ):
                j += 1
                wrapped.add(j)
            end = block[j][1]
            out.extend(_split(text, start + marker.end(), end, paragraph, "item"))  # type: ignore[union-attr]
        else:
            out.append(Sentence(stripped, lead, lead + len(stripped), paragraph, role))
    flush_run()
    return out


def _unmarked(line: str) -> str:
    """LINE without its list marker: "•  Sales of 18 GW in 2025" is an item, its marker set
    apart by two spaces no table's column gap."""
    m = _LIST_ITEM.match(line)
    return (line[m.end() :] if m else line).strip()


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _wrapped_labels(text: str, block: list[tuple[int, int]], aligned: set[int]) -> set[int]:
    """A row label wrapped over two lines ("Revenue from connected" above "  services and
    spare parts   31,2   33,5"): a line with no figure between a table's rows, whose next
    row is indented under it, is part of the table."""
    out = set()
    for k in range(1, len(block) - 1):
        if k in aligned or k - 1 not in aligned or k + 1 not in aligned:
            continue
        line, nxt = (text[s:e] for s, e in (block[k], block[k + 1]))
        if re.search(r"\d", line) or len(line) > 60 or _TERMINAL.search(line):
            continue
        # a wrapped label above its indented rest; a heading's second line ("owners of
        # parent"); a label heading the rows below ("Nine months ended")
        if _indent(nxt) > _indent(line) or _indent(line) > 0 or not _FIGURE_HINT.search(line):
            out.add(k)
            continue
        if re.search(r"\b(?:ended|ending|to|through|until)$", line.strip(), re.IGNORECASE):
            out.add(k)
    return out


def _stands_alone(text: str, block: list[tuple[int, int]], k: int, widest: int) -> bool:
    """A short unpunctuated line before a capitalised one is a heading; in hard-wrapped
    text every line is about as long as the longest (WIDEST) and runs on into the next."""
    start, end = block[k]
    following = text[block[k + 1][0] : block[k + 1][1]].lstrip()
    return (end - start) <= min(100, 0.8 * widest) and following[:1].isupper()


_PIECE = 3000  # characters: the splitter slows down more than linearly on longer runs
_SENTENCE_GAP = re.compile(r"(?<=[.!?])\s+(?=[\"“'‘(]?[A-Z0-9])")


# an encyclopedia's reference marker after a sentence's full stop, before the next sentence
# ("... in September 2025.[5] Some analysts ..."), where the splitter sees no gap
_CITED_END = re.compile(r"(?<=[.!?])(?:\[\d{1,3}\])+(?=\s+[A-Z\"“])")


def _after_citations(piece: str) -> list[str]:
    """PIECE cut after each reference marker that ends a sentence inside it."""
    cuts = [m.end() for m in _CITED_END.finditer(piece)]
    return [piece[a:b] for a, b in zip([0, *cuts], [*cuts, len(piece)], strict=True)]


def _split(text: str, start: int, end: int, paragraph: int, role: str = "body") -> list[Sentence]:
    if end - start > 2 * _PIECE:
        # A huge paragraph: cut it at a sentence gap every few thousand characters and split
        # each piece, so that a 20 MB report without blank lines still reads in linear time.
        out: list[Sentence] = []
        at = start
        while end - at > 2 * _PIECE:
            gap = _SENTENCE_GAP.search(text, at + _PIECE, min(end, at + 2 * _PIECE))
            cut = gap.end() if gap else min(end, at + 2 * _PIECE)
            out.extend(_split(text, at, cut, paragraph, role))
            at = cut
        out.extend(_split(text, at, end, paragraph, role))
        return out
    # hard-wrapped running text ("... up 3% on the\nSeptember quarter ..."): a line break
    # inside a run is a space to the splitter, which would otherwise end a sentence there
    # (same length: every offset holds, and each quote is sliced from the text itself)
    # (a list item wrapped over lines is one item: "Passengers carried rose 5.5% to" /
    # "4.62 million from 4.38 million")
    chunk = text[start:end].replace("\n", " ") if role in ("body", "item") else text[start:end]
    out: list[Sentence] = []
    cursor = 0
    for piece in (part for whole in _segments(chunk) for part in _after_citations(whole)):
        piece = piece.strip()
        if not piece:
            continue
        at = chunk.find(piece, cursor)
        if at < 0:  # the segmenter changed the text: fall back to the whole chunk
            stripped = chunk.strip()
            lead = chunk.find(stripped)
            return [Sentence(stripped, start + lead, start + lead + len(stripped), paragraph, role)]
        cursor = at + len(piece)
        if (
            out
            and (
                _ABBREVIATION_END.search(out[-1].text)
                or (_SIGN_END.search(out[-1].text) and piece[:1].isdigit())
                or (_SCALE_END.search(out[-1].text) and _GOES_ON.match(piece))
            )
            and "\n" not in chunk[:at].rsplit(out[-1].text, 1)[-1]
        ):
            # "Adj. PBT £29.8m", "expected c.£555m": an abbreviation's dot ends no sentence
            first = out.pop()
            joined = text[first.start : start + at + len(piece)]
            out.append(Sentence(joined, first.start, start + at + len(piece), paragraph, role))
            continue
        out.append(
            Sentence(
                text[start + at : start + at + len(piece)],
                start + at,
                start + at + len(piece),
                paragraph,
                role,
            )
        )
    return out


# Abbreviations business slides write before a figure or a measure: "Adj.", "c.", "approx.",
# "est.", "excl.", "incl."
_ABBREVIATION_END = re.compile(
    r"(?:^|[\s(])(?:adj|c|ca|approx|est|excl|incl|avg|cum)\.$", re.IGNORECASE
)
# A scale abbreviated after its number in the report's language ("812,4 Mio. € from", "2,0
# Mrd. Euro"): its dot ends no sentence when the amount's currency or the sentence goes on
_SCALE_END = re.compile(r"\d\s?(?:mio|mrd|mia|mld|tsd|mil|tis)\.$", re.IGNORECASE)
_GOES_ON = re.compile(r"[^A-Z]|EUR\b|Euro|Kč|Ft\b")
# A short capitalised abbreviation right before a number: a currency's sign ("Ps. 27,480",
# "Rs. 1,200"), "No. 1", "Dec. 31": its dot ends no sentence
_SIGN_END = re.compile(r"(?:^|[\s(])[A-Z][a-z]{0,2}\.$")


# "... since our first car in April 2019: 1,156,720 ⛵ The X9 was ...": a post's emoji ends
# a sentence the way a full stop does
_EMOJI_BREAK = re.compile(r"(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF])\s+(?=[A-Z])")


def _segments(chunk: str) -> list[str]:
    """pysbd's `segment` (non-destructive: each sentence with the whitespace after it),
    without its way of finding each sentence back in the text: a regular expression
    compiled per sentence, which costs more than the splitting itself and pushes every
    other pattern out of `re`'s cache. The same search with `str.find`: for each sentence,
    the first non-overlapping occurrence from the start of the text that ends after the
    sentence before it."""
    if not chunk:
        return []
    sentences = [
        part
        for sentence in _segmenter().processor(chunk).process()
        for part in _EMOJI_BREAK.split(sentence)
        if part
    ]
    out: list[str] = []
    prior_end = 0
    for sentence in sentences:
        if not sentence:
            return _segmenter().segment(chunk)  # nothing to find: pysbd's own way
        at = chunk.find(sentence)
        while at >= 0:
            end = at + len(sentence)
            while end < len(chunk) and chunk[end].isspace():  # the regex's trailing \s*
                end += 1
            if end > prior_end:
                out.append(chunk[at:end])
                prior_end = end
                break
            at = chunk.find(sentence, end)
    return out


def item_parents(layout: Layout, text: str) -> dict[int, int]:
    """Nested list items: the index of each item sentence's parent item, the nearest item
    before it in its paragraph that is set in less ("- Q2 revenue: $166.9m" over
    "    - tools $110.2m")."""
    out: dict[int, int] = {}
    open_items: list[tuple[int, int]] = []  # (indent, index) of items still open
    paragraph = None
    for n, s in enumerate(layout.sentences):
        if s.role != "item":
            continue
        if s.paragraph != paragraph:
            open_items, paragraph = [], s.paragraph
        line_start = text.rfind("\n", 0, s.start) + 1
        indent = _indent(text[line_start : s.start])
        while open_items and open_items[-1][0] >= indent:
            open_items.pop()
        if open_items:
            out[n] = open_items[-1][1]
        open_items.append((indent, n))
    return out


# "2025 outlook:", "Guidance for fiscal 2026:", "Targets -": a lead-in naming the kind of the
# figures its list gives
_LEAD_IN = re.compile(
    r"\b(?P<noun>outlook|guidance|forecasts?|targets?|goals?|expectations|plans?)\b[^.!?]{0,60}"
    r"[:\-–—]\s*$",
    re.IGNORECASE,
)


_EXPECTS_LEAD_IN = re.compile(
    r"\b(?:expects?|anticipates?|forecasts?|projects?)\b[^.!?:]{0,60}:\s*$", re.IGNORECASE
)


def lead_in_kind(line: str):
    """The kind a line ending in a colon gives the list below it, or None."""
    from bot.ingest.lexicon import KIND_NOUNS

    m = _LEAD_IN.search(line)
    if m is None:
        # "Fiscal 2025 outlook (52 weeks ending Jan 31, 2026)": a bracketed span after it
        m = re.search(
            # ("Mid-term ambition 2028 (unchanged)": a plan's heading, its year after it)
            r"\b(?P<noun>outlook|guidance|ambitions?|targets|goals|objectives)"
            r"(?:\s+(?:FY\s?)?(?:19|20)?\d\d)?\s*(?:\([^()]*\))?\s*[:\-–—]?\s*$",
            line,
            re.IGNORECASE,
        )
        if m is not None and len(line[: m.start()].split()) > 4:
            # ("Acme grows sales in the first half of 2025 and narrows its full-year
            # outlook": a headline's clause, no heading of a plan over the list below)
            m = None
    if m is None and _EXPECTS_LEAD_IN.search(line):
        # "the Executive Board now expects for the financial year 2025:": each item a forecast
        from bot.facts.model import Kind

        return Kind.FORECAST
    return None if m is None else KIND_NOUNS.get(m["noun"].lower())
