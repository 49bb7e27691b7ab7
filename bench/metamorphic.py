"""Metamorphic test of understanding: dev questions the engine answers right, rewritten the
ways a stranger would ask them (chat filler, politeness, hedges, other verbs, tense,
question forms, possessives, number, shorthand, typos, word order). A rewrite keeps the
gold answer of its question; the engine must give that answer or abstain, never another
figure.

    .venv/bin/python -m bench.metamorphic                 # every dev company, figures only
    .venv/bin/python -m bench.metamorphic --show 30       # and the rewrites that lost it
    .venv/bin/python -m bench.metamorphic --only velmar --kind typo --show 50

Dev split only (tests/companies/score_split.py's DEV): the held-out companies are never
read. Each company runs in one in-memory store (the seed plus its bundle), judged by the
shared scorer's `judge`, like the split.

Figures per kind of rewrite: tried, kept (still right), abstained (unknown or a question
back), changed (a figure, not the gold one: must be 0), and for gold "unknown"
questions, rewrites that got answered (also wrong).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.split import split_module  # noqa: E402
from bot.answering import Engine  # noqa: E402
from bot.answering.engine import QuestionError  # noqa: E402
from bot.answering.english.lexicon import is_english  # noqa: E402
from bot.answering.wording.render import to_json  # noqa: E402
from bot.facts.bundle import parse_bundle  # noqa: E402
from bot.facts.model import SHARED_SCOPE  # noqa: E402
from bot.facts.seed import seed_bundle  # noqa: E402
from bot.facts.store import FactStore  # noqa: E402

Rewrite = Callable[[str], Iterator[str]]


# -- kinds of rewrite ----------------------------------------------------------------------

_PREFIXES = ("hey, ", "quick one: ", "so ", "um ", "btw, ", "ok so ", "hi! ")
_SUFFIXES = (" thanks", " please", " lol", " thx!", ", cheers", " if you know", " pls")
_FORMS = (
    "could you tell me {q}",
    "any idea {q}",
    "do you know {q}",
    "i'd like to know {q}",
    "can you check {q}",
    "quick question, {q}",
    "i was wondering {q}",
)
_HEDGES = ("roughly", "actually", "exactly", "approximately", "basically", "really")
_QUESTION_START = re.compile(
    r"^(how many|how much|what was|what were|what is|what's|what are|what did|did|was|were)\b",
    re.I,
)


def _lower_first(q: str) -> str:
    first = q.split(" ", 1)[0]
    return q if first.isupper() and len(first) > 1 else q[:1].lower() + q[1:]


def filler(q: str) -> Iterator[str]:
    for p in _PREFIXES[:3]:
        yield p + _lower_first(q)
    for s in _SUFFIXES[:4]:
        yield q.rstrip("?!. ") + s + ("?" if q.rstrip().endswith("?") else "")


def politeness(q: str) -> Iterator[str]:
    for form in _FORMS:
        yield form.format(q=_lower_first(q))


def hedge(q: str) -> Iterator[str]:
    m = _QUESTION_START.match(q)
    if m:
        for h in _HEDGES:
            yield f"{q[: m.end()]} {h}{q[m.end() :]}"


_VERB_SWAPS = (
    (r"\bdid (\w+(?:'s)?(?: \w+)?) sell\b", r"did \1 end up selling"),
    (r"\bdid (\w+(?:'s)?(?: \w+)?) sell\b", r"did \1 manage to sell"),
    (r"\bdid (\w+(?:'s)?(?: \w+)?) deliver\b", r"did \1 end up delivering"),
    (r"\bdid (\w+(?:'s)?(?: \w+)?) ship\b", r"did \1 actually ship"),
    (r"\bsell\b", "shift"),
    (r"\bsell\b", "move"),
    (r"\bsold\b", "shifted"),
    (r"\bsold\b", "moved"),
    (r"\bdeliver\b", "hand over"),
    (r"\bdelivered\b", "handed over"),
    (r"\bexpect\b", "anticipate"),
    (r"\bexpecting\b", "projecting"),
    (r"\breport\b", "post"),
    (r"\breported\b", "posted"),
    (r"\bwhat was\b", "what was the final"),
    (r"\bhow many\b", "how many exactly"),
    (r"\bwhat (?:is|was) (\w+)'s\b", r"what did \1 report for"),
    (r"\bwhat (?:is|was) (\w+)'s\b", r"what figure did \1 give for"),
)


def verbs(q: str) -> Iterator[str]:
    for pattern, repl in _VERB_SWAPS:
        out = re.sub(pattern, repl, q, count=1, flags=re.I)
        if out != q:
            yield out


_TENSES = (
    (r"\bdid (\w+) sell\b", r"has \1 sold"),
    (r"\bwhat was\b", "what's"),
    (r"\bwhat is\b", "what was"),
    (r"\bwhat's\b", "what was"),
    (r"\bhow many (\w+) did (\w+) sell\b", r"how many \1 were sold by \2"),
    (r"\bdoes\b", "did"),
)


def tense(q: str) -> Iterator[str]:
    for pattern, repl in _TENSES:
        out = re.sub(pattern, repl, q, count=1, flags=re.I)
        if out != q:
            yield out


def possessive(q: str) -> Iterator[str]:
    out = re.sub(r"\b([A-Za-z]\w+)'s\b", r"\1", q, count=1)
    if out != q:
        yield out
    out = re.sub(r"\b(Sony|Airbus|Toyota|LG|Kestrel|Orbis|Velmar|Harley)\b(?!')", r"\1's", q)
    if out != q and "'s's" not in out:
        yield out


def number(q: str) -> Iterator[str]:
    for plural, single in (
        ("deliveries", "delivery"),
        ("shipments", "shipment"),
        ("sales", "sale"),
        ("orders", "order"),
        ("units", "unit"),
        ("profits", "profit"),
        ("vehicles", "vehicle"),
        ("revenues", "revenue"),
    ):
        for a, b in ((plural, single), (single, plural)):
            out = re.sub(rf"\b{a}\b", b, q, count=1, flags=re.I)
            if out != q:
                yield out
                break


# shorthand the engine is meant to read (issue 9: yr, qtr, q, ytd, yoy, mn, bn, k, ...)
_ABBREVIATIONS = {
    "quarter": "qtr",
    "year": "yr",
    "revenue": "rev",
    "forecast": "fcst",
    "target": "tgt",
    "million": "mn",
    "billion": "bn",
    "deliveries": "delivs",
    "shipments": "shpts",
    "september": "sept",
    "versus": "vs",
    "percent": "pct",
    "approximately": "approx",
}


def shorthand(q: str) -> Iterator[str]:
    for word, short in _ABBREVIATIONS.items():
        out = re.sub(rf"\b{word}\b", short, q, count=1, flags=re.I)
        if out != q:
            yield out


def _typos(word: str) -> Iterator[str]:
    """A swap of two letters in the middle, and a letter left out there."""
    i = len(word) // 2
    yield word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]
    yield word[:i] + word[i + 1 :]


def typo(q: str) -> Iterator[str]:
    """One or two edits on every known word of five letters or more (the engine forgives
    a slip on every word it knows)."""
    for m in re.finditer(r"[A-Za-z]{5,}", q):
        word = m.group()
        if not is_english(word.lower()) or word.isupper():
            continue  # names and acronyms: the engine's own tables, tested apart
        for wrong in _typos(word):
            if wrong.lower() != word.lower() and not is_english(wrong.lower()):
                yield q[: m.start()] + wrong + q[m.end() :]


_TRAILING_PERIOD = re.compile(
    r"\s+(?P<p>(?:in|for|during)\s+(?:(?:the\s+)?(?:fiscal\s+)?(?:fy|q[1-4]|h[12]|9m)\s?'?\d{2,4}"
    r"(?:\s+\d{4})?|\d{4}|(?:q[1-4]|h[12])\s+(?:fy\s?)?\d{2,4}))\s*(?P<end>[?.!]*)$",
    re.I,
)


def reorder(q: str) -> Iterator[str]:
    m = _TRAILING_PERIOD.search(q)
    if m:
        yield f"{m['p']}, {_lower_first(q[: m.start()])}{m['end']}"


def punctuation(q: str) -> Iterator[str]:
    bare = q.rstrip("?!. ")
    yield bare
    yield bare + "???"
    yield bare.lower()


KINDS: dict[str, Rewrite] = {
    "filler": filler,
    "politeness": politeness,
    "hedge": hedge,
    "verb": verbs,
    "tense": tense,
    "possessive": possessive,
    "number": number,
    "shorthand": shorthand,
    "typo": typo,
    "reorder": reorder,
    "punctuation": punctuation,
}


# -- running -------------------------------------------------------------------------------


def _engine(folder: Path, seed) -> Engine:
    store = FactStore.in_memory(seed=seed)
    bundle = folder / "bundle.json"
    if bundle.exists():
        data = json.loads(bundle.read_text(encoding="utf-8"))
        store.import_bundle(parse_bundle(data), actor="bench", scope=SHARED_SCOPE)
    return Engine(store)


def _ask(engine: Engine, q: str) -> dict | None:
    try:
        return to_json(engine.ask(q, SHARED_SCOPE))
    except QuestionError:
        return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="one dev company")
    ap.add_argument("--kind", help="one kind of rewrite", choices=sorted(KINDS))
    ap.add_argument("--show", type=int, default=0, help="lost rewrites to print")
    ap.add_argument("--json", help="write the figures to this file")
    args = ap.parse_args()

    split = split_module()
    scorer = split._scorer()
    companies = {k: v for k, v in split.DEV.items() if not args.only or k == args.only}
    kinds = {k: f for k, f in KINDS.items() if not args.kind or k == args.kind}
    seed = seed_bundle()
    table: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    lost: list[tuple[str, str, str, str]] = []
    for folder in companies.values():
        engine = _engine(folder, seed)
        for gold in scorer.load_jsonl(folder / "questions.jsonl"):
            if scorer.judge(gold, _ask(engine, gold["q"])):
                continue  # only questions answered right are rewritten
            for kind, rewrite in kinds.items():
                for q in dict.fromkeys(rewrite(gold["q"])):
                    if q == gold["q"]:
                        continue
                    got = _ask(engine, q)
                    row = table[kind]
                    row["tried"] += 1
                    why = scorer.judge(gold, got)
                    status = (got or {}).get("status")
                    if not why:
                        row["kept"] += 1
                        continue
                    if gold["expect"] == "unknown" and status == "answered":
                        row["answered_unknown"] += 1
                        outcome = "ANSWERED"
                    elif status == "answered":
                        row["changed"] += 1
                        outcome = "CHANGED"
                    else:
                        row["abstained"] += 1
                        outcome = "abstained"
                    answer = ((got or {}).get("answer") or "")[:110]
                    lost.append((outcome, kind, q, answer))
    total: dict[str, int] = defaultdict(int)
    print(f"{'kind':<12} {'tried':>6} {'kept':>6} {'abstained':>9} {'changed':>8} {'ans-unk':>8}")
    for kind in kinds:
        row = table[kind]
        for k, n in row.items():
            total[k] += n
        print(_row(kind, row))
    print(_row("total", total))
    lost.sort(key=lambda t: (t[0] == "abstained", t[1]))
    for outcome, kind, q, answer in lost[: args.show]:
        print(f"  {outcome:<9} [{kind}] {q!r}\n            -> {answer}")
    if args.json:
        figures = {k: dict(v) for k, v in table.items()}
        Path(args.json).write_text(json.dumps({"figures": figures, "lost": lost}, indent=1))


def _row(name: str, row: dict[str, int]) -> str:
    tried = row.get("tried", 0)
    kept = row.get("kept", 0)
    share = f"{kept / tried:.3f}" if tried else "-"
    return (
        f"{name:<12} {tried:>6} {kept:>6} {row.get('abstained', 0):>9} "
        f"{row.get('changed', 0):>8} {row.get('answered_unknown', 0):>8}   kept {share}"
    )


if __name__ == "__main__":
    main()
