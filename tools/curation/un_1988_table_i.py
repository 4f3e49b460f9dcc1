"""Derive and check the structures of the 1988 Convention Table I entries added in 2025 curation
(registry/UN/1988-table-i.yaml: APAAN, APAA, the 3,4-MDP-2-P and P-2-P methyl glycidic acid groups, MAPA).

Offline and reproducible: reads un_1988_table_i_inputs.json next to this file. Each structure is
parsed with OPSIN (py2opsin, local Java) from the name recorded in `derived_from`, or, for three
esters whose systematic name is not printed in any source read, built with RDKit as the named
alkyl ester of the acid (derived_by: drawn). Every structure is compared by InChIKey with a
second printed name parsed with OPSIN where one was read, and each ester with the ester built from the
acid. The built ester and a name the curator constructed only show agreement: they come from the same
source, so un_1988_table_i_base.json does not count them as checks (those entries carry an
`unchecked_reason` that names the construction).
The fentanyl precursors (4-AP, 1-boc-4-AP, norfentanyl, ANPP, NPP, 4-piperidone,
1-boc-4-piperidone) stay in tools/curation/un_fentanyl.py.

The YAML files themselves (Tables I and II, with the entries of the Convention's annex) are written by
tools/curation/un_1988_tables.py, which keeps these entries verbatim from un_1988_table_i_base.json.

Prints one line per structure; exits non-zero on any disagreement or parse failure.
Usage: python3 tools/curation/un_1988_table_i.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from py2opsin import py2opsin
from rdkit import Chem
from rdkit.Chem import AllChem
from rdkit.Chem.rdMolDescriptors import CalcMolFormula

HERE = Path(__file__).resolve().parent
ESTERIFY = AllChem.ReactionFromSmarts("[C:1](=[O:2])[OX2H1].[OX2H1:3][C:4]>>[C:1](=[O:2])[O:3][C:4]")


def key(smiles: str) -> str:
    return Chem.MolToInchiKey(Chem.MolFromSmiles(smiles))


def ester(acid_smiles: str, alcohol_smiles: str) -> str:
    products = ESTERIFY.RunReactants((Chem.MolFromSmiles(acid_smiles), Chem.MolFromSmiles(alcohol_smiles)))
    mol = products[0][0]
    Chem.SanitizeMol(mol)
    return Chem.MolToSmiles(mol)


def build(data: dict) -> list[dict]:
    """Return [{id, smiles, derived_by, derived_from, checks: [(label, inchikey)], inchikey, formula}]."""
    names = {data["pmk_acid"], data["p2p_acid"]}
    for e in data["entries"]:
        names.add(e["derive"])
        names.update(c["name"] for c in e["checks"] if "name" in c)
        names.update(c["ester_of"] for c in e["checks"] if "ester_of" in c)
    for group in ("p2p_esters", "pmk_esters"):
        for e in data[group]:
            names.update(n for n in (e.get("vn"), e.get("eu")) if n)
    names = sorted(names)
    parsed = dict(zip(names, py2opsin(names), strict=False))  # py2opsin returns one line per name
    missing = [n for n, s in parsed.items() if not s]
    if missing:
        raise SystemExit(f"OPSIN could not parse: {missing}")
    out = []
    for e in data["entries"]:
        smi = parsed[e["derive"]]
        checks = []
        for c in e["checks"]:
            if "name" in c:
                checks.append((f"name {c['name']!r} ({c['where']})", key(parsed[c["name"]])))
            else:
                checks.append((c["where"], key(ester(parsed[c["ester_of"]], c["alcohol"]))))
        out.append(dict(id=e["id"], smiles=smi, derived_by="opsin", derived_from=e["derive"], checks=checks))
    for group, acid_name, stem in (("p2p_esters", data["p2p_acid"], "p-2-p-methyl-glycidic-acid"),
                                   ("pmk_esters", data["pmk_acid"], "3-4-mdp-2-p-methyl-glycidic-acid")):
        acid = parsed[acid_name]
        for e in data[group]:
            built = ester(acid, e["alcohol"])
            label = f"{e['alkyl']} ester of the acid parsed from {acid_name!r}, built with RDKit"
            if e.get("vn"):
                smi, by, frm = parsed[e["vn"]], "opsin", e["vn"]
                checks = [(label, key(built))]
            else:
                smi, by, frm = built, "drawn", f"{e['alkyl']} ester of {acid_name}"
                checks = []
            if e.get("eu"):
                checks.append((f"name {e['eu']!r} (EU category 1 listing, HPRA)", key(parsed[e["eu"]])))
            out.append(dict(id=f"{stem}-{e['alkyl']}-ester", smiles=smi, derived_by=by, derived_from=frm,
                            checks=checks))
    for o in out:
        o["inchikey"] = key(o["smiles"])
        o["formula"] = CalcMolFormula(Chem.MolFromSmiles(o["smiles"]))
        o["smiles"] = Chem.MolToSmiles(Chem.MolFromSmiles(o["smiles"]))
    return out


def main() -> int:
    data = json.loads((HERE / "un_1988_table_i_inputs.json").read_text(encoding="utf-8"))
    failed = False
    for o in build(data):
        verdicts = ["SAME" if k == o["inchikey"] else f"DIFFERENT {k}" for _, k in o["checks"]]
        failed |= any(v != "SAME" for v in verdicts)
        print(f"{o['id']}: {o['smiles']} {o['formula']} {o['inchikey']} by={o['derived_by']} "
              f"checks={verdicts or ['NONE']}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
