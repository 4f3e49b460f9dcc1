"""Draw a reproducible random sample of registry entries for a hand audit.

Usage: python3 tools/audit/sample.py SEED [N]
Prints N (default 30) lines "file<TAB>entry id", drawn with random.Random(SEED).sample from every
(file, entry id) pair of registry/{CN,US,UN}/*.yaml, sorted first so the draw depends only on the data.
"""

import random
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


def main() -> None:
    seed, n = int(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 30
    pairs = entries()
    print(f"# {len(pairs)} entries; seed {seed}; sample of {n}", file=sys.stderr)
    for file, entry_id in random.Random(seed).sample(pairs, n):
        print(f"{file}\t{entry_id}")


if __name__ == "__main__":
    main()
