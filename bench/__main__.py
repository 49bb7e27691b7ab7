"""`python -m bench ...`: see bench/README.md."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="every measurement for every N; writes RESULTS.md")
    r.add_argument("--sizes", default="1000,10000,100000,1000000")
    r.add_argument("--runs", type=int, default=3, help="passes over the query set")
    r.add_argument("--workdir", default="/tmp/salesbot-bench", help="where the stores go")
    r.add_argument("--json", default=str(HERE / "results.json"))
    r.add_argument("--markdown", default=str(HERE / "RESULTS.md"))
    g = sub.add_parser("generate", help="import one synthetic store of N facts into DB")
    g.add_argument("n", type=int)
    g.add_argument("db")
    ld = sub.add_parser("load", help="many concurrent questions through the Discord layer")
    ld.add_argument("--db", default="/tmp/salesbot-bench/store-1000000.db")
    ld.add_argument("--questions", type=int, default=500)
    ld.add_argument("--users", type=int, default=50)
    ld.add_argument(
        "--threads",
        type=int,
        default=None,
        help="replace the bot's worker thread by a pool of this size",
    )
    ld.add_argument("--repeat", type=int, default=3)
    ld.add_argument(
        "--no-charts",
        action="store_true",
        help="leave out the 'chart …' questions (their PNG is drawn per answer)",
    )
    ld.add_argument(
        "--gc-freeze",
        action="store_true",
        help="gc.freeze() after the warm-up, as the bot could after starting",
    )
    ld.add_argument("--json", default=str(HERE / "load.json"))
    rp = sub.add_parser("report", help="rewrite RESULTS.md from the JSON files")
    rp.add_argument("--json", default=str(HERE / "results.json"))
    rp.add_argument("--load-json", default=str(HERE / "load.json"))
    rp.add_argument("--markdown", default=str(HERE / "RESULTS.md"))
    args = parser.parse_args(argv)

    if args.command == "run":
        from bench.report import write_markdown
        from bench.run import run

        sizes = [int(s) for s in args.sizes.split(",")]
        results = run(
            sizes,
            args.runs,
            Path(args.workdir),
            Path(args.json),
            log=lambda line: print(line, flush=True),
        )
        Path(args.json).write_text(json.dumps(results, indent=2))
        write_markdown(Path(args.json), HERE / "load.json", Path(args.markdown))
        print(f"wrote {args.json} and {args.markdown}")
    elif args.command == "generate":
        from bench.steps import step_import

        print(json.dumps(step_import(args.n, Path(args.db)), indent=2))
    elif args.command == "load":
        from bench.load import run_load

        path = Path(args.json)
        saved = json.loads(path.read_text()) if path.exists() else {"db": args.db, "runs": []}
        # a new run of one variant replaces that variant's earlier runs
        variant = (not args.no_charts, args.gc_freeze, args.threads or "bot's")
        keep = [
            r
            for r in saved["runs"]
            if (r.get("charts", True), r.get("gc_freeze", False), r["threads"]) != variant
        ]
        runs = []
        for _ in range(args.repeat):
            result = run_load(
                Path(args.db),
                args.questions,
                args.users,
                args.threads,
                charts=not args.no_charts,
                freeze=args.gc_freeze,
            )
            print(json.dumps(result), flush=True)
            runs.append(result)
        path.write_text(json.dumps({"db": args.db, "runs": keep + runs}, indent=2))
    elif args.command == "report":
        from bench.report import write_markdown

        write_markdown(Path(args.json), Path(args.load_json), Path(args.markdown))
    else:  # pragma: no cover
        sys.exit(2)


if __name__ == "__main__":
    main()
