"""The period the text is talking about (the anchor): what a following "the quarter", "same
period last year" or "since launch" counts from, moved by a sentence that states a result for
a span of its own, never by one that only plans, counts a level on a day, sets a figure back
against an earlier span, or singles out a part of the span in passing."""

from __future__ import annotations

import re
from datetime import timedelta

from bot.facts.model import Kind, Period
from bot.facts.periods import FiscalCalendar, RelativeRef
from bot.ingest.clauses.context import Context, Slot
from bot.ingest.clauses.periods import BASE_OF_FIGURE, KEYED
from bot.ingest.layout import Sentence
from bot.ingest.spans import fiscal_year, resolve_time
from bot.ingest.timing import TimeMention

_ALONE = re.compile(r"\balone\b", re.IGNORECASE)
# a sentence that opens on a part of a year: "In the fourth quarter (...), revenue was ..."
_ASIDE_PART = re.compile(
    r"\s*(?:In|During|For)\s+the\s+(?:first|second|third|fourth|final|last)\s+"
    r"(?:quarter|half|three\s+months)\b"
)
_SPAN_NAMED = re.compile(r"\b(?:weeks?|months?)\s+(?:to|ended|ending|through)\b", re.I)


# a sentence that opens on the year talked about: "For the year, ...", "In the full year, ..."
_THE_YEAR_OPENS = re.compile(
    r"^\W*(?:(?:for|in|over|during|across)\s+)?the\s+(?:(?:full|whole|entire)[\s-])?"
    r"(?:(?:fiscal|financial)\s+)?year\b(?!\s+(?:before|earlier|ago|to\s+date))",
    re.IGNORECASE,
)
_LEVEL_WITH_BEFORE = re.compile(
    r"\b(?:flat|in\s+line|level|unchanged|consistent|on\s+par|similar|steady)\s+"
    r"(?:with|from|on|to)\s+(?:the\s+|that\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
_BASE_BEFORE_FIGURE = re.compile(
    r"\b(?:(?:up|down|rising|falling|rose|fell)\s+from|compared\s+(?:with|to)|versus|vs\.?|against"
    # ("15% higher than the 269.8 cents reported for ...": the base of a change)
    r"|(?:higher|lower|more|less|above|below)\s+than(?:\s+the)?)"
    r"\s+(?:[A-Z]{0,3}[$€£¥]|about\s+|around\s+)?$",
    re.IGNORECASE,
)
_DEFINES_YEAR = re.compile(
    r"\b(?:financial|fiscal)\s+year\s+(?:runs|ends|begins|starts)\b|\bis\s+the\s+(?:\d{2}-week\s+)?"
    r"(?:financial\s+|fiscal\s+)?year\s+(?:ending|ended|that\s+ends)\b",
    re.IGNORECASE,
)


_FOR_COMPARISON = re.compile(r"\W*(?:for|by|in)\s+comparison\b", re.IGNORECASE)


def _dated_back(times: list[TimeMention], sl: Slot) -> bool:
    """Is SL dated by a time counted back from the period talked about, in its own stretch
    ("the year before", "a year earlier", "the previous quarter")?"""
    return any(
        t.mode == "anaphoric"
        and isinstance(t.ref, RelativeRef)
        and t.ref.steps < 0
        and sl.left <= t.start <= sl.right
        for t in times
    )


def _set_anchor(ctx: Context, period: Period, paragraph: int) -> None:
    ctx.anchor, ctx.anchor_paragraph = period, paragraph
    if ctx.paragraph_topic is None or ctx.paragraph_topic[0] != paragraph:
        ctx.paragraph_topic = (paragraph, period)


def back_to_the_year(ctx: Context, paragraph: int) -> None:
    """A new paragraph after one that opened on a year or a half and singled out a part of
    it ("The 2025 total compares with ... Shipments in the fourth quarter came to ...";
    "Revenue for the first six months ... Growth eased in the second quarter."): the text
    goes on about the year or the half, not the part named in passing."""
    topic = ctx.paragraph_topic
    anchor = ctx.anchor
    if (
        topic is None
        or anchor is None
        or paragraph == ctx.anchor_paragraph
        or topic[0] != ctx.anchor_paragraph
        or topic[1].months not in (6, 12)
        or anchor.months >= 12
        or not topic[1].start <= anchor.start <= anchor.end <= topic[1].end
    ):
        return
    ctx.anchor = topic[1]


def _item_opening_on_a_part(ctx: Context, times: list[TimeMention], s: Sentence, sl: Slot) -> bool:
    """Is S a list item that opens on a part of the period the list is about ("• Q4 2025
    revenue PLN 243.5m" among the year's highlights)? The period labels the item's own
    figure; the items after it go on about the year. An item with items nested under it
    ("- Q2 revenue: A$166.9m" over its parts) gives them its period."""
    anchor = ctx.anchor
    return (
        s.role == "item"
        and not ctx.heads_items
        and anchor is not None
        and sl.period is not None
        and sl.period.days < anchor.days
        and anchor.start <= sl.period.start <= sl.period.end <= anchor.end
        and any(t.start <= 1 and t.end <= sl.fig.start for t in times)
    )


def _held_on_a_day(sl: Slot) -> bool:
    return sl.kind is Kind.ACTUAL and sl.period is not None and sl.period.days <= 1


def update_anchor(
    ctx: Context, times: list[TimeMention], s: Sentence, slots: list[Slot] | None = None
) -> None:
    """The period a following "same period last year" counts from."""
    if _FOR_COMPARISON.match(s.text):
        # "For comparison, Q1 revenue was $10.48 billion": an aside; the text goes on about
        # the period it was talking about
        return
    if slots:
        for sl in slots:
            if (
                ctx.anchor is not None
                and sl.period is not None
                and ctx.anchor.start <= sl.period.start <= sl.period.end <= ctx.anchor.end
                and (
                    _ALONE.search(s.text)
                    # "Revenue for fiscal 2025 was ... In the fourth quarter (August through
                    # October) revenue was ...": a part of the year the paragraph is about,
                    # singled out in passing; the paragraph goes on about the year
                    or (
                        _ASIDE_PART.match(s.text)
                        and ctx.anchor.months == 12
                        and ctx.anchor_paragraph == s.paragraph
                        and sl.period.months < 12
                    )
                )
            ):
                return  # "The fourth quarter alone brought in ...": a part of the year
            if (
                ctx.anchor is not None
                and sl.period is not None
                and sl.period.end == ctx.anchor.end
                and sl.period.start < ctx.anchor.start
                and ctx.anchor.months <= 3
                and sl.period.months not in (6, 12)
            ):
                # "That brings revenues for the first nine months to $35.5 billion" after the
                # quarter's: a running total in passing; the text goes on about the quarter
                return
            if _item_opening_on_a_part(ctx, times, s, sl):
                return  # "• Q4 2025 revenue PLN 243.5m" in the year's list: that item's alone
            if (
                sl.period is not None
                and sl.kind is Kind.ACTUAL
                and sl.period.days > 1
                and not sl.cumulative
                and not sl.keyed
                # ("down from US$2.08/lb in the September quarter": a base, not the topic)
                and not _BASE_BEFORE_FIGURE.search(s.text, max(0, sl.fig.start - 30), sl.fig.start)
                # ("Vegetable Seeds had sales of EUR 648.0 million the year before": a figure
                # set back against the period talked about, which the text goes on about)
                and not _dated_back(times, sl)
            ):
                # any span stated: "the nine weeks to 4 January" too
                _set_anchor(ctx, sl.period, s.paragraph)
                return
        plans = [sl for sl in slots if sl.kind in (Kind.TARGET, Kind.FORECAST)]
        if plans and all(sl in plans or _held_on_a_day(sl) for sl in slots):
            # "it now expects full-year profit of about £142 million": a plan for another
            # period; the text goes on about the one it was talking about (a level counted
            # on a day beside it neither: "Area reached 324 hectares at 31 May, and it aims
            # to have 350 by the end of FY2027")
            return
    if _DEFINES_YEAR.search(s.text):
        # "The Company's financial year runs from 1 July to 30 June; FY26 is the year ending
        # 30 June 2026": how the calendar works, no change of the period talked about
        return
    cal = ctx.names.main.calendar
    if (
        ctx.anchor is not None
        and ctx.anchor.months < 12
        and ctx.anchor.days > 1
        and _THE_YEAR_OPENS.match(s.text)
    ):
        # "Fourth-quarter net sales were $3.77 billion. ... For the year, price contributed
        # plus 2%. By segment, Seeds delivered ...": back to the year the quarter ends
        _set_anchor(ctx, fiscal_year(cal, ctx.anchor.end), s.paragraph)
        return
    for mode in ("quarter", "absolute") if s.role == "heading" else ("absolute", "quarter"):
        for t in times:
            keyed = KEYED.match(s.text, t.end)
            if keyed is not None and not s.text[keyed.end() :].strip():
                keyed = None  # "Highlights of the first half (26 weeks to 31 August):" heads a list
            if BASE_OF_FIGURE.search(s.text, max(0, t.start - 80), t.start):
                continue  # "..., compared with 786 million in 1H FY24": the base, not the topic
            if _REACHED_INTO.search(s.text, max(0, t.start - 30), t.start):
                continue  # "waiting lists now run well into 2026": how far, not the topic
            if _LEVEL_WITH_BEFORE.search(s.text, max(0, t.start - 40), t.start):
                continue  # "Take rate was 75 basis points, flat with the second quarter"
            if t.mode == mode and keyed is None:  # "(fiscal 2023: 19.8p)" labels one figure
                p = resolve_time(t, cal=cal, as_of=ctx.published, kind=Kind.ACTUAL, anchor=None)
                if (
                    s.role in ("title", "heading")
                    and not cal.is_calendar
                    and re.fullmatch(r"(?:19|20)\d\d", t.text.strip())
                ):
                    # "Annual Report and Accounts 2025" of a company whose year ends in
                    # September: a report's name names its own year
                    p = cal.year(int(t.text.strip()))
                # a quarter, half or year; or a span the text counts itself ("the 18 weeks
                # to 4 January"), which later sentences call "the 18 weeks" or "the period"
                if p is not None and (
                    p.months in (3, 6, 12)
                    or (
                        t.mode == "absolute"
                        and t.text[:1].isalpha()
                        and _SPAN_NAMED.search(t.text)
                        and p.days > 7
                    )
                    # ("January–September 2025 in brief" over a list: its running totals)
                    or (slots is None and _names_a_heading(s.text, t) and _year_to_date(p, cal))
                ):
                    _set_anchor(ctx, p, s.paragraph)
                    return


def _names_a_heading(text: str, t: TimeMention) -> bool:
    """Is TEXT a heading line that names little but the time T ("January–September 2025 in
    brief", "Flour milled, January–August 2025")? A sentence of prose that names months in
    passing ("We spend marketing in January and February"), or a headline's clauses after
    the time, head no list of figures."""
    rest = text[: t.start] + " " + text[t.end :]
    return not re.search(r"[.!?]\s*$", text) and len(re.findall(r"\w+", rest)) <= 4


def _year_to_date(p: Period, cal: FiscalCalendar) -> bool:
    """Is P a year's months so far ("January–September 2025", "Q1–Q3/2025"): from the
    first day of the company's (or the calendar's) year to a later month's end? A heading
    naming one ("January–September 2025 in brief") heads the running totals below it, as a
    quarter's heading heads the quarter's figures."""
    if p.months < 2 or p.months > 11:
        return False
    starts = {fiscal_year(cal, p.end).start, p.end.replace(month=1, day=1)}
    return p.start in starts and (p.end + timedelta(days=1)).day == 1


# a time something reaches into or lasts until ("waiting lists run well into 2026", "stocks
# last until 2027"): no period the text goes on about
_REACHED_INTO = re.compile(
    r"\b(?:(?:well|far|deep|late)\s+)?into\s+(?:the\s+)?$|\b(?:until|till|beyond)\s+$", re.I
)
