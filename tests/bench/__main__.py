"""`make bench`: runs every tests/bench/bench_*.py, prints figure vs target, writes JSON.

python -m tests.bench            # all benches
python -m tests.bench core ui    # only bench_core.py and bench_ui.py
"""

from __future__ import annotations

import importlib
import json
import sys
import time
import traceback
from dataclasses import asdict
from pathlib import Path

from tests.bench.harness import ROOT, BenchContext, Figure, describe_machine, summary_line

HERE = Path(__file__).parent


def main(argv: list[str]) -> int:
    wanted = set(argv)
    modules = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if wanted:
        modules = [m for m in modules if m.removeprefix("bench_") in wanted]
    ctx = BenchContext()
    results: dict[str, list[Figure]] = {}
    failures: list[str] = []
    print(f"{'figure':58} {'value':>12} {'unit':8} {'target':>12} {'limit':>10} {'verdict':>7}")
    try:
        for name in modules:
            started = time.perf_counter()
            print(f"-- {name.removeprefix('bench_')}", flush=True)
            try:
                module = importlib.import_module(f"tests.bench.{name}")
                figures: list[Figure] = module.run(ctx)
            except Exception:
                traceback.print_exc()
                failures.append(name)
                continue
            results[name] = figures
            for fig in figures:
                print(summary_line(fig), flush=True)
            print(f"   ({time.perf_counter() - started:.1f} s)")
    finally:
        ctx.cleanup()
    ROOT.mkdir(exist_ok=True)
    out = ROOT / "results.json"
    out.write_text(
        json.dumps(
            {
                "machine": describe_machine(),
                "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                "benches": {
                    name: [{**asdict(f), "passed": f.passed} for f in figs]
                    for name, figs in results.items()
                },
                "errors": failures,
            },
            indent=2,
        )
    )
    missed = [f.name for figs in results.values() for f in figs if f.passed is False]
    print(f"\nwrote {out}; {len(missed)} figure(s) missed their target; {len(failures)} error(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
