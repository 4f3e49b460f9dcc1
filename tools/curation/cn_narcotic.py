"""Derive and check the structures of registry/CN/narcotic.yaml (China, 麻醉药品品种目录 2013 + 2023 additions).

Inputs (all in this folder, no network needed):
  cn_narcotic_items.tsv      one row per catalogue item: item number, entry id, printed names, CAS as printed
                             in the 2013 list (reprint), the name parsed and how it was chosen (`mode`):
                               printed       - the English name printed in the 2013 list, parsed by OPSIN
                               cat2025       - the English chemical name printed for the same item in the 2025
                                               non-medical catalogue, parsed by OPSIN
                               curator       - a systematic name written by the curator from the INN, parsed by
                                               OPSIN (recorded as derived_by: drawn)
                               nostereo      - as curator, stereodescriptors then removed (racemates / unknown
                                               configuration; recorded as derived_by: drawn)
                               nonstructural - no single structure
  cn_narcotic_s1_smiles.json SMILES of the second source (Benzyl-titanium/Structural-formula, 2025 catalogues)
Output: cn_narcotic_structures.json  {id: {smiles, inchikey, derived_by, derived_from, check: ...}}
"""
import csv
import json
import sys
from pathlib import Path

from py2opsin import py2opsin
from rdkit import Chem, RDLogger

RDLogger.DisableLog("rdApp.*")
HERE = Path(__file__).parent


def key(smiles):
    mol = Chem.MolFromSmiles(smiles)
    return Chem.MolToInchiKey(mol) if mol else None


def strip_salt(smiles):
    """Largest fragment (drops counter-ions such as Br- from a quaternary salt)."""
    frags = smiles.split(".")
    return max(frags, key=lambda f: Chem.MolFromSmiles(f).GetNumHeavyAtoms())


def main():
    with open(HERE / "cn_narcotic_items.tsv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    with open(HERE / "cn_narcotic_s1_smiles.json", encoding="utf-8") as fh:
        ref = json.load(fh)
    structural = [r for r in rows if r["mode"] != "nonstructural"]
    parsed = py2opsin([r["name"] for r in structural])
    out = {}
    for r, smi in zip(structural, parsed, strict=False):
        if not smi:
            print("OPSIN FAILED", r["id"], r["name"], file=sys.stderr)
            continue
        mol = Chem.MolFromSmiles(smi)
        if r["mode"] == "nostereo":
            Chem.RemoveStereochemistry(mol)
        smiles = Chem.MolToSmiles(mol)
        ik = Chem.MolToInchiKey(mol)
        check = None
        refname = r["en"] if r["en"] in ref else {"73": "MPPP", "93": "PEPAP"}.get(r["no"])
        if refname and refname in ref:
            label, rsmi = ref[refname]
            rk = key(strip_salt(rsmi))
            if rk == ik:
                check = ["full", label]
            elif rk and rk[:14] == ik[:14]:
                check = ["skeleton", label]
            else:
                check = ["MISMATCH", label, rk]
        out[r["id"]] = {
            "smiles": smiles,
            "inchikey": ik,
            "derived_by": "opsin" if r["mode"] in ("printed", "cat2025") else "drawn",
            "mode": r["mode"],
            "derived_from": r["name"],
            "check": check,
        }
    with open(HERE / "cn_narcotic_structures.json", "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    for i, v in out.items():
        if not v["check"] or v["check"][0] != "full":
            print(i, v["check"], v["smiles"])


if __name__ == "__main__":
    main()
