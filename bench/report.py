"""RESULTS.md from the JSON the runs write (bench/results.json, bench/load.json)."""

from __future__ import annotations

import json
from pathlib import Path


def _n(n: str) -> str:
    return f"{int(n):,}"


def _verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def write_markdown(results_path: Path, load_path: Path, out: Path) -> None:
    r = json.loads(results_path.read_text())
    m = r["machine"]
    sizes = r["sizes"]
    lines = [
        "# SalesBot benchmark results",
        "",
        "Written by `python -m bench run` (and `python -m bench load`); see bench/README.md.",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB; Python {m['python']},"
        f" SQLite {m['sqlite']}, rapidfuzz {m['rapidfuzz']}; {m['os']}. Run {r['started']}.",
        "",
        "Import: `FactStore.import_bundle` of the whole bundle into a new file, three times per"
        " N; median seconds and facts/s (each run's facts/s listed below).",
        "",
        f"Latency: in-process `Engine.ask`, one core, 3 processes × {r['runs']} passes over the"
        " query set; each figure is the median of the passes' figures. Accuracy from the first"
        " pass (the same in every process). The machine is shared with other work: a pass that"
        " meets another process's burst shows it in its p99 and max.",
        "",
        "## Per store size",
        "",
        "| N facts | companies | p50 ms | p99 ms | max ms | accuracy | import s | facts/s |"
        " DB MB | import peak RSS MB (bundle alone) | query peak RSS MB | open + 1st answer ms |"
        " `salesbot ask` cold ms | naive p50 ms | naive accuracy | naive / engine p50 |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for n, e in sizes.items():
        i, q, nv, c = e["import"], e["query"], e["naive"], e["cold_start"]
        sample = "" if nv["every"] == 1 else f" ({nv['questions']} q.)"
        lines.append(
            f"| {_n(n)} | {i['entities']:,} | {q['p50_ms']:.2f} | {q['p99_ms']:.2f} |"
            f" {q['max_ms']:.2f} | {q['correct']}/{q['questions']} | {i['import_s']:.2f} |"
            f" {i['facts_per_s']:,.0f} | {i['db_mb']:.0f} | {i['import_peak_rss_mb']:.0f}"
            f" ({i['rss_with_bundle_mb']:.0f}) | {q['query_peak_rss_mb']:.0f} |"
            f" {q['open_and_first_answer_ms']:.0f} | {c['median_ms']:.0f} |"
            f" {nv['p50_ms']:.1f}{sample} | {nv['correct']}/{nv['questions']} |"
            f" {nv['p50_ms'] / q['p50_ms']:,.0f}× |"
        )
    lines += ["", "Imports, facts/s of each run:", ""]
    for n, e in sizes.items():
        each = e["import"].get("facts_per_s_each", [e["import"]["facts_per_s"]])
        lines.append(f"- N = {_n(n)}: " + ", ".join(f"{x:,.0f}" for x in each))
    lines += ["", "Passes (p50 / p99 / max ms):", ""]
    for n, e in sizes.items():
        passes = "; ".join(
            f"{p['p50_ms']:.2f} / {p['p99_ms']:.2f} / {p['max_ms']:.2f}"
            for p in e["query"]["passes"]
        )
        lines.append(f"- N = {_n(n)}: {passes}")
    seeded = r.get("seeded_cold_start")
    if seeded:
        lines += [
            "",
            f"`salesbot ask` cold start on a new seeded store: median"
            f" {seeded['median_ms']:.0f} ms over {seeded['runs']} runs (min"
            f" {seeded['min_ms']:.0f}, max {seeded['max_ms']:.0f}); imports discord.py:"
            f" {'yes' if seeded['imports_discord'] else 'no'}.",
        ]
    # targets, at the largest size
    big = max(sizes, key=int)
    small = min(sizes, key=int)
    e, s = sizes[big], sizes[small]
    q, i, nv = e["query"], e["import"], e["naive"]
    ratio = nv["p50_ms"] / q["p50_ms"]
    lines += [
        "",
        f"## Targets (at N = {_n(big)} unless said)",
        "",
        "| target | measured | |",
        "|---|---|---|",
        f"| p50 ≤ 2 ms | {q['p50_ms']:.2f} ms | {_verdict(q['p50_ms'] <= 2)} |",
        f"| p99 ≤ 10 ms | {q['p99_ms']:.2f} ms | {_verdict(q['p99_ms'] <= 10)} |",
        f"| accuracy within one question of N = {_n(small)} | {q['correct']} vs"
        f" {s['query']['correct']} of {q['questions']} |"
        f" {_verdict(abs(q['correct'] - s['query']['correct']) <= 1)} |",
        f"| ≥ 100× faster than the naive scan | {ratio:,.0f}× | {_verdict(ratio >= 100)} |",
        f"| import ≥ 50,000 facts/s | {i['facts_per_s']:,.0f} facts/s |"
        f" {_verdict(i['facts_per_s'] >= 50_000)} |",
        f"| database ≤ 1 GB | {i['db_mb']:.0f} MB | {_verdict(i['db_mb'] <= 1024)} |",
        f"| peak memory ≤ 600 MB (answering process) | {q['query_peak_rss_mb']:.0f} MB |"
        f" {_verdict(q['query_peak_rss_mb'] <= 600)} |",
        f"| peak memory ≤ 600 MB (import process, bundle in memory) |"
        f" {i['import_peak_rss_mb']:.0f} MB, of which the bundle"
        f" {i['rss_with_bundle_mb']:.0f} MB | {_verdict(i['import_peak_rss_mb'] <= 600)} |",
    ]
    if seeded:
        lines.append(
            f"| `salesbot ask` cold start ≤ 400 ms (seeded store) |"
            f" {seeded['median_ms']:.0f} ms | {_verdict(seeded['median_ms'] <= 400)} |"
        )
    if load_path.exists():
        load = json.loads(load_path.read_text())
        runs = load["runs"]
        variants: dict[tuple, list[dict]] = {}
        for x in runs:
            key = (x.get("charts", True), x.get("gc_freeze", False), x["threads"])
            variants.setdefault(key, []).append(x)
        for (charts, freeze, threads), xs in variants.items():
            worst = max(x["loop_lag_max_ms"] for x in xs)
            # The bot calls gc.freeze() at the end of setup_hook: that variant is the bot.
            what = (
                "as the bot runs now: one worker thread, chart process, gc.freeze() at start"
                if charts and freeze and threads == "bot's"
                else ", ".join(
                    w
                    for w in (
                        "no chart questions" if not charts else "",
                        "without gc.freeze()" if not freeze else "",
                        f"{threads} worker thread(s)" if threads != "bot's" else "",
                    )
                    if w
                )
            )
            lines.append(
                f"| event loop lag ≤ 50 ms under load ({what}) | worst {worst:.1f} ms"
                f" in {len(xs)} runs | {_verdict(worst <= 50)} |"
            )
        lines += [
            "",
            "## Many people at once (`python -m bench load`)",
            "",
            f"Store: `{load['db']}`. Each run: {runs[0]['questions']} questions from"
            f" {runs[0]['users']} users, all started at once, each through"
            " `bot.discord_bot.answers.respond` (cooldown, the engine in the bot's worker thread"
            " and, for a trend question, the chart's PNG in its chart process, then the embed"
            " and view) of a bot from `create_bot` whose workers are installed as its"
            " `setup_hook` does, with a replier that records instead of sending. A 5 ms ticker"
            " on the loop measures its lag. Questions are drawn from the query set (12 of 500"
            " ask for a chart) or, with `--no-charts`, from all but the chart questions.",
            "",
            "| charts | gc.freeze | threads | elapsed s | questions/s | answer p50 ms |"
            " answer p99 ms | loop lag max ms | loop lag p99 ms | peak RSS MB |",
            "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for x in runs:
            lines.append(
                f"| {'yes' if x.get('charts', True) else 'no'} |"
                f" {'yes' if x.get('gc_freeze') else 'no'} | {x['threads']} |"
                f" {x['elapsed_s']:.2f} | {x['throughput_qps']:.0f} |"
                f" {x['latency_p50_ms']:.0f} | {x['latency_p99_ms']:.0f} |"
                f" {x['loop_lag_max_ms']:.1f} | {x['loop_lag_p99_ms']:.1f} |"
                f" {x['peak_rss_mb']:.0f} |"
            )
    lines += [
        "",
        "## Where a target is missed",
        "",
        "- **Import, 1M facts**: ~4 % short (three runs of 45.6–48.4k/s; 100k reaches 50–53k/s)."
        " Of ~21 s: resolving and checking each fact in Python ~5 s, staging ~4 s, the"
        " INSERT … SELECT into the indexed table ~5 s, 73k sources with their audit copies"
        " ~3 s, and the commit's WAL checkpoint of ~600 MB ~3–4 s. What would reach it: build"
        " the two fact indexes after the insert when the table starts empty (an initial load),"
        " or keep a hash instead of the full text in each source's 'add' audit entry.",
        "- **Import process memory**: the bench builds the 1M-fact bundle in memory (710 MB of"
        " frozen dataclasses); the import itself adds ~80 MB (it stages 20,000 rows at a time)."
        " The answering process stays at 55 MB. `salesbot import` of a 1M-fact JSON file would"
        " need more (the parsed JSON and the Bundle at once); a streaming reader of the"
        " bundle's facts array would keep it near the import's own ~80 MB.",
        "- **Event-loop lag with the bot as it is**: the worst 5 ms tick comes late by up to"
        " ~90 ms because a full garbage collection walks every object the bot holds"
        " (13–33 ms each, several in a burst). `gc.freeze()` once the bot has started"
        " (`--gc-freeze`) brings the worst to ~25 ms.",
    ]
    misses = sorted(set(e["query"]["misses"]))
    if misses:
        lines += ["", f"Questions answered wrongly at N = {_n(big)}:", ""]
        lines += [f"- {text}" for text in misses]
    out.write_text("\n".join(lines) + "\n")
