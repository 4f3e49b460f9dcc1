"""Draw a reproducible random sample of registry entries for a hand audit.

Usage: python3 tools/audit/sample.py SEED [N] [--fresh]
Prints N (default 30) lines "file<TAB>entry id", drawn with random.Random(SEED).sample from every
(file, entry id) pair of registry/{CN,US,UN}/*.yaml, sorted first so the draw depends only on the data.
With --fresh, pairs that an earlier report (docs/audit-*.md, table rows "| n | file | id |") audited are left out,
so that a new sample looks at entries no one has read by hand yet.
"""

import random
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def entries() -> list[tuple[str, str]]:
    pairs = []
    for path in sorted((ROOT / "registry").glob("[A-Z][A-Z]/*.yaml")):
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        pairs += [(path.relative_to(ROOT / "registry").as_posix(), e["id"]) for e in data.get("entries") or []]
    return sorted(pairs)


def audited() -> set[tuple[str, str]]:
    row = re.compile(r"^\|\s*\d+\s*\|\s*([A-Z]{2}/[^|\s]+\.yaml)\s*\|\s*`?([^|`\s]+)`?\s*\|", re.M)
    found = set()
    for report in sorted((ROOT / "docs").glob("audit-*.md")):
        found |= set(row.findall(report.read_text(encoding="utf-8")))
    return found


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--fresh"]
    seed, n = int(args[0]), int(args[1]) if len(args) > 1 else 30
    pairs = entries()
    if "--fresh" in sys.argv:
        done = audited()
        print(f"# {len(done & set(pairs))} entries audited before are left out", file=sys.stderr)
        pairs = [p for p in pairs if p not in done]
    print(f"# {len(pairs)} entries; seed {seed}; sample of {n}", file=sys.stderr)
    for file, entry_id in random.Random(seed).sample(pairs, n):
        print(f"{file}\t{entry_id}")


if __name__ == "__main__":
    main()
