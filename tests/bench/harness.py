"""The `make bench` harness: figures against targets, printed as a table and written as JSON.

A bench module `tests/bench/bench_<area>.py` exposes `run(ctx: BenchContext) -> list[Figure]`.
The context builds a 100,000-SKU catalog once (cached under .bench/) and hands out fresh
copies of a store holding it, so benches never disturb each other.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from kiosk.services.setup import store_path

ROOT = Path(__file__).resolve().parents[2] / ".bench"
CATALOG_SKUS = 100_000


@dataclass(frozen=True, slots=True)
class Figure:
    name: str
    value: float
    unit: str
    target: float | None
    better: Literal["lower", "higher"] = "lower"
    limit: float | None = None  # the physical limit measured in the same run, if any
    note: str = ""

    @property
    def passed(self) -> bool | None:
        if self.target is None:
            return None
        return self.value <= self.target if self.better == "lower" else self.value >= self.target


def percentile(samples: Sequence[float], pct: float) -> float:
    ordered = sorted(samples)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    """Wall-clock seconds of each of `repeat` calls."""
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return samples


def ms(seconds: float) -> float:
    return seconds * 1000


@dataclass
class BenchContext:
    root: Path = ROOT
    skus: int = CATALOG_SKUS
    _tmp: list[Path] = field(default_factory=list)

    def tmp(self) -> Path:
        self.root.mkdir(parents=True, exist_ok=True)
        path = Path(tempfile.mkdtemp(prefix="run-", dir=self.root))
        self._tmp.append(path)
        return path

    def catalog_csv(self) -> Path:
        from tests.bench.catalog_gen import write_catalog

        path = self.root / f"catalog-{self.skus}.csv"
        if not path.exists():
            self.root.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(".partial")
            write_catalog(partial, self.skus)
            partial.rename(path)
        return path

    def catalog_template(self) -> Path:
        """A data dir with the big catalog imported (built once, then reused)."""
        from tests.bench.catalog_gen import build_store

        # The name changes whenever build_store does, so an old cached store is not reused
        # ("-shift": the store has an open shift, as the demo store does).
        template = self.root / f"store-{self.skus}-shift"
        if not store_path(template).exists():
            partial = self.root / f"{template.name}.partial"
            shutil.rmtree(partial, ignore_errors=True)
            build_store(partial, self.catalog_csv())
            partial.rename(template)
        return template

    def catalog_dir(self) -> Path:
        """A fresh data dir holding a copy of the 100,000-SKU store and the demo staff."""
        target = self.tmp() / "data"
        target.mkdir()
        shutil.copyfile(store_path(self.catalog_template()), store_path(target))
        return target

    def cleanup(self) -> None:
        for path in self._tmp:
            shutil.rmtree(path, ignore_errors=True)


def summary_line(fig: Figure) -> str:
    target = (
        "" if fig.target is None else f"{'<=' if fig.better == 'lower' else '>='} {fig.target:g}"
    )
    limit = "" if fig.limit is None else f"{fig.limit:.4g}"
    verdict = {True: "ok", False: "MISSED", None: "-"}[fig.passed]
    return f"{fig.name:58} {fig.value:>12.4g} {fig.unit:8} {target:>12} {limit:>10} {verdict:>7}"


def describe_machine() -> dict[str, object]:
    return {
        "cpus": os.cpu_count(),
        "python": ".".join(map(str, __import__("sys").version_info[:3])),
        "load": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
    }


def stdev_ms(samples: Sequence[float]) -> float:
    return ms(statistics.pstdev(samples)) if len(samples) > 1 else 0.0
