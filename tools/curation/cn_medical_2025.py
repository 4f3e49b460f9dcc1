"""Write the two 2025 medical catalogues of NMPA/MPS/NHC Announcement No. 55 of 2025 (in force common.RESTRUCTURE_2025):

  registry/CN/medical-narcotic.yaml      list cn-medical-narcotic      药用类麻醉药品目录（2025年版）, 32 items
  registry/CN/medical-psychotropic.yaml  list cn-medical-psychotropic  药用类精神药品目录（2025年版）, 18 category I
                                                                        + 78 category II items

Inputs (no network needed):
  cn_medical_2025_catalogue.tsv        every printed item (序号, 中文名, 英文名, CAS号, 备注, the * mark), transcribed
                                        from the overdrive-wiki copy, with the registry id of the same substance
  cn_medical_2025_bt_differences.tsv   where the second transcription (Benzyl-titanium) prints something else
  registry/CN/narcotic.yaml, psychotropic.yaml, nps-supplementary.yaml  the old entries of the same substances
                                        (written first by cn_narcotic_build.py / cn_psychotropic.py; read only)
  cn_medical_2025_new.tsv              the items with no entry in an old list (5 new substances, remimazolam,
                                        codeine oral liquids) and etizolam's row (its structure is copied instead)
  cn_narcotic_s1_smiles.json, cn_psychotropic_s1_smiles.tsv  second-source SMILES (Benzyl-titanium)

Structures: OPSIN on the printed 2025 English name where it parses to the parent compound (derived_by opsin), checked
against the old entry's structure (same InChIKey) and the second source; otherwise the old entry's structure is
copied (derived_by copied, its checks repeated as "as for <file>:<id>: ..."); the 5 new substances and remimazolam
are drawn (cn_medical_2025_new.tsv) and checked against the second source. Preparations are non_structural.

The item lists are verified against the `fate` columns of the old lists' inputs (cn_narcotic_items.tsv s2025,
cn_psychotropic_*.tsv fate): every printed item has one old or new source row, and every row sent to a medical
catalogue is printed there.

Run: python3 tools/curation/cn_medical_2025.py   (after the two old-list generators; they also call it)
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import yaml
from py2opsin import py2opsin
from rdkit import Chem, RDLogger

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (  # noqa: E402
    NMPA_2025_55,
    RESTRUCTURE_2025,
    RESTRUCTURE_2025_NOTE,
    cn_printed_text,
    key,
    move_unprinted_synonyms,
    repeats,
)

RDLogger.DisableLog("rdApp.*")
HERE = Path(__file__).resolve().parent
REG = HERE.parent.parent / "registry" / "CN"
OD = ("OverdriveLab/overdrive-wiki _others/drug_scheduling.md @2972448cd5b0 (transcription of the 2025 catalogues)")
BT = "Benzyl-titanium/Structural-formula assets/structured-catalogue.md @818368601bfa"
LEGAL_BASIS = "麻醉药品和精神药品管理条例"

# OPSIN parses these printed names, but not to the parent compound the entry stands for:
OPSIN_NOT_PARENT = {
    "ghb": "OPSIN reads the printed name 'Gamma-hydroxybutyrate' as the 4-hydroxybutanoate anion; the entry is the "
           "parent acid (salts are covered by note 1)",
    "caffeine-sodium-benzoate": "a mixture (caffeine and sodium benzoate): non_structural",
}
# Printed items whose 2025 entry keeps a per-entry scope from its old listing or its printed remark.
SCOPES = {
    "etomidate": {"exceptions": ["在中国境内批准上市的含依托咪酯的药品制剂除外"],
                  "text": "依托咪酯（备注：在中国境内批准上市的含依托咪酯的药品制剂除外）",
                  "text_en": "Etomidate; remark: except etomidate-containing pharmaceutical preparations approved for "
                             "marketing in China."},
    "dextromethorphan": {"stereoisomers": False, "other_isomers": False,
                         "text": "右美沙芬（包括盐、单方制剂）",
                         "text_en": "Dextromethorphan including salts and single-ingredient preparations, as the "
                                    "NMPA/NHC implementation notice of 2024-05-21 scoped its 2024 listing (kept here: "
                                    "the 2025 catalogue prints no remark; its stereoisomers levomethorphan and "
                                    "racemethorphan are listed separately, in the non-medical and medical narcotic "
                                    "catalogues)."},
    "midazolam": {"text": "咪达唑仑原料药及注射剂",
                  "text_en": "Midazolam API (with its salts and stereoisomers) and injections; other midazolam "
                             "single-ingredient preparations are category II item 45."},
}


class NoAliasDumper(yaml.SafeDumper):
    def ignore_aliases(self, data):  # noqa: D102 - repeated dates must not become YAML anchors
        return True


def read_tsv(name: str) -> list[dict]:
    with open(HERE / name, encoding="utf-8") as fh:
        return list(csv.DictReader([ln for ln in fh if not ln.startswith("#")], delimiter="\t"))


def entries_of(filename: str) -> dict[str, dict]:
    with open(REG / filename, encoding="utf-8") as fh:
        return {e["id"]: e for e in yaml.safe_load(fh)["entries"]}


def catalogue(lst: str) -> list[dict]:
    return [r for r in read_tsv("cn_medical_2025_catalogue.tsv") if r["list"] == lst]


def bt_differences() -> dict[tuple[str, str], list[dict]]:
    out: dict[tuple[str, str], list[dict]] = {}
    for d in read_tsv("cn_medical_2025_bt_differences.tsv"):
        out.setdefault((d["list"], d["no"]), []).append(d)
    return out


def bt_note(diffs: list[dict]) -> str | None:
    parts = []
    for d in diffs:
        what = {"star": "the * mark", "zh": "the Chinese name", "en": "the English name", "cas": "the CAS number",
                "remark": "the remark", "no": "the item number"}[d["field"]]
        od = d["overdrive"] or "(nothing)"
        bt = d["benzyl_titanium"] or "(nothing)"
        parts.append(f"{what}: {od} here, {bt} in the second transcription")
    if not parts:
        return None
    return f"Transcriptions differ ({OD} used; {BT} second): " + "; ".join(parts) + "."


def old_period_summary(e: dict, listname: str) -> str:
    last = e["listings"][-1]
    cat = f", category {last['category']}" if last.get("category") else ""
    item = f" item {last['item_number']}," if last.get("item_number") else ""
    return f"Before {RESTRUCTURE_2025.isoformat()} in list {listname} (entry {e['id']},{item} from " \
           f"{last['effective_from']}{cat})."


def copied(file: str, e: dict, why: str | None = None) -> dict:
    st = e["structure"]
    out = {"smiles": st["smiles"], "derived_by": "copied",
           "derived_from": f"registry/CN/{file}:{e['id']} (same item, list it came from)"}
    if st.get("checked_against"):
        out["checked_against"] = [f"as for {file}:{e['id']}: {c}" for c in st["checked_against"]]
    if st.get("unchecked_reason"):
        out["unchecked_reason"] = f"as for {file}:{e['id']}: {st['unchecked_reason']}"
    return out


def opsin_structure(name: str, smiles: str, file: str, e: dict, s1: tuple[str, str] | None,
                    findings: list[str]) -> dict | None:
    """An OPSIN structure of the printed name, checked against the old entry (and S1); None on a mismatch."""
    mol = Chem.MolFromSmiles(smiles)
    ours = Chem.MolToInchiKey(mol)
    old = e["structure"]
    if key(old["smiles"]) != ours:
        findings.append(f"{e['id']}: OPSIN on the printed 2025 name {name!r} gives {ours}, the old entry "
                        f"{file}:{e['id']} has {key(old['smiles'])}; the old structure is kept (copied)")
        return None
    if not repeats(old["derived_from"], name):
        checks = [f"same InChIKey {ours} as registry/CN/{file}:{e['id']}, derived from the earlier printed name "
                  f"({old['derived_by']}: {old['derived_from']})"]
    else:  # the same name parsed again checks nothing
        checks = []
    if s1:
        label, ref = s1
        rk = key(max(ref.split("."), key=len))
        if rk == ours:
            checks.append(f"second source: {BT}, 2025 catalogue {label} (same InChIKey)")
        elif rk and rk[:14] == ours[:14]:
            checks.append(f"second source: {BT}, 2025 catalogue {label} (same InChIKey first block; stereo not "
                          "compared)")
        else:
            findings.append(f"{e['id']}: second source {label} differs ({rk} vs {ours})")
    if not checks and old["derived_by"] == "opsin":  # what checked the same name then still checks it
        checks = [f"as for {file}:{e['id']} (same printed name and structure): {c}"
                  for c in old.get("checked_against", [])]
    st = {"smiles": Chem.MolToSmiles(mol), "derived_by": "opsin", "derived_from": name}
    if checks:
        st["checked_against"] = checks
    else:
        st["unchecked_reason"] = (f"the earlier entry {file}:{e['id']} was derived from the same name, and no second "
                                  "source was read for this item")
    return st


def star_note(star: str) -> str | None:
    return ("Marked * in the 2025 catalogue (a variety produced and used in China); the mark does not change the "
            "control.") if star else None


def source_2025() -> dict:
    return dict(NMPA_2025_55, announced=RESTRUCTURE_2025, effective=RESTRUCTURE_2025,
                note=RESTRUCTURE_2025_NOTE + f" Item lists read from {OD} (other_urls), cross-read with {BT}; the "
                     "differences between the two are in the entry notes and in "
                     "tools/curation/cn_medical_2025_bt_differences.tsv.")


def dump(doc: dict, out: Path, script: str) -> None:
    for e in doc["entries"]:  # names the lists do not print are look-up aliases, not synonyms
        move_unprinted_synonyms(e, cn_printed_text())
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(f"# Generated by tools/curation/{script} from cn_medical_2025_catalogue.tsv and the old list files. "
                 "Edit the inputs, then rerun.\n")
        yaml.dump(doc, fh, Dumper=NoAliasDumper, allow_unicode=True, sort_keys=False, width=120)
    print(f"wrote {out} with {len(doc['entries'])} entries")


# ---------------------------------------------------------------------------------------------------------------
def write_medical_narcotic(r=RESTRUCTURE_2025) -> list[str]:
    assert r == RESTRUCTURE_2025, "the medical files are written for common.RESTRUCTURE_2025 only"
    rows = catalogue("narc")
    with open(HERE / "cn_narcotic_items.tsv", encoding="utf-8") as fh:
        items = {x["id"]: x for x in csv.DictReader(fh, delimiter="\t")}
    # verify the item list against the old list's 2025 placements
    printed = {x["id"]: f"M{x['no']}" for x in rows}
    expected = {i: x["s2025"] for i, x in items.items() if x["s2025"].startswith("M")}
    assert printed == expected, set(printed.items()) ^ set(expected.items())
    assert [int(x["no"]) for x in rows] == list(range(1, 33))
    old = entries_of("narcotic.yaml")
    with open(HERE / "cn_narcotic_s1_smiles.json", encoding="utf-8") as fh:
        s1 = json.load(fh)
    s1_by_label = {v[0]: (f"《药用类麻醉药品目录（2025年版）》 item {v[0][1:]}", v[1])
                   for k, v in s1.items() if k != "_source" and v[0].startswith("M")}
    bt = bt_differences()
    parse = [x for x in rows if x["en"]]
    parsed = dict(zip([x["id"] for x in parse], py2opsin([x["en"] for x in parse]), strict=True))
    findings: list[str] = []
    entries = []
    for x in rows:
        e_old = old[x["id"]]
        e = {"id": x["id"], "name": x["zh"], "name_en": x["en"]}
        if x["cas"]:
            e["cas"] = [x["cas"]]
        notes = []
        if "structure" in e_old:
            st = None
            if parsed.get(x["id"]):
                st = opsin_structure(x["en"], parsed[x["id"]], "narcotic.yaml", e_old,
                                     s1_by_label.get(f"M{x['no']}"), findings)
            e["structure"] = st or copied("narcotic.yaml", e_old)
        else:
            e["non_structural"] = e_old["non_structural"]
        if e_old.get("shares_structure_with"):
            notes.append("The structure is drawn without stereo (as in the old list, where it was shared with "
                         f"{', '.join(e_old['shares_structure_with'])}, now in the non-medical catalogue); the list "
                         "covers stereoisomers.")
        listing = {"effective_from": r, "sources": ["nmpa-2025-55"], "item_number": x["no"]}
        if x["remark"]:
            listing["note"] = f"备注: {x['remark']}"
        e["listings"] = [listing]
        if e_old["name"] != x["zh"]:
            notes.append(f"The 2013 catalogue printed the name {e_old['name']}.")
        if e_old["name_en"] != x["en"]:
            notes.append(f"The 2013 catalogue printed the English name {e_old['name_en']}.")
        old_cas = e_old.get("cas", [])
        if x["cas"] and old_cas and x["cas"] not in old_cas:
            notes.append(f"The old listing printed CAS {', '.join(old_cas)}.")
        elif x["cas"] and not old_cas:
            notes.append("The 2013 catalogue printed no (valid) CAS number for this item.")
        notes += [n for n in (star_note(x["star"]), bt_note(bt.get(("narc", x["no"]), [])),
                              old_period_summary(e_old, "cn-narcotic")) if n]
        e["note"] = " ".join(notes)
        entries.append(e)
    doc = {
        "id": "cn-medical-narcotic", "jurisdiction": "CN",
        "title": "药用类麻醉药品目录（2025年版）",
        "title_en": "Catalogue of Medical Narcotic Drugs (2025 edition)",
        "kind": "drug", "legal_basis": LEGAL_BASIS, "started": r,
        "coverage": {"from": r, "complete": True,
                     "note": "All 32 printed items are encoded (29 with a structure; concentrate of poppy straw, opium "
                             "and poppy shell non-structural). Every item was in the 2013 narcotic catalogue or "
                             "added to it later (oliceridine 2023, tegileridine 2023): list cn-narcotic, same entry "
                             "ids. Item list as printed per the overdrive-wiki transcription, cross-read with "
                             "Benzyl-titanium (differences in entry notes)."},
        "scope": {"salts": True, "stereoisomers": True, "other_isomers": False, "esters": True, "ethers": True,
                  "preparations": True, "exceptions": [],
                  "text": "注：1.上述品种包括其可能存在的盐和单方制剂（除非另有规定）。"
                          "2.上述品种包括其可能存在的立体异构体、酯及醚（除非另有规定）。"
                          "3.目录有*的麻醉药品为我国生产及使用的品种。",
                  "text_en": "Notes: 1. The items above include their possible salts and single-ingredient "
                             "preparations (unless otherwise provided). 2. The items above include their possible "
                             "stereoisomers, esters and ethers (unless otherwise provided). 3. Narcotic drugs marked * "
                             "are produced and used in China. ['preparations' means single-ingredient preparations.]"},
        "sources": {"nmpa-2025-55": source_2025()},
        "entries": entries,
        "note": "The narcotic drugs for medical use after the July 2025 restructuring, which split the 2013 narcotic "
                "catalogue (cn-narcotic) into this catalogue (32 items) and the non-medical catalogue (91 items). "
                "Generated by tools/curation/cn_medical_2025.py.",
    }
    dump(doc, REG / "medical-narcotic.yaml", "cn_medical_2025.py")
    for f in findings:
        print("FINDING:", f)
    return findings


# ---------------------------------------------------------------------------------------------------------------
def write_medical_psychotropic(r=RESTRUCTURE_2025) -> list[str]:
    assert r == RESTRUCTURE_2025, "the medical files are written for common.RESTRUCTURE_2025 only"
    import cn_psychotropic as psy

    rows = catalogue("psyI") + catalogue("psyII")
    old_rows = read_tsv("cn_psychotropic_items.tsv") + read_tsv("cn_psychotropic_additions.tsv")
    new_rows = read_tsv("cn_medical_2025_new.tsv")
    # verify the item lists against the fates recorded for the old items and the new rows
    printed = {(x["id"], {"psyI": "medI", "psyII": "medII"}[x["list"]] + ":" + x["no"]) for x in rows}
    merged = {"tramadol-compound-preparations"}  # printed as the remark of item II-68 (tramadol)
    expected = {(x["id"], x["fate"]) for x in old_rows + new_rows
                if x["fate"].startswith("med") and x["id"] not in merged}
    assert printed == expected, printed ^ expected
    assert [int(x["no"]) for x in rows if x["list"] == "psyI"] == list(range(1, 19))
    assert [int(x["no"]) for x in rows if x["list"] == "psyII"] == list(range(1, 79))

    old = entries_of("psychotropic.yaml")
    nps = entries_of("nps-supplementary.yaml")
    s1 = {x["id"]: (f"line for catalogue item {x['s1_item']}", x["smiles"]) for x in read_tsv("cn_psychotropic_s1_smiles.tsv")}
    new_structs, problems = psy.check(psy.derive([x for x in new_rows if x["id"] != "etizolam"]),
                                      {x["id"]: x for x in read_tsv("cn_psychotropic_s1_smiles.tsv")},
                                      {x["id"]: x for x in read_tsv("cn_psychotropic_other_refs.tsv")})
    assert not problems, problems
    new_by_id = {x["id"]: x for x in new_rows}
    bt = bt_differences()
    parse = [x for x in rows if x["en"]]
    parsed = dict(zip([x["id"] for x in parse], py2opsin([x["en"] for x in parse]), strict=True))
    findings: list[str] = []
    changes: list[str] = []
    entries = []
    for x in rows:
        cat = "I" if x["list"] == "psyI" else "II"
        key_ = (x["list"], x["no"])
        e_old, file, listname = old.get(x["id"]), "psychotropic.yaml", "cn-psychotropic"
        if x["id"] == "etizolam":
            e_old, file, listname = nps["etizolam"], "nps-supplementary.yaml", "cn-nps-supplementary"
        new = new_by_id.get(x["id"]) if e_old is None else None
        e = {"id": x["id"], "name": x["zh"], "name_en": x["en"] or (e_old or new)["name_en"]}
        notes = []
        if not x["en"]:
            notes.append("The catalogue prints no English name; name_en is a descriptive English name.")
        if x["remark"] and x["remark"].isascii():
            e["synonyms"] = [x["remark"]]
        if x["cas"]:
            e["cas"] = [x["cas"]]
        nonstruct = (e_old or {}).get("non_structural") or (new or {}).get("nonstruct")
        if nonstruct:
            e["non_structural"] = nonstruct
        elif e_old is not None:
            st = None
            if parsed.get(x["id"]) and x["id"] not in OPSIN_NOT_PARENT:
                st = opsin_structure(x["en"], parsed[x["id"]], file, e_old, s1.get(x["id"]), findings)
            elif x["id"] in OPSIN_NOT_PARENT:
                notes.append(OPSIN_NOT_PARENT[x["id"]] + ", so the old entry's structure is copied.")
            e["structure"] = st or copied(file, e_old)
        else:
            rec = new_structs[x["id"]]
            e["structure"] = {"smiles": rec["smiles"], "derived_by": rec["derived_by"],
                              "derived_from": rec["derived_from"], "checked_against": rec["checked_against"]}
        if x["id"] in SCOPES:
            e["scope"] = SCOPES[x["id"]]
        listing = {"effective_from": r, "sources": ["nmpa-2025-55"], "category": cat, "item_number": x["no"]}
        if x["remark"] and not x["remark"].isascii():
            listing["note"] = f"备注: {x['remark']}"
        e["listings"] = [listing]
        if e_old is not None:
            if e_old["name"] != x["zh"]:
                notes.append(f"The old list printed the name {e_old['name']}.")
            if x["en"] and e_old["name_en"] != x["en"]:
                notes.append(f"The old list printed the English name {e_old['name_en']}.")
            old_cas = e_old.get("cas", [])
            if x["cas"] and old_cas and x["cas"] not in old_cas:
                notes.append(f"The old list printed CAS {', '.join(old_cas)}.")
            old_cat = e_old["listings"][-1].get("category")
            if old_cat and old_cat != cat:
                changes.append(f"{x['id']}: category {old_cat} -> {cat}")
                notes.append(f"Category changed from {old_cat} (old list) to {cat}.")
            notes.append(old_period_summary(e_old, listname))
        elif x["id"] in ("remimazolam", "codeine-compound-oral-liquids"):
            notes.append("Absent from the 2013 catalogue; the date it was first listed as a psychotropic drug was "
                         "not found (it is under coverage.uncertain of list cn-psychotropic until "
                         f"{r.isoformat()}).")
        else:
            notes.append("Newly listed by the 2025 catalogue (one of the five new category II substances per the "
                         "transcription's introduction).")
        if x["id"] == "etizolam":
            notes.append("Category II as printed (both transcriptions); it moved here from the non-medical "
                         "supplementary list, where no category applies.")
        if x["id"] == "methylphenidate":
            notes.append("The remark extends the item to compound preparations containing serdexmethylphenidate and "
                         "dexmethylphenidate (serdexmethylphenidate itself is category II item 65).")
        if x["id"] == "midazolam-other-preparations":
            notes.append("Printed as 咪达唑仑 (Midazolam, CAS 59467-70-8) with the remark 原料药及注射剂除外: the "
                         "midazolam preparations other than the API and injections (which are category I item 12, "
                         "entry midazolam), so no structure is attached here.")
        notes += [n for n in (star_note(x["star"]), bt_note(bt.get(key_, []))) if n]
        e["note"] = " ".join(notes)
        entries.append(e)
    n1 = sum(1 for e in entries if e["listings"][0]["category"] == "I")
    assert (n1, len(entries) - n1) == (18, 78), (n1, len(entries) - n1)
    doc = {
        "id": "cn-medical-psychotropic", "jurisdiction": "CN",
        "title": "药用类精神药品目录（2025年版）",
        "title_en": "Catalogue of Medical Psychotropic Drugs (2025 edition)",
        "kind": "drug", "legal_basis": LEGAL_BASIS, "started": r,
        "coverage": {"from": r, "complete": True,
                     "note": "All 18 category I and 78 category II printed items are encoded (preparations and "
                             "mixtures non-structural). 88 items come from the old psychotropic catalogue "
                             "(cn-psychotropic; tramadol compound preparations are now the remark of item II-68), one "
                             "(etizolam) from the non-medical supplementary list (cn-nps-supplementary), two "
                             "(remimazolam, codeine compound oral liquids) were controlled before on dates not found, "
                             "and five are newly listed (carisoprodol, cebranopadol, serdexmethylphenidate, "
                             "valiloxybate, zuranolone). Item lists as printed per the overdrive-wiki transcription, "
                             "cross-read with Benzyl-titanium (differences in entry notes)."},
        "scope": {"salts": True, "stereoisomers": True, "other_isomers": False, "esters": False, "ethers": False,
                  "preparations": True, "exceptions": [],
                  "text": "注：1.上述品种包括其可能存在的盐和单方制剂（除非另有规定）。"
                          "2.上述品种包括其可能存在的立体异构体（除非另有规定）。"
                          "3.目录有*的精神药品为我国生产及使用的品种。",
                  "text_en": "Notes: 1. The items above include their possible salts and single-ingredient "
                             "preparations (unless otherwise provided). 2. The items above include their possible "
                             "stereoisomers (unless otherwise provided). 3. Psychotropic drugs marked * are produced "
                             "and used in China."},
        "sources": {"nmpa-2025-55": source_2025()},
        "entries": entries,
        "note": "Categories are per listing (`category`: I or II). Generated by tools/curation/cn_medical_2025.py.",
    }
    dump(doc, REG / "medical-psychotropic.yaml", "cn_medical_2025.py")
    for f in findings:
        print("FINDING:", f)
    for c in changes:
        print("CATEGORY CHANGE:", c)
    return findings


if __name__ == "__main__":
    write_medical_narcotic()
    write_medical_psychotropic()
