"""Ingest time against a report's size: is reading a report linear in its length?

    .venv/bin/python -m bench.ingest_scale                      # 0.25, 1, 4, 16 MB
    .venv/bin/python -m bench.ingest_scale --sizes 1,4          # some sizes
    .venv/bin/python -m bench.ingest_scale --profile 4          # cProfile of the 4 MB run
    .venv/bin/python -m bench.ingest_scale --write /tmp/r.txt --sizes 20   # the report only

Each report is made of real report paragraphs (the development corpus and the seeds, the
article part of each as `layout.analyse` sees it), repeated in a shuffled order with
their figures varied (years shifted, the later digits of longer numbers redrawn), so the
extractor meets the kinds of sentences it meets in real reports, and the store receives
many distinct candidates, not one repeated figure. Each size is ingested through
`bot.ingest.service.ingest` into a new store on disk, in its own process (its memory and
caches are its own); the figure printed is the wall time of that call, and seconds per MB.
Goal: seconds/MB at 16 MB within 1.3x of that at 1 MB.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import random
import re
import subprocess
import sys
import tempfile
import textwrap
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
MB = 1_000_000
SEED = 20261201
PUBLISHED = date(2033, 6, 30)  # after every shifted year: no figure reads as the future

# a number, not part of a name ("A350", "Z2") or of another number
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:,\d{3})*(?:\.\d+)?")


def _report_texts() -> list[str]:
    texts = []
    for path in sorted([*SHARED.glob("corpus/*/*.txt"), *SHARED.glob("corpus/*/*.md")]):
        lines = path.read_text(encoding="utf-8").split("\n")
        texts.append("\n".join(lines[3:]))  # the corpus's title/publisher/date header
    texts += [p.read_text(encoding="utf-8") for p in sorted(SHARED.glob("seeds/*.txt"))]
    return texts


def paragraphs() -> list[str]:
    """The article paragraphs of every report (not its end matter, comments or headline)."""
    from bot.ingest.layout import analyse

    out = []
    for text in _report_texts():
        layout = analyse(text)
        article = text[: layout.excluded_from] if layout.excluded_from is not None else text
        for block in re.split(r"\n\s*\n", article):
            block = block.strip("\n")
            if block.strip() and block.strip() != (layout.title or ""):
                out.append(block)
    return out


def _vary(paragraph: str, rng: random.Random) -> str:
    shift = rng.randint(-5, 5)

    def number(m: re.Match[str]) -> str:
        s = m.group(0)
        if len(s) == 4 and s.isdigit() and 1980 <= int(s) <= 2035:
            return str(int(s) + shift)  # a year: every year of the paragraph moves together
        digits = [i for i, ch in enumerate(s) if ch.isdigit()]
        if len(digits) < 3:
            return s  # days, quarters, small counts: kept, so dates stay dates
        chars = list(s)
        for i in digits[1:]:
            chars[i] = str(rng.randint(0, 9))
        return "".join(chars)

    return _NUMBER.sub(number, paragraph)


SHAPES = ("paragraphs", "lines", "wrapped")


def synthesize(size: int, seed: int = SEED, shape: str = "paragraphs") -> str:
    """A report of about SIZE characters: a headline, then varied real paragraphs. SHAPE:
    "paragraphs" apart by blank lines; "lines", one paragraph a line and no blank line
    (one block of the whole report); "wrapped", hard-wrapped at 72 columns."""
    rng = random.Random(seed)
    pool = paragraphs()
    if not pool:
        raise SystemExit(f"no report paragraphs under {SHARED}")
    gap = "\n" if shape == "lines" else "\n\n"
    parts = ["Sales report: results, targets and forecasts"]
    length = len(parts[0])
    order: list[str] = []
    while length < size:
        if not order:
            order = pool[:]
            rng.shuffle(order)
        p = _vary(order.pop(), rng)
        if shape == "lines" and "|" not in p:
            p = " ".join(p.split())
        elif shape == "wrapped" and "|" not in p and "  " not in p:
            p = textwrap.fill(p, 72)
        parts.append(p)
        length += len(p) + len(gap)
    return gap.join(parts) + "\n"


def run_one(size_mb: float, shape: str, profile: bool = False, top: int = 40) -> dict:
    """Ingest one synthesized report into a new store; the seconds it took."""
    from bot.facts.store import FactStore
    from bot.ingest.documents import parse_document
    from bot.ingest.service import ingest

    text = synthesize(int(size_mb * MB), shape=shape)
    document = parse_document(text, ".txt")
    with tempfile.TemporaryDirectory() as tmp:
        store = FactStore.open(Path(tmp) / "scale.db")
        profiler = cProfile.Profile() if profile else None
        started, cpu = time.perf_counter(), time.process_time()
        if profiler is not None:
            profiler.enable()
        result = ingest(store, document, published=PUBLISHED, scope="shared", actor="bench")
        if profiler is not None:
            profiler.disable()
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        store.close()
    if profiler is not None:
        stats = pstats.Stats(profiler, stream=sys.stderr)
        stats.sort_stats("cumulative").print_stats(top)
        stats.sort_stats("tottime").print_stats(top)
    mb = len(document.text.encode("utf-8")) / MB
    return {
        "mb": round(mb, 3),
        "seconds": round(seconds, 2),
        "seconds_per_mb": round(seconds / mb, 2),
        "cpu": round(cpu, 2),
        "cpu_per_mb": round(cpu / mb, 2),
        "candidates": len(result.candidates),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.ingest_scale", description=__doc__)
    parser.add_argument("--sizes", default="0.25,1,4,16", help="report sizes in MB")
    parser.add_argument("--shape", choices=SHAPES, default="paragraphs")
    parser.add_argument("--profile", type=float, help="profile one size (MB), print the top")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--write", help="write the report of the (first) size to this file")
    parser.add_argument("--one", type=float, help=argparse.SUPPRESS)  # a child process
    args = parser.parse_args(argv)
    if args.one is not None:
        print(json.dumps(run_one(args.one, args.shape)))
        return
    if args.profile is not None:
        print(json.dumps(run_one(args.profile, args.shape, profile=True, top=args.top)))
        return
    sizes = [float(s) for s in args.sizes.split(",") if s.strip()]
    if args.write:
        text = synthesize(int(sizes[0] * MB), shape=args.shape)
        Path(args.write).write_text(text, encoding="utf-8")
        print(f"wrote {args.write}")
        return
    rows = []
    print(f"shape: {args.shape}")
    print(f"{'MB':>7} {'seconds':>9} {'s/MB':>7} {'CPU s':>9} {'CPU s/MB':>9} {'candidates':>11}")
    for size in sizes:
        out = subprocess.run(
            [sys.executable, "-m", "bench.ingest_scale", "--one", str(size), "--shape", args.shape],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        row = json.loads(out.stdout.strip().splitlines()[-1])
        rows.append(row)
        print(
            f"{row['mb']:>7.2f} {row['seconds']:>9.2f} {row['seconds_per_mb']:>7.2f} "
            f"{row['cpu']:>9.2f} {row['cpu_per_mb']:>9.2f} {row['candidates']:>11}",
            flush=True,
        )
    by_size = {r["mb"]: r for r in rows}
    one = min(by_size, key=lambda mb: abs(mb - 1))
    big = max(by_size)
    if one != big:
        for what in ("seconds_per_mb", "cpu_per_mb"):
            ratio = by_size[big][what] / by_size[one][what]
            print(f"{what} at {big:.2f} MB / at {one:.2f} MB = {ratio:.2f} (goal <= 1.3)")


if __name__ == "__main__":
    main()
