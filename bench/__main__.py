"""`python -m bench ...`: see bench/README.md."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bench.run import PHASES

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="the measurements (see bench/run.py); writes RESULTS.md")
    r.add_argument("--sizes", default="1000,10000,1000000")
    r.add_argument("--phases", default=",".join(PHASES))
    r.add_argument("--remake", action="store_true", help="make the stores again")
    r.add_argument("--workdir", default=str(HERE / ".stores"), help="where the stores go")
    r.add_argument("--json", default=str(HERE / "results.json"))
    r.add_argument("--markdown", default=str(HERE / "RESULTS.md"))
    g = sub.add_parser("generate", help="import one synthetic store of N facts into DB")
    g.add_argument("n", type=int)
    g.add_argument("db")
    ld = sub.add_parser("load", help="many concurrent questions through the Discord layer")
    ld.add_argument("--db", default=str(HERE / ".stores" / "store-1000000.db"))
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
    ld.add_argument(
        "--diagnose",
        action="store_true",
        help="the worst lags, each with the garbage collections and loop callbacks inside it",
    )
    rp = sub.add_parser("report", help="rewrite RESULTS.md from the JSON files")
    rp.add_argument("--json", default=str(HERE / "results.json"))
    rp.add_argument("--markdown", default=str(HERE / "RESULTS.md"))
    args = parser.parse_args(argv)

    if args.command == "run":
        from bench.report import write_markdown
        from bench.run import run

        run(
            [int(n) for n in args.sizes.split(",")],
            [p for p in args.phases.split(",") if p],
            Path(args.workdir),
            Path(args.json),
            remake=args.remake,
            log=lambda line: print(line, flush=True),
        )
        write_markdown(Path(args.json), Path(args.markdown))
        print(f"wrote {args.json} and {args.markdown}")
    elif args.command == "generate":
        from bench.run import IN_MEMORY_LIMIT
        from bench.steps import step_generate, step_import

        make = step_import if args.n <= IN_MEMORY_LIMIT else step_generate
        print(json.dumps(make(args.n, Path(args.db)), indent=2))
    elif args.command == "load":  # a variant by hand; `run --phases load` keeps results
        from bench.load import run_load

        for _ in range(args.repeat):
            result = run_load(
                Path(args.db),
                args.questions,
                args.users,
                args.threads,
                charts=not args.no_charts,
                freeze=args.gc_freeze,
                diagnose=args.diagnose,
            )
            print(json.dumps(result), flush=True)
    elif args.command == "report":
        from bench.report import write_markdown

        write_markdown(Path(args.json), Path(args.markdown))
    else:  # pragma: no cover
        sys.exit(2)


if __name__ == "__main__":
    main()
