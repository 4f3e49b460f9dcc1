"""Structures for the examples of registry/classes/cn-synthetic-cannabinoids.yaml, and a run of the class engine.

Input: cn_cannabinoid_class_examples.csv (one row per example: group, name, the chemical name parsed, where the
name comes from, a SMILES drawn by hand from the same name, an optional registry entry whose structure was itself
checked against Benzyl-titanium/Structural-formula, and the clause ids expected for members).

For each row: parse the name with OPSIN and compare the InChIKey with the hand-drawn SMILES (full key; the names
with stereodescriptors are drawn with the same stereo), and where a registry entry is given, compare with its
structure too (first InChIKey block: the list entries carry no stereo where the printed name gives none). Then
evaluate every example of the YAML file with the class engine, compare with its label and clause ids, and check
that every YAML example has the structure of its CSV row. No network needed (OPSIN runs locally via py2opsin).
"""
import csv
import sys
from pathlib import Path

import yaml
from rdkit import Chem
from rdkit.Chem.rdMolDescriptors import CalcMolFormula

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))
from common import key, registry_smiles  # noqa: E402

CLASS_FILE = ROOT / "registry/classes/cn-synthetic-cannabinoids.yaml"


def main():
    from py2opsin import py2opsin

    with open(HERE / "cn_cannabinoid_class_examples.csv") as fh:
        rows = list(csv.DictReader(fh))
    names = [r["printed_name"] for r in rows]
    parsed = dict(zip(names, py2opsin(names), strict=False))
    failures = 0
    for r in rows:
        opsin = parsed.get(r["printed_name"], "")
        same = bool(opsin) and key(opsin) == key(r["drawn_smiles"])
        reg = None
        if r["registry_ref"]:
            reg = key(registry_smiles(r["registry_ref"]))[:14] == key(r["drawn_smiles"])[:14]
        failures += (not same) or reg is False
        print(f"{r['group']:11} {r['name'][:40]:40} opsin==drawn={same!s:5} registry={reg!s:5} "
              f"{CalcMolFormula(Chem.MolFromSmiles(r['drawn_smiles']))}")

    if not CLASS_FILE.exists():
        print("failures:", failures)
        return failures
    from scheduling.chem.classes import CompiledClass
    from scheduling.models import ClassListing

    with open(CLASS_FILE) as fh:
        data = yaml.safe_load(fh)
    compiled = CompiledClass(ClassListing.model_validate(data).definition)
    by_name = {r["name"]: r for r in rows}
    label = {"members": "member", "non_members": "not_member", "ambiguous": "ambiguous"}
    seen = set()
    for group in ("members", "non_members", "ambiguous"):
        for ex in data["definition"]["examples"].get(group, []):
            v = compiled.evaluate(Chem.MolFromSmiles(ex["smiles"]))
            got = sorted(h.clause for h in v.clauses)
            good = v.verdict == label[group] and (group != "members" or got == sorted(ex["clauses"]))
            row = by_name.get(ex["name"])
            same_as_csv = (row is not None and row["group"] == group and key(row["drawn_smiles"]) == key(ex["smiles"])
                           and (group != "members" or sorted(row["clauses"].split(";")) == sorted(ex["clauses"])))
            seen.add(ex["name"])
            failures += (not good) or (not same_as_csv)
            print(f"{group:11} {ex['name'][:40]:40} -> {v.verdict:10} {got} ok={good} csv={same_as_csv} "
                  f"{v.reason[:100]}")
    missing = [r["name"] for r in rows if r["name"] not in seen]
    if missing:
        print("CSV rows not in the YAML:", missing)
        failures += len(missing)
    print("failures:", failures)
    return failures


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
