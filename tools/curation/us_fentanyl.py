"""Derive and check structures for registry/US/{schedule-i,schedule-ii,list-i}.yaml (fentanyl family).

Input: us_fentanyl_names.csv (one row per entry: how the structure is derived, the printed name
parsed or drawn from, an optional second printed name to check against) and
us_fentanyl_reference_smiles.txt (independent SMILES set). No network needed.
Output: us_fentanyl_structures.json (id -> smiles, inchikey, checks).
"""
import csv
import json
import pathlib

from py2opsin import py2opsin
from rdkit import Chem
from rdkit.Chem import rdMolDescriptors

HERE = pathlib.Path(__file__).parent
with open(HERE / "us_fentanyl_names.csv") as fh:
    rows = list(csv.DictReader(fh))
with open(HERE / "us_fentanyl_reference_smiles.txt") as fh:
    ref = [line.strip() for line in fh if line.strip() and not line.startswith("#")]
ref_keys = {Chem.MolToInchiKey(Chem.MolFromSmiles(s)) for s in ref}

to_parse = [r["name_parsed"] for r in rows if r["method"] == "opsin"] + [
    r["check_name"] for r in rows if r["check_name"]
]
parsed = dict(zip(to_parse, py2opsin(to_parse), strict=False))

def key(smi):
    m = Chem.MolFromSmiles(smi)
    return Chem.MolToInchiKey(m) if m else None

out = {}
for r in rows:
    smi = parsed[r["name_parsed"]] if r["method"] == "opsin" else r["smiles_drawn"]
    assert smi, r["id"]
    mol = Chem.MolFromSmiles(smi)
    can = Chem.MolToSmiles(mol)
    k = key(can)
    checks = {}
    if r["check_name"]:
        ck = key(parsed[r["check_name"]]) if parsed.get(r["check_name"]) else None
        checks["second_name"] = {"name": r["check_name"], "source": r["check_source"], "same_inchikey": ck == k}
    checks["in_reference_set"] = k in ref_keys
    out[r["id"]] = {"file": r["file"], "method": r["method"], "derived_from": r["name_parsed"],
                    "smiles": can, "inchikey": k, "checks": checks,
                    "formula": rdMolDescriptors.CalcMolFormula(mol)}
with open(HERE / "us_fentanyl_structures.json", "w") as fh:
    json.dump(out, fh, indent=1, ensure_ascii=False)
for i, v in out.items():
    print(i, v["smiles"], v["checks"])
