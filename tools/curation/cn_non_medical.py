"""Write registry/CN/non-medical.yaml (list cn-non-medical): the 396 items of 《非药用类麻醉药品和精神药品目录》 (July 2025).

Inputs (beside this script; no network needed, Java for OPSIN):
  cn_non_medical_items.tsv    the 396 rows as printed (序号, 中文名, 英文名, CAS号, 备注), from the overdrive-wiki
                              transcription of the catalogue.
  cn_non_medical_origin.tsv   the old list and entry id(s) each item came from (cn-nps-supplementary, cn-narcotic,
                              cn-psychotropic).
  registry/CN/{nps-supplementary,narcotic,psychotropic}.yaml   the old entries (their structures and checks).
  Second source (Benzyl-titanium/Structural-formula SMILES of the 2025 catalogue items), in the local transcriptions
  the earlier curators made: cn_nps_supplementary_structures.json ('second', items 1-231, assets/smiles.txt
  @b38de359), cn_psychotropic_s1_smiles.tsv (nonmed:232-305, assets/smiles.txt @b38de359) and
  cn_narcotic_s1_smiles.json (N306-N396, assets/structured-catalogue.md @818368601bfa).

Structures: OPSIN on the printed English name of the 2025 catalogue where it parses and gives the structure of the
same substance in the old list (same InChIKey; where the old entry was parsed from the same string the match is not
counted as a check). Where OPSIN fails or misreads (listed in OPSIN_REJECTED with the reason), the old entry's
structure is copied. Each structure is then compared with the second source (matched by item number, which the
transcriptions carry) and with the old entry.

Run:  python3 tools/curation/cn_non_medical.py   (writes the YAML and prints a summary)
"""
from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml
from rdkit import RDLogger

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (  # noqa: E402
    MPS_2025_NON_MEDICAL,
    RESTRUCTURE_2025,
    RESTRUCTURE_2025_NOTE,
    cn_printed_text,
    cross_checks,
    key,
    move_unprinted_synonyms,
    repeats,
)

RDLogger.DisableLog("rdApp.*")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = ROOT / "registry" / "CN" / "non-medical.yaml"
R = RESTRUCTURE_2025
SRC = "mps-2025-non-medical"

WIKI = ("OverdriveLab/overdrive-wiki _others/drug_scheduling.md @2972448cd5b088f3893d38bd2a8eb87ba398836e")
BT_URL = ("https://github.com/Benzyl-titanium/Structural-formula/blob/818368601bfacf93737223ae42efcef28dc779ed/"
          "assets/structured-catalogue.md")
BT_SMILES_TXT = "Benzyl-titanium/Structural-formula assets/smiles.txt @b38de359a5e19b266a2386e29876f30a2609d051"
BT_CATALOGUE = "Benzyl-titanium/Structural-formula assets/structured-catalogue.md @818368601bfacf93737223ae42efcef28dc779ed"

NOTE_1 = "上述品种包含其可能存在的盐类、立体异构体及其盐类（另有规定的除外）。"
NOTE_2 = "上述305-396品种还包括其酯和醚，以及其酯和醚可能存在的盐类、立体异构体及其盐类（另有规定的除外）。"
NOTE_1_EN = ("The items above include their possible salts, stereoisomers and their salts (unless otherwise "
             "provided).")
NOTE_2_EN = ("Items 305-396 above also include their esters and ethers, and the possible salts, stereoisomers and "
             "their salts of those esters and ethers (unless otherwise provided).")

# OPSIN parses these printed names, but not as the substance the item means; the old entry's structure is used.
OPSIN_REJECTED = {
    308: "OPSIN reads the trivial name 'Acetyldihydrocodeine' with a C-acetyl group on the aromatic ring; "
         "acetyldihydrocodeine is the 6-O-acetyl ester of dihydrocodeine",
    358: "OPSIN reads the trivial name 'Methyldihydromorphine' as 3-O-methyldihydromorphine (that is dihydrocodeine); "
         "methyldihydromorphine is 6-methyldihydromorphine (a C-methyl at C-6)",
    319: "the English chemical name printed for item 319 is that of beta-hydroxyfentanyl (no 3-methyl group); the "
         "Chinese name 倍他羟基-3-甲基芬太尼, the CAS number 78995-14-9 and the 备注 Beta-hydroxy-3-methylfentanyl all "
         "name beta-hydroxy-3-methylfentanyl",
    320: "the English chemical name printed for item 320 is that of beta-hydroxy-3-methylfentanyl; the Chinese name "
         "倍他羟基芬太尼, the CAS number 78995-10-5 and the 备注 Beta-hydroxyfentanyl all name beta-hydroxyfentanyl",
}
SWAP_NOTE = ("Source conflict: the English chemical names printed for items 319 and 320 are swapped with respect to "
             "their Chinese names, CAS numbers and 备注 (both transcriptions read, overdrive-wiki and "
             "Benzyl-titanium, print them so); the structure follows the Chinese name, CAS and 备注.")

NON_STRUCTURAL = {
    214: "plant: Mitragyna speciosa (kratom), as printed; mitragynine and 7-hydroxymitragynine are items 215 and 216",
    236: "plant: Catha edulis Forssk. (khat)",
    325: "cannabis (plant material), cannabis resin, and extracts and tinctures of cannabis",
    327: "coca leaf (plant material)",
}

EXTRA_NOTE = {
    11: "The English name is printed '4-Propylthio-2,5-dimethox-phenethylamine' (sic); OPSIN cannot read it.",
    223: "The 备注 prints 'Isoutomidate' (sic, for isobutomidate).",
    282: ("Item 282 prints 四氢大麻酚 with six isomers in one row: 中文名 '四氢大麻酚（ Δ3-四氢大麻酚、Δ4-四氢大麻酚、"
          "Δ5-四氢大麻酚、Δ8-四氢大麻酚、Δ10-四氢大麻酚、exo-四氢大麻酚）', six English chemical names and six CAS "
          "numbers in the same order, 备注 'Tetrahydrocannabinol / THC（Δ3-THC、Δ4-THC、Δ5-THC、Δ8-THC、Δ10-THC、"
          "exo-THC）'. It is encoded as six entries with the same item number (counted as one item); Δ9-THC is "
          "item 246."),
    202: ("The item prints CAS 2972185-69-4 without remark; the 2024-07-01 batch table (item 29) prints the same "
          "number with the remark (盐酸盐), i.e. the hydrochloride's."),
    317: ("CAS: overdrive-wiki's transcription prints 14297-87-1, Benzyl-titanium's prints 36418-34-5 (the number "
          "the 2013 narcotic catalogue entry carries); both are kept."),
    341: ("The item also covers derivatives convertible to ecgonine and cocaine (as printed); only ecgonine itself "
          "is encoded as a structure."),
    365: ("The item also covers other pentavalent-nitrogen morphine derivatives, in particular the morphine-N-oxide "
          "derivatives such as codeine-N-oxide (as printed); only the N-methylmorphinium cation (parent of the "
          "methobromide) is encoded as a structure. Morphine-N-oxide is item 366."),
    305: ("Note 2 of the catalogue extends items 305-396 to esters and ethers. Item 305 (vinylbital) came from the "
          "psychotropic catalogue, the former narcotic catalogue items are 306-396; the range is encoded as printed "
          "(both transcriptions print 305-396)."),
}
EXTRA_CAS = {317: ["36418-34-5"]}

ORIGIN_LIST = {"nps-supplementary": "cn-nps-supplementary", "narcotic": "cn-narcotic", "psychotropic": "cn-psychotropic"}
ORIGIN_TITLE = {"nps-supplementary": "《非药用类麻醉药品和精神药品管制品种增补目录》",
                "narcotic": "《麻醉药品品种目录（2013年版）》", "psychotropic": "《精神药品品种目录（2013年版）》"}


class NoAliasDumper(yaml.SafeDumper):
    def ignore_aliases(self, data):  # the same date object is used many times: write it out each time
        return True


def read_tsv(name: str) -> list[dict]:
    with open(HERE / name, encoding="utf-8") as fh:
        return list(csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"))


def cells(text: str) -> list[str]:
    """The parts of a printed cell split at its line breaks ('<br>'), list commas and blanks removed."""
    return [p.strip().rstrip("、").strip() for p in text.split("<br>") if p.strip().rstrip("、").strip()]


def old_entries() -> dict[tuple[str, str], dict]:
    found = {}
    for f in ORIGIN_LIST:
        with open(ROOT / "registry" / "CN" / f"{f}.yaml", encoding="utf-8") as fh:
            for e in yaml.safe_load(fh)["entries"]:
                found[(f, e["id"])] = e
    return found


def second_source() -> dict[tuple[int, str], tuple[str, str]]:
    """(item, old id) -> (SMILES, where) from the local transcriptions of the Benzyl-titanium SMILES."""
    found: dict[tuple[int, str], tuple[str, str]] = {}
    with open(HERE / "cn_nps_supplementary_input.csv", encoding="utf-8") as fh:
        nps_rows = list(csv.DictReader(fh))
    with open(HERE / "cn_nps_supplementary_structures.json", encoding="utf-8") as fh:
        st = json.load(fh)
    origin = {(r["file"], oid): int(r["item"]) for r in read_tsv("cn_non_medical_origin.tsv")
              for oid in r["old_ids"].split(",")}
    for r in nps_rows:
        rec = st.get(f"{r['batch']}#{r['item']}")
        if r["item_2025"] and r["name_en"] != "Etizolam" and rec and rec.get("second"):
            n = int(r["item_2025"])
            found[(n, "*")] = (rec["second"], f"{BT_SMILES_TXT} ({rec['second_where']})")
    for r in read_tsv("cn_psychotropic_s1_smiles.tsv"):
        if r["s1_item"].startswith("nonmed:"):
            n = int(r["s1_item"].split(":")[1])
            assert origin[("psychotropic", r["id"])] == n, r
            found[(n, r["id"])] = (r["smiles"], f"{BT_SMILES_TXT} (line of non-medical item {n})")
    with open(HERE / "cn_narcotic_s1_smiles.json", encoding="utf-8") as fh:
        narcotic_s1 = json.load(fh)
    for name, val in narcotic_s1.items():
        if isinstance(val, list) and val[0].startswith("N"):
            n = int(val[0][1:])
            found[(n, "*")] = (val[1], f"{BT_CATALOGUE} (row of non-medical item {n}, {name})")
    return found


def opsin_all(names: list[str]) -> dict[str, str]:
    from py2opsin import py2opsin
    cwd = os.getcwd()
    with tempfile.TemporaryDirectory() as tmp:
        os.chdir(tmp)  # py2opsin writes a scratch file in the working directory
        try:
            res = py2opsin(names)
        finally:
            os.chdir(cwd)
    return dict(zip(names, res, strict=True))


def has_stereo(smiles: str) -> bool:
    return "@" in smiles or "/" in smiles or "\\" in smiles


def compare_text(ours: str, theirs: str, what: str) -> tuple[bool, str]:
    """(counts as a check, text) for our SMILES against another datum."""
    if theirs and "." in theirs:  # the second source sometimes writes a salt: compare the largest fragment
        theirs = max(theirs.split("."), key=len)
    k1, k2 = key(ours), key(theirs)
    if not k1 or not k2:
        return False, f"{what}: SMILES does not parse"
    if k1 == k2:
        return True, f"{what}: same InChIKey {k1}"
    if k1[:14] == k2[:14]:
        if not has_stereo(ours):
            return True, (f"{what}: same InChIKey first block {k1[:14]} (connectivity); it draws a stereoisomer "
                          f"or double-bond geometry the printed name does not give (the list covers stereoisomers)")
        return False, f"{what}: same connectivity ({k1[:14]}) but other stereodescriptors"
    return False, f"{what}: different structure ({k2})"


def main() -> None:
    items = read_tsv("cn_non_medical_items.tsv")
    assert [int(r["item"]) for r in items] == list(range(1, 397))
    origin = {int(r["item"]): r for r in read_tsv("cn_non_medical_origin.tsv")}
    assert sorted(origin) == list(range(1, 397))
    old = old_entries()
    second = second_source()

    names = sorted({n for r in items if int(r["item"]) not in NON_STRUCTURAL for n in cells(r["name_en"])})
    parsed = opsin_all(names)

    entries, ids, findings = [], set(), []
    stats = Counter()
    for r in items:
        n = int(r["item"])
        org = origin[n]
        f, old_ids = org["file"], org["old_ids"].split(",")
        stats[f"origin:{f}"] += 1
        en_names = cells(r["name_en"])
        cas_all = [c for c in cells(r["cas"]) if c not in ("暂无", "无")]
        remark = cells(r["remark"])
        multi = len(old_ids) > 1
        zh_parts = (["Δ3-四氢大麻酚", "Δ4-四氢大麻酚", "Δ5-四氢大麻酚", "Δ8-四氢大麻酚", "Δ10-四氢大麻酚", "exo-四氢大麻酚"]
                    if multi else [r["name_zh"]])
        assert not multi or (len(en_names) == len(cas_all) == len(old_ids) == 6 and n == 282)
        for j, oid in enumerate(old_ids):
            oe = old[(f, oid)]
            eid = oid
            assert eid not in ids, eid
            ids.add(eid)
            e: dict = {"id": eid, "name": zh_parts[j]}
            notes: list[str] = []
            en = en_names[j] if multi else r["name_en"]
            if multi:
                label = ["Δ3-THC", "Δ4-THC", "Δ5-THC", "Δ8-THC", "Δ10-THC", "exo-THC"][j]
                e["name_en"] = f"tetrahydrocannabinol ({label})"
                e["synonyms"] = [label, "Tetrahydrocannabinol", "THC"]
                e["chemical_name_en"] = en
                notes.append("name_en is not printed as such: it joins the printed 备注 'Tetrahydrocannabinol' "
                             f"and '{label}'.")
            elif remark:
                e["name_en"] = remark[0]
                syn = remark[1:]
                if n in NON_STRUCTURAL:
                    syn = [*syn, en]
                else:
                    e["chemical_name_en"] = " ".join(en_names) if len(en_names) > 1 else en
                if syn:
                    e["synonyms"] = syn
            else:
                e["name_en"] = " ".join(en_names)
            cas = [cas_all[j]] if multi else cas_all
            cas = cas + EXTRA_CAS.get(n, [])
            if cas:
                e["cas"] = cas
            if r["cas"] in ("暂无", "无"):
                notes.append(f"The CAS cell prints {r['cas']} ({'none yet' if r['cas'] == '暂无' else 'none'}).")

            # structure
            if n in NON_STRUCTURAL:
                e["non_structural"] = NON_STRUCTURAL[n]
                assert oe.get("non_structural"), oid
                stats["non_structural"] += 1
            else:
                old_s = oe["structure"]
                op = parsed.get(en, "") if n not in OPSIN_REJECTED else ""
                if n in OPSIN_REJECTED:
                    findings.append(f"item {n} ({eid}): OPSIN on the printed name '{en}' gives {parsed.get(en)!r}, "
                                    f"not the item: {OPSIN_REJECTED[n]}")
                bt = second.get((n, oid)) or second.get((n, "*"))
                old_ref = f"registry/CN/{f}.yaml:{oid}"
                if op:
                    ok_old, txt_old = compare_text(op, old_s["smiles"], f"old entry {old_ref}")
                    if key(op) != key(old_s["smiles"]):
                        findings.append(f"item {n} ({eid}): OPSIN on the printed 2025 name differs from the old entry "
                                        f"{old_ref}: {txt_old}")
                if op and key(op) and (key(op) == key(old_s["smiles"]) or
                                       key(op)[:14] == key(old_s["smiles"])[:14]):
                    s = {"smiles": op, "derived_by": "opsin", "derived_from": en}
                    checks = []
                    same_string = repeats(old_s.get("derived_from", ""), en)  # the same name parsed again
                    if key(op) == key(old_s["smiles"]):
                        if same_string and old_s.get("derived_by") == "opsin":
                            checks += [f"as for {f}.yaml:{oid} (same printed name and structure): {c}"
                                       for c in old_s.get("checked_against", [])]
                        elif not same_string:
                            period = "2015-2025 batch" if f == "nps-supplementary" else "2013"
                            checks.append(f"same InChIKey as {old_ref}, derived from the {period} printed name "
                                          f"({old_s['derived_from']})")
                    else:
                        findings.append(f"item {n} ({eid}): OPSIN structure and old entry {old_ref} agree only in "
                                        f"connectivity (stereo differs); the printed 2025 name is followed")
                    stats["opsin"] += 1
                else:
                    if op:
                        findings.append(f"item {n} ({eid}): OPSIN structure rejected (connectivity differs from "
                                        f"{old_ref}); old structure copied")
                    s = {"smiles": old_s["smiles"], "derived_by": "copied",
                         "derived_from": f"{old_ref} (same item, list {ORIGIN_LIST[f]})"}
                    checks = [f"as for {f}.yaml:{oid}: {c}" for c in old_s.get("checked_against", [])]
                    stats["copied"] += 1
                if bt:
                    ok, txt = compare_text(s["smiles"], bt[0], f"second source: {bt[1]}")
                    if ok and not any("Benzyl-titanium" in c for c in checks):
                        checks.append(txt)
                    elif not ok:
                        findings.append(f"item {n} ({eid}): second source disagrees: {txt}")
                if not checks:  # other jurisdictions' entries parsed by OPSIN from other printed names
                    checks = cross_checks(s["smiles"], "registry/CN/non-medical.yaml", s["derived_from"])
                if checks:
                    s["checked_against"] = checks
                    stats["checked"] += 1
                else:
                    reason = old_s.get("unchecked_reason")
                    s["unchecked_reason"] = (f"as for {f}.yaml:{oid}: {reason}" if reason else
                                             "no second-source structure agrees and the old entry has no check")
                    stats["unchecked"] += 1
                e["structure"] = s
            if n >= 305:
                e["scope"] = {"esters": True, "ethers": True, "text": NOTE_2, "text_en": NOTE_2_EN}
            e["listings"] = [{"effective_from": R, "sources": [SRC], "item_number": str(n)}]
            old_item = org["old_item"]
            where = (f"batch of {old_item.split('#')[0]}, item {old_item.split('#')[1]}" if f == "nps-supplementary"
                     else f"category {old_item.replace('-', ', item ')}" if "-" in old_item else f"item {old_item}")
            notes.append(f"Until 2025-07-20 on {ORIGIN_TITLE[f]} ({where}): entry {oid} of "
                         f"registry/CN/{f}.yaml (list {ORIGIN_LIST[f]}).")
            if n in (319, 320):
                notes.append(SWAP_NOTE)
            if n in EXTRA_NOTE:
                notes.append(EXTRA_NOTE[n])
            if n in OPSIN_REJECTED and n not in (319, 320):
                notes.append(f"Structure copied: {OPSIN_REJECTED[n]}.")
            e["note"] = " ".join(notes)
            entries.append(e)

    # entries drawn alike
    by_key: dict[str, list[dict]] = {}
    for e in entries:
        if "structure" in e:
            by_key.setdefault(key(e["structure"]["smiles"]), []).append(e)
    for group in by_key.values():
        if len(group) > 1:
            findings.append("same structure: " + ", ".join(e["id"] for e in group))
            for e in group:
                e["shares_structure_with"] = [o["id"] for o in group if o is not e]
                e["note"] = (f"Drawn alike with {', '.join(e['shares_structure_with'])} (shares_structure_with): as in "
                             "the old entries, the alpha/beta configurations these names stand for are not encoded; "
                             "the list covers stereoisomers. " + e["note"])

    n_items = len({e["listings"][0]["item_number"] for e in entries})
    assert n_items == 396
    doc = {
        "id": "cn-non-medical",
        "jurisdiction": "CN",
        "title": "非药用类麻醉药品和精神药品目录",
        "title_en": "Catalogue of non-medical narcotic drugs and psychotropic substances",
        "kind": "drug",
        "legal_basis": "麻醉药品和精神药品管理条例；非药用类麻醉药品和精神药品列管办法",
        "started": R,
        "coverage": {
            "from": R,
            "complete": True,
            "note": (f"All 396 individually listed items are encoded ({len(entries)} entries: item 282, "
                     "tetrahydrocannabinol, is six isomer entries; 4 items are plants or preparations, "
                     "non_structural). The three classes of the catalogue (fentanyl-related substances, synthetic "
                     "cannabinoids, nitazene-related substances) are in registry/classes/, not here. The catalogue's "
                     "effective date 2025-07-21 rests on two secondary reports (ChemRadar; Adrerie/psychopharm-atlas "
                     "for Announcement No. 55): see the source note and tools/curation/cn_2025_restructure.md."),
        },
        "scope": {
            "salts": True, "stereoisomers": True, "other_isomers": False, "esters": False, "ethers": False,
            "preparations": False, "exceptions": [],
            "text": f"注：1. {NOTE_1}2. {NOTE_2}",
            "text_en": (f"Notes: 1. {NOTE_1_EN} 2. {NOTE_2_EN} [Encoding: note 1 is the list scope; note 2 is "
                        "the per-entry scope of items 305-396.]"),
        },
        "sources": {SRC: {**MPS_2025_NON_MEDICAL,
                          "other_urls": [*MPS_2025_NON_MEDICAL["other_urls"], BT_URL],
                          "announced": R, "effective": R,
                          "note": (RESTRUCTURE_2025_NOTE + " The item table (序号 1-396, 中文名, 英文名, CAS号, 备注), "
                                   "the three class definitions and the 注 were read in the overdrive-wiki "
                                   f"transcription ({WIKI}); Benzyl-titanium's transcription ({BT_CATALOGUE}) was "
                                   "compared for items 299-340 and 379-396, the class texts and the 注 (it agrees "
                                   "except the CAS of item 317 and a * after 右丙氧芬 at item 332).")}},
        "entries": entries,
        "note": ("396 items: 231 from the supplementary list (items 1-231, in its order; etizolam, the 232nd, "
                 "moved to the medical psychotropic catalogue), 74 from the 2013 psychotropic catalogue (items "
                 "232-305, categories no longer distinguished) and 91 from the 2013 narcotic catalogue (items "
                 "306-396), as the MPS release (quoted by overdrive-wiki) and ChemRadar report. Entry ids are those "
                 "of the same substance in the old list. Names and CAS numbers as printed in 2025; the 英文名 column "
                 "is a chemical name where the 备注 gives a short name: then name_en is the first 备注 name and the "
                 "英文名 is chemical_name_en. Structures: OPSIN on the printed English name, checked against the "
                 "old entry and the Benzyl-titanium SMILES, or copied from the old entry where OPSIN cannot read "
                 "the name (tools/curation/cn_non_medical.py)."),
    }
    for e in doc["entries"]:  # names the lists do not print are look-up aliases, not synonyms
        move_unprinted_synonyms(e, cn_printed_text())
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("# Generated by tools/curation/cn_non_medical.py; edit the inputs there.\n")
        yaml.dump(doc, fh, Dumper=NoAliasDumper, allow_unicode=True, sort_keys=False, width=110)
    print(len(entries), "entries,", n_items, "items;", dict(stats))
    print("\n".join(findings))
    for e in entries:
        if "structure" in e and "unchecked_reason" in e["structure"]:
            print("UNCHECKED", e["id"], e["structure"]["unchecked_reason"])


if __name__ == "__main__":
    main()
