"""Small helpers shared by the curation scripts (run them from anywhere: `python tools/curation/<script>.py`)."""

import datetime as dt
import functools
import json
import re
import unicodedata
from pathlib import Path

import yaml
from rdkit import Chem

ROOT = Path(__file__).resolve().parents[2]

# NMPA/MPS/NHC Announcement No. 55 of 2025 (the 2025 medical catalogues), cited by several CN list files.
NMPA_2025_55 = {
    "title": "国家药监局 公安部 国家卫生健康委关于发布药用类麻醉药品和精神药品目录的公告（2025年第55号）",
    "title_en": "Announcement of the NMPA, MPS and NHC issuing the catalogues of medical narcotic drugs and "
                "psychotropic drugs (No. 55 of 2025)",
    "number": "2025年第55号",
    "issued_by": ["国家药品监督管理局", "公安部", "国家卫生健康委员会"],
    "issued_by_en": ["National Medical Products Administration", "Ministry of Public Security",
                     "National Health Commission"],
    "url": "https://www.nmpa.gov.cn/directory/web/nmpa/xxgk/ggtg/ypggtg/ypqtggtg/20250728092519123.html",
    "other_urls": ["https://github.com/OverdriveLab/overdrive-wiki/blob/2972448cd5b088f3893d38bd2a8eb87ba398836e/"
                   "_others/drug_scheduling.md",
                   "https://yjj.sh.gov.cn/qtgzwj/20250728/80ad6017cd9d41daa4181ddb4a044c9c.html",
                   "https://github.com/Adrerie/psychopharm-atlas/blob/1026d0763397ba810d045781ac7c592f5da0b674/SOURCES.md"],
}

# The date the July 2025 restructuring took effect (both instruments below): see cn_2025_restructure.md.
RESTRUCTURE_2025 = dt.date(2025, 7, 21)
RESTRUCTURE_2025_NOTE = (
    "Official texts not reachable from here. Issued and in force on 2025-07-21 per two independent secondary "
    "reports: ChemRadar (https://www.chemradar.com/de/news/detail/eu269dc81ssg: MPS, NHC and NMPA issued the joint "
    "announcement on 21 July 2025; the new non-medical catalogue took effect immediately and the supplementary list "
    "was repealed at the same time) and Adrerie/psychopharm-atlas SOURCES.md (No. 55 '2025-07-21 发布并施行'). "
    "Government web postings and reprints are dated 2025-07-28. See tools/curation/cn_2025_restructure.md."
)

# The MPS/NHC/NMPA 《非药用类麻醉药品和精神药品目录》 of July 2025 (396 items and three classes).
MPS_2025_NON_MEDICAL = {
    "title": "非药用类麻醉药品和精神药品目录",
    "title_en": "Catalogue of non-medical narcotic drugs and psychotropic substances (July 2025; replaces the "
                "2015 supplementary list)",
    "issued_by": ["公安部", "国家卫生健康委员会", "国家药品监督管理局"],
    "issued_by_en": ["Ministry of Public Security", "National Health Commission",
                     "National Medical Products Administration"],
    "url": "https://www.mps.gov.cn/n6557558/c10150600/content.html",
    "other_urls": ["https://www.mps.gov.cn/n6557558/c10150600/part/10153667.doc",
                   "https://btgaj.xjbt.gov.cn/c/2025-07-28/8428464.shtml",
                   "https://www.chemradar.com/de/news/detail/eu269dc81ssg",
                   "https://github.com/OverdriveLab/overdrive-wiki/blob/2972448cd5b088f3893d38bd2a8eb87ba398836e/"
                   "_others/drug_scheduling.md"],
}

DATE_KEYS = {"from", "until", "effective_from", "effective_until", "announced", "effective"}


def key(smiles):
    """The InChIKey of a SMILES, or None when it is empty or does not parse."""
    mol = Chem.MolFromSmiles(smiles) if smiles else None
    return Chem.MolToInchiKey(mol) if mol else None


def registry_structure(ref):
    """The structure of a registry entry named 'CN/file.yaml:entry-id'."""
    path, entry_id = ref.split(":")
    return _structure_index(f"registry/{path}")[entry_id]


def registry_smiles(ref):
    """The SMILES of a registry entry named 'CN/file.yaml:entry-id'."""
    return registry_structure(ref)["smiles"]


@functools.cache
def _opsin_structures():
    """(file, entry id, structure, InChIKey) for every OPSIN-derived structure of registry/{CN,US,UN}/*.yaml,
    read once per run (the calling script writes its own file only at the end)."""
    found = []
    for path in sorted((ROOT / "registry").glob("[A-Z][A-Z]/*.yaml")):
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        for entry in data.get("entries") or []:
            struct = entry.get("structure")
            if struct and struct.get("derived_by") == "opsin":
                found.append((path.relative_to(ROOT).as_posix(), entry["id"], struct, key(struct["smiles"])))
    return tuple(found)


def _names_in(derived_from):
    """The name strings a `derived_from` text mentions: the whole text and every quoted part, lower-cased."""
    text = derived_from.strip().lower()
    return {text} | {part.strip() for part in re.findall(r"'([^']+)'", text)}


def cross_check_refs(smiles, own_file, own_derived_from):
    """[(file, entry id, `checked_against` text)] for other jurisdictions' entries derived independently to the
    same InChIKey.

    Independent means: that entry's structure was derived by OPSIN from a name printed in another
    jurisdiction's source, a different name string than ours. (A hand drawing elsewhere is another
    curator's reading, not a second source, so it does not count.)
    """
    own_key = key(smiles)
    own_jurisdiction = own_file.split("/")[1]
    found = []
    for path, entry_id, struct, other_key in _opsin_structures():
        if path.split("/")[1] == own_jurisdiction or other_key != own_key:
            continue
        if repeats(own_derived_from, struct.get("derived_from", "")):
            continue  # the same name string (up to case, primes and punctuation) parsed again checks nothing
        found.append((path, entry_id, f"second source: SMILES of entry '{entry_id}' in {path}, derived by OPSIN from "
                                      f"the name its derived_from gives ({struct['derived_from']}); same InChIKey "
                                      f"{own_key}"))
    return found


def cross_checks(smiles, own_file, own_derived_from):
    """The `checked_against` texts of cross_check_refs()."""
    return [text for _, _, text in cross_check_refs(smiles, own_file, own_derived_from)]


PUBCHEM_SOURCE = ("pubchem_compounds.csv of carsonmulligan/c0mpiled-10-hackathon-logan-imogen-carson @8babccea, "
                  "https://github.com/carsonmulligan/c0mpiled-10-hackathon-logan-imogen-carson/blob/"
                  "8babccea0d1efae6efbe9be36a3d719fad5a3825/scraping/chemnet/csv/pubchem_compounds.csv")


@functools.lru_cache(maxsize=1)
def _pubchem_rows():
    """The PubChem records transcribed in tools/curation/pubchem_checks.tsv (see its header)."""
    with open(ROOT / "tools" / "curation" / "pubchem_checks.tsv", encoding="utf-8") as fh:
        lines = [line.rstrip("\n").split("\t") for line in fh if not line.startswith("#") and line.strip()]
    return tuple(dict(zip(lines[0], line, strict=False)) for line in lines[1:])


def pubchem_cas_checks(smiles, cas_numbers, names=(), strict=True):
    """`checked_against` texts from PubChem records whose CAS number (rows with link `cas`; a row linked otherwise
    may store a wrong cas_primary, audit al: CID 5362449) is one the entry prints, or (rows with link `name`) whose
    synonym is a name the entry prints (full InChIKey equal; first block only for a structure drawn
    without stereo). A record that disagrees stops the run, or with strict=False is left out (it was read for
    another entry, where any disagreement is already said)."""
    own = key(smiles)
    mol = Chem.MolFromSmiles(smiles)
    stereo = any(a.GetChiralTag() != Chem.ChiralType.CHI_UNSPECIFIED for a in mol.GetAtoms())
    printed = {_plain_name(n): n for n in reversed([n for n in names if n])}  # the first name given wins
    found = []
    for row in _pubchem_rows():
        if row["link"] == "cas" and row["cas_primary"] in (cas_numbers or []):
            how = f"record for the printed CAS {row['cas_primary']}"
        elif row["link"] == "cas_synonym" and row["linked_by"] in (cas_numbers or []):
            how = f"record whose synonyms (pubchem_synonyms.csv) include the printed CAS {row['linked_by']}"
        elif row["link"] == "name" and _plain_name(row["linked_by"]) in printed:
            how = f"record whose synonyms (pubchem_synonyms.csv) include {_as_printed(row['linked_by'], printed)}"
        else:
            continue
        other = row["compared_key"]
        head = f"second source: PubChem CID {row['cid']} ({how}), InChIKey {other} ({PUBCHEM_SOURCE})"
        if other == own:
            found.append(f"{head}; same InChIKey")
        elif other[:14] == own[:14] and not stereo:
            found.append(f"{head}; same InChIKey first block; this structure is encoded without stereo")
        elif strict:
            raise SystemExit(f"PubChem CID {row['cid']} ({other}) disagrees with {smiles} ({own})")
    return sorted(set(found))


def _as_printed(synonym, printed):
    """"the printed name 'X'", or, where the stored synonym differs from the printed name in case or punctuation
    (audit ak: 'CLORTERMINE' for "Clortermine"), both."""
    name = printed[_plain_name(synonym)]
    if name == synonym:
        return f"the printed name '{name}'"
    return f"'{synonym}', the printed name '{name}' up to case and punctuation"


def adopt_pubchem_checks(entry, strict=True):
    """An unchecked structure is checked by the PubChem records of pubchem_checks.tsv linked to a name or CAS number
    the entry prints (such a record may have been read for another list's entry of the same substance; audit aa).
    strict=False leaves out a record that disagrees instead of stopping the run (see pubchem_cas_checks)."""
    structure = entry.get("structure")
    if not structure or structure.get("checked_against"):
        return
    names = [entry.get("name"), entry.get("name_en"), entry.get("chemical_name"), *entry.get("synonyms", [])]
    found = pubchem_cas_checks(structure["smiles"], entry.get("cas", []), names, strict=strict)
    if found:
        structure.pop("unchecked_reason", None)
        structure["checked_against"] = found


def cite_later_copy(listing, source_id, copy_date, new_item=None, older="the older copies read"):
    """Add a later copy of a list's text (e.g. the eCFR of `copy_date`) to an open listing it still shows. Lists
    get renumbered as items are added, so an item number taken from an older text (`older`, e.g. "the 2023 copy")
    says so, and gives the later copy's number (`new_item`) where it is known."""
    full = listing.get("item_number")
    # "(f)(2) from 2023-08-01; before, clause (l) of ...": the later copy speaks of the first part only
    item, before, earlier = (full or "").partition("; before, ")
    if item and copy_date[:4] not in full:
        if new_item is None:
            item = (f"{item} (as numbered in {older}; the number in the {copy_date} text was not "
                    "recorded)")
        elif re.search(r"\(in the (older|\d{4}) copy", item):  # already two numbers: say what the later copy prints
            same = _leading_item(item) == new_item
            item = f"{item}; {'the same number' if same else new_item} in the {copy_date} text"
        elif _leading_item(item) == new_item:
            item = f"{item} (the same number in {older} and the {copy_date} text)"
        else:
            item = f"{item} in {older}; {new_item} in the {copy_date} text"
        listing["item_number"] = item + before + earlier
    elif not item and new_item:
        listing["item_number"] = f"{new_item} (as numbered in the {copy_date} text)"
    listing["sources"] = list(listing["sources"]) + [source_id]


def _leading_item(text):
    found = re.match(r"(\([a-z]\)(?:\(\d+\))?(?:\([ivxl]+\))?)", text or "")
    return found.group(1) if found else None


def _plain_name(text):
    text = unicodedata.normalize("NFKC", text).lower().replace("α", "alpha").replace("β", "beta")
    return re.sub(r"[^a-z0-9]", "", text)


@functools.cache
def _ecfr2026():
    return json.loads((ROOT / "tools" / "curation" / "us_ecfr2026_items.json").read_text(encoding="utf-8"))


def ecfr2026_item(section, entry, old_item=None):
    """The number an entry's item has in the eCFR text of 2026-04-22 (us_ecfr2026_items.json, section e.g.
    '1308.12'): by its DEA code where that code is printed once in the section, else by the name it prints, else by
    the older number where the 2026 item of that number has the entry's code or name. None when not unique."""
    items = _ecfr2026()[section]
    code = str(entry.get("code") or "")
    names = [_plain_name(n) for n in (entry.get("name"), entry.get("chemical_name")) if n]

    def named(row):
        return any(n and _plain_name(row["text"]).startswith(n) for n in names)

    # a code is printed in its own column, or in parentheses inside an item naming several ("cocaine (9041)")
    by_code = [row for row in items if code and (row["code"] == code or f"({code})" in row["text"])]
    if len(by_code) == 1:
        return by_code[0]["item"]
    by_name = [row for row in (by_code or items) if named(row)]
    if len(by_name) == 1:
        return by_name[0]["item"]
    old = _leading_item(old_item)
    same_number = [row for row in items if row["item"] == old and ((code and row["code"] == code) or named(row))]
    return same_number[0]["item"] if len(same_number) == 1 else None


def with_dates(obj):
    """ISO date strings under date keys become dates, so that YAML writes them unquoted."""
    if isinstance(obj, dict):
        return {k: (dt.date.fromisoformat(v) if k in DATE_KEYS and isinstance(v, str) else with_dates(v))
                for k, v in obj.items()}
    if isinstance(obj, list):
        return [with_dates(v) for v in obj]
    return obj


def move_unprinted_synonyms(entry, printed_text):
    """Synonyms that neither the entry's own printed fields nor `printed_text` (the list's text as checked) contain
    become `aliases`: they stay searchable but are no longer presented as printed names (audit q)."""
    seen = _tokens_cached(printed_text) + _tokens(" ".join([
        entry.get("name", ""), entry.get("name_en", ""), entry.get("chemical_name") or "",
        entry.get("chemical_name_en") or "", (entry.get("scope") or {}).get("text") or ""]))
    synonyms_to_aliases(entry, [s for s in entry.get("synonyms", []) if _tokens(s) not in seen])


def synonyms_to_aliases(entry, names):
    """Move these synonyms of `entry` to its `aliases`, keeping the key order of the entry."""
    moved = [s for s in entry.get("synonyms", []) if s in names]
    if not moved:
        return
    keep = [s for s in entry["synonyms"] if s not in moved]
    rebuilt = {}
    for k, v in entry.items():
        if k == "synonyms":
            if keep:
                rebuilt["synonyms"] = keep
            rebuilt["aliases"] = entry.get("aliases", []) + moved
        elif k != "aliases":
            rebuilt[k] = v
    entry.clear()
    entry.update(rebuilt)


def ecfr2026_text(section):
    """All item texts of a section of the eCFR text of 2026-04-22, as one string."""
    return " ".join(row["text"] for row in _ecfr2026()[section])


def _tokens(text):
    """Words of a name, space-delimited: a name is found only as whole words ('amphetamine' is not printed by
    'methamphetamine'; audit u)."""
    text = unicodedata.normalize("NFKC", text).lower().replace("α", "alpha").replace("β", "beta")
    return " " + " ".join(re.findall(r"[a-z0-9\u4e00-\u9fff]+", text)) + " "


@functools.lru_cache(maxsize=8)
def _tokens_cached(text):
    return _tokens(text)


# Columns of the CN curation inputs that transcribe what a list prints (not the curator's names or synonyms).
CN_PRINTED_COLUMNS = {
    "cn_psychotropic_items.tsv": ("zh", "en", "cas2013", "remark", "chem2025", "cas2025"),
    "cn_psychotropic_additions.tsv": ("zh", "en", "cas2013", "remark", "chem2025", "cas2025"),
    "cn_medical_2025_new.tsv": ("zh", "en", "cas2013", "remark", "chem2025", "cas2025"),
    "cn_narcotic_items.tsv": ("zh", "en", "cas", "remark"),
    "cn_non_medical_items.tsv": ("name_zh", "name_en", "cas", "remark"),
    "cn_medical_2025_catalogue.tsv": ("zh", "en", "cas", "remark"),
    "cn_nps_supplementary_input.csv": ("name_en", "name_zh", "cas", "chemical_name_en"),
}


@functools.cache
def cn_printed_text():
    """Everything the CN curation inputs transcribe as printed by China's lists, as one string."""
    import csv

    parts = []
    for name, columns in CN_PRINTED_COLUMNS.items():
        lines = [line for line in (ROOT / "tools" / "curation" / name).read_text(encoding="utf-8").splitlines()
                 if line and not line.startswith("#")]
        rows = csv.DictReader(lines, delimiter="," if name.endswith(".csv") else "\t")
        parts += [row.get(column) or "" for row in rows for column in columns]
    return " ".join(parts)


def _spelling(text):
    """`_plain_name` with an elided final "e" dropped ("naphthalene-1-yl" = "naphthalen-1-yl", "propane-1-one" =
    "propan-1-one"): spelling variants of one name (audit ae)."""
    return re.sub(r"e(?=\d)", "", _plain_name(text))


def repeats(own_derived_from, other_derived_from):
    """True when the other entry parsed the same name string as ours, up to case, primes, punctuation and elision
    (also when one `derived_from` text quotes the other's name): parsing it again checks nothing (audits w, ae)."""
    own, other = _spelling(own_derived_from or ""), _spelling(other_derived_from or "")
    if not own or not other:
        return False
    names_own = {_spelling(n) for n in _names_in(own_derived_from)}
    names_other = {_spelling(n) for n in _names_in(other_derived_from)}
    return bool(names_own & names_other) or (len(other) >= 8 and other in own) or (len(own) >= 8 and own in other)


@functools.cache
def _structure_index(path):
    with open(ROOT / path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    return {e["id"]: e["structure"] for e in data.get("entries", []) if e.get("structure")}


def registry_derived_from(path, entry_id):
    """The `derived_from` of a registry entry ('registry/CN/x.yaml', id), or '' when it has no structure."""
    return _structure_index(path).get(entry_id, {}).get("derived_from", "")


def registry_derived_by(path, entry_id):
    """How a registry entry's structure was obtained ('opsin', 'drawn', 'copied'), or '' when it has none."""
    return _structure_index(path).get(entry_id, {}).get("derived_by", "")


# How a `checked_against` text cites another registry entry: its structure (compared by InChIKey), or the name it
# prints (parsed again by the check itself).
_CITED_STRUCTURE = (
    re.compile(r"SMILES of entry '(?P<id>[^']+)' in (?P<path>registry/[A-Z0-9]+/[\w.-]+\.yaml)"),
    re.compile(r"same InChIKey (?:\S+ )?as (?P<path>registry/[A-Z0-9]+/[\w.-]+\.yaml):(?P<id>[\w.+-]+)"),
)
_CITED_NAME = re.compile(r"entry '(?P<id>[^']+)' of (?P<path>registry/[A-Z0-9]+/[\w.-]+\.yaml)")


def cited_structures(check):
    """[(registry path, entry id)] of the registry entries whose structure a `checked_against` text compares with."""
    return [(m["path"], m["id"]) for pattern in _CITED_STRUCTURE for m in pattern.finditer(check)]


def cited_entries(check):
    """[(registry path, entry id)] of every registry entry a `checked_against` text cites (structure or name)."""
    return cited_structures(check) + [(m["path"], m["id"]) for m in _CITED_NAME.finditer(check)]


def dependent_checks(checks, own_derived_from):
    """The `checked_against` texts that are not independent of our derivation: those citing only entries derived from
    our own name string (repeats(); the same name parsed again checks nothing, whichever way our structure was
    obtained: a curator's name equal to another list's printed name is taken as copied from it), or comparing only
    with structures that were drawn or copied there (another curator's reading, or a copy, is not a second source).
    The one rule every generator applies (audits u, w, y)."""
    def dependent(check):
        cited = cited_entries(check)
        if not cited:
            return False
        compared = set(cited_structures(check))
        return all(repeats(own_derived_from, registry_derived_from(p, i))
                   or ((p, i) in compared and registry_derived_by(p, i) != "opsin") for p, i in cited)
    return [c for c in checks if dependent(c)]

