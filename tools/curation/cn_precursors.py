"""Re-derive and check the structures of registry/CN/precursors.yaml (list cn-precursors).

Run from the repository root:  python3 tools/curation/cn_precursors.py [--emit]

For every entry with a structure:
  * derived_by: opsin -> OPSIN on `derived_from` must give the same InChIKey as the SMILES;
  * derived_by: drawn from an English name the curator wrote (the list prints only the Chinese name; `derived_from`
    says "written by the curator in English as '...' and converted with OPSIN") -> OPSIN on that name, likewise;
  * every second-source check in tools/curation/cn_precursors_checks.json (a name parsed with
    OPSIN, a SMILES given as "SMILES:..." or a record's InChIKey given as "INCHIKEY:...") must give the same InChIKey ("full") or the same
    first InChIKey block ("connectivity");
  * ergotamine / ergometrine: their ergoline part must match OPSIN's "lysergic acid" with stereo;
  * potassium permanganate: the parent SMILES must have the Mn and O count of KMnO4.
--emit prints, as JSON, the `checked_against` text each passing check supports.
Needs py2opsin (Java) and RDKit; no network. Exits 1 on any mismatch.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml
from py2opsin import py2opsin
from rdkit import Chem
from rdkit.Chem.rdMolDescriptors import CalcMolFormula

ROOT = Path(__file__).resolve().parents[2]
LIST_FILE = ROOT / "registry" / "CN" / "precursors.yaml"
CHECKS_FILE = Path(__file__).with_name("cn_precursors_checks.json")
CURATOR_NAME = re.compile(r"written by the curator in English as '(.+)' and converted with OPSIN")


def key(smiles: str) -> str:
    mol = Chem.MolFromSmiles(smiles)
    if mol is None:
        raise ValueError(f"unparsable SMILES {smiles!r}")
    return Chem.MolToInchiKey(mol)


def opsin_input(structure: dict) -> str | None:
    """The name OPSIN converted: a printed one (derived_by opsin) or the curator's English one (drawn)."""
    if structure["derived_by"] == "opsin":
        return structure["derived_from"]
    found = CURATOR_NAME.search(structure["derived_from"])
    return found.group(1) if found else None


def main() -> int:
    data = yaml.safe_load(LIST_FILE.read_text(encoding="utf-8"))
    checks = json.loads(CHECKS_FILE.read_text(encoding="utf-8"))
    entries = [e for e in data["entries"] if e.get("structure")]

    # one OPSIN call for every name we need (it starts Java once)
    names = set()
    for e in entries:
        if name := opsin_input(e["structure"]):
            names.add(name)
        for _src, name, how in checks["checks"].get(e["id"], []):
            if how != "skip" and not name.startswith(("SMILES:", "INCHIKEY:")):
                names.add(name)
    names.add("lysergic acid")
    names = sorted(names)
    parsed = dict(zip(names, py2opsin(names), strict=False))

    failures = 0
    emitted: dict[str, list[str]] = {}
    for e in entries:
        st = e["structure"]
        own = key(st["smiles"])
        name = opsin_input(st)
        if name:
            got = parsed.get(name) or ""
            ok = bool(got) and key(got) == own
            print(f"{e['id']}: OPSIN re-derivation of {name!r}: {'ok' if ok else 'MISMATCH'}")
            failures += not ok
        for src, name, how in checks["checks"].get(e["id"], []):
            if how == "skip":
                continue
            if name.startswith("INCHIKEY:"):
                other = other_key = name[len("INCHIKEY:"):]
            else:
                other = name[len("SMILES:"):] if name.startswith("SMILES:") else parsed.get(name) or ""
                if not other:
                    print(f"{e['id']}: {src} {name!r}: OPSIN could not parse")
                    failures += 1
                    continue
                other_key = key(other)
            ok = other_key == own if how == "full" else other_key[:14] == own[:14]
            print(f"{e['id']}: {src} {name!r} ({how}): {'ok' if ok else 'MISMATCH'}")
            failures += not ok
            if ok:
                what = (
                    "same InChIKey"
                    if how == "full"
                    else "same InChIKey first block (connectivity; stereo not compared)"
                )
                if name.startswith("INCHIKEY:"):
                    shown = f"InChIKey {other}"
                elif name.startswith("SMILES:"):
                    shown = f"SMILES {other}"
                else:
                    shown = f"name {name!r} parsed with OPSIN"
                emitted.setdefault(e["id"], []).append(f"{checks['sources'][src]}: {shown}, {what}")

    # ergoline part of the ergot alkaloids against OPSIN's own 'lysergic acid'
    acid = Chem.MolFromSmiles(parsed["lysergic acid"])
    core = Chem.RWMol(acid)
    hydroxyl = [a.GetIdx() for a in core.GetAtoms()
                if a.GetSymbol() == "O" and a.GetTotalNumHs() == 1]
    for idx in sorted(hydroxyl, reverse=True):
        core.RemoveAtom(idx)
    core = core.GetMol()
    for e in entries:
        if e["id"] in ("ergotamine", "ergometrine"):
            mol = Chem.MolFromSmiles(e["structure"]["smiles"])
            ok = mol.HasSubstructMatch(core, useChirality=True)
            print(
                f"{e['id']}: ergoline part equals OPSIN 'lysergic acid' with stereo: "
                f"{'ok' if ok else 'MISMATCH'}"
            )
            failures += not ok
            if ok:
                emitted.setdefault(e["id"], []).append(
                    "partial: the lysergoyl part (atoms and stereocentres) matches OPSIN's dictionary structure "
                    "of 'lysergic acid' (substructure with chirality)")
        if e["id"] == "potassium-permanganate":
            formula = CalcMolFormula(Chem.MolFromSmiles(e["structure"]["smiles"]))
            ok = formula == "HMnO4"
            print(f"{e['id']}: parent formula {formula}: {'ok' if ok else 'MISMATCH'}")
            failures += not ok
            if ok:
                emitted.setdefault(e["id"], []).append(
                    "formula: parent HMnO4 has the MnO4 of the printed substance KMnO4"
                )

    if "--emit" in sys.argv:
        print("EMIT " + json.dumps(emitted, ensure_ascii=False))
    print(f"{failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
