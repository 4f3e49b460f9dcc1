"""Derive, check and write registry/UN/1961-schedule-{i,ii,iii,iv}.yaml (Single Convention, 1961).

SUPERSEDED: the files are now written by un_19xx_incb.py (INCB Yellow/Green List anchor), which keeps this
script's sources, entries and uncertain items through un_19xx_prev.json. Do not run this script.

Offline and reproducible: reads un_1961_inputs.json (printed names, anchor, uncertain items) and
un_1961_sources.json (sources recorded by the earlier pass) next to this file; parses each name
with OPSIN (py2opsin, local Java); checks each structure against registry/CN and registry/US
entries by InChIKey (entries whose structure was copied from another registry file are skipped,
they are not independent); writes the four YAML files. Running it twice gives identical files.

Usage: cd /work/main && python3 tools/curation/un_1961.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml
from py2opsin import py2opsin
from rdkit import Chem, RDLogger
from rdkit.Chem.rdMolDescriptors import CalcMolFormula

RDLogger.DisableLog("rdApp.*")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
from common import with_dates  # noqa: E402

ANCHOR = "2021-01-22"
ANCHOR_2013 = "2013-09-25"

NEW_SOURCES = {
    "st-cnd-1-add1-rev7": {
        "title": "The International Drug Control Conventions: Schedules of the Single Convention on Narcotic Drugs of 1961 as amended by the 1972 Protocol, as at 22 January 2021",
        "number": "ST/CND/1/Add.1/Rev.7",
        "issued_by": ["United Nations"],
        "issued_by_en": ["United Nations"],
        "announced": "2021-01-22",
        "url": "https://docslib.org/doc/10844345/the-international-drug-control-conventions",
        "note": "Anchor of these files. Consolidated list 'as at 22 January 2021' (United Nations, New York, 2021). Only the opening of Schedule I could be read in the stored copy (Acetorphine to Benzylmorphine, with their chemical names; the next line begins 'Betacety...'). Gives the status on that date, not the date each listing took effect.",
    },
    "st-cnd-1-add1-2013": {
        "title": "The International Drug Control Conventions: Schedules of the Single Convention on Narcotic Drugs of 1961 as amended by the 1972 Protocol, as at 25 September 2013",
        "number": "ST/CND/1/Add.1",
        "issued_by": ["United Nations"],
        "issued_by_en": ["United Nations"],
        "announced": "2013-09-25",
        "url": "https://docslib.org/doc/2406239/the-international-drug-control-conventions",
        "note": "Earlier edition of the same consolidated list. Only the opening of Schedule I could be read (Acetorphine to Betaprodine; the Betaprodine line is cut after 'propionoxypip'). Used for the six items after Benzylmorphine that the 2021 copy read does not reach.",
    },
    "commentary-1973": {
        "title": "Commentary on the Single Convention on Narcotic Drugs, 1961 — Schedules (list of drugs included in Schedule I)",
        "issued_by": ["United Nations"],
        "issued_by_en": ["United Nations"],
        "url": "https://abuse-drug.com/lib/Commentary-on-the-Single-Convention/schedules.html",
        "note": "Web copy of the Schedules as printed in the Commentary. Used only to complete the chemical name of betaprodine ('beta- 1,3-dimethyl-4-phenyl-4-propionoxypiperidine'), which is cut in the copy of the 2013 edition read.",
    },
    "cndblog-2016-03": {
        "title": "Agenda Item 6b: Changes in the scope of control (CND 59th session, plenary report)",
        "issued_by": ["CND Blog (International Drug Policy Consortium / VNGOC)"],
        "announced": "2016-03-01",
        "url": "https://cndblog.org/2016/03/plenary-9th-meeting-item-6-implementation-of-the-international-drug-control-treaties/",
        "note": "Non-official report: acetylfentanyl, '46 votes in favor, 0 against, 0 abstentions. Include acetylfentanyl in schedules 1 and 4 of the 1961 convention'. Vote only; no effective date. 'announced' is the first day of the month in the URL.",
    },
}


def smiles_of(names: list[str]) -> list[str]:
    out = py2opsin(names)
    return [out] if isinstance(out, str) else list(out)


def key(smi: str) -> tuple[str, str, str]:
    mol = Chem.MolFromSmiles(smi)
    return Chem.MolToSmiles(mol), Chem.MolToInchiKey(mol), CalcMolFormula(mol)


def other_registry() -> list[tuple[str, str, str, str]]:
    rows = []
    for jur in ("CN", "US"):
        for path in sorted((ROOT / "registry" / jur).glob("*.yaml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            for e in data.get("entries") or []:
                st = e.get("structure")
                if not st or st.get("derived_by") == "copied":
                    continue
                mol = Chem.MolFromSmiles(st["smiles"])
                if mol is None:
                    continue
                rows.append((f"registry/{jur}/{path.name}", e["id"], Chem.MolToInchiKey(mol), st["smiles"]))
    return rows


def find_check(ikey: str, stereo_fixed: bool, rows, own_id: str = "") -> str | None:
    rows = sorted(rows, key=lambda r: r[1] != own_id)  # an entry of the same name first, else file order
    full = [r for r in rows if r[2] == ikey]
    if full:
        f, i, k, _ = full[0]
        return f"second source: SMILES of entry '{i}' in {f} (same InChIKey {k})"
    block = [r for r in rows if r[2].split("-")[0] == ikey.split("-")[0]]
    if block:
        f, i, k, _ = block[0]
        why = ("the printed name fixes no configuration" if not stereo_fixed
               else "stereo layers differ; connectivity agrees")
        return (f"second source: SMILES of entry '{i}' in {f} (same first InChIKey block "
                f"{k.split('-')[0]}; {why})")
    return None


def build() -> int:
    data = json.loads((HERE / "un_1961_inputs.json").read_text(encoding="utf-8"))
    base = json.loads((HERE / "un_1961_sources.json").read_text(encoding="utf-8"))
    rows = other_registry()
    items = data["schedule_i"]
    to_parse = [it.get("drawn") or it.get("parse") or it["printed"] for it in items]
    parsed = smiles_of(to_parse)
    unc_i, unc_iv = data["uncertain_i"], data["uncertain_iv"]
    unc_smiles = smiles_of([u["parse"] for u in unc_i + unc_iv])
    failed = False
    entries = []
    n_checked = 0
    for it, name, smi in zip(items, to_parse, parsed, strict=True):
        if not smi:
            print(f"FAIL {it['id']}: OPSIN could not parse {name!r}")
            failed = True
            continue
        can, ikey, formula = key(smi)
        check = find_check(ikey, it["stereo_fixed"], rows, it["id"])
        structure = {"smiles": can, "derived_by": "drawn" if it.get("drawn") else "opsin", "derived_from": name}
        if it.get("drawn"):
            structure["derived_from"] = f"{name} ({it['drawn_note']})"
        if check:
            structure["checked_against"] = [check]
            n_checked += 1
        else:
            structure["unchecked_reason"] = f"no entry of registry/CN or registry/US with this InChIKey ({ikey}); formula {formula}"
        print(f"{it['id']}: {can} {formula} {ikey} -> {check or 'UNCHECKED'}")
        src = it["source"]
        listing = {
            "effective_from": ANCHOR if src == "st-cnd-1-add1-rev7" else ANCHOR_2013,
            "sources": [src] + ([it["name_source"]] if it.get("name_source") else []),
            "started_earlier": True,
        }
        entry = {"id": it["id"], "name": it["name"], "name_en": it["name"]}
        if it.get("synonyms"):
            entry["synonyms"] = it["synonyms"]
        entry["chemical_name"] = it["printed"]
        entry["chemical_name_en"] = it["printed"]
        entry["structure"] = structure
        if it.get("shares"):
            entry["shares_structure_with"] = it["shares"]
        entry["listings"] = [listing]
        notes = []
        if it.get("shares"):
            notes.append("The Schedule lists the alpha and beta diastereomers (and, for the methadol acetates, the "
                         "unspecified compound) as separate drugs; the printed names give no configuration, so the "
                         "structure is drawn without stereo and is shared.")
        if it.get("parse_note"):
            notes.append(it["parse_note"][0].upper() + it["parse_note"][1:] + ".")
        if src == "st-cnd-1-add1-2013":
            notes.append("Read in the 2013 edition (as at 25 September 2013); the copy of the 2021 edition read stops "
                         "at Benzylmorphine. No decision removing it from Schedule I was found.")
        if it["id"] == "acetylfentanyl":
            notes.append("The CND voted at its 59th session (March 2016) to include acetylfentanyl in Schedules I and "
                         "IV (source cndblog-2016-03); the date the decision took effect was not found, so the "
                         "listing starts at the anchor.")
        if notes:
            entry["note"] = " ".join(notes)
        entries.append(entry)
    for u, smi in zip(unc_i + unc_iv, unc_smiles, strict=True):
        if not smi:
            print(f"FAIL uncertain {u['name']}: OPSIN could not parse {u['parse']!r}")
            failed = True
            continue
        can, ikey, formula = key(smi)
        u["_smiles"] = can
        match = [r for r in rows if r[2] == ikey]
        print(f"uncertain {u['name']}: {can} {formula} {ikey} -> "
              f"{match[0][1] + ' in ' + match[0][0] if match else 'no CN/US entry with this InChIKey'}")

    def uncertain(lst):
        out = []
        for u in lst:
            item = {"name": u["name"], "name_en": u.get("name_en", u["name"]), "smiles": u["_smiles"],
                    "from": u["from"], "reason": u["reason"] + " Structure: OPSIN from '" + u["parse"] + "'."}
            out.append(item)
        return out

    print(f"schedule I: {len(entries)} entries, {n_checked} checked")
    write_files(entries, uncertain(unc_i), uncertain(unc_iv), base)
    return 1 if failed else 0


TITLE = "Single Convention on Narcotic Drugs, 1961, as amended by the 1972 Protocol — Schedule {}"
LEGAL = "Single Convention on Narcotic Drugs, 1961, as amended by the 1972 Protocol, article 3"
SCOPE_NOTE = (
    "Scope flags are left at false: the Schedules' own paragraphs on isomers, esters, ethers and salts were not read "
    "in a UN text in this pass (the copies of ST/CND/1/Add.1 read stop within the list of Schedule I, and the "
    "Convention text read, source sc-1961-text, does not contain the Schedules). "
)
RULE = (
    "Under article 3(7) of the Convention (source sc-1961-text) a decision of the Commission takes effect for each "
    "Party on the date it receives the Secretary-General's communication; no source read states that date for any "
    "decision after the anchor, so those changes are under `uncertain` from the vote (or its month or session start), "
    "never on a guessed effective date."
)


def header(sched: str, note: str, cov_note: str, uncertain, preparations=False):
    return {
        "id": f"un-1961-schedule-{sched.lower()}",
        "jurisdiction": "UN",
        "title": TITLE.format(sched),
        "title_en": TITLE.format(sched),
        "kind": "drug",
        "legal_basis": LEGAL,
        "coverage": {"from": ANCHOR, "complete": False, "uncertain": uncertain, "note": cov_note},
        "scope": {"salts": False, "stereoisomers": False, "other_isomers": False, "esters": False,
                  "ethers": False, "preparations": preparations, "exceptions": []},
        "note": note,
    }


def dump(path: Path, doc: dict) -> None:
    if not doc["coverage"]["uncertain"]:
        del doc["coverage"]["uncertain"]
    doc = with_dates(doc)
    text = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    path.write_text(text, encoding="utf-8")


def write_files(entries, unc_i, unc_iv, base) -> None:
    out = ROOT / "registry" / "UN"
    cov_i = (
        "Anchor: ST/CND/1/Add.1/Rev.7, Schedules of the Single Convention as at 22 January 2021 (source "
        "st-cnd-1-add1-rev7). NOT COMPLETE: only the opening of Schedule I could be read in the stored copies "
        "(Acetorphine to Benzylmorphine in the 2021 edition; Betacetylmethadol to Betaprodine in the 2013 edition, "
        "source st-cnd-1-add1-2013). These 23 items are encoded; the rest of Schedule I (from Bezitramide on, "
        "roughly 110 further items, among them cannabis and cannabis resin, coca leaf, cocaine, concentrate of poppy "
        "straw, fentanyl and its listed analogues, heroin, methadone, morphine, opium, oxycodone, pethidine, etc.) "
        "was not readable and is not encoded. Items present at the anchor get effective_from 2021-01-22 (2013-09-25 "
        "for the six read in the 2013 edition) with started_earlier. Changes after the anchor found: isotonitazene "
        "(64th session, 2021), brorphine and metonitazene (65th, 2022), 2-methyl-AP-237, etazene, etonitazepyne and "
        "protonitazene (66th, 2023), butonitazene (67th, 2024, research lead only), protonitazepyne, metonitazepyne "
        "etonitazepipne and N-desethyl isotonitazene (2025 session); none with "
        "a decision number or effective date, so all are under `uncertain`. The 69th session (2026) was not "
        "searched. " + RULE
    )
    note_i = (SCOPE_NOTE + "Article 2, paragraph 5: \"The drugs in Schedule IV shall also be included in Schedule I\". "
              "Structures: tools/curation/un_1961.py (OPSIN from the printed chemical names, checked against "
              "registry/CN and registry/US by InChIKey). Sources of the earlier pass (fentanyl analogues: WHO "
              "recommendations, US and Netherlands implementing acts) are kept for the task that encodes the rest "
              "of the Schedule.")
    doc = header("I", note_i, cov_i, unc_i)
    doc["sources"] = {**base["i"], **NEW_SOURCES}
    doc["entries"] = entries
    dump(out / "1961-schedule-i.yaml", doc)

    anchor_src = {"st-cnd-1-add1-rev7": NEW_SOURCES["st-cnd-1-add1-rev7"]}
    cov_ii = ("Anchor: ST/CND/1/Add.1/Rev.7 as at 22 January 2021 (source st-cnd-1-add1-rev7). NOT COMPLETE: no "
              "entry is encoded, because the Schedule II part of the anchor (and of any Yellow List edition) could "
              "not be read in the stored copies. No change to Schedule II after the anchor was found in the sources "
              "read. " + RULE)
    doc = header("II", SCOPE_NOTE.strip(), cov_ii, [])
    doc["sources"] = {**base["ii"], **anchor_src}
    doc["entries"] = []
    dump(out / "1961-schedule-ii.yaml", doc)

    cov_iii = ("Anchor: ST/CND/1/Add.1/Rev.7 as at 22 January 2021 (source st-cnd-1-add1-rev7). NOT COMPLETE: no "
               "entry is encoded, because the Schedule III part (preparations, to be encoded as non_structural) of "
               "the anchor could not be read in the stored copies. " + RULE)
    note_iii = ("Schedule III lists preparations; preparations: true marks that the list is of preparations. "
                + SCOPE_NOTE.strip())
    doc = header("III", note_iii, cov_iii, [], preparations=True)
    doc["sources"] = {**base["iii"], **anchor_src}
    doc["entries"] = []
    dump(out / "1961-schedule-iii.yaml", doc)

    cov_iv = ("Anchor: ST/CND/1/Add.1/Rev.7 as at 22 January 2021 (source st-cnd-1-add1-rev7). NOT COMPLETE: no "
              "entry is encoded, because the Schedule IV part of the anchor could not be read in the stored copies. "
              "Acetylfentanyl (voted into Schedules I and IV in March 2016, source cndblog-2016-03) is under "
              "`uncertain`; carfentanil (WHO recommendation for Schedules I and IV before the 61st session, sources "
              "e-cn7-2018-10 and fr-2018-01471) is not, because its adoption was not read. Cannabis and cannabis resin were deleted from Schedule IV by "
              "CND decision 63/17 at the reconvened 63rd session (2-4 December 2020; title read in the table of "
              "contents of the Commission's report E/2020/28/Add.1, https://docslib.org/doc/13593627/commission-on-narcotic-drugs), "
              "before the anchor, so they are not in this file. " + RULE)
    note_iv = ("Schedule IV drugs are also in Schedule I (article 2, paragraph 5, source sc-1961-text). "
               + SCOPE_NOTE.strip())
    doc = header("IV", note_iv, cov_iv, unc_iv)
    doc["sources"] = {**base["iv"], **anchor_src, "cndblog-2016-03": NEW_SOURCES["cndblog-2016-03"]}
    doc["entries"] = []
    dump(out / "1961-schedule-iv.yaml", doc)


if __name__ == "__main__":
    sys.exit(build())
