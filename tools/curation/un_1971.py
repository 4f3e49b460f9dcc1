"""Build registry/UN/1971-schedule-{i,ii,iii,iv}.yaml (Convention on Psychotropic Substances, 1971).

SUPERSEDED: the files are now written by un_19xx_incb.py (INCB Yellow/Green List anchor), which keeps this
script's sources, entries and uncertain items through un_19xx_prev.json. Do not run this script.

Offline and reproducible: reads un_1971_inputs.json next to this file and the CN and US list files
of the registry (for the cross-checks), and rewrites the four UN 1971 list files; running it twice
gives byte-identical files.

What it encodes. No document printing the whole of the four Schedules could be read (see the
coverage notes), so no listing can be anchored and the files hold no entries. Each substance added
since 2018 whose addition or WHO recommendation was read in a source is written under
`coverage.uncertain`, from the first day of the CND session that took the decision, because no
source read states the date the decision took effect (article 2(7): 180 days after the
Secretary-General's communication).

Structures. An item with `opsin` is parsed with OPSIN (py2opsin, local Java) from the chemical name
printed in its `name_source`; `strip_stereo` drops stereo the printed name carries, since the
Schedules list the substance without it. An item with `drawn` carries a SMILES drawn by hand from
its common name. Every structure is then compared by InChIKey with the SMILES of the entries of
registry/CN/*.yaml and registry/US/*.yaml (structures derived there from other printed names); a
structure with no match is reported as unchecked with the reason.

Prints one line per structure; exits non-zero if a name does not parse or a SMILES is invalid.
Usage: python3 tools/curation/un_1971.py [--check]   (--check: do not write, fail if a file would change)
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
from pathlib import Path

import yaml
from py2opsin import py2opsin
from rdkit import Chem, RDLogger

RDLogger.DisableLog("rdApp.*")

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
REGISTRY = ROOT / "registry"

ROMAN = {"i": "I", "ii": "II", "iii": "III", "iv": "IV"}

BASE_SOURCES = {
    "cps-1971-art2-de": {
        "title": "Übereinkommen von 1971 über psychotrope Stoffe (Übersetzung), Artikel 2",
        "title_en": "Convention on Psychotropic Substances, 1971 (German translation as published in Austria), article 2",
        "number": "BGBl. III Nr. 148/1997",
        "issued_by": ["Republik Österreich"],
        "issued_by_en": ["Republic of Austria"],
        "url": "https://www.ris.bka.gv.at/NormDokument.wxe?Abfrage=Bundesnormen&Gesetzesnummer=10011028&FassungVom=2022-10-07&Artikel=2&Paragraf=&Anlage=&Uebergangsrecht=",
        "note": (
            'Article 2(7) as published in Austria: "Der Beschluß tritt für jede Vertragspartei 180 Tage nach dem '
            'Datum dieser Mitteilung uneingeschränkt in Kraft" (a decision of the Commission becomes fully effective '
            "for each Party 180 days after the date of the Secretary-General's communication), save for Parties "
            "giving notice of exceptional circumstances within that period."
        ),
    },
    "green-list-2010": {
        "title": 'List of Psychotropic Substances under International Control ("Green List"), 24th edition, May 2010',
        "issued_by": ["International Narcotics Control Board"],
        "issued_by_en": ["International Narcotics Control Board"],
        "url": "https://docslib.org/doc/13414577/list-of-psychotropic-substances-under-international-control",
        "note": "Only the introduction is readable in the copy found; its Part one (Schedules I-IV) was not reached.",
    },
    "green-list-2019": {
        "title": 'List of Psychotropic Substances under International Control ("Green List"), 30th edition, 2019',
        "issued_by": ["International Narcotics Control Board"],
        "issued_by_en": ["International Narcotics Control Board"],
        "url": "https://docslib.org/doc/11782620/list-of-psychotropic-substances-under-international-control",
        "note": (
            "Only the cover page and introduction are readable in the copy found (UN document job number "
            'V.19-08673); the text stops before the Schedule I table. UPDATES box: "Inclusion of 5 new substances '
            'in Schedule II: ADB-CHMINACA, ADB-FUBINACA, CUMYL-4CN-BINACA, N-ETHYLNORPENTYLONE and FUB-AMB". No '
            "date of effect is given, and the edition states no day or month."
        ),
    },
}

COMMON_NOTE = (
    "Incomplete. No document printing the whole of the Schedules could be read in this pass or the previous "
    "one: the INCB Green List editions found (24th, May 2010; 29th, 2018; 30th, 2019; 31st, 2020) and the UN "
    '"Schedules of the Convention on Psychotropic Substances of 1971, as at <date>" are available only as '
    "copies whose readable part ends before the tables (cover page, introduction, UPDATES box), so no anchor "
    "date could be set and no item of the Schedule is encoded as an entry; the list being incomplete, a query that "
    "matches nothing else answers out_of_coverage, never not_controlled. {specific} Each window under `uncertain` opens on the first day of the CND session that "
    "took the decision (or of its month when the day was not read) and stays open, because no source read "
    "states the date the decision took effect (article 2(7): 180 days after the date of the "
    "Secretary-General's communication, source cps-1971-art2-de); no C.N. depositary notification, INCB notice "
    "or national instrument stating that date was found. Not encoded either: additions between 2010 and 2017 "
    "(for example the WHO recommendations put to the 58th session in March 2015, whose outcome was not read) "
    "and any decision of the 69th session (March 2026), for which no source was found. Structures of the "
    "uncertain items: tools/curation/un_1971.py (inputs un_1971_inputs.json)."
)

SPECIFIC = {
    "i": (
        "Under `uncertain`: DOC, recommended by WHO for Schedule I and reported adopted at the 63rd session "
        "(March 2020)."
    ),
    "ii": (
        "Under `uncertain`: the substances added to Schedule II at the 61st (2018), 62nd (2019) and 63rd (2020) "
        "sessions, as shown by Green List UPDATES boxes or reported adopted, and those recommended by WHO for "
        "Schedule II and put to the 64th (2021), 66th (2023) and 67th (2024) sessions, whose votes were not read. "
        "Also not encoded: eutylone (a research lead places it in Schedule II from 2022; no source on it was "
        "read) and the substance placed in Schedule II at the 68th session (March 2025), whose name is missing "
        "from the copy read (source blog-2025-03-who-release). 4F-MDMB-BICA was critically reviewed by the 44th "
        "WHO Expert Committee on Drug Dependence (October 2021); no source on the outcome was read."
    ),
    "iii": "None of the sources read mentions a change to Schedule III since 2010, so nothing is listed under `uncertain`.",
    "iv": (
        "Under `uncertain`: flualprazolam and etizolam (63rd session, March 2020, reported adopted), clonazolam, "
        "diclazepam and flubromazolam (recommended by WHO, 64th session, April 2021), bromazolam (recommended, "
        "67th session, March 2024) and carisoprodol (placed in Schedule IV at the 68th session, March 2025, per "
        "a secondary copy of the WHO news release)."
    ),
}

LIST_NOTE = (
    "Scope flags are left at false because the Schedules' own notes on stereoisomers and salts could not be read "
    "in a document printing the Schedules; they are not guessed. Under article 2(7) of the Convention (source "
    "cps-1971-art2-de) a decision of the Commission takes effect 180 days after the date of the "
    "Secretary-General's communication of it; a CND vote date is not a date of effect."
)


def inchikey(smiles: str) -> str:
    mol = Chem.MolFromSmiles(smiles)
    if mol is None:
        raise SystemExit(f"invalid SMILES: {smiles}")
    return Chem.MolToInchiKey(mol)


def canonical(smiles: str, strip_stereo: bool = False) -> str:
    mol = Chem.MolFromSmiles(smiles)
    if mol is None:
        raise SystemExit(f"invalid SMILES: {smiles}")
    if strip_stereo:
        Chem.RemoveStereochemistry(mol)
    return Chem.MolToSmiles(mol)


def other_jurisdictions() -> dict[str, list[str]]:
    """InChIKey -> ['<file>: <entry id>'] over registry/CN and registry/US."""
    index: dict[str, list[str]] = {}
    for path in sorted(list((REGISTRY / "CN").glob("*.yaml")) + list((REGISTRY / "US").glob("*.yaml"))):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for entry in data.get("entries", []):
            smiles = (entry.get("structure") or {}).get("smiles")
            if not smiles or Chem.MolFromSmiles(smiles) is None:
                continue
            index.setdefault(inchikey(smiles), []).append(f"registry/{path.parent.name}/{path.name}: '{entry['id']}'")
    return index


def opsin(names: list[str]) -> list[str]:
    """py2opsin writes a temporary file in the working directory; run it in a private one so that
    concurrent runs (other curation scripts) cannot collide."""
    cwd = os.getcwd()
    with tempfile.TemporaryDirectory() as tmp:
        os.chdir(tmp)
        try:
            result = py2opsin(names)
        finally:
            os.chdir(cwd)
    return [result] if isinstance(result, str) else list(result)


def derive(items: list[dict]) -> list[dict]:
    names = sorted(
        {it["opsin"] for it in items if "opsin" in it}
        | {c["name"] for it in items for c in it.get("check_names", [])}
    )
    parsed = dict(zip(names, opsin(names), strict=True)) if names else {}
    missing = [n for n, s in parsed.items() if not s]
    if missing:
        raise SystemExit(f"OPSIN could not parse: {missing}")
    index = other_jurisdictions()
    out = []
    for it in items:
        if "opsin" in it:
            smiles = canonical(parsed[it["opsin"]], it.get("strip_stereo", False))
            how = f"opsin from '{it['opsin']}' ({it['name_source']})"
        else:
            smiles = canonical(it["drawn"])
            how = f"drawn from {it['drawn_from']}"
        key = inchikey(smiles)
        checks = [f"SMILES of {m} (same InChIKey {key})" for m in index.get(key, [])]
        for c in it.get("check_names", []):
            other = inchikey(parsed[c["name"]])
            if c.get("stereo_insensitive"):
                if other[:14] != key[:14]:
                    raise SystemExit(f"{it['id']}: second name {c['name']!r} gives {other}, not {key}")
                checks.append(
                    f"OPSIN of '{c['name']}' ({c['source']}), same InChIKey first block {key[:14]} "
                    "(the second name fixes stereo, the Schedule does not)"
                )
            else:
                if other != key:
                    raise SystemExit(f"{it['id']}: second name {c['name']!r} gives {other}, not {key}")
                checks.append(f"OPSIN of '{c['name']}' ({c['source']}), same InChIKey {key}")
        out.append(dict(it, smiles=smiles, inchikey=key, how=how, checks=checks))
    return out


def uncertain_item(it: dict, session: dict) -> dict:
    if it["checks"]:
        check = "checked against " + "; ".join(it["checks"][:2])
    else:
        check = (
            "not independently checked (no entry of registry/CN or registry/US has this InChIKey and no second "
            "printed name was read)"
        )
    reason = (
        f"Schedule {ROMAN[it['schedule']]}; {session['session']}. {session['evidence']} "
        "The date the decision took effect (180 days after the Secretary-General's communication) was not found. "
        f"Structure {it['how']}; {check}."
    )
    item = {"name": it["name_en"], "name_en": it["name_en"], "smiles": it["smiles"], "from": dt.date.fromisoformat(session["from"]), "reason": reason}
    return item


def build_list(code: str, items: list[dict], sessions: dict, sources: dict) -> dict:
    mine = [it for it in items if it["schedule"] == code]
    used = []
    for it in mine:
        for sid in sessions[it["session"]]["sources"]:
            if sid not in used:
                used.append(sid)
    srcs = dict(BASE_SOURCES)
    for sid in used:
        if sid not in srcs:
            src = dict(sources[sid])
            if "announced" in src:
                src["announced"] = dt.date.fromisoformat(src["announced"])
            srcs[sid] = src
    title = f"Convention on Psychotropic Substances, 1971 — Schedule {ROMAN[code]}"
    return {
        "id": f"un-1971-schedule-{code}",
        "jurisdiction": "UN",
        "title": title,
        "title_en": title,
        "kind": "drug",
        "legal_basis": "Convention on Psychotropic Substances, 1971, article 2",
        "coverage": {
            "from": dt.date(2010, 1, 1),
            "complete": False,
            "uncertain": [uncertain_item(it, sessions[it["session"]]) for it in mine],
            "note": COMMON_NOTE.format(specific=SPECIFIC[code]),
        },
        "scope": {
            "salts": False,
            "stereoisomers": False,
            "other_isomers": False,
            "esters": False,
            "ethers": False,
            "preparations": False,
            "exceptions": [],
        },
        "note": LIST_NOTE,
        "sources": srcs,
        "entries": [],
    }


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str):
    if len(value) > 90:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=">")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _str)


def render(data: dict) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)


def main() -> int:
    check_only = "--check" in sys.argv[1:]
    data = json.loads((HERE / "un_1971_inputs.json").read_text(encoding="utf-8"))
    items = derive(data["items"])
    for it in items:
        status = "checked" if it["checks"] else "UNCHECKED"
        print(f"{it['schedule']:>3} {it['id']:<28} {it['inchikey']} {status} {len(it['checks'])} check(s)")
    changed = False
    for code in ROMAN:
        text = render(build_list(code, items, data["sessions"], data["sources"]))
        path = REGISTRY / "UN" / f"1971-schedule-{code}.yaml"
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        changed = True
        if not check_only:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    if check_only and changed:
        print("registry/UN/1971-schedule-*.yaml are not what this script generates")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
