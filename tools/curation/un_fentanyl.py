"""Derive and check the structures of the UN fentanyl-family entries (registry/UN/).

Reproducible, offline: reads un_fentanyl_inputs.json next to this file, parses each printed
name with OPSIN (py2opsin, runs Java locally), parses an independently printed systematic
name the same way, and compares the two by InChIKey (RDKit). Prints one line per entry and
exits non-zero if any pair disagrees or any name fails to parse.

The inputs have two groups: "entries" (encoded in registry/UN/) and "pending" (structures
prepared and checked for substances left out of the registry because the date their listing
took effect is not yet sourced). Both groups are checked; pending lines are marked PENDING.

Usage: python3 tools/curation/un_fentanyl.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from py2opsin import py2opsin
from rdkit import Chem
from rdkit.Chem.rdMolDescriptors import CalcMolFormula

HERE = Path(__file__).resolve().parent


def main() -> int:
    data = json.loads((HERE / "un_fentanyl_inputs.json").read_text(encoding="utf-8"))
    entries = [dict(e, _group="registry") for e in data["entries"]]
    entries += [dict(e, _group="PENDING") for e in data.get("pending", [])]
    names = [e["printed"] for e in entries] + [e["second_source"] for e in entries]
    smiles = py2opsin(names)
    if isinstance(smiles, str):
        smiles = [smiles]
    n = len(entries)
    failed = False
    for i, entry in enumerate(entries):
        printed, check = smiles[i], smiles[n + i]
        if not printed or not check:
            print(f"{entry['id']}: OPSIN could not parse {'printed' if not printed else 'second-source'} name")
            failed = True
            continue
        mol_p, mol_c = Chem.MolFromSmiles(printed), Chem.MolFromSmiles(check)
        key_p, key_c = Chem.MolToInchiKey(mol_p), Chem.MolToInchiKey(mol_c)
        same = key_p == key_c
        failed |= not same
        print(
            f"{entry['_group']} {entry['list']} {entry['id']}: smiles={Chem.MolToSmiles(mol_p)} "
            f"formula={CalcMolFormula(mol_p)} "
            f"inchikey={key_p} second_source={'SAME' if same else 'DIFFERENT ' + key_c}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
