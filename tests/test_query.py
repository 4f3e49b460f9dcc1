"""The query engine on the made-up jurisdiction XT (tests/fixtures/registry): dates, forms, coverage."""

import datetime as dt
import json

import pytest
from rdkit import Chem

from scheduling import (
    InvalidDateError,
    InvalidStructureError,
    UnknownJurisdictionError,
    diff,
    history,
    is_controlled,
    load_registry,
    status,
)

ACETYLFENTANYL = "CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1"
NPP = "O=C1CCN(CCc2ccccc2)CC1"
ETHANOL = "CCO"


@pytest.mark.parametrize(("day", "expected"), [("2015-09-30", False), ("2015-10-01", True), ("2015-10-02", True)])
def test_listing_boundaries(test_registry, day, expected):
    assert is_controlled(ACETYLFENTANYL, "XT", on=day, registry=test_registry) is expected


def test_controlled_status_carries_list_entry_basis_and_sources(test_registry):
    result = status(ACETYLFENTANYL, "XT", on="2016-01-01", registry=test_registry)
    assert result.state == "controlled" and result.controlled
    (match,) = result.matches
    assert (match.list_id, match.entry_id, match.basis) == ("xt-drugs", "acetylfentanyl", "listed")
    assert match.effective_from == dt.date(2015, 10, 1) and match.effective_until is None
    assert [s.id for s in match.sources] == ["order-2015"]
    assert match.sources[0].url == "https://example.org/order-2015"
    assert result.registry_version == "test.1"


def test_not_controlled_inside_complete_coverage(test_registry):
    result = status(ETHANOL, "XT", on="2016-01-01", registry=test_registry)
    assert (result.state, result.controlled, result.matches, result.reason) == ("not_controlled", False, [], None)


def test_before_coverage_is_out_of_coverage_not_uncontrolled(test_registry):
    result = status(ETHANOL, "XT", on="2009-12-31", registry=test_registry)
    assert result.state == "out_of_coverage" and not result.controlled
    assert "before XT coverage" in result.reason


@pytest.mark.parametrize("salt", [
    ACETYLFENTANYL + ".Cl",
    "CC(=O)N(c1ccccc1)C1CC[NH+](CCc2ccccc2)CC1.[Cl-]",
    ACETYLFENTANYL + ".OC(=O)CC(O)(CC(=O)O)C(=O)O",
    ACETYLFENTANYL + ".O",
])
def test_salts_and_hydrates_match_when_the_scope_covers_salts(test_registry, salt):
    before = status(salt, "XT", on="2015-09-30", registry=test_registry)
    after = status(salt, "XT", on="2015-10-01", registry=test_registry)
    assert not before.controlled and after.controlled
    assert after.matches[0].basis == "salt"


def test_salt_not_matched_when_the_scope_excludes_salts(test_registry):
    assert is_controlled(NPP, "XT", on="2019-01-01", registry=test_registry)
    assert not is_controlled(NPP + ".Cl", "XT", on="2019-01-01", registry=test_registry)


def test_a_period_scope_applies_only_to_its_period(tmp_path):
    """A temporary listing made permanent under a paragraph with other wording: each period matches by its own scope."""
    import shutil

    from tests.test_validate import FIXTURE, _edit, _set

    root = tmp_path / "registry"
    shutil.copytree(FIXTURE, root)
    periods = [
        {"effective_from": "2018-02-01", "effective_until": "2020-01-01", "ended_by": ["act-2010"],
         "sources": ["act-2010"]},
        {"effective_from": "2020-01-01", "sources": ["act-2010"], "scope": {"salts": True, "text": "salts too"}},
    ]
    _edit(root, "XT/precursors.yaml", _set(["npp", "listings"], periods))
    registry = load_registry(root)
    salt = NPP + ".Cl"
    assert is_controlled(NPP, "XT", on="2019-12-31", registry=registry)
    assert not is_controlled(salt, "XT", on="2019-12-31", registry=registry)
    later = status(salt, "XT", on="2020-01-01", registry=registry)
    assert later.controlled and later.matches[0].basis == "salt"
    assert [m.effective_from for m in history(salt, "XT", registry=registry).periods] == [dt.date(2020, 1, 1)]


def test_precursor_listing_counts_and_says_its_kind(test_registry):
    result = status(NPP, "XT", on="2018-02-01", registry=test_registry)
    assert result.controlled and result.matches[0].list_kind == "precursor"
    assert not is_controlled(NPP, "XT", on="2018-01-31", registry=test_registry)


@pytest.mark.parametrize("smiles", ["C[C@H](N)Cc1ccccc1", "C[C@@H](N)Cc1ccccc1"])
def test_stereoisomers_match_an_unspecified_listing(test_registry, smiles):
    result = status(smiles, "XT", on="2015-01-01", registry=test_registry)
    assert result.controlled and result.matches[0].basis == "stereoisomer"
    salt = status(smiles + ".Cl", "XT", on="2015-01-01", registry=test_registry)
    assert salt.matches[0].basis == "salt_of_stereoisomer"


def test_category_change_is_two_periods(test_registry):
    first = status("CC(N)Cc1ccccc1", "XT", on="2019-12-31", registry=test_registry).matches
    second = status("CC(N)Cc1ccccc1", "XT", on="2020-01-01", registry=test_registry).matches
    assert [m.category for m in first] == ["I"] and [m.category for m in second] == ["II"]


@pytest.mark.parametrize("form", ["smiles", "inchi", "molblock", "mol"])
def test_every_input_form_gives_the_same_answer(test_registry, form):
    mol = Chem.MolFromSmiles(ACETYLFENTANYL)
    compound = {"smiles": ACETYLFENTANYL, "inchi": Chem.MolToInchi(mol), "molblock": Chem.MolToMolBlock(mol),
                "mol": mol}[form]
    assert is_controlled(compound, "XT", on="2016-01-01", registry=test_registry)


@pytest.mark.parametrize("bad", ["C1CC((", "not a molecule", "", "InChI=1S/garbage", 42])
def test_unreadable_structures_raise_an_error_naming_the_input(test_registry, bad):
    with pytest.raises(InvalidStructureError) as raised:
        status(bad, "XT", on="2016-01-01", registry=test_registry)
    if isinstance(bad, str) and bad:
        assert repr(bad)[1:-1] in str(raised.value)


def test_unknown_jurisdiction_lists_the_known_ones(test_registry):
    with pytest.raises(UnknownJurisdictionError, match="XT"):
        status(ETHANOL, "ZZ", on="2016-01-01", registry=test_registry)


@pytest.mark.parametrize("bad", ["2015-13-01", "yesterday", "01/10/2015", 20151001])
def test_malformed_dates_raise(test_registry, bad):
    with pytest.raises(InvalidDateError, match="YYYY-MM-DD"):
        status(ETHANOL, "XT", on=bad, registry=test_registry)


def test_dates_can_be_date_objects_and_default_to_today(test_registry):
    assert status(ETHANOL, "XT", on=dt.datetime(2016, 1, 1, 12), registry=test_registry).on == dt.date(2016, 1, 1)
    assert status(ETHANOL, "XT", registry=test_registry).on == dt.date.today()


def test_history_lists_every_period(test_registry):
    result = history("CC(N)Cc1ccccc1.Cl", registry=test_registry)
    assert [(p.effective_from, p.effective_until, p.category) for p in result.periods] == [
        (dt.date(2010, 1, 1), dt.date(2020, 1, 1), "I"), (dt.date(2020, 1, 1), None, "II")]
    assert history(ETHANOL, "XT", registry=test_registry).periods == []


def test_diff_reports_entries_and_category_moves(test_registry):
    result = diff("XT", "2015-09-30", "2020-01-01", registry=test_registry)
    assert [c.entry_id for c in result.entered] == ["acetylfentanyl", "npp"]
    assert result.left == []
    assert [(c.entry_id, c.category_before, c.category_after) for c in result.recategorised] == [
        ("amphetamine", "I", "II")]
    back = diff("XT", "2020-01-01", "2015-09-30", registry=test_registry)
    assert [c.entry_id for c in back.left] == ["acetylfentanyl", "npp"]


def test_incomplete_list_turns_a_non_match_into_out_of_coverage(tmp_path, test_registry):
    import shutil

    from tests.test_validate import FIXTURE, _edit, _set

    root = tmp_path / "registry"
    shutil.copytree(FIXTURE, root)
    _edit(root, "XT/precursors.yaml", _set(["coverage", "complete"], False))
    registry = load_registry(root)
    result = status(ETHANOL, "XT", on="2016-01-01", registry=registry)
    assert result.state == "out_of_coverage" and "xt-precursors" in result.reason
    assert status(ACETYLFENTANYL, "XT", on="2016-01-01", registry=registry).state == "controlled"


def test_open_period_after_the_coverage_window_is_not_claimed(tmp_path):
    import shutil

    from tests.test_validate import FIXTURE, _edit, _set

    root = tmp_path / "registry"
    shutil.copytree(FIXTURE, root)
    _edit(root, "XT/drugs.yaml", _set(["coverage", "until"], "2021-01-01"))
    registry = load_registry(root)
    assert status(ACETYLFENTANYL, "XT", on="2020-12-31", registry=registry).state == "controlled"
    late = status(ACETYLFENTANYL, "XT", on="2021-01-01", registry=registry)
    assert late.state == "out_of_coverage" and "encoded only until 2021-01-01" in late.reason


def test_before_a_list_is_encoded_the_answer_is_out_of_coverage_unless_the_list_did_not_exist(tmp_path):
    import shutil

    from tests.test_validate import FIXTURE, _edit, _set

    root = tmp_path / "registry"
    shutil.copytree(FIXTURE, root)
    _edit(root, "XT/precursors.yaml", _set(["coverage", "from"], "2018-01-01"))
    early = status(ETHANOL, "XT", on="2017-12-31", registry=load_registry(root))
    assert early.state == "out_of_coverage"
    assert "xt-precursors" in early.reason and "only from 2018-01-01" in early.reason
    assert status(ETHANOL, "XT", on="2018-01-01", registry=load_registry(root)).state == "not_controlled"
    # a list that came into existence on that day says so, and earlier dates need no data from it
    _edit(root, "XT/precursors.yaml", _set(["started"], "2018-01-01"))
    assert status(ETHANOL, "XT", on="2017-12-31", registry=load_registry(root)).state == "not_controlled"


def test_class_in_force_without_engine_is_out_of_coverage(tmp_path):
    import shutil

    import yaml

    from tests.test_validate import FIXTURE

    root = tmp_path / "registry"
    shutil.copytree(FIXTURE, root)
    (root / "classes").mkdir()
    (root / "classes" / "xt-class.yaml").write_text(yaml.safe_dump({
        "id": "xt-class", "jurisdiction": "XT", "list": "xt-drugs", "title": "K", "title_en": "a class",
        "text": "t", "text_en": "t", "listings": [{"effective_from": "2019-05-01", "sources": ["act-2010"]}]}))
    registry = load_registry(root)
    assert status(ETHANOL, "XT", on="2019-04-30", registry=registry).state == "not_controlled"
    assert status(ETHANOL, "XT", on="2019-05-01", registry=registry).state == "out_of_coverage"


def test_status_serialises_to_json(test_registry):
    data = json.loads(status(ACETYLFENTANYL + ".Cl", "XT", on="2016-01-01", registry=test_registry)
                      .model_dump_json())
    assert {"controlled", "state", "matches", "registry_version", "on", "jurisdiction"} <= data.keys()
    assert data["matches"][0]["basis"] == "salt" and data["on"] == "2016-01-01"


def test_uncertain_item_is_out_of_coverage_only_for_its_structure(tmp_path):
    import shutil

    from tests.test_validate import FIXTURE, _edit

    root = tmp_path / "registry"
    shutil.copytree(FIXTURE, root)

    def add_uncertain(data):
        data["coverage"]["uncertain"] = [{"name": "APAAN", "name_en": "APAAN", "smiles": "CC(=O)C(C#N)c1ccccc1",
                                          "from": "2014-01-01", "reason": "reported, no instrument found"}]
    _edit(root, "XT/precursors.yaml", add_uncertain)
    registry = load_registry(root)
    assert status("CC(=O)C(C#N)c1ccccc1", "XT", on="2013-12-31", registry=registry).state == "not_controlled"
    answer = status("CC(=O)C(C#N)c1ccccc1", "XT", on="2014-01-01", registry=registry)
    assert answer.state == "out_of_coverage" and "no instrument found" in answer.reason
    assert status(ETHANOL, "XT", on="2014-01-01", registry=registry).state == "not_controlled"
