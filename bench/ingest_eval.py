"""Measure the ingester against gold bundles: recall and precision per report set, and the
end-to-end score (ingest every report, approve all, ask the set's questions).

    .venv/bin/python -m bench.ingest_eval                   # dev: seeds, corpus, dev companies
    .venv/bin/python -m bench.ingest_eval --split test      # held-out companies: aggregates only
    .venv/bin/python -m bench.ingest_eval --split fresh -v  # our own unseen-style reports
    .venv/bin/python -m bench.ingest_eval --split fresh2    # newer ones, measured on arrival
    .venv/bin/python -m bench.ingest_eval --only toyota -v  # one set, with its misses and extras
    .venv/bin/python -m bench.ingest_eval --no-e2e          # extraction only (fast)

A report set is a folder holding report files (.txt/.md/.html), `bundle.json` (the gold
facts; its entity gives the calendar) and optionally `questions.jsonl`. Each report is
ingested with its publication date (the gold source with the same text, else the file's
third line) into a fresh store. A candidate matches a gold fact by value, unit, kind and
period; a range candidate (value..value_high) matches the gold's "(low end)" and "(high
end)" pair, or a gold fact with the same value_high. A candidate dated to the weeks a
company counts in ("the 52 weeks ended 28 September 2025") matches gold dated to the whole
months they stand for (October 2024 to September 2025), after every exact match. The
extractor keeps the unit the text states for a figure: a candidate whose metric names a
unit of one dimension with its gold fact's ("module shipments (MW)" 2,140 against "(GW)"
2.14) matches after converting (the one table of such units: bot/facts/unit_scales.py).
`--split test` never prints a fact, a quote or a failing question: only counts and scores,
per company (as tests/companies/score_split.py does) and in all.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bench.split import dev_folders, split_module
from bot.facts.model import Period, SalesBotError
from bot.facts.periods.arithmetic import WEEKS_SLACK, in_whole_months, month_end
from bot.facts.unit_scales import converted, metric_unit

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SUFFIXES = (".txt", ".md", ".html", ".htm")
COMPANIES = ROOT / "tests" / "companies"
# The company split of tests/companies/score_split.py (read through bench/split.py, one
# registry): the held-out test companies are never measured in the dev split, whose figures
# are read in detail. Dev report sets are the companies with a bundle of their own.
DEV_COMPANIES = tuple(
    name
    for name, folder in dev_folders().items()
    if folder.parent == COMPANIES and (folder / "bundle.json").exists()
)
# (a question set about the seed reports has no report set of its own: the seeds are
# measured on their own, 13 of 13)
TEST_COMPANIES = tuple(
    name for name in split_module().TEST_COMPANIES if (COMPANIES / name / "bundle.json").exists()
)
# Reports in styles and calendars the dev sets lack, written with their gold facts before the
# extractor ever read them (tests/ingest/fresh/): an honest estimate of unseen-style recall.
FRESH = ROOT / "tests" / "ingest" / "fresh"
# A second such split (tests/ingest/fresh2/), written later in styles neither the dev half nor
# `fresh` has (an annual report's five-year record, a slide deck's outline, a figures-first web
# page), with full CONTRACT bundles and questions: measured on arrival before any rule for them.
FRESH_SPLITS = {"fresh": FRESH, "fresh2": ROOT / "tests" / "ingest" / "fresh2"}


@dataclass
class ReportSet:
    name: str
    folder: Path
    reports: list[Path]
    gold: dict
    questions: Path | None
    empty_store: bool = False  # the seeds: measured against a store without them


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    candidates: int = 0
    right: int = 0
    refused_gold: int = 0  # approvals refused for a candidate that matches gold
    misses: list = field(default_factory=list)
    extras: list = field(default_factory=list)
    refusals: list = field(default_factory=list)  # why approve-all refused a candidate


def _sets(split: str, only: str | None) -> list[ReportSet]:
    out: list[ReportSet] = []
    if split == "dev":
        seed = json.loads((ROOT / "data" / "seed.json").read_text(encoding="utf-8"))
        seeds = SHARED / "seeds"
        out.append(
            ReportSet("seeds", seeds, sorted(seeds.glob("*.txt")), seed, None, empty_store=True)
        )
        corpus = SHARED / "corpus"
        folders = sorted(p for p in corpus.iterdir() if (p / "bundle.json").exists())
        folders += [COMPANIES / name for name in DEV_COMPANIES]
    elif split in FRESH_SPLITS:
        folder = FRESH_SPLITS[split]
        folders = sorted(p for p in folder.iterdir() if (p / "bundle.json").exists())
    else:
        folders = [COMPANIES / name for name in TEST_COMPANIES]
    for folder in folders:
        reports = sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES)
        questions = folder / "questions.jsonl"
        out.append(
            ReportSet(
                folder.name,
                folder,
                reports,
                json.loads((folder / "bundle.json").read_text(encoding="utf-8")),
                questions if questions.exists() else None,
            )
        )
    if only:
        out = [s for s in out if only.lower() in s.name.lower()]
    return out


def _published(path: Path, text: str, gold: dict, stated: date | None = None) -> date:
    """The gold source's date, else the date the document states (an HTML page's
    metadata), else the file's third line."""
    squash = " ".join(text.split())
    for s in gold.get("sources", ()):
        if " ".join(str(s.get("text", "")).split()) == squash and s.get("published"):
            return date.fromisoformat(s["published"])
    if stated is not None:
        return stated
    lines = text.splitlines()
    return date.fromisoformat(lines[2].strip())


def _same(a, b) -> bool:
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)
    except (TypeError, ValueError):
        return False


_END = re.compile(r"\s*\((low|high) end\)\s*$", re.IGNORECASE)


def _gold_units(facts: list[dict]) -> list[dict]:
    """Gold facts as figures: a "(low end)"/"(high end)" pair is one range of two facts."""
    out, pending = [], {}
    for f in facts:
        m = _END.search(f["metric"])
        if not m:
            out.append({**f, "count": 1})
            continue
        key = (f["entity"], _END.sub("", f["metric"]), f["kind"], f["period"], f["as_of"])
        pending.setdefault(key, {})[m.group(1).lower()] = f
    for pair in pending.values():
        low, high = pair.get("low"), pair.get("high")
        if low and high:
            out.append({**low, "value_high": high["value"], "count": 2})
        else:
            out.extend({**f, "count": 1} for f in pair.values())
    for f in out:
        if f.get("value_high") is not None and "count" in f and f["count"] == 1:
            f["count"] = 2  # a range written as one fact is still two ends
    return out


def _in_gold_unit(value, c: dict, g: dict):
    """A candidate's VALUE in the unit of measure its gold fact names, when the two metrics
    name units of one dimension ("(MW)" against "(GW)": bot/facts/unit_scales.py), else
    VALUE as it is."""
    here = metric_unit(_END.sub("", str(c.get("metric", ""))))
    there = metric_unit(_END.sub("", str(g["metric"])))
    if value is None or here is None or there is None:
        return value
    return converted(float(value), here, there) or value


def _period(text: str) -> Period | None:
    try:
        return Period.from_iso(str(text))
    except SalesBotError:
        return None


def _same_period(c: dict, g: dict) -> bool:
    """One period, or a candidate dated to the text's own weeks against a gold fact dated to
    the whole months those weeks stand for: "the 52 weeks ended 28 September 2025" is the
    year to September 2025, as answering reads it (arithmetic.in_whole_months), and the
    day that year ends its month's last. Never the other way: a candidate dated by months
    where the gold counts the text's weeks is less exact than the text."""
    held, gold = _period(c.get("period", "")), _period(g["period"])
    if held is None or gold is None:
        return False
    if gold.start == gold.end:
        day, on = held.end, gold.end
        return (
            held.start == held.end
            and on == month_end(on.year, on.month)
            and day != month_end(day.year, day.month)
            and abs(day - on) <= WEEKS_SLACK
        )
    return held.days % 7 == 0 and in_whole_months(held) == gold


def _matches(c: dict, g: dict, exact: bool = True) -> bool:
    if c.get("unit") != g["unit"] or c.get("kind") != g["kind"]:
        return False
    if c.get("period") != g["period"] and (exact or not _same_period(c, g)):
        return False
    if not _same(_in_gold_unit(c.get("value"), c, g), g["value"]):
        return False
    ch, gh = c.get("value_high"), g.get("value_high")
    if (ch is None) != (gh is None):
        return False
    return ch is None or _same(_in_gold_unit(ch, c, g), gh)


def _score(candidates: list[dict], gold: list[dict], tally: Tally) -> list[tuple[dict, dict]]:
    units = _gold_units(gold)
    tally.gold += sum(g["count"] for g in units)
    tally.candidates += len(candidates)
    used: set[int] = set()
    pairs = []
    matched: dict[int, int] = {}
    # same period, then same as_of first: a revision states one figure twice, on two dates
    for exact, same_date in ((True, True), (True, False), (False, True), (False, False)):
        for k, c in enumerate(candidates):
            if k in matched:
                continue
            for i, g in enumerate(units):
                if i in used or not _matches(c, g, exact):
                    continue
                if same_date and g.get("as_of") != c.get("as_of"):
                    continue
                used.add(i)
                matched[k] = i
                break
    for k, c in enumerate(candidates):
        if k in matched:
            tally.right += 1
            tally.found += units[matched[k]]["count"]
            pairs.append((c, units[matched[k]]))
        else:
            tally.extras.append(c)
    tally.misses += [g for i, g in enumerate(units) if i not in used]
    return pairs


def _ingest_set(rs: ReportSet, db: Path, tally: Tally, approve: bool) -> None:
    from bot.facts.seed import seed_bundle
    from bot.facts.store import FactStore
    from bot.ingest.candidates import fact_json
    from bot.ingest.decisions import approve_many
    from bot.ingest.documents import read_document
    from bot.ingest.service import ingest

    entity = rs.gold["entities"][0]
    store = FactStore.open(db, seed=None if rs.empty_store else seed_bundle())
    try:
        for path in rs.reports:
            doc = read_document(path)
            result = ingest(
                store,
                doc,
                published=_published(
                    path, path.read_text(encoding="utf-8"), rs.gold, doc.published
                ),
                scope="shared",
                actor="bench",
                entity=entity["name"],
                fiscal_year_end=entity.get("fiscal_year_end"),
                named_by=entity.get("fiscal_year_named_by"),
            )
            _ = result
        pending = store.candidates("shared", status="pending")
        candidates = [fact_json(c) for c in pending]
        pairs = _score(candidates, rs.gold["facts"], tally)
        if approve:
            gold_ids = {c["candidate"] for c, _ in pairs}
            outcomes = approve_many(store, [c.id for c in pending], scope="shared", actor="bench")
            tally.refused_gold += sum(1 for o in outcomes if o.error and o.candidate_id in gold_ids)
            tally.refusals += [o.error for o in outcomes if o.error]
    finally:
        store.close()


def _end_to_end(rs: ReportSet, db: Path, quiet: bool, show: int = 15) -> tuple[float, float] | None:
    if rs.questions is None:
        return None
    cmd = f"{sys.executable} -m bot --db {db}"
    r = subprocess.run(
        [
            sys.executable,
            str(SHARED / "eval" / "score.py"),
            str(rs.questions),
            "--cmd",
            cmd,
            "--show",
            "0" if quiet else str(show),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    score = re.search(r"^score: ([\d.]+)", r.stdout, re.MULTILINE)
    wrong = re.search(r"^wrong answers: \d+ \(([\d.]+)%\)", r.stdout, re.MULTILINE)
    if not quiet:
        print("\n".join(line for line in r.stdout.splitlines() if line.startswith("FAIL")))
    if score is None:
        return None
    return float(score.group(1)), float(wrong.group(1)) / 100 if wrong else 0.0


def _fmt(c: dict) -> str:
    high = f"..{c['value_high']}" if c.get("value_high") is not None else ""
    return (
        f"{c.get('metric')!s:38} {c.get('kind'):8} {c.get('period')} {c.get('value')}{high} "
        f"{c.get('unit')} as_of {c.get('as_of')} | {str(c.get('quote'))[:70]!r}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "test", *FRESH_SPLITS), default="dev")
    ap.add_argument("--only", help="report sets whose name contains this")
    ap.add_argument("--no-e2e", action="store_true", help="skip approving and asking")
    ap.add_argument("-v", "--verbose", action="store_true", help="print misses and extras")
    ap.add_argument("--show", type=int, default=15, help="with -v: failing questions to print")
    args = ap.parse_args(argv)
    test = args.split == "test"
    if test and args.verbose:
        ap.error("--split test prints aggregates only")
    sets = _sets(args.split, args.only)
    if not sets:
        print("no report sets found")
        return 1
    total = Tally()
    scores = []
    with tempfile.TemporaryDirectory() as tmp:
        for rs in sets:
            t = Tally()
            db = Path(tmp) / f"{rs.name}.db"
            _ingest_set(rs, db, t, approve=not args.no_e2e)
            e2e = (
                None
                if args.no_e2e
                else _end_to_end(rs, db, quiet=test or not args.verbose, show=args.show)
            )
            for k in ("gold", "found", "candidates", "right", "refused_gold"):
                setattr(total, k, getattr(total, k) + getattr(t, k))
            if e2e:
                scores.append(e2e)
            recall = t.found / t.gold if t.gold else 0.0
            precision = t.right / t.candidates if t.candidates else 0.0
            line = (
                f"{rs.name:18} recall {t.found}/{t.gold} = {recall:.2f}   "
                f"precision {t.right}/{t.candidates} = {precision:.2f}"
            )
            if not args.no_e2e:
                line += f"   approve-all refused gold: {t.refused_gold}"
                if e2e:
                    line += f"   end-to-end {e2e[0]:.3f} (wrong {e2e[1]:.1%})"
            print(line)
            if args.verbose and not test:
                for g in t.misses:
                    print("   MISS  " + _fmt(g))
                for c in t.extras:
                    print("   EXTRA " + _fmt(c))
                for why in t.refusals:
                    print("   REFUSED " + why)
    recall = total.found / total.gold if total.gold else 0.0
    precision = total.right / total.candidates if total.candidates else 0.0
    print(
        f"{'ALL ' + args.split:18} recall {total.found}/{total.gold} = {recall:.2f}   "
        f"precision {total.right}/{total.candidates} = {precision:.2f}"
        + (f"   approve-all refused gold: {total.refused_gold}" if not args.no_e2e else "")
    )
    if scores:
        mean = sum(s for s, _ in scores) / len(scores)
        wrong = sum(w for _, w in scores) / len(scores)
        print(f"end-to-end mean score {mean:.3f} over {len(scores)} sets (wrong {wrong:.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
