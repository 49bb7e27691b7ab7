"""Terms a company's reports define: "Side-by-side (SxS)", "Personal watercraft (PWC)",
"CM (camera modules)".

Reports name a product line, a division or a measure in full once and by its short form
after, and people ask with either: "pwc retail q2" of a metric named "personal watercraft
retail sales", "camera module revenue" of one named "CM revenue". The store knows those
definitions only as its facts' quotes say them. A short form is a word of two to six
characters with two capitals or more; its long form is the fewest words beside the
bracket that begin with its first letter and hold its other letters in order (one letter
may be a stylist's, as the "x" of "SxS"). A question's word nothing explains is read as
the other form of a term so defined, and the question asked again so; a question that
reads no better stays as it was written.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from bot import patterns
from bot.answering.english.words import terms_ending_in_s
from bot.answering.reading.rates import names_a_rate
from bot.answering.vocabulary.name_forms import INITIALS_SKIP, rate_initials, spells_another_term
from bot.facts import reporting
from bot.facts.model import Fact
from bot.facts.quantities import scale_of

# "Long words (SHORT)" and "SHORT (long words)": up to six words on the long side.
_WORD = r"[A-Za-z][\w-]*"
_SHORT = r"[A-Za-z][A-Za-z0-9&]{1,5}"
_QUOTE = "[\"'“”‘’]?"  # 'Acme Electric ("KEX")': a short form may come in quotes
_LONG_THEN_SHORT = patterns.compile(
    rf"(?P<long>(?:{_WORD}[ \t]+){{0,5}}{_WORD})[ \t]*\({_QUOTE}(?P<short>{_SHORT}){_QUOTE}\)"
)
_SHORT_THEN_LONG = patterns.compile(
    rf"\b(?P<short>{_SHORT})[ \t]*\((?P<long>{_WORD}(?:[ \t]+{_WORD}){{0,5}})\)"
)
# "Gross bookings - GBV, the total value of …": a short form set off by a dash
_LONG_DASH_SHORT = patterns.compile(
    rf"(?P<long>(?:{_WORD}[ \t]+){{0,5}}{_WORD})[ \t]+[-–—][ \t]+(?P<short>[A-Z][A-Z0-9&]{{1,5}})\b"
)
_PLURAL_GAP = r"s?[\s-]+"  # between two words of a long form, the first maybe plural
_STRAY_LETTERS = 1  # letters of a short form its long form may lack ("x" in "SxS")


def definitions(quotes: Iterable[str]) -> dict[str, str]:
    """Short form (lower case) -> long form (lower case) of every term QUOTES define. A
    short form defined two ways defines nothing."""
    found: dict[str, set[str]] = {}
    for quote in dict.fromkeys(quotes):
        for m in _LONG_DASH_SHORT.finditer(quote):
            long = _long_form(m["long"].split(), m["short"], from_end=True)
            if long:
                found.setdefault(m["short"].lower(), set()).add(long)
        if "(" not in quote:
            continue
        for m in _LONG_THEN_SHORT.finditer(quote):
            long = _long_form(m["long"].split(), m["short"], from_end=True)
            if long:
                found.setdefault(m["short"].lower(), set()).add(long)
        for m in _SHORT_THEN_LONG.finditer(quote):
            long = _long_form(m["long"].split(), m["short"], from_end=False)
            if long:
                found.setdefault(m["short"].lower(), set()).add(long)
    return {short: next(iter(longs)) for short, longs in found.items() if len(longs) == 1}


def initials(names: Iterable[str]) -> dict[str, str]:
    """Short form -> long form of each run of two words or more of the metric names by
    their initials ("MARs" of "monthly active riders", "cc" of "constant currency
    revenue growth", "PAT" of "net profit after tax"): how chat shortens what the reports
    spell out. Initials two runs stand for alike (in as many names) stand for neither."""
    found: dict[str, Counter[str]] = {}
    for name in names:
        words = re.findall(r"[a-z]+", re.sub(r"\([^)]*\)", " ", name.lower()))
        for i in range(len(words)):
            for j in range(i + 2, len(words) + 1):
                run = words[i:j]
                short = "".join(w[0] for w in run)
                if not spells_another_term(short, name):
                    found.setdefault(short, Counter())[" ".join(run)] += 1
                if (
                    run[0] not in INITIALS_SKIP
                    and run[-1] not in INITIALS_SKIP
                    and (INITIALS_SKIP & set(run))
                ):
                    # "R&D" of "research and development": its small words passed over
                    short = "".join(w[0] for w in run if w not in INITIALS_SKIP)
                    if len(short) >= 2 and not spells_another_term(short, name):
                        found.setdefault(short, Counter())[" ".join(run)] += 1
        rate = rate_initials(name)  # "CRPK" of "cost per RPK excluding energy"
        if rate is not None:
            found.setdefault(rate[0], Counter())[rate[1].lower()] += 1
    # (the run most names share stands for its initials: "constant currency" of a dozen
    # names over "cpg constant" of one)
    terms = {}
    for short, longs in found.items():
        (top, n), *rest = longs.most_common(2)
        if not rest or n > rest[0][1]:
            terms[short] = top
    return terms


def quoted_words(views: Iterable, words: Iterable[str]) -> dict[str, str]:
    """Word -> the words common to the names of the figures whose quotes say it as what is
    counted ("a fleet of 62 aircraft") or beside the name in brackets ("Dorvana
    (pelgotumab)"), for each of WORDS: how the reports speak of a figure its name does
    not. A region is never such a word (it is a slot of its own), nor a word the quotes
    say of figures that share no name word."""
    found: dict[str, str] = {}
    for word in {w.lower() for w in words if len(w) >= 3 and w.isalpha()}:
        if reporting.region_of(word) is not None:
            continue
        stem = re.escape(word.removesuffix("s"))
        said = re.compile(
            # "62 aircraft", "1.2 million riders"
            rf"(?P<number>\d[\d,.]*)\s*(?P<scale>{_SCALES})?\s+{stem}s?\b"
            rf"|(?P<before>[a-z]+)?\s*\(\s*{stem}s?\s*\)"  # "natural (unwashed)"
            # "(pelgotumab)"; never a footnote's mark, "per share(1)"
            rf"|\b{stem}s?\s*\((?P<beside>(?![\d\s,*]*\))[^()]*)\)",
            re.IGNORECASE,
        )
        # (a figure its own name already calls so, "Revenue per learner ($)" of a table
        # row, is reached by the word without a term: it names no other figure so)
        # ("Revenue per bed day (Hospitals)": in brackets beside a rate, a line the company
        # names figures by qualifies the row, and is never another name of the rate; "Retail
        # business (kiosks)" says what the line is)
        a_line = any(_named_by(v.fact.metric, word) for v in views)
        names = {
            v.fact.metric
            for v in views
            if any(
                _names_the_figure(m, v.fact) and not (a_line and _rate_qualified(m, v.fact.metric))
                for m in said.finditer(v.fact.quote)
            )
            and not _named_by(v.fact.metric, word)
        }
        names = _of_the_word_before(names, said, views) or names
        if not names or len(names) > _MOST_NAMES:
            continue
        lists = [re.findall(r"[a-z0-9]+", re.sub(r"\([^)]*\)", " ", n.lower())) for n in names]
        shortest = min(lists, key=len)
        common = [w for w in shortest if all(w in other for other in lists)]
        if common and not {word, word.removesuffix("s")} & {w for n in lists for w in n}:
            found[word] = " ".join(common)
    return found


def _rate_qualified(said: re.Match[str], metric: str) -> bool:
    """Is SAID the word in brackets after a rate's name ("Revenue per bed day (Hospitals)")?"""
    return said["number"] is None and said["beside"] is None and names_a_rate(metric)


def _of_the_word_before(names: set[str], said: re.Pattern[str], views: Iterable) -> set[str]:
    """Of NAMES, those holding a word a quote says just before the word in brackets
    ("natural (unwashed)": the natural coffee's figure, never its washed neighbour's)."""
    before = {
        m["before"].lower()
        for v in views
        if v.fact.metric in names
        for m in said.finditer(v.fact.quote)
        # (a word in lower case: "(AFTK)" is initials, of all the words before it)
        if m["before"] and m.group().split("(")[-1].islower()
    }
    return {n for n in names if any(_named_by(n, b) for b in before)}


_SCALES = "thousand|million|billion|mn|bn|m|k|lakh|crore"
# How near an amount a quote says must be to the figure's value to be said of it
_SAME_AMOUNT = 0.005


def _names_the_figure(said: re.Match[str], fact: Fact) -> bool:
    """Does a word SAID in a fact's quote name that fact: beside a name in brackets, or
    counted by the figure's own amount ("480,000 drones" of the units shipped, never of
    the revenue a quote of both states beside it)?"""
    if said["number"] is None:
        # ("non-performing loan (NPL)": the initials of a longer name ending on the word
        # define that name, never the word alone)
        beside = (said["beside"] or "").strip()
        ends_initials = beside.isupper() and beside.isalpha() and len(beside) > 1
        return not (ends_initials and beside[-1].lower() == said.group().strip()[:1].lower())
    try:
        amount = float(said["number"].rstrip(".,").replace(",", ""))
    except ValueError:
        return False
    if said["scale"]:
        amount *= float(scale_of(said["scale"]) or 1)
    values = [v for v in (fact.value, fact.value_high) if v]
    return any(abs(amount - v) <= _SAME_AMOUNT * abs(v) for v in values)


def _named_by(metric: str, word: str) -> bool:
    """Does the metric's own name say WORD (singular or plural)?"""
    stem = word.removesuffix("s")
    return stem in {w.removesuffix("s") for w in re.findall(r"[a-z0-9]+", metric.lower())}


# A word the quotes of more figures than this say is the reports' common talk, no term
_MOST_NAMES = 6


class CompanyTerms:
    """What the terms of one company's figures were worked out to be (engine._terms_of),
    kept while the store is unchanged: the terms its quotes define, those its reports
    define with its measures' initials, and for each word asked about, what its quotes
    say of one figure (or None). Each is a pure function of the company's stored figures
    and reports (and of the word): reading them again for every question holding a word
    nothing explains was ~40% of the benchmark's warm answers, for 1 in 10 of them."""

    __slots__ = ("called", "names", "quotes", "reports", "words")

    def __init__(self) -> None:
        self.quotes: dict[str, str] | None = None
        self.reports: dict[str, str] | None = None
        self.words: dict[str, str | None] = {}
        self.called: dict[str, bool] = {}  # noun -> do its reports call it "the noun"
        self.names: frozenset[str] | None = None  # the names its reports write

    def quoted_words(self, views: Iterable, words: Iterable[str]) -> dict[str, str]:
        """`quoted_words(VIEWS, WORDS)`, each word read once (each is read on its own)."""
        found: dict[str, str] = {}
        for word in {w.lower() for w in words if len(w) >= 3 and w.isalpha()}:
            if word not in self.words:
                self.words[word] = quoted_words(views, (word,)).get(word)
            said = self.words[word]
            if said is not None:
                found[word] = said
        return found


def _long_form(words: list[str], short: str, *, from_end: bool) -> str | None:
    """The fewest of WORDS (those nearest the bracket) that SHORT stands for."""
    if sum(ch.isupper() for ch in short) < 2 or short.isdigit():
        return None
    letters = [ch for ch in short.lower() if ch.isalpha()]
    runs = [
        words[-k:] if from_end else words[:k]
        for k in range(1, min(len(words), len(letters) + 1) + 1)
    ]
    runs = [run for run in runs if run[0].lower().startswith(letters[0])]
    # the words its letters are the initials of ("CM (camera modules)"), else the fewest
    # that hold its letters in order ("Side-by-side (SxS)")
    for run in runs:
        if "".join(w[0] for w in run).lower() == "".join(letters):
            return " ".join(run).lower()
    for run in runs:
        if _holds_in_order(" ".join(run).lower(), letters):
            return " ".join(run).lower()
    return None


def _holds_in_order(text: str, letters: list[str]) -> bool:
    """Does TEXT hold LETTERS in order, but for a stray one or so?"""
    pos, missing = 0, 0
    for ch in letters:
        at = text.find(ch, pos)
        if at < 0:
            missing += 1
            continue
        pos = at + 1
    return missing <= _STRAY_LETTERS and missing < len(letters) - 1


def rewritten(
    text: str, unexplained: Iterable[str], terms: dict[str, str]
) -> tuple[str, tuple[str, ...]] | None:
    """TEXT with each unexplained word that is a defined short form ("pwcs") written as its
    long form, and each long form said in full whose words are unexplained written as its
    short form, with the forms written in; None when nothing changes."""
    words = {w.lower() for w in unexplained}
    out, written = text, []
    for short, long in terms.items():
        before = out
        # ("heps" is the short form of its own, never the plural of "hep"; "eps" is a
        # reporting term, never the plural of "ep")
        plural = short + "s"
        if short in words or (
            plural in words and plural not in terms and plural not in terms_ending_in_s()
        ):
            # (as written: "R&D", "R.D." for "rd")
            said = "[&.]?".join(map(re.escape, short))
            out = re.sub(rf"\b{said}\.?(s?)\b", long, out, flags=re.IGNORECASE)
            form = long
        elif words & set(re.findall(r"[a-z0-9]+", long)):
            # each word singular or plural: "camera module" of "camera modules"
            said = _PLURAL_GAP.join(
                re.escape(w.removesuffix("s")) for w in re.split(r"[\s-]+", long)
            )
            out = re.sub(rf"\b{said}s?\b", short, out, flags=re.IGNORECASE)
            form = short
        if out != before:
            written.append(form)
    return (out, tuple(written)) if written else None


def names_all(metric: str, forms: Iterable[str]) -> bool:
    """Does the metric's name hold every form a rewrite wrote in (a question read as a
    term must be answered by the figure named with it)?"""
    name = " ".join(re.findall(r"[a-z0-9]+", metric.lower()))
    return all(
        re.search(rf"\b{' '.join(re.findall(r'[a-z0-9]+', f.removesuffix('s')))}s?\b", name)
        for f in forms
    )
