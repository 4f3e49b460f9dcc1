"""Structures for the examples of registry/classes/cn-nitazene-related.yaml, and a run of the class engine.

Input: cn_nitazene_class_examples.csv (one row per example: the chemical name parsed, where the name comes
from, a SMILES drawn by hand from the same name, an optional registry entry with an independently checked
structure, and the clause ids expected for members).

For each row: parse the name with OPSIN, compare the InChIKey with the drawn SMILES and, where given, with
the structure of the registry entry (itself checked against Benzyl-titanium/Structural-formula). Then
check the parent etonitazene against OPSIN on the parent name printed in the 2025 announcement, evaluate
every example of the YAML file with the class engine and compare with its label.
No network needed (OPSIN runs locally through py2opsin).
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

PARENT_NAME = "2-[2-(4-ethoxybenzyl)-5-nitro-1H-benzimidazol-1-yl]-N,N-diethylethan-1-amine"


def main():
    from py2opsin import py2opsin

    with open(HERE / "cn_nitazene_class_examples.csv") as fh:
        rows = list(csv.DictReader(fh))
    names = [PARENT_NAME] + [r["printed_name"] for r in rows]
    parsed = dict(zip(names, py2opsin(names), strict=False))
    failures = 0
    with open(ROOT / "registry/classes/cn-nitazene-related.yaml") as fh:
        data = yaml.safe_load(fh)
    parent = data["definition"]["parent"]["smiles"]
    ok = key(parsed[PARENT_NAME]) == key(parent) == key(registry_smiles("CN/narcotic.yaml:etonitazene"))
    print(f"parent etonitazene: opsin == yaml == registry cn-narcotic: {ok}")
    failures += not ok
    for r in rows:
        opsin = parsed.get(r["printed_name"], "")
        same = bool(opsin) and key(opsin) == key(r["drawn_smiles"])
        reg = key(registry_smiles(r["registry_ref"])) == key(r["drawn_smiles"]) if r["registry_ref"] else None
        failures += (not same) or reg is False
        print(f"{r['group']:10} {r['name'][:44]:44} opsin==drawn={same!s:5} registry={reg!s:5} "
              f"{CalcMolFormula(Chem.MolFromSmiles(r['drawn_smiles']))}")

    from scheduling.chem.classes import CompiledClass
    from scheduling.models import ClassListing

    compiled = CompiledClass(ClassListing.model_validate(data).definition)
    by_name = {r["name"]: r for r in rows}
    label = {"members": "member", "non_members": "not_member", "ambiguous": "ambiguous"}
    for group in ("members", "non_members", "ambiguous"):
        for ex in data["definition"]["examples"].get(group, []):
            v = compiled.evaluate(Chem.MolFromSmiles(ex["smiles"]))
            got = sorted(h.clause for h in v.clauses)
            good = v.verdict == label[group] and (group != "members" or got == sorted(ex["clauses"]))
            row = by_name.get(ex["name"])
            same_as_csv = row is not None and key(row["drawn_smiles"]) == key(ex["smiles"])
            failures += (not good) or (not same_as_csv)
            print(f"{group:11} {ex['name'][:44]:44} -> {v.verdict:10} {got} ok={good} csv={same_as_csv} "
                  f"{v.reason[:90]}")
    print("failures:", failures)
    return failures


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
