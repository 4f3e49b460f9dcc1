"""Screening throughput against bare RDKit parsing of the same SMILES, and peak memory.

    python benchmarks/screen.py --fetch                 # download the molsets 0.3.1 wheel (ZINC SMILES)
    python benchmarks/screen.py [--rows N] [--on DATE]  # run (default: every row, today)

Each measurement runs in a fresh process, so its peak memory (max RSS, children included) is its own:
  parse      Chem.MolFromSmiles over every SMILES, one core            (the floor)
  screen-1   scheduling screen, all jurisdictions and classes, one date, one core
  screen-N   the same on every core (--workers N)
Speed is molecules per second; the ratios are against bare parsing on one core. The three runs are
interleaved and repeated (--repeat, default 2) and the best of each is kept, because the speed of a
shared machine drifts. Results are printed and written to benchmarks/out/screen-<rows>.json.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).parent
DATA = HERE / "data"
WHEEL = "molsets-0.3.1-py3-none-any.whl"
MEMBER = "moses/dataset/data/train.csv.gz"


def fetch() -> Path:
    """The ZINC SMILES of the molsets wheel, downloaded from PyPI once into benchmarks/data/."""
    target = DATA / "train.csv.gz"
    if target.exists():
        return target
    DATA.mkdir(parents=True, exist_ok=True)
    if not (DATA / WHEEL).exists():
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "molsets==0.3.1", "-d", str(DATA)],
                       check=True)
    with zipfile.ZipFile(DATA / WHEEL) as wheel:
        target.write_bytes(wheel.read(MEMBER))
    return target


def subset(source: Path, rows: int | None) -> Path:
    """A SMILES file (header 'SMILES') with the first `rows` rows of the source."""
    if rows is None:
        return source
    target = DATA / f"train-{rows}.csv"
    if not target.exists():
        with gzip.open(source, "rt") as src, target.open("w") as out:
            for number, line in enumerate(src):
                if number > rows:
                    break
                out.write(line)
    return target


def _peak_mib() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def run_parse(path: Path) -> dict:
    from rdkit import Chem, RDLogger

    RDLogger.DisableLog("rdApp.*")
    opener = gzip.open if path.suffix == ".gz" else open
    count = 0
    start = time.perf_counter()
    with opener(path, "rt") as handle:
        next(handle)
        for line in handle:
            Chem.MolFromSmiles(line.strip())
            count += 1
    seconds = time.perf_counter() - start
    return {"rows": count, "seconds": seconds, "peak_mib": _peak_mib()}


def run_screen(path: Path, workers: int, on: str) -> dict:
    from scheduling.cli import main

    out = DATA / f"screened-{os.getpid()}.csv"
    start = time.perf_counter()
    code = main(["screen", str(path), "-j", "CN,US,UN", "--on", on, "-o", str(out), "--workers", str(workers)])
    seconds = time.perf_counter() - start
    with out.open() as handle:
        rows = sum(1 for _ in handle) - 1
    out.unlink()
    if code != 0:
        raise SystemExit(f"screen failed with exit code {code}")
    return {"rows": rows, "seconds": seconds, "peak_mib": _peak_mib()}


def measure(kind: str, path: Path, workers: int, on: str) -> dict:
    """Run one measurement in a fresh interpreter and return its figures."""
    extra = f", {workers}, {on!r}" if kind == "screen" else ""
    code = (f"import json, sys; sys.path.insert(0, {str(HERE)!r}); import screen as b; from pathlib import Path; "
            f"print(json.dumps(b.run_{kind}(Path({str(path)!r}){extra})))")
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fetch", action="store_true", help="only download the data")
    parser.add_argument("--rows", type=int, help="first N rows only (default: all)")
    parser.add_argument("--on", default=time.strftime("%Y-%m-%d"), help="screening date (default: today)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeat", type=int, default=2, help="runs of each measurement; the best is kept")
    args = parser.parse_args()
    source = fetch()
    if args.fetch:
        print(source)
        return
    path = subset(source, args.rows)
    results = {"input": str(path), "on": args.on, "cores": os.cpu_count(), "repeat": args.repeat}
    runs = [("parse", "parse", 1), ("screen-1", "screen", 1), (f"screen-{args.workers}", "screen", args.workers)]
    for _ in range(args.repeat):  # interleaved, best of N: the machine's speed drifts between runs
        for name, kind, workers in runs:
            figures = measure(kind, path, workers, args.on)
            if name not in results or figures["seconds"] < results[name]["seconds"]:
                results[name] = figures
    floor = results["parse"]["rows"] / results["parse"]["seconds"]
    print(f"{'run':<10} {'rows':>10} {'seconds':>9} {'mol/s':>9} {'vs parse':>9} {'peak MiB':>9}")
    for name in ("parse", "screen-1", f"screen-{args.workers}"):
        figures = results[name]
        rate = figures["rows"] / figures["seconds"]
        figures["rate"] = rate
        figures["ratio_to_parse"] = rate / floor
        print(f"{name:<10} {figures['rows']:>10,} {figures['seconds']:>9.1f} {rate:>9,.0f} {rate / floor:>9.2f} "
              f"{figures['peak_mib']:>9.0f}")
    (HERE / "out").mkdir(exist_ok=True)
    target = HERE / "out" / f"screen-{results['parse']['rows']}.json"
    target.write_text(json.dumps(results, indent=2))
    print(f"written to {target}")


if __name__ == "__main__":
    main()
