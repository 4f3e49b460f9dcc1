"""Which structures of a library fall under a class-wide control, by which clauses?

    python examples/class_matches.py LIBRARY.csv [--limit N]

Prints every member or ambiguous verdict of every class in the registry (structural membership,
whatever the date), with the clauses met and the reason when a reading leaves it open.
"""

import argparse
import csv
import gzip
import sys

from rdkit import Chem, RDLogger

from scheduling import default_registry

RDLogger.DisableLog("rdApp.*")


def smiles_of(path: str, limit: int | None):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt") as handle:
        reader = csv.reader(handle)
        next(reader)
        for number, row in enumerate(reader, start=1):
            if limit and number > limit:
                return
            yield number, row[0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("library", help="CSV with SMILES in the first column (optionally .gz)")
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    classes = default_registry().compiled
    found = 0
    print("row\tclass\tverdict\tclauses\tsmiles\treason")
    for number, smiles in smiles_of(args.library, args.limit):
        mol = Chem.MolFromSmiles(smiles)
        if mol is None:
            continue
        for class_id, engine in sorted(classes.items()):
            verdict = engine.evaluate(mol)
            if verdict.verdict != "not_member":
                found += 1
                clauses = ",".join(f"{hit.clause}:{list(hit.atoms)}" for hit in verdict.clauses)
                print(f"{number}\t{class_id}\t{verdict.verdict}\t{clauses}\t{smiles}\t{verdict.reason}")
    print(f"{found} class verdicts other than not_member", file=sys.stderr)


if __name__ == "__main__":
    main()
