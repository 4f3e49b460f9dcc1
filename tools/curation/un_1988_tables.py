"""Write registry/UN/1988-table-i.yaml and registry/UN/1988-table-ii.yaml (1988 Convention, Tables I and II).

Offline and reproducible. Inputs (next to this file):
  - un_1988_table_i_base.json: the Table I file as curated before this pass (28 entries added since 2014,
    their sources, dates and checks), kept verbatim; its structures are derived and checked by
    un_1988_table_i.py and un_fentanyl.py;
  - un_1988_tables_inputs.json: the substances of the Convention's annex as adopted (source
    convention-1988), the `uncertain` items, the new sources and the coverage notes.

Each new structure is derived here (OPSIN via py2opsin, or RDKit for an amide drawn from its parts) and
compared by InChIKey with its check (another jurisdiction's registry entry that OPSIN derived, a second
source's SMILES or InChIKey linked by a printed name, or a second printed name parsed with OPSIN). Any disagreement or parse failure stops the run.

Usage: python3 tools/curation/un_1988_tables.py          # writes both files
       python3 tools/curation/un_1988_tables.py --check  # exits 1 if the files differ from what it would write
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml
from py2opsin import py2opsin
from rdkit import Chem
from rdkit.Chem import AllChem

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
from common import (  # noqa: E402
    adopt_pubchem_checks,
    key,
    registry_smiles,
    registry_structure,
    repeats,
    synonyms_to_aliases,
    with_dates,
)

OUT_I = ROOT / "registry" / "UN" / "1988-table-i.yaml"
OUT_II = ROOT / "registry" / "UN" / "1988-table-ii.yaml"
AMIDE = AllChem.ReactionFromSmarts("[C:1](=[O:2])[OX2H1].[NX3;H2:3][C:4]>>[C:1](=[O:2])[N:3][C:4]")


def canon(smiles: str) -> str:
    return Chem.MolToSmiles(Chem.MolFromSmiles(smiles))


def amide(acid: str, amine: str) -> str:
    mol = AMIDE.RunReactants((Chem.MolFromSmiles(acid), Chem.MolFromSmiles(amine)))[0][0]
    Chem.SanitizeMol(mol)
    return Chem.MolToSmiles(mol)


def opsin_all(inputs: dict) -> dict[str, str]:
    names = set()
    names.update(inputs["red_list"]["chemical_names"].values())
    for table in ("table_i", "table_ii"):
        for e in inputs[table]["entries"] + inputs[table]["red_list_entries"]:
            if "non_structural" in e:
                continue
            s = e["structure"]
            names.update(n for n in (s.get("name"), s.get("acid"), s.get("amine")) if n)
            names.update(c["opsin_name"] for c in e.get("checks", []) if "opsin_name" in c)
        names.update(u["opsin"] for u in inputs[table]["uncertain"] if u.get("opsin"))
    names = sorted(names)
    parsed = dict(zip(names, py2opsin(names), strict=True))
    missing = [n for n, s in parsed.items() if not s]
    if missing:
        raise SystemExit(f"OPSIN could not parse: {missing}")
    return parsed


def build_non_structural(e: dict) -> dict:
    entry = {"id": e["id"], "name": e["name"], "name_en": e["name"]}
    if e.get("synonyms"):
        entry["synonyms"] = e["synonyms"]
    entry["cas"] = [e["cas"]]
    entry["non_structural"] = e["non_structural"]
    entry["listings"] = [e["listing"]]
    return entry


def build_entry(e: dict, table: str, inputs: dict, parsed: dict[str, str]) -> dict:
    if "non_structural" in e:
        return build_non_structural(e)
    s = e["structure"]
    if s["how"] == "opsin":
        smiles, by, frm = parsed[s["name"]], "opsin", s["name"]
    elif s["how"] == "drawn_opsin":
        smiles, by, frm = parsed[s["name"]], "drawn", s["derived_from"]
    elif s["how"] == "amide":
        smiles, by, frm = amide(parsed[s["acid"]], parsed[s["amine"]]), "drawn", s["derived_from"]
    else:
        raise SystemExit(f"unknown structure recipe {s['how']!r}")
    smiles = canon(smiles)
    own = key(smiles)
    checked, drawings = [], []
    for c in e.get("checks", []):
        if "ref" in c:
            if registry_structure(c["ref"])["derived_by"] != "opsin":  # another curator's reading is not a source
                drawings.append(c["ref"])
                continue
            if repeats(frm, registry_structure(c["ref"])["derived_from"]):  # our own name parsed again
                raise SystemExit(f"{e['id']}: check {c['ref']} parses our own name string again; not a check")
            other, label = registry_smiles(c["ref"]), f"second source: SMILES of entry '{c['ref'].split(':')[1]}' in registry/{c['ref'].split(':')[0]}, {c['what']}"
        elif "smiles" in c:
            other, label = c["smiles"], f"second source: {c['what']}"
        elif "inchikey" in c:  # a record's key, compared in full
            other, label = None, f"second source: {c['what']}"
        else:
            other, label = parsed[c["opsin_name"]], f"second printed name '{c['opsin_name']}': {c['what']}"
        other_key = c["inchikey"] if other is None else key(other)
        if other_key != own:
            raise SystemExit(f"{e['id']}: check {label!r} gives {other_key}, not {own}")
        checked.append(f"{label}; same InChIKey {own} (tools/curation/un_1988_tables.py)")
    structure = {"smiles": smiles, "derived_by": by, "derived_from": frm}
    if checked:
        structure["checked_against"] = checked
    elif drawings:
        structure["unchecked_reason"] = (f"the registry entries with this structure ({', '.join(drawings)}) are "
                                         "drawings from a name their list prints only in Chinese, not a second source; "
                                         "no other independent datum was read")
    else:
        structure["unchecked_reason"] = e["unchecked_reason"]
    listing_note = inputs["original_listing"]["note"].format(table=table) + e.get("listing_note_extra", "")
    entry = {"id": e["id"], "name": e["name"], "name_en": e["name"]}
    if e.get("synonyms"):
        entry["synonyms"] = e["synonyms"]
    if e.get("cas"):
        entry["cas"] = [e["cas"]]
    entry["structure"] = structure
    if e.get("scope"):
        entry["scope"] = e["scope"]
    entry["listings"] = [e["listing"]] if "listing" in e else [{
        "effective_from": inputs["original_listing"]["effective_from"],
        "started_earlier": True,
        "sources": ["convention-1988"] + e.get("extra_sources", []),
        "note": listing_note,
    }]
    if e.get("note"):
        entry["note"] = e["note"]
    return entry


def build_uncertain(items: list[dict], parsed: dict[str, str]) -> list[dict]:
    out = []
    for u in items:
        item = {"name": u["name"], "name_en": u["name_en"]}
        if u.get("opsin"):
            item["smiles"] = canon(parsed[u["opsin"]])
        item["from"] = "2010-01-01"
        item["reason"] = u["reason"]
        out.append(item)
    return out


def apply_red_list(table: dict, red: dict, parsed: dict[str, str]) -> None:
    """The INCB Red List current on its date: CAS numbers it prints for entries encoded before, cited on their
    open period, and the chemical name it prints as a check where an entry had none; reported-but-undated items
    it shows are entries from that date, so their `uncertain` window ends."""
    for e in table["entries"]:
        synonyms_to_aliases(e, red["aliases"].get(e["id"], []))
        name = red["chemical_names"].get(e["id"])
        if name:
            structure = e["structure"]
            if key(parsed[name]) != key(structure["smiles"]):
                raise SystemExit(f"{e['id']}: Red List name {name!r} gives {key(parsed[name])}")
            if name == structure["derived_from"]:  # the same string again checks nothing (audit u)
                if "unchecked_reason" in structure:
                    structure["unchecked_reason"] += (
                        f"; the INCB Red List current on {red['date']} (source {red['source']}) prints the same name "
                        "with this item, which confirms the name but is not a second route to the structure")
            else:
                structure["checked_against"] = structure.get("checked_against", []) + [
                    f"second source: the INCB Red List current on {red['date']} (source {red['source']}) prints the "
                    f"chemical name '{name}' with this item; parsed with OPSIN, same InChIKey "
                    f"{key(structure['smiles'])} (tools/curation/un_1988_tables.py)"]
                structure.pop("unchecked_reason", None)
        cas = red["cas"].get(e["id"])
        last = e["listings"][-1]
        if (cas or e["id"] in red["no_cas_printed"]) and "effective_until" not in last \
                and red["source"] not in last["sources"]:
            last["sources"] = list(last["sources"]) + [red["source"]]
        if cas and cas not in e.get("cas", []):
            entry = {}
            for k, v in e.items():  # CAS after the names, as in other list files
                if k in ("structure", "non_structural"):
                    entry["cas"] = e.get("cas", []) + [cas]
                if k != "cas":
                    entry[k] = v
            e.clear()
            e.update(entry)
    for u in table["coverage"]["uncertain"]:
        if u["name"] in red["uncertain_until_names"]:
            u["until"] = red["date"]
            u["reason"] = u["reason"].rstrip() + (f" The INCB Red List current on {red['date']} (source {red['source']}) "
                                                  "shows where it is on that date; the window ends there.")


def render(data: dict) -> str:
    return yaml.safe_dump(with_dates(data), sort_keys=False, allow_unicode=True, width=100)


def build() -> tuple[str, str]:
    inputs = json.loads((HERE / "un_1988_tables_inputs.json").read_text(encoding="utf-8"))
    base = json.loads((HERE / "un_1988_table_i_base.json").read_text(encoding="utf-8"))
    parsed = opsin_all(inputs)
    scope_text = inputs["annex_scope_text"]

    # Table I: the base file, with the annex substances, the new sources and `uncertain` items added.
    t1 = inputs["table_i"]
    table_i = dict(base)
    table_i["coverage"] = dict(base["coverage"])
    table_i["coverage"]["note"] = t1["coverage_note"]
    table_i["coverage"]["uncertain"] = base["coverage"]["uncertain"] + build_uncertain(t1["uncertain"], parsed)
    table_i["scope"] = dict(base["scope"], text=scope_text, text_en=scope_text)
    table_i["note"] = t1["note"]
    table_i["sources"] = dict(base["sources"], **inputs["sources"])
    new_i = [build_entry(e, "Table I", inputs, parsed) for e in t1["entries"]]
    red_i = [build_entry(e, "Table I", inputs, parsed) for e in t1["red_list_entries"]]
    table_i["entries"] = new_i + base["entries"] + red_i
    apply_red_list(table_i, inputs["red_list"], parsed)

    # Table II
    t2 = inputs["table_ii"]
    sources_ii = {sid: base["sources"][sid] for sid in t2["sources_from_table_i"]}
    sources_ii.update(t2["extra_sources"])
    sources_ii.update(inputs["sources"])
    table_ii = dict(t2["header"])
    table_ii["coverage"] = {"from": "2010-01-01", "complete": False, "note": t2["coverage_note"],
                            "uncertain": build_uncertain(t2["uncertain"], parsed)}
    table_ii["scope"] = {"salts": True, "stereoisomers": False, "other_isomers": False, "esters": False,
                         "ethers": False, "preparations": False, "exceptions": [], "text": scope_text,
                         "text_en": scope_text}
    table_ii["note"] = t2["note"]
    table_ii["sources"] = sources_ii
    table_ii["entries"] = [build_entry(e, "Table II", inputs, parsed) for e in t2["entries"] + t2["red_list_entries"]]
    apply_red_list(table_ii, inputs["red_list"], parsed)
    for t in (table_i, table_ii):
        for e in t["entries"]:
            adopt_pubchem_checks(e)  # after apply_red_list, which adds the Red List's CAS numbers
            print(f"{t['id']}: {e['id']}: {e.get('structure', {}).get('smiles')} "
                  f"{'checked' if e.get('structure', {}).get('checked_against') else 'UNCHECKED-REASON'}",
                  file=sys.stderr)
    return render(table_i), render(table_ii)


def main() -> int:
    text_i, text_ii = build()
    if "--check" in sys.argv:
        same = OUT_I.read_text(encoding="utf-8") == text_i and OUT_II.read_text(encoding="utf-8") == text_ii
        print("up to date" if same else "DIFFERS")
        return 0 if same else 1
    OUT_I.write_text(text_i, encoding="utf-8")
    OUT_II.write_text(text_ii, encoding="utf-8")
    print(f"wrote {OUT_I.relative_to(ROOT)} and {OUT_II.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
