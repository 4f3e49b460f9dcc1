"""Build registry/CN/psychotropic.yaml (list `cn-psychotropic`) from the curated inputs beside this file.

Inputs (no network needed):
  cn_psychotropic_items.tsv      the 149 items of the 2013 catalogue (item 27 THC split into its six isomers)
  cn_psychotropic_additions.tsv  items added by later announcements (2019, 2023, 2024)
  cn_psychotropic_s1_smiles.tsv  second-source SMILES (Benzyl-titanium/Structural-formula assets/smiles.txt)
  cn_psychotropic_other_refs.tsv independent data where the S1 line is wrong or missing

Structures:
  kind chem2013  OPSIN on the English chemical name printed in the 2013 catalogue        -> derived_by opsin
  kind chem2025  OPSIN on the English chemical name printed for the same substance in the
                 2025 non-medical catalogue (the 2013 catalogue prints another name)      -> derived_by opsin
  kind drawn     curator-written systematic name for an INN, converted with OPSIN          -> derived_by drawn
  kind smiles    curator-drawn SMILES for an INN                                           -> derived_by drawn
  kind none      preparations / plants                                                     -> non_structural
Every structure is compared with the second source by InChIKey (full key when both sides carry stereo,
first block otherwise). Mismatches are listed at the end and checked against cn_psychotropic_other_refs.tsv (S1_WRONG).

Run:  cd /work/main && python3 tools/curation/cn_psychotropic.py [--check-only]

The catalogue ends on R = common.RESTRUCTURE_2025 (the July 2025 restructuring, decided in cn_2025_restructure.md):
the list gets `ended`/`ended_by`, and every open period is closed at R, ended_by the instrument that carries the item
from then (nmpa-2025-55 for the medical psychotropic catalogue, mps-2025-non-medical for the non-medical one, both
when the item was dropped or its fate is unclear). Then registry/CN/medical-psychotropic.yaml (list
cn-medical-psychotropic, 18 category I + 78 category II items) is written by cn_medical_2025.py from
cn_medical_2025_catalogue.tsv (the printed catalogue), checked against the `fate` column of the inputs here.
Options: --restructure-date YYYY-MM-DD overrides R (only to try another date); --old-only skips the medical file.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import sys
from pathlib import Path

import yaml
from py2opsin import py2opsin
from rdkit import Chem, RDLogger
from rdkit.Chem.rdMolDescriptors import CalcMolFormula

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (  # noqa: E402
    MPS_2025_NON_MEDICAL,
    NMPA_2025_55,
    RESTRUCTURE_2025,
    RESTRUCTURE_2025_NOTE,
    cn_printed_text,
    move_unprinted_synonyms,
)

RDLogger.DisableLog("rdApp.*")
HERE = Path(__file__).resolve().parent
OUT = HERE.parent.parent / "registry" / "CN" / "psychotropic.yaml"
S1_REF = "Benzyl-titanium/Structural-formula assets/smiles.txt @b38de359"
D = dt.date

START = D(2014, 1, 1)
R = RESTRUCTURE_2025  # the day this catalogue ceased to exist

# Structures whose second-source (S1) line is wrong or missing are checked against cn_psychotropic_other_refs.tsv:
S1_WRONG = {
    "brotizolam": "the S1 line for brotizolam (item medII:6) repeats the bromazepam SMILES",
    "methcathinone": "the S1 line for methcathinone (item nonmed:260) gives the 4-methyl compound (mephedrone)",
    "suvorexant": "suvorexant is not in the 2025 catalogues, so S1 has no line for it",
}


class NoAliasDumper(yaml.SafeDumper):
    def ignore_aliases(self, data):  # noqa: D102 - repeated dates must not become YAML anchors
        return True


def read_tsv(name: str) -> list[dict]:
    with open(HERE / name, encoding="utf-8") as fh:
        lines = [ln for ln in fh if not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def cas_ok(cas: str) -> bool:
    parts = cas.split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return False
    digits = (parts[0] + parts[1])[::-1]
    return sum((i + 1) * int(d) for i, d in enumerate(digits)) % 10 == int(parts[2])


def has_stereo(mol: Chem.Mol) -> bool:
    if Chem.FindMolChiralCenters(mol, includeUnassigned=False, useLegacyImplementation=False):
        return True
    return any(b.GetStereo() != Chem.BondStereo.STEREONONE for b in mol.GetBonds())


def derive(items: list[dict]) -> dict[str, dict]:
    """Return id -> {smiles, derived_by, derived_from, inchikey, mol}."""
    to_parse = [it for it in items if it["kind"] in ("chem2013", "chem2025", "drawn")]
    parsed = py2opsin([it["parse"] for it in to_parse])
    out: dict[str, dict] = {}
    for it, smi in zip(to_parse, parsed, strict=False):
        if not smi:
            raise SystemExit(f"OPSIN failed on {it['id']}: {it['parse']!r}")
        out[it["id"]] = {"raw": smi}
    for it in items:
        if it["kind"] == "smiles":
            out[it["id"]] = {"raw": it["parse"]}
    for it in items:
        if it["id"] not in out:
            continue
        mol = Chem.MolFromSmiles(out[it["id"]]["raw"])
        if mol is None:
            raise SystemExit(f"bad SMILES for {it['id']}")
        rec = out[it["id"]]
        rec["mol"] = mol
        rec["smiles"] = Chem.MolToSmiles(mol)
        rec["inchikey"] = Chem.MolToInchiKey(mol)
        inn = it["en"] or it["name_en"]
        if it["kind"] in ("chem2013", "chem2025"):
            rec["derived_by"], rec["derived_from"] = "opsin", it["parse"]
        elif it["kind"] == "drawn":
            rec["derived_by"] = "drawn"
            rec["derived_from"] = (f"{_named(inn)}: drawn as the systematic name '{it['parse']}' "
                                   "(curator-written, converted with OPSIN)")
        else:
            rec["derived_by"] = "drawn"
            rec["derived_from"] = f"{_named(inn)}: drawn by hand as SMILES {it['parse']}"
    return out


def _named(english):
    """'INN Dezocine', or for an item printed with its dosage form ('Dezocine and Its Injection', audit al) the
    printed English name and the substance it names."""
    substance = re.split(r" and its ", english, flags=re.IGNORECASE)[0]
    if substance == english:
        return f"INN {english}"
    return f"printed English name '{english}' (the substance: {substance})"


def skeleton(mol: Chem.Mol) -> str:
    """Heavy-atom graph with every bond single, no charges, no H, no stereo: equal for tautomers/resonance forms."""
    rw = Chem.RWMol(mol)
    for a in rw.GetAtoms():
        a.SetFormalCharge(0)
        a.SetNoImplicit(False)
        a.SetNumExplicitHs(0)
        a.SetIsAromatic(False)
    for b in rw.GetBonds():
        b.SetBondType(Chem.BondType.SINGLE)
        b.SetIsAromatic(False)
        b.SetStereo(Chem.BondStereo.STEREONONE)
    m = rw.GetMol()
    Chem.SanitizeMol(m, Chem.SanitizeFlags.SANITIZE_NONE)
    return Chem.MolToSmiles(m, isomericSmiles=False)


def check(structs: dict[str, dict], s1: dict[str, dict], other: dict[str, dict]) -> tuple[dict[str, dict], list[str]]:
    problems = []
    for key, rec in structs.items():
        if key in S1_WRONG:
            ref = other[key]
            if ref["kind"] == "smiles":
                omol = Chem.MolFromSmiles(ref["value"])
                ok = Chem.MolToInchiKey(omol)[:14] == rec["inchikey"][:14]
                what = "same InChIKey first block (our structure carries no stereo)"
            elif ref["kind"] == "inchikey":
                ok = ref["value"] == rec["inchikey"]
                what = "same InChIKey"
            else:
                ok = ref["value"] == CalcMolFormula(rec["mol"])
                what = f"same molecular formula {ref['value']} (formula check only)"
            if not ok:
                problems.append(f"{key}: other reference disagrees")
                rec["checked_against"], rec["unchecked_reason"] = [], "MISMATCH"
                continue
            rec["checked_against"] = [f"{ref['ref']}: {what}; {S1_WRONG[key]}, so it was not used"]
            continue
        ref = s1.get(key)
        if ref is None:
            problems.append(f"{key}: no second-source line")
            rec["checked_against"], rec["unchecked_reason"] = [], "no second source available"
            continue
        rmol = Chem.MolFromSmiles(ref["smiles"])
        rkey = Chem.MolToInchiKey(rmol)
        ours_st, ref_st = has_stereo(rec["mol"]), has_stereo(rmol)
        where = f"second source: {S1_REF} (line for catalogue item {ref['s1_item']})"
        if ours_st and ref_st:
            if rkey == rec["inchikey"]:
                rec["checked_against"] = [f"{where}: same InChIKey"]
                continue
            problems.append(f"{key}: full InChIKey differs {rec['inchikey']} vs {rkey}")
        elif rkey == rec["inchikey"]:  # neither draws a configuration
            rec["checked_against"] = [f"{where}: same InChIKey"]
            continue
        elif rkey[:14] == rec["inchikey"][:14]:
            why = ("our structure carries no stereo (the printed name gives none; the list covers isomers)"
                   if not ours_st else "the second source carries no stereo")
            rec["checked_against"] = [f"{where}: same InChIKey first block (connectivity); {why}"]
            continue
        elif (CalcMolFormula(rmol) == CalcMolFormula(rec["mol"]) and skeleton(rmol) == skeleton(rec["mol"])):
            rec["checked_against"] = [f"{where}: the second source draws another tautomer of the same compound "
                                      f"(same molecular formula {CalcMolFormula(rmol)} and same heavy-atom "
                                      "connectivity; the standard InChI does not merge these two tautomers)"]
            continue
        else:
            problems.append(f"{key}: InChIKey first block differs {rec['inchikey']} vs {rkey} "
                            f"(ours {rec['smiles']} / S1 {ref['smiles']})")
        rec["checked_against"], rec["unchecked_reason"] = [], "MISMATCH"
    return structs, problems


# ----------------------------------------------------------------------------------------------------------------
SOURCES = {
    "cn-psy-2013": {
        "title": "精神药品品种目录（2013年版）",
        "title_en": "Catalogue of Psychotropic Substances (2013 edition)",
        "issued_by": ["国家食品药品监督管理总局"],
        "issued_by_en": ["China Food and Drug Administration (CFDA)"],
        "announced": D(2013, 11, 11),
        "effective": D(2014, 1, 1),
        "url": "https://github.com/Benzyl-titanium/Structural-formula/blob/3f963bfe9a877931b43479fdb8d52cb7a5bbf183/"
               "%E7%AC%AC%E4%B8%80%E7%B1%BB%E7%B2%BE%E7%A5%9E%E8%8D%AF%E5%93%81%E7%9B%AE%E5%BD%95/README.md",
        "other_urls": [
            "https://github.com/Benzyl-titanium/Structural-formula/blob/badd83fb23d1ecdea5089a646fdfcee840c86fa2/"
            "%E7%AC%AC%E4%BA%8C%E7%B1%BB%E7%B2%BE%E7%A5%9E%E8%8D%AF%E5%93%81%E7%9B%AE%E5%BD%95/README.md",
            "https://www.unodc.org/LSS/Announcement/Details/07f34d99-e7d8-4cbf-9587-33886d9080c7",
            "https://flcube.com/?p=19508",
        ],
        "note": "Text read through a GitHub transcription of the two tables (category I, 68 items; category II, 81 "
                "items; 149 in all) with the printed notes 注1-3. UNODC's early-warning page confirms the announcement "
                "of 2013-11-11 by the Food and Drug Administration and entry into force on 2014-01-01; flcube confirms "
                "the counts (121 narcotic, 68 category I, 81 category II). The co-issuing ministries and the document "
                "number of the covering notice were not verified here (one secondary code comment cites it as "
                "'食药总局2013年第230号通知'), so they are left out.",
    },
    "nmpa-2019-63": {
        "title": "国家药监局 公安部 国家卫生健康委关于将含羟考酮复方制剂等品种列入精神药品管理的公告（2019年第63号）",
        "title_en": "Announcement of the NMPA, MPS and NHC on including oxycodone-containing compound preparations and "
                    "other varieties in psychotropic drug management (No. 63 of 2019)",
        "number": "2019年第63号",
        "issued_by": ["国家药品监督管理局", "公安部", "国家卫生健康委员会"],
        "issued_by_en": ["National Medical Products Administration", "Ministry of Public Security",
                         "National Health Commission"],
        "announced": D(2019, 8, 6),
        "effective": D(2019, 9, 1),
        "url": "https://english.nmpa.gov.cn/2019-08/06/c_409540.htm",
        "other_urls": [
            "https://chinaservicesinfo.com/s/201908/13/WS5dd23cfe498e7df3800ef6da/announcement-of-the-national-medical-"
            "products-administration-the-ministry-of-public-security-and-the-national-health-commission-on-the-inclusion-"
            "of-varieties-including-oxycodone-containing-medicines-as-psychotropic-drugs.html",
            "https://github.com/Benzyl-titanium/fuwari/blob/d1f36865e42ed26d53a60734a54326842d95e52c/src/content/posts/"
            "drug/structural-formula.md",
        ],
        "note": "Chinese title as headed in the reprint of the full text in Benzyl-titanium/fuwari (structural-formula.md "
                "@d1f36865, spacing normalised); text also read in the NMPA's and chinaservicesinfo's English versions.",
    },
    "nmpa-2023-43": {
        "title": "国家药监局 公安部 国家卫生健康委关于调整麻醉药品和精神药品目录的公告（2023年第43号）",
        "title_en": "Announcement of the NMPA, MPS and NHC adjusting the catalogues of narcotic drugs and psychotropic "
                    "substances (No. 43 of 2023)",
        "number": "2023年第43号",
        "issued_by": ["国家药品监督管理局", "公安部", "国家卫生健康委员会"],
        "issued_by_en": ["National Medical Products Administration", "Ministry of Public Security",
                         "National Health Commission"],
        "announced": D(2023, 4, 18),
        "effective": D(2023, 7, 1),
        "url": "http://www.cphi.cn/news/show-205755.html",
        "other_urls": ["https://flcube.com/?p=19508",
                       "https://baipharm.chemlinked.com/news/china-customs-codes-of-anesthetic-and-psychotropic-drugs"],
        "note": "Title, number and NMPA publication date 2023-04-18 per CPHI; effective date 2023-07-01 and content "
                "per flcube. Chinese item names per the customs-code list reproduced by ChemLinked.",
    },
    "nmpa-2023-120": {
        "title": "国家药监局 公安部 国家卫生健康委关于调整麻醉药品和精神药品目录的公告",
        "title_en": "Announcement of the NMPA, MPS and NHC adjusting the catalogues of narcotic drugs and psychotropic "
                    "substances (September 2023: tegileridine, dimdazenil, etomidate, modafinil)",
        "issued_by": ["国家药品监督管理局", "公安部", "国家卫生健康委员会"],
        "issued_by_en": ["National Medical Products Administration", "Ministry of Public Security",
                         "National Health Commission"],
        "effective": D(2023, 10, 1),
        "url": "https://baipharm.chemlinked.com/news/china-customs-codes-of-anesthetic-and-psychotropic-drugs",
        "note": "Content and effective date 2023-10-01 per ChemLinked (which dates the adjustment 2023-09-11). "
                "Research notes give the number as 2023年第120号 and the document date as 2023-09-06 from a reprint "
                "(m.zqjmxx.com/detail.php?id=763) that was not re-read here, so neither is recorded as a fact. The "
                "Chinese title is that of the announcement series (same wording as No. 43 of 2023).",
    },
    "nmpa-2024-54": {
        "title": "国家药监局 公安部 国家卫生健康委关于调整精神药品目录的公告（2024年第54号）",
        "title_en": "Announcement of the NMPA, MPS and NHC adjusting the catalogue of psychotropic substances "
                    "(No. 54 of 2024)",
        "number": "2024年第54号",
        "issued_by": ["国家药品监督管理局", "公安部", "国家卫生健康委员会"],
        "issued_by_en": ["National Medical Products Administration", "Ministry of Public Security",
                         "National Health Commission"],
        "announced": D(2024, 4, 30),
        "effective": D(2024, 7, 1),
        "url": "http://cn.office369.com/minsheng/show-1564400.html",
        "other_urls": [
            "https://lab.jgvogel.cn/c/2024-05-08/1399103.shtml",
            "https://www.365yiyao.com/index.php?c=show&id=472429",
            "https://baipharm.chemlinked.com/news/china-changes-controls-on-certain-drugs-including-dextromethorphan",
        ],
        "note": "Full text reprinted by office369 (dated 2024年4月30日 at the foot; ChemLinked reports the "
                "announcement on 2024-05-07, the day it was published). The NMPA/NHC implementation notice of "
                "2024-05-21 (365yiyao reprint) spells out the scope: dextromethorphan including salts and "
                "single-ingredient preparations; nalfurafine and lorcaserin including salts, isomers and "
                "single-ingredient preparations; midazolam API including salts and isomers.",
    },
}

SPECIAL_PERIODS = {
    "modafinil": [
        {"effective_from": START, "effective_until": D(2023, 10, 1), "ended_by": ["nmpa-2023-120"],
         "sources": ["cn-psy-2013"], "category": "I", "item_number": "65"},
        {"effective_from": D(2023, 10, 1), "sources": ["nmpa-2023-120"], "category": "II",
         "note": "moved from category I to category II"},
    ],
    "midazolam": [
        {"effective_from": START, "effective_until": D(2024, 7, 1), "ended_by": ["nmpa-2024-54"],
         "sources": ["cn-psy-2013"], "category": "II", "item_number": "47"},
        {"effective_from": D(2024, 7, 1), "sources": ["nmpa-2024-54"], "category": "I",
         "note": "Midazolam API (including salts and isomers) and injections moved to category I; other midazolam "
                 "single-ingredient preparations remain category II (entry midazolam-other-preparations)."},
    ],
}

ADDITION_PERIODS = {
    "oxycodone-compound-oral-solid-over-5mg": (D(2019, 9, 1), "nmpa-2019-63", "I"),
    "oxycodone-compound-oral-solid-up-to-5mg": (D(2019, 9, 1), "nmpa-2019-63", "II"),
    "buprenorphine-naloxone-oral-solid": (D(2019, 9, 1), "nmpa-2019-63", "II"),
    "suvorexant": (D(2023, 7, 1), "nmpa-2023-43", "II"),
    "perampanel": (D(2023, 7, 1), "nmpa-2023-43", "II"),
    "eptazocine": (D(2023, 7, 1), "nmpa-2023-43", "II"),
    "tramadol-compound-preparations": (D(2023, 7, 1), "nmpa-2023-43", "II"),
    "hydrocodone-compound-oral-solid-over-5mg": (D(2023, 7, 1), "nmpa-2023-43", "I"),
    "hydrocodone-compound-oral-solid-up-to-5mg": (D(2023, 7, 1), "nmpa-2023-43", "II"),
    "dimdazenil": (D(2023, 10, 1), "nmpa-2023-120", "II"),
    "etomidate": (D(2023, 10, 1), "nmpa-2023-120", "II"),
    "dextromethorphan": (D(2024, 7, 1), "nmpa-2024-54", "II"),
    "nalfurafine": (D(2024, 7, 1), "nmpa-2024-54", "II"),
    "lorcaserin": (D(2024, 7, 1), "nmpa-2024-54", "II"),
    "diphenoxylate-compound-preparations": (D(2024, 7, 1), "nmpa-2024-54", "II"),
    "midazolam-other-preparations": (D(2024, 7, 1), "nmpa-2024-54", "II"),
}

SCOPE_OVERRIDES = {
    "etomidate": {"exceptions": ["在中国境内批准上市的含依托咪酯的药品制剂除外"],
                  "text": "依托咪酯（在中国境内批准上市的含依托咪酯的药品制剂除外）",
                  "text_en": "Etomidate (except etomidate-containing pharmaceutical preparations approved for "
                             "marketing in China)."},
    "dextromethorphan": {"stereoisomers": False, "other_isomers": False,
                         "text": "右美沙芬（包括盐、单方制剂）",
                         "text_en": "Dextromethorphan (including salts and single-ingredient preparations); the "
                                    "implementation notice names no isomers (levomethorphan and racemethorphan are "
                                    "narcotic drugs)."},
    "midazolam": {"text": "咪达唑仑原料药（包括盐、异构体）和注射剂由第二类精神药品调整为第一类精神药品，"
                          "其它咪达唑仑单方制剂仍为第二类精神药品",
                  "text_en": "From 2024-07-01 midazolam API (including salts and isomers) and injections are category "
                             "I; other midazolam single-ingredient preparations remain category II."},
}

EXTRA_NOTES = {
    "lysergide": "Printed in the 2013 catalogue as '(+)- Lysergide'; the structure keeps the (6aR,9R) configuration "
                 "printed in the 2025 catalogue's chemical name.",
    "mephedrone": "UNODC's page (other_urls of cn-psy-2013) says mephedrone was already regulated as a psychotropic "
                  "substance by a Food and Drug Administration announcement of 2010-08-06; that earlier period (under "
                  "the previous catalogue) is not encoded. The 2013 catalogue (as transcribed) prints CAS 5650-44-2 "
                  "for it, which is methcathinone's (item 15).",
    "dronabinol": "2013 remark: δ-9-四氢大麻酚及其立体化学异构体 (delta-9-THC and its stereochemical isomers).",
    "tramadol": "Tramadol compound preparations were added to category II from 2023-07-01 (entry "
                "tramadol-compound-preparations).",
    "butorphanol": "The 2013 item is 布托啡诺及其注射剂 (butorphanol and its injection).",
    "dezocine": "The 2013 item is 地佐辛及其注射剂 (dezocine and its injection).",
    "nalbuphine": "The 2013 item is 纳布啡及其注射剂 (nalbuphine and its injection).",
    "buprenorphine": "Buprenorphine transdermal patches are category II (entry buprenorphine-transdermal-patch); "
                     "buprenorphine + naloxone oral solid preparations category II from 2019-09-01.",
    "paracetamol-hydrocodone-tablet": "Not in the 2025 medical catalogue; whether it was removed by the 2023 "
                                      "hydrocodone compound-preparation listing or only in 2025 was not established, "
                                      "so its period is closed on the restructuring date, ended_by both 2025 "
                                      "instruments (fate unclear).",
    "suvorexant": "Not carried into the 2025 medical psychotropic catalogue (S2: 原第二类精神药品苏沃雷生不再列管); "
                  "its period ends on the restructuring date (ended_by both 2025 instruments: dropped).",
    "etomidate": "Added with a carve-out for etomidate-containing medicinal preparations approved for marketing in "
                 "China.",
}


def period(start, src, cat, item=None, note=None):
    p = {"effective_from": start, "sources": [src], "category": cat}
    if item:
        p["item_number"] = item
    if note:
        p["note"] = note
    return p


def build() -> dict:
    items = read_tsv("cn_psychotropic_items.tsv")
    additions = read_tsv("cn_psychotropic_additions.tsv")
    s1 = {r["id"]: r for r in read_tsv("cn_psychotropic_s1_smiles.tsv")}
    allitems = items + additions
    structs = derive(allitems)
    other = {r["id"]: r for r in read_tsv("cn_psychotropic_other_refs.tsv")}
    structs, problems = check(structs, s1, other)
    for p in problems:
        print("CHECK:", p, file=sys.stderr)

    entries = []
    for it in allitems:
        key = it["id"]
        e: dict = {"id": key, "name": it["zh"], "name_en": it["name_en"]}
        syn = [s for s in it["synonyms"].split("|") if s]
        if (it["en"] and it["kind"] != "chem2013"
                and it["en"].strip().lower() not in {x.lower() for x in (it["name_en"], *syn)}):
            syn.append(it["en"].strip())
        if it["en"].strip().lower() == it["name_en"].lower():  # same name: keep the printed capitals
            e["name_en"] = it["en"].strip()
        printed = PRINTED_NAME_EN.get(key)
        if printed:  # the list's own English name: it becomes name_en, the common name a synonym
            syn = [printed_syn for printed_syn in syn if printed_syn.lower() != printed.lower()]
            if it["name_en"].lower() not in {x.lower() for x in (printed, *syn)}:
                syn.insert(0, it["name_en"])
            e["name_en"] = printed
        if syn:
            e["synonyms"] = syn
        if not it["en"].strip() and not printed:
            notes_en = ["The list prints no English name; name_en is a descriptive English name."]
        else:
            notes_en = []
        if it["kind"] == "chem2013" or key in ("dma", "dmhp", "doet", "n-hydroxy-mda", "n-ethyl-mda", "mdma", "mmda",
                                                "pma", "stp", "tma", "am-694", "jwh-250", "jwh-018", "jwh-073"):
            e["chemical_name_en"] = it["en"].strip()
        notes = notes_en
        # CAS: 2013 value as printed (S1 transcription) unless the 2025 edition (which revised CAS numbers) differs.
        c13, c25 = it["cas2013"].strip(), it["cas2025"].strip()
        if it["kind"] != "none":
            if c13 and cas_ok(c13) and (not c25 or c25 == c13):
                e["cas"] = [c13]
            elif c13 and cas_ok(c13) and cas_ok(c25):
                # both as printed: the 2013 catalogue (this listing's source) first, then the 2025 revision
                e["cas"] = [c13, c25]
                e["cas_sources"] = [cas_source_2025(it)]
                notes.append(f"CAS: the 2013 catalogue prints {c13}; the 2025 catalogue, which revised CAS "
                             f"numbers, prints {c25}.")
            elif c25 and cas_ok(c25):
                e["cas"] = [c25]
                e["cas_sources"] = [cas_source_2025(it)]
                if c13:
                    notes.append(f"CAS: the 2013 catalogue (as transcribed) prints '{c13}'; the 2025 catalogue, "
                                 f"which revised CAS numbers, prints {c25}.")
                elif it["cat"]:
                    notes.append(f"CAS {c25} as printed in the 2025 catalogue; the 2013 catalogue prints none.")
                else:
                    notes.append(f"CAS {c25} as printed in the 2025 medical psychotropic catalogue.")
        elif c13:
            notes.append(f"The 2013 catalogue prints CAS {c13} against this preparation.")
        if key in structs:
            r = structs[key]
            st = {"smiles": r["smiles"], "derived_by": r["derived_by"], "derived_from": r["derived_from"]}
            if r.get("checked_against"):
                st["checked_against"] = r["checked_against"]
            else:
                st["unchecked_reason"] = r["unchecked_reason"]
            e["structure"] = st
            if it["kind"] == "chem2025":
                notes.append(f"Structure parsed from the English chemical name printed for this substance in the "
                             f"2025 non-medical catalogue (item {it['fate'].split(':')[1]}); the 2013 catalogue "
                             f"prints the English name '{it['en'].strip()}'.")
        else:
            e["non_structural"] = it["nonstruct"]
        if key in SCOPE_OVERRIDES:
            e["scope"] = SCOPE_OVERRIDES[key]
        if key in SPECIAL_PERIODS:
            e["listings"] = SPECIAL_PERIODS[key]
        elif key in ADDITION_PERIODS:
            start, src, cat = ADDITION_PERIODS[key]
            e["listings"] = [period(start, src, cat,
                                    note=(f"Wording of the 2025 catalogue remark (备注): {it['remark']}"
                                          if it["remark"] else None))]
        else:
            rem = f"2013 remark (备注): {it['remark']}" if it["remark"] and not it["remark"].isascii() else None
            e["listings"] = [period(START, "cn-psy-2013", it["cat"], it["no"], rem)]
        if it["star"] == "*":
            notes.append(("Marked * in the 2013 catalogue" if it["cat"] else "Marked * in the 2025 medical catalogue") +
                         " (a variety produced and used in China); the mark does not change "
                         "the level of control.")
        if key.startswith("thc-"):
            notes.append("Item 27 of category I, 四氢大麻酚 (tetrahydrocannabinol), 'including isomers and their "
                         "stereochemical variants' (包括同分异构体及其立体化学变体). The 2013 catalogue names no "
                         "individual isomer; this entry is one of the six isomers that the 2025 non-medical catalogue "
                         "spells out for the same item (no. 282). Delta-9-THC is item 33 (dronabinol).")
        fate = it["fate"]
        if fate.startswith("nonmed:"):
            notes.append(f"On {R.isoformat()} (July 2025 restructuring) this item moved to the non-medical catalogue (item "
                         f"{fate.split(':')[1]}).")
        elif fate.startswith("medI:") or fate.startswith("medII:"):
            cat, no = fate.split(":")
            notes.append(f"From {R.isoformat()} carried into the 2025 medical psychotropic catalogue, category "
                         f"{'I' if cat == 'medI' else 'II'}, item {no}.")
        if key in EXTRA_NOTES:
            notes.append(EXTRA_NOTES[key])
        if notes:
            e["note"] = " ".join(notes)
        entries.append(e)

    n1 = sum(1 for it in items if it["cat"] == "I" and not it["id"].startswith("thc-")) + 1
    n2 = sum(1 for it in items if it["cat"] == "II")
    assert (n1, n2) == (68, 81), (n1, n2)

    doc = {
        "id": "cn-psychotropic",
        "jurisdiction": "CN",
        "title": "精神药品品种目录（2013年版）",
        "title_en": "Catalogue of Psychotropic Substances (2013 edition)",
        "kind": "drug",
        "legal_basis": "麻醉药品和精神药品管理条例",
        "ended": R,
        "ended_by": ["nmpa-2025-55", "mps-2025-non-medical"],
        "coverage": {
            "from": START,
            "complete": True,
            "uncertain": [
                {"name": "瑞马唑仑", "name_en": "remimazolam", "from": START, "until": R,
                 "smiles": "COC(=O)CCC1N=C(c2ccccn2)c2cc(Br)ccc2-n2c(C)cnc21",
                 "reason": "category II in the 2025 medical catalogue and absent from the 2013 one; the date it was "
                           "listed was not found (structure: OPSIN on methyl 3-[8-bromo-1-methyl-6-(pyridin-2-yl)-"
                           "4H-imidazo[1,2-a][1,4]benzodiazepin-4-yl]propanoate, same connectivity as S1)"},
                {"name": "含可待因复方口服液体制剂", "name_en": "codeine-containing compound oral liquid preparations",
                 "from": START, "until": R,
                 "reason": "category II in the 2025 medical catalogue and absent from the 2013 one; the date it was "
                           "listed was not found (a preparation: no single structure)"},
            ],
            "note": "On 2014-01-01 the catalogue had 68 category I and 81 category II items (149); all 149 are encoded "
                    "(category I item 27, tetrahydrocannabinol, as six isomer entries). Later changes encoded: "
                    "2019-09-01 (No. 63 of 2019), 2023-07-01 (No. 43 of 2023), 2023-10-01 (announcement of "
                    "September 2023), 2024-07-01 (No. 54 of 2024). NOT encoded because the date of listing could not "
                    "be sourced: remimazolam (瑞马唑仑) and codeine-containing compound oral liquid preparations "
                    "(含可待因复方口服液体制剂), both category II in the 2025 medical catalogue and absent from the "
                    "2013 one; they are under coverage.uncertain until the restructuring (remimazolam's structure "
                    "answers out_of_coverage; the preparations have no single structure). The catalogue ceased to "
                    f"exist on {R.isoformat()}, replaced by 《药用类精神药品目录（2025年版）》 (list "
                    "cn-medical-psychotropic, NMPA/MPS/NHC Announcement No. 55 of 2025) and the non-medical catalogue "
                    "(list cn-non-medical). Every period closes that day, ended_by the instrument that carries the "
                    "item from then (both when it was dropped or its fate is unclear: suvorexant, "
                    "paracetamol-hydrocodone-tablet). The date rests on two independent secondary reports (ChemRadar; "
                    "Adrerie/psychopharm-atlas SOURCES.md), see the note of source nmpa-2025-55 and "
                    "tools/curation/cn_2025_restructure.md.",
        },
        "scope": {
            "salts": True,
            "stereoisomers": True,
            "other_isomers": True,
            "esters": False,
            "ethers": False,
            "preparations": True,
            "exceptions": [],
            "text": "注：1.上述品种包括其可能存在的盐和单方制剂（除非另有规定）。"
                    "2.上述品种包括其可能存在的异构体（除非另有规定）。"
                    "3.品种目录有*的精神药品为我国生产及使用的品种。",
            "text_en": "Notes: 1. The items above include their possible salts and single-ingredient preparations "
                       "(unless otherwise provided). 2. The items above include their possible isomers (unless "
                       "otherwise provided). 3. Items marked * are psychotropic drugs produced and used in China. "
                       "(Note 2 says 异构体, isomers, without restriction to stereoisomers; the 2025 catalogue narrows "
                       "the wording to 立体异构体.)",
        },
        "sources": {**SOURCES, **CAS_SOURCES_2025},
        "entries": entries,
        "note": "Counts on 2014-01-01: 68 category I + 81 category II = 149 items (stated in the catalogue title "
                "【149种】 of the transcription and by flcube). Categories are per period in `category` (I / II); a "
                "move between categories is two periods of one entry (modafinil 2023-10-01, midazolam 2024-07-01). "
                "Compound preparations added later are non_structural entries.",
    }
    return doc, problems


def main() -> None:
    r = R
    if "--restructure-date" in sys.argv:
        r = dt.date.fromisoformat(sys.argv[sys.argv.index("--restructure-date") + 1])
    doc, problems = build()
    close_at(doc, r)
    if "--check-only" in sys.argv:
        return
    if any("MISMATCH" in str(e.get("structure", {}).get("unchecked_reason", "")) for e in doc["entries"]):
        raise SystemExit("unresolved structure mismatches; not writing")
    for e in doc["entries"]:  # names the lists do not print are look-up aliases, not synonyms
        move_unprinted_synonyms(e, cn_printed_text())
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("# Generated by tools/curation/cn_psychotropic.py from the TSV inputs beside it. "
                 "Edit those, then rerun.\n")
        yaml.dump(doc, fh, Dumper=NoAliasDumper, allow_unicode=True, sort_keys=False, width=120)
    print(f"wrote {OUT} with {len(doc['entries'])} entries")
    if "--old-only" not in sys.argv:
        import cn_medical_2025
        cn_medical_2025.write_medical_psychotropic(r)


# The English name the 2013 catalogue prints for an item (its English column, or its remark where the English
# column holds a chemical name), where the curated common name differs. Spacing is normalised, spelling kept.
PRINTED_NAME_EN = {
    "det": "DET", "dma": "DMA", "dmt": "DMT", "n-hydroxy-mda": "N-hydroxy MDA", "n-ethyl-mda": "N-ethyl MDA",
    "lysergide": "(+)-Lysergide", "psilocine": "Psilocine", "psilocybine": "Psilocybine", "stp": "STP",
    "2c-b": "2-CB", "mephedrone": "4-Methylmethcathinone", "furfenorex": "Furfennorex",
    "butorphanol": "Butorphanol and its injection", "dezocine": "Dezocine and Its Injection",
    "nalbuphine": "Nalbuphine and its injection", "ergotamine-caffeine-tablet": "Ergotamine and Caffeine Tablet",
    "paracetamol-hydrocodone-tablet": "Paracetamol and Hydrocodone Bitartrate Tablet",
}

READ_2025 = (" Item lists read from the overdrive-wiki transcription (other_urls), cross-read with "
             "Benzyl-titanium/Structural-formula assets/structured-catalogue.md @818368601bfa.")
# The two instruments of the July 2025 restructuring, which end this list; they are also cited for the (revised)
# CAS numbers they print for items whose own listing instrument printed none or another one.
CAS_SOURCES_2025 = {
    "nmpa-2025-55": dict(NMPA_2025_55, announced=R, effective=R, note=RESTRUCTURE_2025_NOTE + READ_2025),
    "mps-2025-non-medical": dict(MPS_2025_NON_MEDICAL, announced=R, effective=R,
                                 note=RESTRUCTURE_2025_NOTE + READ_2025),
}


def cas_source_2025(item: dict) -> str:
    """The 2025 catalogue that holds the item: the non-medical one or the medical ones of No. 55 of 2025."""
    return "mps-2025-non-medical" if item["fate"].startswith("nonmed") else "nmpa-2025-55"


def ended_by_2025(fate: str) -> list[str]:
    """The instrument(s) that carry the item from the restructuring date; both when it was dropped or unclear."""
    if fate.startswith("nonmed"):
        return ["mps-2025-non-medical"]
    if fate.startswith("med"):
        return ["nmpa-2025-55"]
    return ["nmpa-2025-55", "mps-2025-non-medical"]


def close_at(doc: dict, r: dt.date) -> None:
    """Close every open period at r, ended_by the instrument that carries the item from then."""
    items = read_tsv("cn_psychotropic_items.tsv") + read_tsv("cn_psychotropic_additions.tsv")
    fates = {it["id"]: it["fate"] for it in items}
    for src in ("nmpa-2025-55", "mps-2025-non-medical"):
        doc["sources"][src] = dict(doc["sources"][src], announced=r, effective=r)
    doc["ended"] = r
    for e in doc["entries"]:
        for p in e["listings"]:
            if p.get("effective_until") is None:
                p["effective_until"], p["ended_by"] = r, ended_by_2025(fates[e["id"]])
    for u in doc["coverage"]["uncertain"]:
        u["until"] = r


if __name__ == "__main__":
    main()
