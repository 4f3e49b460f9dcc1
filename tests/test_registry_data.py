"""The shipped registry: it loads, every listing takes effect on its day, and its facts are well formed."""

import datetime as dt
import functools

import pytest

from scheduling import default_registry, status, validate
from scheduling.registry import default_root

REGISTRY = default_registry()
ONE_DAY = dt.timedelta(days=1)


def _listings():
    for control_list, entry in REGISTRY.entries():
        if entry.structure is None:
            continue
        for number, listing in enumerate(entry.listings):
            yield pytest.param(control_list, entry, listing, id=f"{control_list.id}/{entry.id}/{number}")


def _matched(control_list, entry, day) -> bool:
    answer = status(entry.structure.smiles, control_list.jurisdiction, on=day)
    return any(m.list_id == control_list.id and m.entry_id == entry.id for m in answer.matches)


def test_shipped_registry_is_valid():
    assert validate(default_root()) == []


@pytest.mark.parametrize(("control_list", "entry", "listing"), list(_listings()))
def test_each_listing_starts_and_ends_on_its_day(control_list, entry, listing):
    coverage = control_list.coverage
    start = listing.effective_from
    if coverage.until is None or start < coverage.until:
        assert _matched(control_list, entry, start) and _matched(control_list, entry, start + ONE_DAY)
    if not listing.started_earlier and not any(o.in_force(start - ONE_DAY) for o in entry.listings):
        assert not _matched(control_list, entry, start - ONE_DAY)
    if listing.effective_until is not None and not any(o.in_force(listing.effective_until) for o in entry.listings):
        assert _matched(control_list, entry, listing.effective_until - ONE_DAY)
        assert not _matched(control_list, entry, listing.effective_until)


def test_every_listing_cites_a_source_with_an_original_title_and_url():
    for control_list, entry in REGISTRY.entries():
        for listing in entry.listings:
            for source_id in listing.sources:
                source = REGISTRY.source(control_list, source_id)
                assert source.title and source.url.startswith("http") and source.issued_by, (control_list.id,
                                                                                            entry.id)


def test_every_structure_says_how_it_was_obtained_and_checked():
    for control_list, entry in REGISTRY.entries():
        if entry.structure is not None:
            assert entry.structure.derived_from
            assert entry.structure.checked_against or entry.structure.unchecked_reason, (control_list.id, entry.id)


def test_at_least_95_percent_of_structures_are_checked_and_none_silently():
    structures = [entry.structure for _, entry in REGISTRY.entries() if entry.structure is not None]
    checked = [s for s in structures if s.checked_against]
    assert all(s.checked_against or s.unchecked_reason for s in structures)
    assert len(checked) >= 0.95 * len(structures), f"{len(checked)} of {len(structures)} checked"


# The section of 21 CFR each US list file encodes (its text of 2026-04-22 is parsed in tools/curation).
US_SECTIONS = {"us-schedule-i": "1308.11", "us-schedule-ii": "1308.12", "us-schedule-iii": "1308.13",
               "us-schedule-iv": "1308.14", "us-schedule-v": "1308.15", "us-list-i": "1310.02", "us-list-ii": "1310.02"}


def test_us_item_numbers_given_for_the_2026_text_are_printed_there_with_the_entrys_code():
    """Each 2026 item number a US listing states is an item of that section's 2026-04-22 text
    (tools/curation/us_ecfr2026_items.json, parsed from the eCFR XML), printing the entry's DEA code where both
    have one."""
    import json
    import re

    printed = json.loads((default_root().parent / "tools" / "curation" / "us_ecfr2026_items.json").read_text())
    checked = 0
    for list_id, section in US_SECTIONS.items():
        rows = {row["item"]: row for row in printed[section]}
        for entry in default_registry().lists[list_id].entries:
            for listing in entry.listings:
                text = listing.item_number or ""
                if "2026-04-22 text" not in text or "not recorded" in text:
                    continue
                tail = text.split("; ")[-1]
                if tail.startswith("(") and " in the 2026-04-22 text" in tail:
                    number = tail.split(" ")[0]  # "<older>; (b)(42) in the 2026-04-22 text"
                else:  # "(b)(4) (the same number ...)", "<older>; the same number ...", "(b)(80) (as numbered ...)"
                    number = re.match(r"\([a-z]\)(?:\(\d+\))?(?:\([ivxl]+\))?", text).group(0)
                assert number in rows, f"{list_id} {entry.id}: {number} is not an item of the 2026 text"
                if rows[number]["code"] and entry.code:
                    assert rows[number]["code"] == entry.code, f"{list_id} {entry.id}: code differs at {number}"
                checked += 1
    assert checked > 400


def test_cn_and_us_synonyms_are_names_the_list_texts_print():
    """`synonyms` are printed names: each CN synonym occurs in the transcribed list texts the curation inputs hold,
    each US synonym in the section's 2026-04-22 eCFR text (names kept only for look-up are `aliases`)."""
    import sys

    sys.path.insert(0, str(default_root().parent / "tools" / "curation"))
    import common

    checked = 0
    for list_id, control_list in default_registry().lists.items():
        if control_list.jurisdiction == "CN":
            text = common.cn_printed_text()
        elif list_id in US_SECTIONS:
            text = common.ecfr2026_text(US_SECTIONS[list_id])
        else:
            continue
        for entry in control_list.entries:
            data = entry.model_dump(exclude_none=True)
            moved = dict(data)
            common.move_unprinted_synonyms(moved, text)
            assert not moved.get("aliases", []) or moved["aliases"] == data.get("aliases", []), \
                f"{list_id} {entry.id}: synonyms not printed: {set(moved['aliases']) - set(data.get('aliases', []))}"
            checked += len(entry.synonyms)
    assert checked > 300


@functools.cache
def _raw_structures():
    """{('registry/XX/file.yaml', entry id): structure mapping} as written in the YAML files (checked_against texts
    included), read once for the tests on checks."""
    import yaml

    structures = {}
    for path in default_root().glob("*/*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for e in (data.get("entries") or []) if isinstance(data, dict) else []:
            if e.get("structure"):
                structures[(f"registry/{path.parent.name}/{path.name}", e["id"])] = e["structure"]
    return structures


def _curation_common():
    """tools/curation/common.py, where the rule on independent checks lives."""
    import sys

    sys.path.insert(0, str(default_root().parent / "tools" / "curation"))
    import common

    return common


def test_a_name_check_parses_another_name_string_than_the_structure_was_derived_from():
    """A `checked_against` item of the form "name '...' parsed with OPSIN" parses a name string other than the ones the
    structure's own `derived_from` gives (up to case, punctuation and elision): the same string parsed again checks
    nothing (audits w, ae, ai; the rule lives in tools/curation/common.py)."""
    import re

    common = _curation_common()
    parsed = re.compile(r"name '((?:[^']|'')+)' parsed with OPSIN")
    repeats = []
    for (path, entry_id), structure in _raw_structures().items():
        # the whole derived_from text and every name quoted in it
        owns = {common._spelling(n) for n in common._names_in(structure["derived_from"])}
        for check in structure.get("checked_against", []):
            for name in parsed.findall(check):
                if common._spelling(name.replace("''", "'")) in owns:
                    repeats.append((path, entry_id, name))
    assert not repeats, repeats


def test_a_pubchem_check_cites_another_record_than_the_structure_was_copied_from():
    """A structure copied from a PubChem record is not checked by that same record (US ibogaine, CID 197060)."""
    import re

    cid = re.compile(r"PubChem CID (\d+)")
    circular = []
    for (path, entry_id), structure in _raw_structures().items():
        sources = set(cid.findall(structure["derived_from"]))
        for check in structure.get("checked_against", []):
            circular += [(path, entry_id, c) for c in cid.findall(check) if c in sources]
    assert not circular, circular


def test_a_check_citing_another_entry_names_one_with_this_structure_and_another_name():
    """A `checked_against` item that cites another registry entry names one that exists, has the same structure
    (InChIKey, or its first block), was derived from another name string than ours, and, where its structure is the
    datum, was parsed by OPSIN there: the same name parsed again, another curator's drawing or a copy is not a check
    (audits u, w, y; the rule lives in tools/curation/common.py)."""
    from rdkit import Chem

    common = _curation_common()
    structures = _raw_structures()
    cited = 0
    for (path, entry_id), structure in structures.items():
        own_key = Chem.MolToInchiKey(Chem.MolFromSmiles(structure["smiles"]))
        checks = structure.get("checked_against", [])
        for check in checks:
            for ref in common.cited_entries(check):
                other = structures.get(ref)
                assert other, f"{path} {entry_id}: cites {ref}, which has no structure"
                other_key = Chem.MolToInchiKey(Chem.MolFromSmiles(other["smiles"]))
                assert other_key[:14] == own_key[:14], f"{path} {entry_id}: {ref} has another structure"
                cited += 1
        assert not common.dependent_checks(checks, structure["derived_from"]), \
            f"{path} {entry_id}: a check parses our own name string again or compares with a drawing or a copy"
    assert cited > 700
