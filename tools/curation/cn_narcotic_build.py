"""Write registry/CN/narcotic.yaml from cn_narcotic_items.tsv and cn_narcotic_structures.json.

Run cn_narcotic.py first (it derives and checks the structures). No network needed.
The list ends on common.RESTRUCTURE_2025: every period is closed that day (ended_by nmpa-2025-55 for the 32 items
of the 2025 medical narcotic catalogue, mps-2025-non-medical for the 91 moved to the non-medical catalogue). After
writing narcotic.yaml it writes registry/CN/medical-narcotic.yaml (cn_medical_2025.py); --old-only skips that.
"""
import csv
import datetime as dt
import json
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (  # noqa: E402
    MPS_2025_NON_MEDICAL,
    NMPA_2025_55,
    RESTRUCTURE_2025,
    RESTRUCTURE_2025_NOTE,
    cn_printed_text,
    cross_checks,
    move_unprinted_synonyms,
    pubchem_cas_checks,
)

HERE = Path(__file__).parent
OUT = HERE.parent.parent / "registry" / "CN" / "narcotic.yaml"
S1 = "Benzyl-titanium/Structural-formula assets/structured-catalogue.md (commit 818368601bfa)"
FUWARI = ("https://github.com/Benzyl-titanium/fuwari/blob/d1f36865e42ed26d53a60734a54326842d95e52c/"
          "src/content/posts/drug/structural-formula.md")
S2 = ("https://github.com/OverdriveLab/overdrive-wiki/blob/2972448cd5b088f3893d38bd2a8eb87ba398836e/"
      "_others/drug_scheduling.md")

# Structures whose second-source SMILES is wrong for the item (checked by formula / identity by hand):
S1_WRONG = {
    "alpha-methylfentanyl": "its SMILES for this item is that of beta-hydroxyfentanyl (no alpha-methyl, a beta-OH)",
    "acetorphine": "its SMILES has one carbon too many (C28H37NO5; a CH2 inserted in the 4,5-epoxy bridge)",
    "etorphine": "its SMILES has one carbon too many (C26H35NO4; a CH2 inserted in the 4,5-epoxy bridge)",
    "dihydroetorphine": "its SMILES has one carbon too many (C26H37NO4; a CH2 inserted in the 4,5-epoxy bridge)",
    "ecgonine": "its SMILES has one carbon too many (C10H15NO3; not the tropane skeleton)",
    "cocaine": "its SMILES has one carbon too many (C18H21NO4; not the tropane skeleton)",
    "nicocodine": "its SMILES for this item is that of ethylmorphine",
}
EXTRA_CHECK = {
    "etorphine": ["second source: the name with full stereodescriptors in DocCheck Flexikon 'Etorphin' "
                  "(https://flexikon.doccheck.com/de/Etorphin), (5R,6R,7R,9R,13S,14R)-7-[(R)-2-hydroxypentan-2-yl]-6-"
                  "methoxy-17-methyl-4,5-epoxy-6,14-ethenomorphinan-3-ol, parsed with OPSIN: same InChIKey "
                  "CAHCBJPUTCKATP-FAWZKKEFSA-N; molecular formula C25H33NO4 as printed there"],
    "cocaine": ["InChIKey ZPUCINDJVBIVPJ-LJISPDSOSA-N (cocaine, PubChem CID 446220, C17H21NO4) as listed in an "
                "independent public GitHub data file and in ChEMBL-based test code (CHEMBL370805) found with the "
                "code search; same InChIKey"],
}
SKELETON_WHY = {
    "alphacetylmethadol": "the second source's alpha/beta stereo is inconsistent",
    "betacetylmethadol": "the second source's alpha/beta stereo is inconsistent",
    "alphameprodine": "the second source draws alpha- and betameprodine identically",
    "betameprodine": "the second source draws alpha- and betameprodine identically",
    "alphamethadol": "the second source's alpha/beta stereo is inconsistent",
    "betamethadol": "the second source's alpha/beta stereo is inconsistent",
    "alphaprodine": "the second source draws no stereo for alphaprodine",
    "betaprodine": "representative enantiomer; relative configuration assigned by the curator",
    "codoxime": "the oxime E/Z geometry is not encoded",
    "methyldihydromorphine": "the C-6 configuration is not encoded",
    "racemorphan": "racemate: no stereo encoded (the second source draws one enantiomer)",
    "tilidine": "tilidine is a racemate; no stereo encoded",
    "trimeperidine": "no stereo encoded",
    "tegileridine": "the configuration is not encoded (not printed in any source read)",
    "ethylmorphine": ("the second source's stereo at C-6 differs from the morphine series; OPSIN's 'Ethylmorphine' "
                      "has the configuration of codeine (checked: removing the O-ethyl's methyl gives codeine's "
                      "InChIKey)"),
}
NO_STEREO_NOTE = {
    "alphacetylmethadol", "betacetylmethadol", "alphameprodine", "betameprodine",
    "alphamethadol", "betamethadol", "alphaprodine", "betaprodine",
}

_GROUPS = [["acetylmethadol", "alphacetylmethadol", "betacetylmethadol"], ["alphamethadol", "betamethadol", "dimepheptanol"],
           ["alphaprodine", "betaprodine"], ["alphameprodine", "betameprodine"]]
SHARED_STRUCTURE = {member: group for group in _GROUPS for member in group}


R = RESTRUCTURE_2025  # the July 2025 restructuring: this catalogue ends, its items go to the two 2025 catalogues


def ended_by_2025(code):
    """The instrument that carries the item from R: the medical narcotic catalogue (No. 55) or the non-medical one."""
    return ["nmpa-2025-55"] if code.startswith("M") else ["mps-2025-non-medical"]


def s2025_text(code):
    if code.startswith("M"):
        return f"《药用类麻醉药品目录（2025年版）》 item {code[1:]}"
    return f"《非药用类麻醉药品和精神药品目录》 item {code[1:]}"


def entry(r, st):
    e = {"id": r["id"], "name": r["zh"], "name_en": r["en"]}
    if r["no"] in ("73", "93"):  # the printed names are chemical names; the remark (MPPP, PEPAP) names the item
        e["name_en"] = r["remark"]
        e["chemical_name"] = r["zh"]
        e["chemical_name_en"] = r["en"]
    elif r["remark"] and r["no"] in ("62", "68", "87", "88", "89"):
        e["chemical_name"] = r["remark"]
    if r["id"] in SHARED_STRUCTURE:
        e["shares_structure_with"] = [other for other in SHARED_STRUCTURE[r["id"]] if other != r["id"]]
    if r["cas"]:
        e["cas"] = r["cas"].split(";")
        if r["no"] in ("O1", "T1"):
            e["cas_sources"] = ["nmpa-2025-55"]
    notes = []
    if r["mode"] == "nonstructural":
        e["non_structural"] = r["name"]
    else:
        s = st[r["id"]]
        struct = {"smiles": s["smiles"], "derived_by": s["derived_by"]}
        if s["mode"] == "printed":
            struct["derived_from"] = s["derived_from"]
        elif s["mode"] == "cat2025":
            struct["derived_from"] = s["derived_from"]
            printed_2013 = ("the 2013 list prints the older chemical name kept in chemical_name_en"
                            if r["no"] in ("73", "93") else "the 2013 list prints no English chemical name")
            notes.append(f"derived_from is the English chemical name printed for this item in the 2025 "
                         f"{s2025_text(r['s2025'])}; {printed_2013}.")
        elif s["mode"] == "curator":
            struct["derived_from"] = (f"INN/printed name '{r['en']}'; drawn by the curator as the systematic name "
                                      f"'{s['derived_from']}' and converted with OPSIN")
        else:  # nostereo
            struct["derived_from"] = (f"INN/printed name '{r['en']}'; drawn by the curator as the systematic name "
                                      f"'{s['derived_from']}' (converted with OPSIN), stereodescriptors removed")
        chk = s["check"]
        checked = []
        ref = f"{S1}, 2025 catalogue {s2025_text(r['s2025'])}"
        if r["id"] in S1_WRONG:
            checked = (EXTRA_CHECK.get(r["id"], []) or cross_checks(s["smiles"], "registry/CN/narcotic.yaml",
                                                                    struct["derived_from"])
                       or pubchem_cas_checks(s["smiles"], e.get("cas"), [r["en"], e.get("name_en")]))
            if not checked:
                struct["unchecked_reason"] = (
                    f"the only second source read ({S1}) is wrong for this item: {S1_WRONG[r['id']]}; no other "
                    "independent structure or printed formula was found (other registry entries with this structure "
                    "are drawings or copies, and no PubChem record in tools/curation/pubchem_checks.tsv carries the "
                    "printed CAS)")
            notes.append(f"Second source {S1} is wrong for this item: {S1_WRONG[r['id']]}.")
        elif chk and chk[0] == "full":
            checked = [f"second source: {ref} (same InChIKey)"]
        elif chk and chk[0] == "skeleton":
            checked = [f"second source: {ref} (same InChIKey first block; stereo not compared: "
                       f"{SKELETON_WHY.get(r['id'], 'stereo not encoded')})"]
        else:
            raise SystemExit(f"unexpected check for {r['id']}: {chk}")
        if checked:
            struct["checked_against"] = checked
        e["structure"] = struct
    closed = {"effective_until": R, "ended_by": ended_by_2025(r["s2025"])}
    if r["no"] == "O1":
        e["listings"] = [{"effective_from": dt.date(2023, 7, 1), **closed, "sources": ["nmpa-2023-43"]}]
    elif r["no"] == "T1":
        e["listings"] = [{"effective_from": dt.date(2023, 10, 1), **closed, "sources": ["nmpa-2023-120"]}]
    else:
        e["listings"] = [
            {"effective_from": dt.date(2014, 1, 1), **closed, "sources": ["cfda-2013-narcotic"], "item_number": r["no"]}
        ]
    if r["star"]:
        notes.append("Marked * in the list (produced and used in China); the mark does not change the control.")
    if r["remark"] and r["no"] not in ("62", "68", "73", "87", "88", "89", "93"):
        notes.append(f"备注 printed: {r['remark']}")
    if r["id"] in ("etorphine", "acetorphine", "dihydroetorphine"):
        notes.append("Stereo: drawn with every ring centre specified, (5R,6R,7R,14R) for the 6,14-etheno bridge "
                     "((5R,6R,7R,14S) for the 6,14-ethano bridge of dihydroetorphine, the same spatial arrangement), as "
                     "in the fully specified name of etorphine in DocCheck Flexikon (https://flexikon.doccheck.com/de/"
                     "Etorphin). Registry 2026.1 left C6 open and had C14 inverted.")
    if r["no"] == "71":
        notes.append("The remark extends the item to other pentavalent-nitrogen morphine derivatives, in particular "
                     "morphine-N-oxide derivatives such as codeine-N-oxide; only the N-methylmorphinium cation "
                     "(parent of the methobromide) is encoded as a structure.")
    if r["no"] == "83":
        notes.append("CAS printed in the 2013 list (reprint) as 76-42-5, which fails the CAS check digit; "
                     "left out (the 2025 catalogue prints 76-42-6 per the overdrive-wiki transcription).")
    if r["no"] == "14":
        notes.append("The 2025 catalogue transcription in overdrive-wiki prints CAS 14297-87-1 for this item.")
    if r["id"] in ("beta-hydroxyfentanyl", "beta-hydroxy-3-methylfentanyl"):
        notes.append("Source conflict: in the 2025 non-medical catalogue as transcribed (items 319/320) the "
                     "English chemical names of beta-hydroxyfentanyl and beta-hydroxy-3-methylfentanyl are "
                     "swapped; the structure here follows the INN.")
    if r["id"] in SHARED_STRUCTURE and r["id"] not in NO_STEREO_NOTE:
        notes.append("The alpha and beta isomers listed as separate items share this stereo-free structure "
                     "(shares_structure_with).")
    if r["id"] in NO_STEREO_NOTE:
        notes.append("Alpha/beta name diastereomers that the list does not define further, and no source read assigns "
                     "their configurations: the structure is drawn without stereo and shared with the entries named "
                     "in shares_structure_with. The list covers isomers, so every stereoisomer is controlled.")
    if r["no"] in ("O1", "T1"):
        notes.append("CAS as printed in the 2025 medical narcotic catalogue (overdrive-wiki transcription).")
    notes.append(f"From {R.isoformat()} (July 2025 restructuring) the item is {s2025_text(r['s2025'])}; this "
                 f"listing ends that day.")
    e["note"] = " ".join(notes)
    return e


# The two instruments of the July 2025 restructuring (both in force on R): the medical catalogues of No. 55 of 2025
# and the non-medical catalogue. They end this list; No. 55 is also cited for the CAS numbers its medical narcotic
# catalogue prints (oliceridine, tegileridine).
READ_2025 = (" Item lists read from the overdrive-wiki transcription (other_urls), cross-read with "
             "Benzyl-titanium/Structural-formula assets/structured-catalogue.md @818368601bfa.")
SOURCES_2025 = {
    "nmpa-2025-55": dict(NMPA_2025_55, announced=R, effective=R, note=RESTRUCTURE_2025_NOTE + READ_2025),
    "mps-2025-non-medical": dict(MPS_2025_NON_MEDICAL, announced=R, effective=R,
                                 note=RESTRUCTURE_2025_NOTE + READ_2025),
}


def main():
    with open(HERE / "cn_narcotic_items.tsv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    with open(HERE / "cn_narcotic_structures.json", encoding="utf-8") as fh:
        st = json.load(fh)
    doc = {
        "id": "cn-narcotic",
        "jurisdiction": "CN",
        "title": "麻醉药品品种目录（2013年版）",
        "title_en": "Catalogue of Narcotic Drugs (2013 edition)",
        "kind": "drug",
        "legal_basis": "麻醉药品和精神药品管理条例",
        "ended": R,
        "ended_by": ["nmpa-2025-55", "mps-2025-non-medical"],
        "coverage": {
            "from": dt.date(2014, 1, 1),
            "complete": True,
            "note": (
                "All 121 items of the 2013 catalogue (in force 2014-01-01) are encoded: 116 with a structure and "
                "5 non-structural (cannabis/resin/extracts/tinctures, coca leaf, concentrate of poppy straw, "
                "opium, poppy shell). Later additions encoded: oliceridine (from 2023-07-01) and tegileridine "
                "(from 2023-10-01); 123 entries in total, 123 in force from 2023-10-01. No deletion from the "
                "catalogue between 2014 and July 2025 was found. Earlier catalogues (2007 and before) are not "
                f"encoded, so coverage starts 2014-01-01. The catalogue ceased to exist on {R.isoformat()} (July "
                "2025 restructuring): 32 items form 《药用类麻醉药品目录（2025年版）》 (list cn-medical-narcotic, "
                "NMPA/MPS/NHC Announcement No. 55 of 2025) and 91 moved to 《非药用类麻醉药品和精神药品目录》 "
                "(list cn-non-medical); none was dropped. Every period closes that day, ended_by the instrument "
                "that carries the item from then. The date rests on two independent secondary reports (ChemRadar; "
                "Adrerie/psychopharm-atlas SOURCES.md), see the note of source nmpa-2025-55 and "
                "tools/curation/cn_2025_restructure.md."
            ),
        },
        "scope": {
            "salts": True,
            "stereoisomers": True,
            "other_isomers": False,
            "esters": True,
            "ethers": True,
            "preparations": True,
            "exceptions": [],
            "text": ("注：1.上述品种包括其可能存在的盐和单方制剂（除非另有规定）。"
                     "2.上述品种包括其可能存在的异构体、酯及醚（除非另有规定）。"
                     "3.品种目录有*的麻醉药品为我国生产及使用的品种。"),
            "text_en": ("Notes: 1. The items above include their possible salts and single-ingredient preparations "
                        "(unless otherwise provided). 2. The items above include their possible isomers, esters and "
                        "ethers (unless otherwise provided). 3. Narcotic drugs marked * are produced and used in "
                        "China. [Encoding: the unqualified 异构体 (isomers) is read as stereoisomers only, as in the "
                        "Single Convention and in the 2025 restatement 立体异构体; positional isomers are not assumed "
                        "to be covered. 'preparations' means single-ingredient preparations only.]"),
        },
        "sources": {
            **SOURCES_2025,
            "cfda-2013-narcotic": {
                "title": "麻醉药品品种目录（2013年版）",
                "title_en": "Catalogue of Narcotic Drugs (2013 edition)",
                "issued_by": ["国家食品药品监督管理总局"],
                "issued_by_en": ["China Food and Drug Administration"],
                "announced": dt.date(2013, 11, 11),
                "effective": dt.date(2014, 1, 1),
                "url": FUWARI,
                "other_urls": [
                    "https://www.unodc.org/LSS/Announcement/Details/07f34d99-e7d8-4cbf-9587-33886d9080c7",
                    "https://flcube.com/?p=19508",
                ],
                "note": ("Official text not reachable here; the list (121 items, names, CAS, remarks and notes) is "
                         "read from the reprint in the url. UNODC: announced by the Food and Drug Administration on "
                         "2013-11-11, in force 2014-01-01; flcube: 121 narcotic drugs. Co-issuers (commonly reported "
                         "as the Ministry of Public Security and the National Health and Family Planning Commission) "
                         "and the document number (reported as 食药监药化监〔2013〕230号) were not confirmed from any "
                         "text read, so they are left out."),
            },
            "nmpa-2023-43": {
                "title": "国家药监局 公安部 国家卫生健康委关于调整麻醉药品和精神药品目录的公告",
                "title_en": "Announcement of NMPA, MPS and NHC on adjusting the catalogues of narcotic drugs and "
                            "psychotropic substances",
                "number": "2023年第43号",
                "issued_by": ["国家药品监督管理局", "公安部", "国家卫生健康委员会"],
                "issued_by_en": ["National Medical Products Administration", "Ministry of Public Security",
                                 "National Health Commission"],
                "effective": dt.date(2023, 7, 1),
                "url": "https://flcube.com/?p=19508",
                "other_urls": ["https://baipharm.chemlinked.com/news/china-customs-codes-of-anesthetic-and-psychotropic-drugs"],
                "note": ("Adds oliceridine to the narcotic catalogue from 2023-07-01 (flcube, jointly by NMPA, MPS "
                         "and NHC). The announcement number is from research leads (NMPA page "
                         "https://www.nmpa.gov.cn/xxgk/ggtg/qtggtg/20230418144449182.html, not reachable here); the "
                         "document date is not confirmed and is left out."),
            },
            "nmpa-2023-120": {
                "title": "国家药监局 公安部 国家卫生健康委关于调整麻醉药品和精神药品目录的公告",
                "title_en": "Announcement of NMPA, MPS and NHC on adjusting the catalogues of narcotic drugs and "
                            "psychotropic substances",
                "number": "2023年第120号",
                "issued_by": ["国家药品监督管理局", "公安部", "国家卫生健康委员会"],
                "issued_by_en": ["National Medical Products Administration", "Ministry of Public Security",
                                 "National Health Commission"],
                "effective": dt.date(2023, 10, 1),
                "url": "https://baipharm.chemlinked.com/news/china-customs-codes-of-anesthetic-and-psychotropic-drugs",
                "note": ("Adds tegileridine to the narcotic catalogue from 2023-10-01 (ChemLinked: adjustment by "
                         "NMPA, MPS and NHC reported 2023-09-11). The number is from research leads (a reprint of "
                         "the full text dated 2023-09-06 at https://m.zqjmxx.com/detail.php?id=763, not read here); "
                         "the document date is left out."),
            },
        },
        "entries": [entry(r, st) for r in rows],
        "note": (
            "China's narcotic drug catalogue (麻醉药品目录) under the Regulations on the Administration of Narcotic "
            "Drugs and Psychotropic Substances. Item numbers are those of the 2013 list. Totals: 121 items in force "
            "on 2014-01-01; +1 (oliceridine) on 2023-07-01 = 122; +1 (tegileridine) on 2023-10-01 = 123. The 13 "
            "fentanyl-family items of the 2013 list are: acetyl-alpha-methylfentanyl, alfentanil, "
            "alpha-methylfentanyl, alpha-methylthiofentanyl, beta-hydroxyfentanyl, beta-hydroxy-3-methylfentanyl, "
            "fentanyl, 3-methylfentanyl, 3-methylthiofentanyl, para-fluorofentanyl, remifentanil, sufentanil, "
            "thiofentanyl (carfentanil is not in this catalogue; it was added to the non-medical supplementary list "
            "in 2017). The 2019 fentanyl-class control says fentanyl-related substances already in this catalogue "
            "stay controlled under it. Structures: see tools/curation/cn_narcotic.py (derivation and check) and "
            "cn_narcotic_build.py (this file). 2025 placements in entry notes are from the overdrive-wiki "
            f"transcription of the 2025 catalogues ({S2})."
        ),
    }
    for e in doc["entries"]:  # names the lists do not print are look-up aliases, not synonyms
        move_unprinted_synonyms(e, cn_printed_text())
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Generated by tools/curation/cn_narcotic_build.py from cn_narcotic_items.tsv and "
                "cn_narcotic_structures.json; edit those, then re-run.\n")
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=120)
    print(f"wrote {OUT} with {len(doc['entries'])} entries")
    if "--old-only" not in sys.argv:
        import cn_medical_2025
        cn_medical_2025.write_medical_narcotic()


if __name__ == "__main__":
    main()
