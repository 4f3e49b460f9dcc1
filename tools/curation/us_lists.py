"""Write registry/US/list-i.yaml and registry/US/list-ii.yaml (21 CFR 1310.02 (a) and (b)).

Inputs (no network needed):
  tools/curation/us_lists_input.json            sources, coverage notes and the 45 items read in the eCFR copy
                                                 (item text, item number, DEA chemical code, structure recipe)
  tools/curation/us_lists_fentanyl_entries.json the six fentanyl-precursor entries and their sources, copied
                                                 verbatim from the list-i.yaml that us_fentanyl_yaml_gen.py wrote
                                                 (kept unchanged apart from the DEA code and note of three of them)

Structures: the printed name is parsed with OPSIN where it can be; otherwise a SMILES is drawn by hand (stereo
centres of drawn structures are checked against the intended CIP labels). Each structure is then compared by
InChIKey with independent data: other names printed in the same listing, and structures of the CN and UN
registry files that were derived from a different name string (or given for an `uncertain` item there), and the
independent data (InChIKeys, second printed names, formulas, with URLs) recorded per entry id in
tools/curation/us_checks_external.json (compared by us_schedules.ext_checks, the same rule as for the schedules).

Run: python3 tools/curation/us_lists.py   (needs rdkit, py2opsin and Java)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml
from py2opsin import py2opsin
from rdkit import Chem
from rdkit.Chem.rdMolDescriptors import CalcMolFormula

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "tools" / "curation"
sys.path.insert(0, str(HERE))
from common import (  # noqa: E402
    cite_later_copy,
    ecfr2026_item,
    ecfr2026_text,
    move_unprinted_synonyms,
    with_dates,
)
from us_schedules import ext_checks  # noqa: E402  (independent data of us_checks_external.json, by entry id)

DEA = ["Drug Enforcement Administration, Department of Justice"]
NO_STEREO = "UHFFFAOYSA"  # InChIKey second block of a structure without stereo layers
INTRO = (
    "The following chemicals have been specifically designated by the Administrator of the Drug Enforcement "
    "Administration as the listed chemicals subject to the provisions of this part and parts 1309 and 1313 of this "
    "chapter. Each chemical has been assigned the DEA Chemical Code Number set forth opposite it."
)


def mol(smiles):
    m = Chem.MolFromSmiles(smiles)
    assert m is not None, smiles
    return m


def key(smiles):
    return Chem.MolToInchiKey(mol(smiles))


def canon(smiles):
    return Chem.MolToSmiles(mol(smiles))


# ---- independent structures in other jurisdictions' files ------------------------------------------------------

def other_structures():
    """(label, name string, smiles) for CN and UN structures usable as a second source."""
    found = []
    for path in sorted((ROOT / "registry").glob("[A-Z][A-Z]/*.yaml")):
        juris = path.parent.name
        if juris not in ("CN", "UN"):
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        rel = path.relative_to(ROOT).as_posix()
        for e in data.get("entries") or []:
            s = e.get("structure")
            # only what OPSIN parsed from that list's own printed name is a second source: a drawing (or a curator's
            # SMILES for an uncertain item) is another reading, a copy repeats its origin
            if not s or s.get("derived_by") != "opsin":
                continue
            found.append((f"SMILES of entry '{e['id']}' in {rel}, derived by OPSIN from the name its "
                          f"derived_from gives ({s['derived_from']})", s["derived_from"].strip().lower(), s["smiles"]))
    return found


def cross_checks(smiles, parsed_names, stereo_scope, others):
    own = key(smiles)
    own_names = {n.strip().lower() for n in parsed_names}
    full, first_block = [], []
    for label, their_name, their_smiles in others:
        if their_name is not None and their_name in own_names:
            continue  # the same name string parsed again is not an independent check
        theirs = key(their_smiles)
        if theirs == own:
            full.append(f"second source: {label}; same InChIKey {own}")
        elif stereo_scope and theirs[:14] == own[:14] and NO_STEREO in (theirs[15:25], own[15:25]):
            which = ("that structure has no stereo, ours has the configuration the name denotes"
                     if theirs[15:25] == NO_STEREO else
                     "ours is drawn without stereo, that structure has a configuration")  # say which side (audit ad)
            first_block.append(
                f"second source: {label}; same InChIKey first block {own[:14]} (stereo-insensitive comparison: "
                f"{which}, and the listing covers optical isomers)")
    return full or first_block


# ---- build ---------------------------------------------------------------------------------------------------

def main():
    inp = json.loads((HERE / "us_lists_input.json").read_text(encoding="utf-8"))
    fent = json.loads((HERE / "us_lists_fentanyl_entries.json").read_text(encoding="utf-8"))
    anchor = inp["anchor"]
    items = inp["items"]

    # every OPSIN name, parsed in one batch (OPSIN runs Java)
    names = {"lysergic acid"}
    for it in items:
        s = it.get("structure") or {}
        if s.get("method") in ("opsin", "drawn_opsin"):
            names.add(s["name"])
        names.update(s.get("check_names", []))
    names = sorted(names)
    parsed = dict(zip(names, py2opsin(names), strict=True))
    for n, smi in parsed.items():
        assert smi, f"OPSIN could not parse {n!r}"

    others = other_structures()
    smiles_by_id = {}
    entries = {"I": [], "II": []}
    report = []
    for it in items:
        entry = {"id": it["id"], "name": it["name"], "name_en": it["name"]}
        if it.get("synonyms"):
            entry["synonyms"] = it["synonyms"]
        if it.get("chemical_name"):
            entry["chemical_name"] = entry["chemical_name_en"] = it["chemical_name"]
        if it.get("cas"):
            entry["cas"] = it["cas"]
        entry["code"] = it["code"]
        sc = dict(it.get("scope") or {})
        stereo_scope = bool(sc.get("stereoisomers"))
        if "non_structural" in it:
            entry["non_structural"] = it["non_structural"]
        else:
            s = it["structure"]
            method = s["method"]
            if method == "opsin":
                smiles, derived_by, derived_from = parsed[s["name"]], "opsin", s["name"]
            elif method == "drawn_opsin":
                smiles, derived_by, derived_from = parsed[s["name"]], "drawn", s["from"]
            elif method == "drawn":
                smiles, derived_by, derived_from = s["smiles"], "drawn", s["from"]
            elif method == "drawn_lysergamide":
                acid = canon(parsed["lysergic acid"])
                assert acid.count("C(=O)O)") == 1, acid
                smiles = acid.replace("C(=O)O)", "C(=O)" + s["amine_smiles"] + ")")
                derived_by, derived_from = "drawn", s["from"]
            elif method == "drawn_ergocristine":
                base = smiles_by_id["ergotamine"]
                frag = "N[C@]2(C)O[C@@]3"
                assert base.count(frag) == 1, base
                smiles = base.replace(frag, "N[C@]2(C(C)C)O[C@@]3")
                derived_by, derived_from = "drawn", s["from"]
            else:
                raise ValueError(method)
            smiles = canon(smiles)
            smiles_by_id[it["id"]] = smiles
            m = mol(smiles)
            if "cip" in s:  # drawn stereo: C1 = carbinol carbon (bears O and phenyl), C2 = the carbon bearing N
                Chem.AssignStereochemistry(m, cleanIt=True, force=True)
                labels = {}
                for atom in m.GetAtoms():
                    if atom.HasProp("_CIPCode"):
                        nbrs = {n.GetSymbol() for n in atom.GetNeighbors()}
                        labels["C1" if "O" in nbrs else "C2"] = atom.GetProp("_CIPCode")
                assert labels == s["cip"], (it["id"], labels, s["cip"])
            checks = []
            for alt in s.get("check_names", []):
                if key(parsed[alt]) == key(smiles):
                    checks.append(f"second printed name in the same listing ('{alt}') parsed by OPSIN: same InChIKey")
                else:
                    raise AssertionError(f"{it['id']}: second name {alt!r} gives another structure")
            own_names = [s.get("name", "")] + s.get("check_names", []) if method in ("opsin", "drawn_opsin") else []
            if method == "drawn":
                own_names = []
            checks += cross_checks(smiles, [n for n in own_names if n], stereo_scope, others)
            more, partial = ext_checks(it["id"], smiles)
            checks += more
            struct = {"smiles": smiles, "derived_by": derived_by, "derived_from": derived_from}
            if checks:
                struct["checked_against"] = checks
            else:
                struct["unchecked_reason"] = s.get("unchecked_reason") or (
                    f"no independent structure source {'that confirms this structure ' if partial else ''}was found: "
                    "only one printed name was read, and no CN or UN registry entry derived from another name has "
                    f"this structure (formula {CalcMolFormula(m)})"
                    + ("; data that name the substance but confirm only the constitution: " + "; ".join(partial)
                       if partial else ""))
            entry["structure"] = struct
            report.append((it["id"], smiles, CalcMolFormula(m), len(checks)))
        sc.setdefault("text", it["printed"])
        sc.setdefault("text_en", it["printed"])
        entry["scope"] = sc
        lst = it.get("listing")
        if lst:
            listing = {"effective_from": lst["from"], "sources": lst["sources"], "item_number": it["item"]}
            if lst.get("earlier"):
                listing["started_earlier"] = True
            if lst.get("note"):
                listing["note"] = lst["note"]
        else:
            listing = {"effective_from": anchor, "sources": ["ecfr-1310-02-2021"], "started_earlier": True,
                       "item_number": it["item"]}
        entry["listings"] = [listing]
        if it.get("note"):
            entry["note"] = it["note"]
        entries[it["list"]].append(entry)

    # ---- List I: the copy's items in printed order, with the fentanyl entries kept as they were ------------
    fent_entries = {e["id"]: e for e in fent["entries"]}
    for eid, add in inp["fentanyl_additions"].items():
        e = fent_entries[eid]
        rebuilt = {}
        for k, v in e.items():
            rebuilt[k] = v
            if k == "chemical_name_en":
                rebuilt["code"] = add["code"]
        rebuilt["note"] = add["note"]
        fent_entries[eid] = rebuilt
    for eid, e in fent_entries.items():  # these structures can now be checked against the UN/CN files
        st = e["structure"]
        stereo = bool((e.get("scope") or {}).get("stereoisomers"))
        checks = cross_checks(st["smiles"], [st["derived_from"]], stereo, others)
        more = ext_checks(eid, st["smiles"])[0]  # independent data of us_checks_external.json
        if st.get("checked_against"):
            if more:
                e["structure"] = st | {"checked_against": list(st["checked_against"]) + more}
        elif checks or more:
            e["structure"] = {k: v for k, v in st.items() if k != "unchecked_reason"} | {"checked_against": checks + more}
        checks = checks + more
        report.append((eid, st["smiles"], CalcMolFormula(mol(st["smiles"])), len(checks)))
    by_item = {e["listings"][0]["item_number"]: e for e in entries["I"]}
    order = []
    for n in range(1, 38):
        num = f"(a)({n})"
        if num in by_item:
            order.append(by_item[num])
        else:
            order.append(fent_entries.pop({"(a)(29)": "npp", "(a)(32)": "benzylfentanyl",
                                           "(a)(33)": "4-anilinopiperidine"}[num]))
    order += [fent_entries.pop(i) for i in ("1-boc-4-ap", "4-piperidone", "1-boc-4-piperidone")]
    order += [by_item[f"(a)({n})"] for n in range(38, 60) if f"(a)({n})" in by_item]
    assert not fent_entries
    # DEA chemical code numbers first read in the eCFR text of 2026-04-22 (source ecfr-1310-02-2026)
    for e in order:
        c26 = inp["codes_2026"].get(e["id"])
        if c26 and not e.get("code"):
            rebuilt = {}
            for k, v in e.items():
                if k == "structure":
                    rebuilt["code"] = c26
                rebuilt[k] = v
            if rebuilt.get("note"):
                rebuilt["note"] = rebuilt["note"].replace(
                    "DEA chemical code not sourced.", "DEA chemical code as printed in the eCFR text of 2026-04-22.")
            e.clear()
            e.update(rebuilt)
    # every open listing is also shown by the 2026-04-22 text
    for e in order + entries["II"]:
        last = e["listings"][-1]
        if "effective_until" not in last and "ecfr-1310-02-2026" not in last["sources"]:
            cite_later_copy(last, "ecfr-1310-02-2026", "2026-04-22", ecfr2026_item("1310.02", e, last.get("item_number")))

    sources_i = {**inp["sources"], **fent["sources"]}
    sources_ii = {k: v for k, v in inp["sources"].items()
                  if k in ("ecfr-1310-02-2021", "dea-list-chemicals-table", "ecfr-1310-02-2026")}
    common_note = (
        "List I and List II have no general isomer or salt rule: each listing covers exactly the forms it names "
        "(entry scope, with the printed item text in scope.text). Item numbers are those printed in the copy "
        "ecfr-1310-02-2021 (the list was renumbered when items were added), or in ecfr-1310-02-2026 for items added "
        "later. DEA chemical code numbers are as printed there. Thresholds (21 CFR 1310.04) and the exemption of chemical mixtures (21 CFR 1310.12) are not encoded."
    )
    list_i = {
        "id": "us-list-i", "jurisdiction": "US", "title": "List I chemicals",
        "title_en": "List I chemicals (21 CFR 1310.02(a))", "kind": "precursor",
        "legal_basis": "Controlled Substances Act, 21 U.S.C. 802(34); 21 CFR 1310.02(a)",
        "coverage": {"from": inp["list_i"]["coverage_from"], "complete": False, "note": inp["list_i"]["coverage_note"]},
        "scope": {"salts": False, "stereoisomers": False, "other_isomers": False, "esters": False, "ethers": False,
                  "preparations": False, "exceptions": [], "text": INTRO, "text_en": INTRO},
        "sources": sources_i, "entries": order, "note": common_note,
    }
    intro_ii = INTRO + " (b) List II chemicals:"
    list_ii = {
        "id": "us-list-ii", "jurisdiction": "US", "title": "List II chemicals",
        "title_en": "List II chemicals (21 CFR 1310.02(b))", "kind": "precursor",
        "legal_basis": "Controlled Substances Act, 21 U.S.C. 802(35); 21 CFR 1310.02(b)",
        "coverage": {"from": inp["list_ii"]["coverage_from"], "complete": False,
                     "note": inp["list_ii"]["coverage_note"]},
        "scope": {"salts": False, "stereoisomers": False, "other_isomers": False, "esters": False, "ethers": False,
                  "preparations": False, "exceptions": [], "text": intro_ii, "text_en": intro_ii},
        "sources": sources_ii, "entries": entries["II"], "note": common_note,
    }
    header = ("# Generated by tools/curation/us_lists.py from tools/curation/us_lists_input.json{}. Do not edit by "
              "hand:\n# change the inputs and rerun the script.\n")
    for name, data, extra in (("list-i.yaml", list_i, " and tools/curation/us_lists_fentanyl_entries.json"),
                              ("list-ii.yaml", list_ii, "")):
        for e in data["entries"]:
            move_unprinted_synonyms(e, ecfr2026_text("1310.02"))
        text = header.format(extra) + yaml.safe_dump(with_dates(data), sort_keys=False, allow_unicode=True, width=120)
        (ROOT / "registry" / "US" / name).write_text(text, encoding="utf-8")
    for row in report:
        print(*row, sep="\t")
    print(f"List I: {len(order)} entries; List II: {len(entries['II'])} entries")


if __name__ == "__main__":
    main()
