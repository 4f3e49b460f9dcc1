"""Check a screen's output against status(), one compound at a time.

    python benchmarks/verify_screen.py SCREENED.csv [--sample 10000] [--seed 1]

Compares every row that reports a match, and a random sample of the other rows, column for column
(J_controlled and J_matches for every jurisdiction in the file). Exits 1 on any difference.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys

from scheduling import status


def expected(smiles: str, code: str, day: str) -> tuple[str, str]:
    answer = status(smiles, code, on=day)
    controlled = "" if answer.state == "out_of_coverage" else str(answer.controlled)
    parts = [f"{m.list_id}:{m.entry_id}" + (f"[{','.join(c.id for c in m.clauses)}]" if m.clauses else "")
             for m in answer.matches]
    return controlled, ";".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("screened")
    parser.add_argument("--sample", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with open(args.screened, newline="") as handle:
        rows = list(csv.DictReader(handle))
    codes = [name[: -len("_controlled")] for name in rows[0] if name.endswith("_controlled")]
    matched = [row for row in rows if any(row[f"{code}_matches"] for code in codes)]
    others = [row for row in rows if row not in matched and not row["error"]] if len(rows) < 50000 else \
        [row for row in rows if not row["error"] and not any(row[f"{code}_matches"] for code in codes)]
    sample = random.Random(args.seed).sample(others, min(args.sample, len(others)))
    differences = 0
    for row in matched + sample:
        for code in codes:
            want = expected(row["structure"], code, row["on"])
            got = (row[f"{code}_controlled"], row[f"{code}_matches"])
            if want != got:
                differences += 1
                print(f"row {row['id']} {code}: screen {got} != status {want}  {row['structure']}")
    print(f"checked {len(matched)} rows with matches and {len(sample)} sampled rows against status(): "
          f"{differences} difference(s)")
    sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()
