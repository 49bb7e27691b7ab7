"""RESULTS.md from bench/results.json: every figure is computed here from the raw runs,
which are listed at the end; there is no prose with numbers that could go stale."""

from __future__ import annotations

import json
import statistics
from pathlib import Path
from typing import Any

MILLION = 1_000_000


def _n(n: Any) -> str:
    return f"{int(n):,}"


def _verdict(ok: bool | None) -> str:
    return "–" if ok is None else ("met" if ok else "**not met**")


def _med(values: list[float]) -> float:
    return statistics.median(values)


def _ms(x: float) -> str:
    return f"{x:.2f}"


def _side_by_side_rows(rounds: list[dict]) -> list[str]:
    """Issue 12's warm ratio from `step_warm_sizes`: each process held both stores and
    answered each question on one and at once on the other."""
    if not rounds:
        return []
    ratios = [p["big"]["p50_ms"] / p["small"]["p50_ms"] for x in rounds for p in x["passes"]]
    cpu = [p["big_cpu"]["p50_ms"] / p["small_cpu"]["p50_ms"] for x in rounds for p in x["passes"]]
    ratio = _med(ratios)
    return [
        f"| 1M, warm ≤ 1.1× the same questions at {_n(rounds[0]['small'])}, side by side in"
        " one process (both stores open; each question answered anew on one and at once on"
        " the other, which first alternating) | p50 ratio per pass:"
        f" {', '.join(f'{x:.2f}' for x in ratios)}; median {ratio:.2f}× (by CPU time"
        f" {', '.join(f'{x:.2f}' for x in cpu)}) | {_verdict(ratio <= 1.1)} |"
    ]


class Figures:
    """The medians the tables show, from the raw runs of results.json."""

    def __init__(self, r: dict) -> None:
        self.r = r
        self.answering = r.get("answering", {})

    def has(self, n: int) -> bool:
        return str(n) in self.answering

    def runs(self, n: int) -> list[dict]:
        return self.answering[str(n)]

    def first(self, n: int, qset: str, key: str = "p50_ms") -> float:
        return _med([x[qset]["first"][key] for x in self.runs(n)])

    def warm(self, n: int, qset: str, key: str = "p50_ms") -> float:
        return _med([w[key] for x in self.runs(n) for w in x[qset]["warm"]])

    def ratios(self, n: int, qset: str) -> list[float]:
        """First pass over the warm passes' p50, in each process (side by side there)."""
        return [
            x[qset]["first"]["p50_ms"] / _med([w["p50_ms"] for w in x[qset]["warm"]])
            for x in self.runs(n)
        ]

    def cpu_ratios(self, n: int, qset: str) -> list[float]:
        """The same by CPU time (runs that measured it): what other jobs did not blur."""
        return [
            x[qset]["first_cpu"]["p50_ms"] / _med([w["p50_ms"] for w in x[qset]["warm_cpu"]])
            for x in self.runs(n)
            if "first_cpu" in x[qset]
        ]

    def has_forgotten(self, n: int, qset: str) -> bool:
        """Runs that also timed the warm of the issue (the question's own memos emptied)."""
        return all("warm_forgotten" in x[qset] for x in self.runs(n))

    def forgotten(self, n: int, qset: str, key: str = "p50_ms") -> float:
        return _med([w[key] for x in self.runs(n) for w in x[qset]["warm_forgotten"]])

    def forgotten_ratios(self, n: int, qset: str, cpu: bool = False) -> list[float]:
        """First pass over the forgotten passes' p50, in each process (wall or CPU time)."""
        first, warm = ("first_cpu", "warm_forgotten_cpu") if cpu else ("first", "warm_forgotten")
        return [
            x[qset][first]["p50_ms"] / _med([w["p50_ms"] for w in x[qset][warm]])
            for x in self.runs(n)
        ]

    def first_cpu(self, n: int, qset: str, key: str = "p50_ms") -> float | None:
        found = [x[qset]["first_cpu"][key] for x in self.runs(n) if "first_cpu" in x[qset]]
        return _med(found) if found else None

    def share(self, n: int, what: str) -> float:
        return _med([x["store_share"][what]["p50_ms"] for x in self.runs(n)])

    def has_kept(self, n: int) -> bool:
        """Runs that also timed the answer kept (`Engine.ask` asked again)."""
        return all("answer_kept" in x["store_share"] for x in self.runs(n))

    def kept(self, n: int, qset: str) -> float | None:
        found = [w["p50_ms"] for x in self.runs(n) for w in x[qset].get("warm_kept", [])]
        return _med(found) if found else None

    def correct(self, n: int, qset: str) -> tuple[int, int]:
        x = self.runs(n)[0][qset]
        return x["correct"], x["questions"]


def _goals(f: Figures, r: dict) -> list[str]:
    lines = ["| goal | measured (side by side in one run) | |", "|---|---|---|"]
    small = min((n for n in r["sizes"] if f.has(n)), default=None)
    if f.has(MILLION):
        for qset, what in (
            ("fresh", "never-asked questions about 200 companies"),
            ("query", "the query set's first pass"),
        ):
            ratios = f.ratios(MILLION, qset)
            ratio = _med(ratios)
            cpu = f.cpu_ratios(MILLION, qset)
            kept = f.kept(MILLION, qset)
            lines.append(
                f"| 1M, first time in the process ({what}) ≤ 1.5× the same warm"
                + (
                    " (answered anew; the strict reading, beyond the issue's yardstick: this"
                    " warm keeps the question's understanding, the first time cannot; see"
                    " bench/README.md)"
                    if kept is not None
                    else ""
                )
                + " |"
                f" first over warm p50 in each process: {', '.join(f'{x:.2f}' for x in ratios)};"
                f" median {ratio:.2f}× (medians over processes: {_ms(f.first(MILLION, qset))}"
                f" and {_ms(f.warm(MILLION, qset))} ms)"
                + (f"; by CPU time {', '.join(f'{x:.2f}' for x in cpu)}" if cpu else "")
                + (
                    f"; asked again with the answer kept: {kept:.3f} ms"
                    f" ({f.first(MILLION, qset) / kept:.0f}× faster than the first time)"
                    if kept is not None
                    else ""
                )
                + f" | {_verdict(ratio <= 1.5)} |"
            )
        for qset, what in (
            ("fresh", "never-asked questions about 200 companies"),
            ("query", "the query set's first pass"),
        ):
            if not f.has_forgotten(MILLION, qset):
                continue
            ratios = f.forgotten_ratios(MILLION, qset)
            cpu = f.forgotten_ratios(MILLION, qset, cpu=True)
            ratio = _med(ratios)
            lines.append(
                f"| 1M, first time in the process ({what}) ≤ 1.5× the same warm as the issue"
                " measured it (the issue's own yardstick;"
                " answered anew by the warmed process, nothing of the question"
                " itself kept: its reading, settling and answer memos and its text's caches"
                " emptied) |"
                f" first over warm p50 in each process: {', '.join(f'{x:.2f}' for x in ratios)};"
                f" median {ratio:.2f}× (medians over processes: {_ms(f.first(MILLION, qset))}"
                f" and {_ms(f.forgotten(MILLION, qset))} ms); by CPU time"
                f" {', '.join(f'{x:.2f}' for x in cpu)} | {_verdict(ratio <= 1.5)} |"
            )
        answer, store = f.share(MILLION, "answer"), f.share(MILLION, "store")
        lookup = f.share(MILLION, "cited_lookup")
        if f.has_kept(MILLION):
            kept = f.share(MILLION, "answer_kept")
            lines.append(
                f"| 1M, warm answer ≤ 2× the store's indexed lookup of the facts it cites"
                f" (the same question asked again: its answer kept until the store changes) |"
                f" answer p50 {_ms(kept)} ms, lookup {_ms(lookup)} ms: {kept / lookup:.2f}×"
                f" | {_verdict(kept <= 2 * lookup)} |"
            )
        lines.append(
            f"| 1M, warm answer ≤ 2× the store's indexed lookup of the facts it cites"
            f" (answered anew: understanding and store reads kept, the answer not) |"
            f" answer p50 {_ms(answer)} ms, lookup {_ms(lookup)} ms: {answer / lookup:.1f}× |"
            f" {_verdict(answer <= 2 * lookup)} |"
        )
        lines.append(
            f"| (the store's own part of that answer answered anew, against the same lookup) |"
            f" {_ms(store)} ms: {store / lookup:.1f}× | {_verdict(store <= 2 * lookup)} |"
        )
        if small is not None and small < MILLION:
            big_w, small_w = f.warm(MILLION, "query"), f.warm(small, "query")
            lines.append(
                f"| 1M, warm ≤ 1.1× the same questions at {_n(small)} | p50"
                f" {_ms(big_w)} ms against {_ms(small_w)} ms: {big_w / small_w:.2f}× |"
                f" {_verdict(big_w <= 1.1 * small_w)} |"
            )
        lines += _side_by_side_rows(r.get("warm_sizes", []))
    cold = r.get("cold", {})
    for key, what in (("seeded", "seeded store"), (str(MILLION), "1M store")):
        if key in cold:
            c = cold[key]
            ratio = _med(c["ratio_each"])
            by_cpu = (
                f"; by CPU time {_med(c['salesbot_cpu_ms']):.0f} against"
                f" {_med(c['baseline_cpu_ms']):.0f} ms: {_med(c['cpu_ratio_each']):.1f}×"
                if "cpu_ratio_each" in c
                else ""
            )
            lines.append(
                f'| `salesbot ask` cold start ({what}) ≤ 5× `python -c "import sqlite3, json"` |'
                f" {_med(c['salesbot_ms']):.0f} ms against {_med(c['baseline_ms']):.0f} ms:"
                f" {ratio:.1f}× (median of {c['runs']} pairs{by_cpu})"
                f"{_load(c)} | {_verdict(ratio <= 5)} |"
            )
    files = r.get("files", {})
    if "10000" in files and str(MILLION) in files:
        for what in ("import", "export"):
            big, small_mb = files[str(MILLION)][what], files["10000"][what]
            ratio = big["peak_rss_mb"] / small_mb["peak_rss_mb"]
            lines.append(
                f"| `salesbot {what}`, 1M-fact bundle: peak memory ≤ 1.2× the 10k one |"
                f" {big['peak_rss_mb']:.0f} MB against {small_mb['peak_rss_mb']:.0f} MB:"
                f" {ratio:.1f}× | {_verdict(ratio <= 1.2)} |"
            )
    imports = r.get("imports", {})
    if imports:
        n = max(imports, key=int)
        x = imports[n]
        ratio = _med(x["ratio_each"])
        lines.append(
            f"| import throughput ≥ 0.5× a bare executemany of the same rows (N = {_n(n)}) |"
            f" {_med(x['store_facts_per_s']):,.0f} against"
            f" {_med(x['bare_facts_per_s']):,.0f} facts/s: {ratio:.2f}×"
            + (f" (by CPU time {_med(x['cpu_ratio_each']):.2f}×)" if "cpu_ratio_each" in x else "")
            + f" | {_verdict(ratio >= 0.5)} |"
        )
    load = r.get("load")
    if load:
        worst = [x["loop_lag_max_ms"] for x in load["runs"]]
        control = [x["control_lag_max_ms"] for x in load["runs"] if "control_lag_max_ms" in x]
        beside = (
            "; an idle process's 5 ms ticker meanwhile (the machine's own lag): "
            + ", ".join(f"{w:.1f}" for w in control)
            + " ms"
            if len(control) == len(worst)
            else ""
        )
        loads = [x["load_average"][0] for x in load["runs"] if "load_average" in x]
        at_load = (
            f"; load average {', '.join(f'{x:.1f}' for x in loads)}"
            if len(loads) == len(worst)
            else ""
        )
        lines.append(
            f"| event-loop lag ≤ 50 ms, 500 questions from 50 users, every one of"
            f" {len(worst)} runs | worst per run: {', '.join(f'{w:.1f}' for w in worst)} ms"
            f"{beside}{at_load} | {_verdict(max(worst) <= 50)} |"
        )
    vocabulary = r.get("vocabulary", {})
    if vocabulary:
        big = max(vocabulary.values(), key=lambda v: v["companies"])
        # the yardstick is the 10k store (45 companies) when it was measured
        small_v = vocabulary.get("10000") or min(vocabulary.values(), key=lambda v: v["companies"])
        for key, what in (
            ("rebuild_after_write_median_ms", "the whole update a question pays"),
            ("store_after_write_median_ms", "the store's part: names changed since"),
        ):
            ratio = big[key] / small_v[key]
            lines.append(
                f"| vocabulary after a write, {big['companies']:,} companies ≤ 1.2× at"
                f" {small_v['companies']:,} ({what}) | {big[key]:.2f} ms against"
                f" {small_v[key]:.2f} ms: {ratio:.2f}× | {_verdict(ratio <= 1.2)} |"
            )
    if f.has(MILLION):
        p50, p99 = f.first(MILLION, "fresh"), f.first(MILLION, "fresh", "p99_ms")
        cpu50, cpu99 = f.first_cpu(MILLION, "fresh"), f.first_cpu(MILLION, "fresh", "p99_ms")
        each = [x["fresh"]["first"]["p50_ms"] for x in f.runs(MILLION)]
        each_cpu = [
            x["fresh"]["first_cpu"]["p50_ms"] for x in f.runs(MILLION) if "first_cpu" in x["fresh"]
        ]
        lines.append(
            f"| issue 9: 1M, first time in the process, p50 ≤ 2 ms and p99 ≤ 10 ms |"
            f" p50 {_ms(p50)} ms, p99 {_ms(p99)} ms (never-asked questions; medians over"
            f" processes, whose p50 were {', '.join(_ms(x) for x in each)} ms)"
            + (
                f"; by CPU time p50 {_ms(cpu50)} ms, p99 {_ms(cpu99)} ms"
                f" ({', '.join(_ms(x) for x in each_cpu)})"
                if cpu50
                else ""
            )
            + f" | {_verdict(p50 <= 2 and p99 <= 10)} |"
        )
        if small is not None:
            big_c, small_c = f.correct(MILLION, "query"), f.correct(small, "query")
            lines.append(
                f"| issue 9: accuracy at 1M equal to {_n(small)} (query set) |"
                f" {big_c[0]} and {small_c[0]} of {big_c[1]} | {_verdict(big_c[0] == small_c[0])} |"
            )
    lines += _largest(f, r, small)
    return lines


def _largest(f: Figures, r: dict, small: int | None) -> list[str]:
    """The point beyond a million (issue 12: ten million facts): its accuracy against the
    smallest store, and its first-time and warm answers and cold start beside 1M's."""
    lines = []
    for n in [n for n in r["sizes"] if n > MILLION and f.has(n)]:
        if small is not None:
            big_c, small_c = f.correct(n, "query"), f.correct(small, "query")
            lines.append(
                f"| issue 12: accuracy at {_n(n)} equal to {_n(small)} (query set) |"
                f" {big_c[0]} and {small_c[0]} of {big_c[1]} (never-asked questions:"
                f" {f.correct(n, 'fresh')[0]} of {f.correct(n, 'fresh')[1]}) |"
                f" {_verdict(big_c[0] == small_c[0])} |"
            )
        p50, p99 = f.first(n, "fresh"), f.first(n, "fresh", "p99_ms")
        beside = (
            f" (1M: {_ms(f.first(MILLION, 'fresh'))} / {_ms(f.first(MILLION, 'fresh', 'p99_ms'))}"
            f" ms, warm {_ms(f.warm(MILLION, 'fresh'))} ms)"
            if f.has(MILLION)
            else ""
        )
        lines.append(
            f"| issue 9 at {_n(n)}: first time in the process, p50 ≤ 2 ms and p99 ≤ 10 ms |"
            f" first p50 {_ms(p50)} ms, p99 {_ms(p99)} ms; warm (answered anew) p50"
            f" {_ms(f.warm(n, 'fresh'))} ms, p99 {_ms(f.warm(n, 'fresh', 'p99_ms'))} ms"
            f" (never-asked questions){beside} | {_verdict(p50 <= 2 and p99 <= 10)} |"
        )
        c = r.get("cold", {}).get(str(n))
        if c is not None:
            ratio = _med(c["ratio_each"])
            lines.append(
                f'| `salesbot ask` cold start ({_n(n)} store) ≤ 5× `python -c "import sqlite3,'
                f' json"` | {_med(c["salesbot_ms"]):.0f} ms against'
                f" {_med(c['baseline_ms']):.0f} ms: {ratio:.1f}× (median of {c['runs']} pairs)"
                f"{_load(c)} | {_verdict(ratio <= 5)} |"
            )
    return lines


def _sizes_table(f: Figures, r: dict) -> list[str]:
    stores = r.get("stores", {})
    cold = r.get("cold", {})
    naive = r.get("naive", {})
    lines = [
        "| N facts | companies | DB MB | query set: right | first p50 / p99 ms | warm p50 / p99"
        " ms | new questions: right | first p50 / p99 ms | warm p50 / p99 ms | warm,"
        " question forgotten, p50 / p99 ms | answer kept p50 ms | store's part of a warm"
        " answer, p50 ms | cited lookup p50 ms |"
        " `salesbot ask` ms | naive scan p50 ms |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for n in r["sizes"]:
        s = stores.get(str(n), {})
        cells = [_n(n), f"{s['entities']:,}" if "entities" in s else "–"]
        cells.append(f"{s['db_mb']:.0f}" if "db_mb" in s else "–")
        if f.has(n):
            for qset in ("query", "fresh"):
                right, total = f.correct(n, qset)
                cells += [
                    f"{right}/{total}",
                    f"{_ms(f.first(n, qset))} / {_ms(f.first(n, qset, 'p99_ms'))}",
                    f"{_ms(f.warm(n, qset))} / {_ms(f.warm(n, qset, 'p99_ms'))}",
                ]
            cells.append(
                f"{_ms(f.forgotten(n, 'fresh'))} / {_ms(f.forgotten(n, 'fresh', 'p99_ms'))}"
                if f.has_forgotten(n, "fresh")
                else "–"
            )
            kept = f.share(n, "answer_kept") if f.has_kept(n) else None
            cells.append("–" if kept is None else f"{kept:.3f}")
            cells += [_ms(f.share(n, "store")), _ms(f.share(n, "cited_lookup"))]
        else:
            cells += ["–"] * 10
        cells.append(f"{cold[str(n)]['median_ms']:.0f}" if str(n) in cold else "–")
        nv = naive.get(str(n))
        cells.append(
            f"{nv['p50_ms']:.1f}" + ("" if nv["every"] == 1 else f" ({nv['questions']} q.)")
            if nv
            else "–"
        )
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _raw(r: dict) -> list[str]:
    lines = ["## Raw runs", ""]
    for n, runs in r.get("answering", {}).items():
        lines.append(
            f"Answering, N = {_n(n)} (one line per process, p50 / p99 ms: first pass; warm"
            " passes; warm passes with the question forgotten):"
        )
        lines.append("")
        for x in runs:
            parts = []
            for qset in ("fresh", "query"):
                first = x[qset]["first"]
                warm = "; ".join(f"{w['p50_ms']:.2f} / {w['p99_ms']:.2f}" for w in x[qset]["warm"])
                forgot = "; ".join(
                    f"{w['p50_ms']:.2f} / {w['p99_ms']:.2f}"
                    for w in x[qset].get("warm_forgotten", [])
                )
                parts.append(
                    f"{qset} {first['p50_ms']:.2f} / {first['p99_ms']:.2f}; {warm}"
                    + (f"; forgotten {forgot}" if forgot else "")
                )
            share = x["store_share"]
            if "answer_kept" in share:
                parts.append(f"kept {share['answer_kept']['p50_ms']:.3f}")
            parts.append(
                f"warm answer {share['answer']['p50_ms']:.2f}, store's part"
                f" {share['store']['p50_ms']:.2f}, cited lookup"
                f" {share['cited_lookup']['p50_ms']:.2f} (p50 ms)"
            )
            lines.append("- " + " — ".join(parts))
        lines.append("")
    for x in r.get("warm_sizes", []):
        passes = "; ".join(
            f"{p['small']['p50_ms']:.2f} / {p['big']['p50_ms']:.2f}"
            f" (CPU {p['small_cpu']['p50_ms']:.2f} / {p['big_cpu']['p50_ms']:.2f},"
            f" per question {p['ratio_per_question_p50']:.2f}×)"
            for p in x["passes"]
        )
        lines.append(
            f"- warm side by side, N = {_n(x['small'])} / 1,000,000 in one process, p50 ms"
            f" per pass of {x['questions']} questions: {passes}"
        )
    if r.get("warm_sizes"):
        lines.append("")
    for key, c in r.get("cold", {}).items():
        pairs = ", ".join(
            f"{b:.0f}/{s:.0f}" for b, s in zip(c["baseline_ms"], c["salesbot_ms"], strict=True)
        )
        what = "seeded store" if key == "seeded" else f"N = {_n(key)}"
        lines.append(f"- cold start, {what} (baseline/salesbot ms): {pairs}{_load(c)}")
        if "cpu_ratio_each" in c:
            cpu_pairs = ", ".join(
                f"{b:.0f}/{s:.0f}"
                for b, s in zip(c["baseline_cpu_ms"], c["salesbot_cpu_ms"], strict=True)
            )
            lines.append(f"- cold start, {what}, CPU time (baseline/salesbot ms): {cpu_pairs}")
    for n, x in r.get("imports", {}).items():
        lines.append(
            f"- import N = {_n(n)}, store/bare facts/s: "
            + ", ".join(
                f"{s:,.0f}/{b:,.0f}"
                for s, b in zip(x["store_facts_per_s"], x["bare_facts_per_s"], strict=True)
            )
        )
    for n, x in r.get("files", {}).items():
        lines.append(
            f"- files N = {_n(n)}: bundle {x['bundle_mb']:.0f} MB; import"
            f" {x['import']['peak_rss_mb']:.0f} MB peak, {x['import']['seconds']:.1f} s; export"
            f" {x['export']['peak_rss_mb']:.0f} MB peak, {x['export']['seconds']:.1f} s"
        )
    for n, v in r.get("vocabulary", {}).items():
        lines.append(
            f"- vocabulary N = {_n(n)} ({v['companies']:,} companies): read whole"
            f" {v['whole_store_ms']:.1f} ms, engine index {v['engine_index_ms']:.1f} ms; after"
            " a write, store's part "
            + ", ".join(f"{x:.2f}" for x in v["store_after_write_ms"])
            + " ms; whole update "
            + ", ".join(f"{x:.1f}" for x in v["rebuild_after_write_ms"])
            + " ms"
        )
    load = r.get("load")
    if load:
        for x in load["runs"]:
            lines.append(
                f"- load ({x['questions']} questions, {x['users']} users, charts, gc.freeze):"
                f" {x['elapsed_s']:.2f} s, {x['throughput_qps']:.0f} q/s, answer p50"
                f" {x['latency_p50_ms']:.0f} ms p99 {x['latency_p99_ms']:.0f} ms, loop lag max"
                f" {x['loop_lag_max_ms']:.1f} ms p99 {x['loop_lag_p99_ms']:.1f} ms, peak RSS"
                f" {x['peak_rss_mb']:.0f} MB"
                + (
                    f"; idle process's lag max {x['control_lag_max_ms']:.1f} ms p99"
                    f" {x['control_lag_p99_ms']:.1f} ms; loop thread CPU"
                    f" {x['loop_thread_cpu_s']:.2f} s{_load(x)}"
                    if "control_lag_max_ms" in x
                    else ""
                )
            )
    for n, s in r.get("stores", {}).items():
        lines.append(f"- store N = {_n(n)} made by {s['how']}: " + json.dumps(s))
    misses: dict[str, set[str]] = {}
    for n, runs in r.get("answering", {}).items():
        for qset in ("query", "fresh"):
            for text in runs[0][qset]["misses"]:
                misses.setdefault(f"{qset}, N = {_n(n)}", set()).add(text)
    if misses:
        lines += ["", "Questions not answered right:", ""]
        for where, texts in misses.items():
            lines.append(f"- {where}: " + "; ".join(sorted(texts)))
    return lines


def write_markdown(results_path: Path, out: Path) -> None:
    r = json.loads(results_path.read_text())
    f = Figures(r)
    lines = [
        "# SalesBot benchmark results",
        "",
        "Written by `python -m bench run` from `bench/results.json`; every figure is computed"
        " from the raw runs listed at the end (see bench/README.md for what each step does).",
        "",
        "Machine and time of each phase (the machine is shared: the load average is"
        " that of its start):",
        "",
    ]
    for phase, m in r.get("machine", {}).items():
        lines.append(
            f"- {phase}, {r['when'][phase]}: {m['cpu']}, {m['cores']} cores,"
            f" {m['memory_gib']} GiB; Python {m['python']}, SQLite {m['sqlite']}, rapidfuzz"
            f" {m['rapidfuzz']}; load average {', '.join(f'{x:.1f}' for x in m['load_average'])}"
        )
    lines += ["", "## Goals", "", *_goals(f, r), "", "## Per store size", "", *_sizes_table(f, r)]
    lines += ["", *_raw(r)]
    out.write_text("\n".join(lines) + "\n")


def _load(x: dict) -> str:
    """The load average a step saw (its first figure), where it recorded one."""
    return f" (load average {x['load_average'][0]:.1f})" if "load_average" in x else ""
