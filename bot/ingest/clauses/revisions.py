"""Revisions "to X from Y" and labelled "previous / revised forecast" notices: the new
figure, the replaced one and the day each was stated."""

from __future__ import annotations

import re
from datetime import date, datetime

from bot.facts.model import Kind
from bot.ingest import lexicon as lx
from bot.ingest.clauses.context import Context, Slot
from bot.ingest.timing import TimeMention

CHANGE_OBJECT = re.compile(
    r"\b(?P<verb>" + "|".join(sorted(lx.CHANGE_VERBS, key=len, reverse=True)) + r")\b"
    r"(?P<obj>(?:\s+[\w’'&-]+){0,8}?\s+(?:"
    + "|".join(sorted(lx.KIND_NOUNS, key=len, reverse=True))
    + r"))\b",
    re.IGNORECASE,
)
_TO = re.compile(
    r"\bto\s+[\"“]?(?:(?:around|about|approximately|roughly|nearly|some|just)\s+)?$",
    re.IGNORECASE,
)
_FROM = re.compile(r"\bfrom\b(?:\s+[\w’'\"“-]+){0,5}?\s*[\"“]?$", re.IGNORECASE)
# The earlier figure of a revision: "down from 2.64 million", "revised down from its earlier
# target of 30 million", "against an original estimate of 150 million", "below its original
# estimate of 217,000", "compared with the 8.0% it had forecast before".
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
EARLIER = re.compile(
    r"(?P<intro>\bfrom|\bagainst|\bbelow|\babove|\bcompared\s+(?:with|to)|\bversus|\bvs\.?"
    # ("£1.355 billion rather than the roughly £1.37 billion it guided to"): what it replaced
    r"|\brather\s+than|\binstead\s+of"
    # ("narrowing the €1.30bn to €1.40bn range it gave"): a verb that replaces what follows
    r"|\b(?P<replacing>(?:narrow|tighten|widen)(?:ing|s|ed)|replac(?:ing|es|ed)))\s+"
    r"(?:(?:its|the|their|an?|his|her)\s+)?(?P<which>(?:earlier|original|previous|prev\.?|prior|initial|old)"
    r"\s+)?(?P<month>" + _MONTHS + r"\s+)?"
    # a noun, never the hedge before the figure ("up from about 4.4 million")
    r"(?:(?!(?:around|about|approximately|roughly|nearly)\b)(?P<noun>[a-z]+)\s+(?:of\s+)?)?"
    r"(?:(?:around|about|approximately|roughly|nearly)\s+)?[\"“]?$",
    re.IGNORECASE,
)
_EARLIER_NAMED = re.compile(
    r"\b(?:its|the|their|our)\s+(?:earlier|previous|prior|original|initial|old)\s+"
    r"(?:range|forecast|guidance|target|outlook|estimate|view|goal|plan)\s+(?:of\s+)?"
    r"(?:(?:about|around|roughly)\s+)?$",
    re.IGNORECASE,
)
_DISCLOSED_BEFORE = re.compile(
    r"\s*,?\s*(?:(?:that|which)\s+)?(?:(?:was|were|it\s+had|we\s+had)\s+)?(?:(?:disclosed|announced"
    r"|given|issued|published|provided|communicated)\s+previously|previously\s+(?:disclosed"
    r"|announced|given|issued|published|provided|communicated))\b",
    re.IGNORECASE,
)
_HAD_STATED = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}(?:it|they|the\s+company|\w+)\s+had\s+(?:been\s+)?"
    r"(?:forecast|expected|projected|targeted|planned|guided|estimated|predicted)",
    re.IGNORECASE,
)
_SAID_BEFORE = re.compile(
    # ("the €1.30bn to €1.40bn range it gave", "$318 million to $342 million that we reaffirmed")
    r"\s+(?:(?:range|forecast|guidance|target|outlook|view)\s+)?(?:that\s+|which\s+)?"
    r"(?:it|we|they|the\s+(?:company|group)|management)\s+(?:had\s+)?"
    r"(?:previously\s+)?(?:guided|forecast|projected|expected|targeted|predicted|estimated"
    r"|promised|gave|given|set|issued|reaffirmed|announced|published)\b",
    re.IGNORECASE,
)
_NOW = re.compile(r"\bnow\b|\brevis", re.IGNORECASE)


def revision_pair(text: str, slots: list[Slot]) -> tuple[Slot, Slot, Kind] | None:
    """ "lowered its target to 40 million from 42 million", "cut its forecast from 50
    billion yen to 40 billion yen": (new, old, kind of the changed figure)."""
    change = CHANGE_OBJECT.search(text)
    if change is None:
        return None
    kind = lx.KIND_NOUNS[change["obj"].split()[-1].lower()]
    new = old = None
    for sl in slots:
        if sl.fig.start < change.end() or sl.fig.unit == "percent":
            continue
        before = text[max(change.end(), sl.left - 40) : sl.fig.start]
        if new is None and _TO.search(before):
            new = sl
        elif old is None and _FROM.search(before):
            old = sl
    if new is None or old is None or new.fig.unit != old.fig.unit:
        return None
    return new, old, kind


def stated_revisions(
    text: str, slots: list[Slot], paired: set[int]
) -> list[tuple[Slot, Slot, Kind]]:
    """ "Its goal is now 2.44 million, down from 2.64 million", "now aims to sell 24 million,
    revised down from its earlier target of 30 million": a target or forecast stated with
    the earlier one it replaces (an actual "up from 33 million" compares two periods)."""
    out: list[tuple[Slot, Slot, Kind]] = []
    for i, old in enumerate(slots):
        if i == 0 or old.note or id(old) in paired:  # a third party's is no statement of ours
            continue
        new = next((sl for sl in reversed(slots[:i]) if not sl.skip), None)
        if new is None or id(new) in paired:
            continue
        if new is None:
            continue
        if new.kind not in (Kind.TARGET, Kind.FORECAST):
            if not _RANGE_REVISED.fullmatch(text, new.fig.end, old.fig.start) or (
                new.fig.high is None or old.fig.high is None or new.fig.unit != old.fig.unit
            ):
                continue
            # "Core operating profit growth now 10% to 12% at CER (previously 8% to 10%)": a
            # range that replaced a range is a plan, whatever words it comes with
            new.kind = Kind.FORECAST
        if new.fig.unit != old.fig.unit or new.metric is None:
            continue
        m = EARLIER.search(text, new.fig.end, old.fig.start)
        if m is None and (
            PREVIOUSLY.search(text, new.fig.end, old.fig.start)
            # "at the top end of its earlier range of EUR 460 million to EUR 500 million"
            or _EARLIER_NAMED.search(text, new.fig.end, old.fig.start)
        ):
            out.append((new, old, new.kind))  # "3–5 % (previously: 2–4 %)"
            paired |= {id(new), id(old)}
            continue
        if m is None:
            continue
        noun = (m["noun"] or "").lower()
        # "compared with the range of 2.0% to 4.0% disclosed previously on February 27", "the
        # range of ... that we reaffirmed in May", "narrowing the ... range": said before
        disclosed = (
            _DISCLOSED_BEFORE.match(text, old.fig.end) is not None
            or _SAID_BEFORE.match(text, old.fig.end) is not None  # "the £110m it forecast"
            or m["replacing"] is not None
        )
        if (
            noun
            and noun not in lx.KIND_NOUNS
            and not (m["which"] and noun in _LEVEL_NOUNS)
            and not disclosed
        ):
            continue  # "from its previous range of ...": a stated level, whatever its noun
        said = (
            disclosed
            or bool(m["which"] or m["month"] or noun)
            or _HAD_STATED.match(text[old.fig.end :]) is not None
            or _ranged_plan(new, old)
        )
        if said or _NOW.search(text[: new.fig.start]) or _CHANGE_WORD.search(text):
            out.append((new, old, new.kind))
            paired |= {id(new), id(old)}
    return out


def _ranged_plan(new: Slot, old: Slot) -> bool:
    """A plan compared with a range ("Sees FY revenue EUR 120-130 mln, up from EUR 110-125
    mln"): a range is never a period's result, so it is the plan the new one replaced."""
    return new.kind in (Kind.TARGET, Kind.FORECAST) and old.fig.high is not None


# Figures labelled as the earlier and the revised statement of one thing, in prose: "Net
# sales: previous forecast 182,000 million yen; revised forecast 191,500 million yen".
_LABEL = re.compile(
    r"\b(?P<which>previous(?:ly)?|prior|original|initial|earlier|old|revised|new|updated"
    r"|current|latest)\s+(?P<noun>forecasts?|guidance|targets?|plans?|estimates?|outlook"
    r"|projections?|goals?|figures?|view)?\s*(?:was|is|of|at|:)?\s*(?:\(\w+\)\s*)?$",
    re.IGNORECASE,
)
_EARLIER_WORDS = frozenset("previous previously prior original initial earlier old".split())


_ANNOUNCED_ON = re.compile(
    r"\b(?:announced|published|issued|released|disclosed)\s+(?:on\s+)?$", re.IGNORECASE
)
_PLAN_NOUN = re.compile(r"\b(?:forecasts?|guidance|outlook|targets?|plans?|projections?)\b", re.I)


def note_announcement(text: str, times: list[TimeMention], ctx: Context) -> None:
    for t in times:
        if (
            t.day is not None
            and t.day < ctx.published
            and _ANNOUNCED_ON.search(text, max(0, t.start - 40), t.start)
            and _PLAN_NOUN.search(text)
        ):
            ctx.announced = t.day


_MONTH_OF_VIEW = re.compile(
    r"\b(?:its|the|their|our)\s+(?P<month>" + _MONTHS + r")\s+(?:guidance|forecasts?|targets?"
    r"|outlook|estimates?|projections?|views?|plans?)\b"
)


def month_named(text: str, start: int, end: int, new_date: date) -> date | None:
    """ "compared with its August guidance of ...": the first day of the last August before
    the new figure's date."""
    m = _MONTH_OF_VIEW.search(text, start, end)
    if m is None:
        return None
    month = datetime.strptime(m["month"], "%B").month
    year = new_date.year if month < new_date.month else new_date.year - 1
    return date(year, month, 1)


def labelled_revisions(
    text: str, slots: list[Slot], paired: set[int]
) -> list[tuple[Slot, Slot, Kind]]:
    """(new, old, kind) for a figure labelled "revised forecast" and one labelled "previous
    forecast" of the same unit in one sentence: the earlier one is an earlier statement."""
    new = old = None
    noun = ""
    for sl in slots:
        if sl.skip or id(sl) in paired:
            continue
        # the label may end in the colon that opens the figure's stretch: "(previous forecast:"
        m = _LABEL.search(text, max(0, sl.left - 40), sl.fig.start)
        if m is None:
            continue
        noun = noun or (m["noun"] or "").lower()
        if m["which"].lower() in _EARLIER_WORDS:
            old = old or sl
        else:
            new = new or sl
    if new is None and old is not None:
        # "forecast at ¥41.5 billion (previous forecast: ¥35.0 billion)": the figure the
        # label comments on is the new one
        new = next(
            (
                o
                for o in reversed(slots[: slots.index(old)])
                if not o.skip and id(o) not in paired and o.fig.unit == old.fig.unit
            ),
            None,
        )
    if new is None or old is None or new.fig.unit != old.fig.unit:
        return []
    kind = lx.KIND_NOUNS.get(noun) or new.kind or Kind.FORECAST
    return [(new, old, kind)]


# what stands between a range and the range it replaced: " at CER (previously "
_RANGE_REVISED = re.compile(
    r"(?:\s+(?:at\s+)?[\w%-]+){0,3}\s*\(\s*(?:previously|previous|prior|formerly|prev\b\.?)\s*:?\s*",
    re.IGNORECASE,
)
_LEVEL_NOUNS = frozenset("range level figure number mark band".split())
PREVIOUSLY = re.compile(
    # ("(prev €18.2-18.8bn)": a thread's shorthand; "(was $3.9-4.1bn)" after a plan)
    r"\(\s*(?:(?:raised|lifted|increased|lowered|cut|reduced|narrowed|widened)\s*[;,]\s*)?"
    r"(?:previously|previous|prior|before|earlier|old|formerly|prev\b\.?|was\b)"
    # ("(previously, as published on 13 March 2025: EUR 5.0 billion ...)": when it was said)
    r"(?:\s*,\s*(?:as\s+)?(?P<said>published|announced|stated|communicated|issued|given"
    r"|reported)\s+(?:on|in)\s+(?P<when>[^():;]{3,40}?))?\s*:?\s*"
    # ("(previously: at least EUR 1.15 billion)": a bound is the earlier figure too)
    r"(?:(?:c\.|ca\.|~|about|around|approximately|at\s+least|at\s+most|more\s+than|up\s+to"
    r"|between)\s*)?$",
    re.IGNORECASE,
)
# "the EUR 5.3 billion we guided in March", "its forecast of 30 million announced on Jan. 10"
_SAID_WHEN = re.compile(
    # ("... range it gave you in June", "... that we reaffirmed in May")
    r"^\s*(?:(?:range|forecast|guidance|target|outlook|view)\s+)?(?:that\s+|which\s+|when\s+)?"
    r"(?:(?:we|it|they|the\s+company|management|\w+)\s+)?"
    r"(?:had\s+)?(?:previously\s+)?(?:guided|announced|issued|gave|given|set|forecast|published"
    r"|predicted|projected|stated|targeted|expected|spoke|talked|reported|updated|disclosed"
    r"|provided|communicated|reaffirmed)\s+(?:you\s+)?(?:previously\s+)?(?:(?:back\s+)?(?:in|on)\s+)?$",
    re.IGNORECASE,
)
# "... for 2025/26 in its Q3 statement of 12 March 2025", "... in March"
_STATEMENT_OF = re.compile(
    r"\b(?:in|with)\s+(?:its|their|the|our)\s+(?:[\w-]+\s+){0,3}?(?:statement|report|update"
    r"|release|announcement|results|call)\s+(?:of|on|in|from)\s+$|\b(?:in|on)\s+$",
    re.IGNORECASE,
)


def day_named_after(text: str, sl: Slot, times: list[TimeMention]) -> date | None:
    """The day (or month's first day) a statement after the figure names."""
    for t in times:
        if t.start < sl.fig.end or t.day is None or t.day >= sl.as_of:
            continue
        if _STATEMENT_OF.search(text, sl.fig.end, t.start):
            return t.day
    return None


# "2–4%, raised with the half-year report on", "1–3% given in the year-end report on": the
# occasion that set a figure, right after it, then its day
_SET_ON_OCCASION = re.compile(
    # ("the £1,040m to £1,080m range given with our full-year results on 18 November 2025")
    # ("previously 100 to 110 as set out with the annual results on 27 August 2025")
    r"\s*,?\s*(?:(?:range|target|forecast|guidance|outlook)\s+)?(?:as\s+)?(?:(?:raised|lifted|increased|upgraded|lowered|cut|reduced|narrowed|widened"
    r"|downgraded|set\s+out|laid\s+out|outlined|set|given|issued|published|announced|provided|introduced|first\s+given)\s+)?"
    r"(?:with|in|at)\s+(?:its|their|the|our)\s+(?:[\w-]+\s+){0,3}?(?:statement|report|update"
    r"|release|announcement|results|call|presentation)\s+(?:of|on|in|from)\s+$",
    re.IGNORECASE,
)
_FROM_THE = re.compile(
    r"\bfrom\s+(?:the|its|their|an?)?\s*(?:(?:earlier|previous|prior|original|initial)\s+)?$",
    re.IGNORECASE,
)


def replaced_before(
    text: str, old: Slot, slots: list[Slot], pairs: list[tuple[Slot, Slot, Kind]]
) -> Slot | None:
    """The figure a revision's old figure itself replaced, named after it with "from":
    "(previously 2–4%, raised ... on 17 July from the 1–3% given ...)"."""
    paired = {id(x) for p in pairs for x in p[:2]}
    after = [sl for sl in slots if sl.fig.start > old.fig.end]
    if not after or id(after[0]) in paired or after[0].fig.unit != old.fig.unit:
        return None
    nxt = after[0]
    between = text[old.fig.end : nxt.fig.start]
    if not _FROM_THE.search(between) or re.search(r"[;.]", between) or len(between) > 120:
        return None
    return nxt


def earlier_date(text: str, old: Slot, times: list[TimeMention], new_date: date) -> date | None:
    """The day an earlier figure was stated, when the text names it: that month's first day
    for a month ("in March"), else the day."""
    lead = PREVIOUSLY.search(text, max(0, old.fig.start - 80), old.fig.start)
    if lead is not None and lead["when"]:
        # "(previously, as published on 13 March 2025: ...)": the day the bracket names
        for t in times:
            if lead.start("when") <= t.start < lead.end("when") and t.day and t.day < new_date:
                return t.day
    for t in times:
        if t.start < old.fig.end or t.day is None or t.day >= new_date:
            continue
        between = text[old.fig.end : t.start]
        if _SAID_WHEN.match(between) or _SET_ON_OCCASION.fullmatch(between):
            return t.day
    return None


_CHANGE_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(lx.CHANGE_VERBS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
