"""Structures for the examples of registry/classes/us-fentanyl-related.yaml.

For each example with a printed chemical name: parse it with OPSIN, compare the InChIKey with a SMILES
drawn by hand from the same name (us_fentanyl_related_examples.csv) and look it up in the independent
SMILES set us_fentanyl_reference_smiles.txt (Benzyl-titanium/Structural-formula, China's lists).
Then run the class engine on every example of the YAML file and print the verdicts.
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


def key(smiles):
    mol = Chem.MolFromSmiles(smiles)
    return Chem.MolToInchiKey(mol) if mol else None


def main():
    from py2opsin import py2opsin

    with open(HERE / "us_fentanyl_related_examples.csv") as fh:
        rows = list(csv.DictReader(fh))
    names = [r["printed_name"] for r in rows if r["printed_name"]]
    parsed = dict(zip(names, py2opsin(names), strict=False))
    with open(HERE / "us_fentanyl_reference_smiles.txt") as fh:
        ref = {key(line.strip()) for line in fh if line.strip() and not line.startswith("#")}
    for r in rows:
        drawn = r["drawn_smiles"]
        opsin = parsed.get(r["printed_name"], "") if r["printed_name"] else ""
        same = bool(opsin) and key(opsin) == key(drawn)
        print(f"{r['group']:10} {r['name'][:34]:34} opsin={'ok' if opsin else '--'} "
              f"drawn==opsin={same} formula={CalcMolFormula(Chem.MolFromSmiles(drawn))} "
              f"in_reference_set={key(drawn) in ref}")

    from scheduling.chem.classes import CompiledClass
    from scheduling.models import ClassListing

    with open(ROOT / "registry/classes/us-fentanyl-related.yaml") as fh:
        data = yaml.safe_load(fh)
    compiled = CompiledClass(ClassListing.model_validate(data).definition)
    for group in ("members", "non_members", "ambiguous"):
        for ex in data["definition"]["examples"].get(group, []):
            v = compiled.evaluate(Chem.MolFromSmiles(ex["smiles"]))
            print(f"{group:11} {ex['name'][:40]:40} -> {v.verdict:10} {[h.clause for h in v.clauses]} "
                  f"expected {ex.get('clauses', [])} {v.reason[:100]}")


if __name__ == "__main__":
    main()
