"""Derive and check structures for registry/CN/nps-supplementary.yaml (list cn-nps-supplementary).

Inputs (saved beside this script, no network needed):
  cn_nps_supplementary_input.csv  one row per individually listed item (232), taken from the
      research notes' china_substances.csv (rows list=nps_supplementary_list, class rows dropped).
      Columns: batch (effective date), item (number within its batch), item_2025 (number in the
      2025 non-medical catalogue, which keeps the supplementary-list order), names, CAS, printed
      English chemical name.
  cn_nps_s1_smiles.txt  second source: the SMILES of the 2025 non-medical catalogue items in
      catalogue order, transcribed from GitHub Benzyl-titanium/Structural-formula
      assets/smiles.txt @ b38de359a5e19b266a2386e29876f30a2609d051 (the non-medical block, 230
      lines). That file repeats 5F-AB-PINACA (lines 27 and 28), has no line for ADB-PINACA
      (item 39) nor for kratom (item 214, a plant); `second_line()` maps items to lines.

Output: cn_nps_supplementary_structures.json: per item the OPSIN SMILES, the name parsed,
the second-source SMILES and the comparison result.

Run:  python3 tools/curation/cn_nps_supplementary.py
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

from py2opsin import py2opsin
from rdkit import Chem, RDLogger
from rdkit.Chem import rdMolDescriptors  # noqa: F401

RDLogger.DisableLog("rdApp.*")
HERE = Path(__file__).parent

# Printed names that OPSIN cannot read as printed, with the minimal correction applied.
# key: item_2025 (or "etizolam"); value: (name parsed, why)
NAME_FIXES = {
    "11": ("4-Propylthio-2,5-dimethoxyphenethylamine",
           "printed 'dimethox-phenethylamine' (typo) read as 'dimethoxyphenethylamine'"),
    "etizolam": ("4-(2-Chlorophenyl)-2-ethyl-9-methyl-6H-thieno[3,2-f][1,2,4]triazolo[4,3-a][1,4]diazepine",
                 "2021 batch table prints this chemical name (S1 transcription has OCR 'l' for '1' in "
                 "'[l,2,4]' and '[l,4]'; read as digits); the 2025 catalogue row for etizolam was not used"),
    # ABP-700, 2,6-diCl-3F-etomidate etc. parse as printed.
}
# Printed names that parse but omit the attachment locant; OPSIN's choice is checked below.
NON_STRUCTURAL = {"214"}  # kratom, Mitragyna speciosa (a plant)

# second source for etizolam (2025 medical psychotropic catalogue block of the same smiles.txt)
ETIZOLAM_S1 = "CCC1=CC2=C(S1)N1C(C)=NN=C1CN=C2C1=C(Cl)C=CC=C1"


def second_line(n: int) -> int | None:
    """1-based line of cn_nps_s1_smiles.txt holding 2025 non-medical catalogue item n."""
    if n <= 27 or 40 <= n <= 213:
        return n
    if 28 <= n <= 38:
        return n + 1
    if n == 39 or n == 214:
        return None
    return n - 1


def graph(smiles: str) -> str | None:
    """Heavy-atom connectivity only (element + bonds, no bond orders, charges or H)."""
    mol = Chem.MolFromSmiles(smiles, sanitize=False)
    if mol is None:
        return None
    rw = Chem.RWMol()
    for a in mol.GetAtoms():
        rw.AddAtom(Chem.Atom(a.GetAtomicNum()))
    for b in mol.GetBonds():
        rw.AddBond(b.GetBeginAtomIdx(), b.GetEndAtomIdx(), Chem.BondType.SINGLE)
    m = rw.GetMol()
    m.UpdatePropertyCache(strict=False)
    return Chem.MolToSmiles(m)


def key(smiles: str) -> str | None:
    mol = Chem.MolFromSmiles(smiles)
    return Chem.MolToInchiKey(mol) if mol is not None else None


def main() -> None:
    with open(HERE / "cn_nps_supplementary_input.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    with open(HERE / "cn_nps_s1_smiles.txt", encoding="utf-8") as fh:
        s1 = [line.strip() for line in fh if line.strip()]
    assert len(rows) == 232, len(rows)
    assert len(s1) == 230, len(s1)

    todo = []
    for r in rows:
        tag = "etizolam" if r["name_en"] == "Etizolam" else r["item_2025"]
        if r["item_2025"] in NON_STRUCTURAL and r["name_en"] != "Etizolam":
            continue
        name, why = NAME_FIXES.get(tag, (r["chemical_name_en"], None))
        todo.append((r, tag, name, why))
    smiles = py2opsin([t[2] for t in todo])

    out = {}
    for (r, tag, name, why), smi in zip(todo, smiles, strict=False):
        rec = {"name_en": r["name_en"], "parsed": name, "fix": why, "opsin": smi}
        if tag == "etizolam":
            second = ETIZOLAM_S1
            rec["second_where"] = "medical psychotropic block (2025 catalogue)"
        else:
            n = int(r["item_2025"])
            line = second_line(n)
            second = s1[line - 1] if line else None
            rec["second_where"] = f"non-medical catalogue item {n}, line {line}"
        rec["second"] = second
        k1 = key(smi) if smi else None
        k2 = key(second) if second else None
        rec["key_opsin"], rec["key_second"] = k1, k2
        if second is None:
            rec["check"] = "none"
        elif k1 and k2 and k1 == k2:
            rec["check"] = "full"
        elif k1 and k2 and k1.split("-")[0] == k2.split("-")[0]:
            rec["check"] = "skeleton"
        elif smi and graph(smi) == graph(second):
            rec["check"] = "graph"
        else:
            rec["check"] = "mismatch"
        rec["formula"] = Chem.rdMolDescriptors.CalcMolFormula(Chem.MolFromSmiles(smi)) if smi else None
        out[r["batch"] + "#" + r["item"]] = rec
    (HERE / "cn_nps_supplementary_structures.json").write_text(
        json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    from collections import Counter
    print(Counter(v["check"] for v in out.values()))
    for k, v in out.items():
        if v["check"] != "full":
            print(k, v["name_en"], v["check"], v["opsin"], "|", v["second"])


if __name__ == "__main__":
    main()
