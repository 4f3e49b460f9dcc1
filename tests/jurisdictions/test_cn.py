"""China: known answers from the legal texts, on the day before, the day of and the day after each listing.

The SMILES here are drawn from the chemical names printed in the instruments, independently of the
registry files, so a wrong structure or date in the registry fails these tests.
"""

import json

import pytest

from scheduling import diff, history, is_controlled, status
from scheduling.cli import main

ACETYLFENTANYL = "CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1"  # N-[1-(2-phenylethyl)-4-piperidinyl]-N-phenylacetamide
CARFENTANIL = "CCC(=O)N(c1ccccc1)C1(C(=O)OC)CCN(CCc2ccccc2)CC1"
FENTANYL = "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1"
NPP = "O=C1CCN(CCc2ccccc2)CC1"  # N-phenethyl-4-piperidone
ANPP = "C(Cc1ccccc1)N1CCC(Nc2ccccc2)CC1"  # 4-anilino-N-phenethylpiperidine
FOUR_AP = "C1CNCCC1Nc1ccccc1"  # N-phenylpiperidin-4-amine
BOC_4_AP = "CC(C)(C)OC(=O)N1CCC(Nc2ccccc2)CC1"
NORFENTANYL = "CCC(=O)N(c1ccccc1)C1CCNCC1"
PIPERIDONE = "O=C1CCNCC1"
BOC_PIPERIDONE = "CC(C)(C)OC(=O)N1CCC(=O)CC1"
FOUR_FIBF = "CC(C)C(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1"
THF_FENTANYL = "O=C(C1CCCO1)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1"

NPS_LIST = "cn-nps-supplementary"
PRECURSORS = "cn-precursors"

# (compound, listed on, list id): the day before is not controlled, the day itself and the next are.
FIRST_LISTINGS = [
    (ACETYLFENTANYL, "2015-10-01", NPS_LIST),
    (CARFENTANIL, "2017-03-01", NPS_LIST),
    (FOUR_FIBF, "2018-09-01", NPS_LIST),
    (THF_FENTANYL, "2018-09-01", NPS_LIST),
    (NPP, "2018-02-01", PRECURSORS),
    (ANPP, "2018-02-01", PRECURSORS),
    (FOUR_AP, "2024-09-01", PRECURSORS),
    (BOC_4_AP, "2024-09-01", PRECURSORS),
    (NORFENTANYL, "2024-09-01", PRECURSORS),
    (PIPERIDONE, "2025-07-20", PRECURSORS),
    (BOC_PIPERIDONE, "2025-07-20", PRECURSORS),
]


def _day(iso: str, offset: int) -> str:
    import datetime as dt

    return (dt.date.fromisoformat(iso) + dt.timedelta(days=offset)).isoformat()


@pytest.mark.parametrize(("smiles", "listed_on", "list_id"), FIRST_LISTINGS)
def test_listing_takes_effect_on_its_day(smiles, listed_on, list_id):
    before = status(smiles, "CN", on=_day(listed_on, -1))
    on, after = status(smiles, "CN", on=listed_on), status(smiles, "CN", on=_day(listed_on, 1))
    assert list_id not in {m.list_id for m in before.matches}
    for answer in (on, after):
        assert answer.controlled and list_id in {m.list_id for m in answer.matches}, answer


@pytest.mark.parametrize(("smiles", "listed_on"), [(ACETYLFENTANYL, "2015-10-01"), (CARFENTANIL, "2017-03-01")])
def test_nps_fentanyls_were_not_controlled_the_day_before(smiles, listed_on):
    answer = status(smiles, "CN", on=_day(listed_on, -1))
    assert answer.state == "not_controlled", answer.reason


def test_acetylfentanyl_cites_the_2015_instrument():
    (match,) = status(ACETYLFENTANYL, "CN", on="2015-10-01").matches
    (source,) = match.sources
    assert source.number == "公通字〔2015〕27号"
    assert match.entry_name == "乙酰芬太尼" and match.list_kind == "drug"


@pytest.mark.parametrize("salt", [ACETYLFENTANYL + ".Cl", "CC(=O)N(c1ccccc1)C1CC[NH+](CCc2ccccc2)CC1.[Cl-]"])
def test_hydrochloride_gives_the_same_answers(salt):
    assert status(salt, "CN", on="2015-09-30").state == "not_controlled"
    answer = status(salt, "CN", on="2015-10-01")
    assert answer.controlled and answer.matches[0].basis == "salt"


def test_precursor_listing_says_its_kind():
    answer = status(NPP, "CN", on="2018-02-01")
    assert {m.list_kind for m in answer.matches} == {"precursor"}


def test_a_precursor_whose_listing_instrument_was_not_read_is_not_called_uncontrolled():
    # bromine (溴素): reported as listed with NPP from 2018-02-01, instrument not read; a transcription of the
    # catalogue as updated to May 2021 (after 国办函〔2021〕58号, 2021-05-28) prints it as category 2, item 7
    bromine = "BrBr"
    before = status(bromine, "CN", on="2019-01-01")
    assert before.state == "out_of_coverage" and "not established" in before.reason
    after = status(bromine, "CN", on="2021-05-28")
    assert after.controlled and [(m.list_id, m.category) for m in after.matches] == [("cn-precursors", "2")]
    assert status(NPP, "CN", on="2018-02-01").matches[0].category == "1"  # 第一类 13 in the same transcription


def test_fentanyl_is_in_the_2013_narcotic_catalogue():
    answer = status(FENTANYL, "CN", on="2014-01-01")
    assert "cn-narcotic" in {m.list_id for m in answer.matches}


def test_before_2014_is_out_of_coverage():
    answer = status(FENTANYL, "CN", on="2013-12-31")
    assert answer.state == "out_of_coverage" and "2014-01-01" in answer.reason


def test_unlisted_fentanyl_analogue_after_the_class_control_is_not_called_uncontrolled():
    benzylfentanyl = "CCC(=O)N(c1ccccc1)C1CCN(Cc2ccccc2)CC1"
    assert status(benzylfentanyl, "CN", on="2019-04-30").state == "not_controlled"
    assert status(benzylfentanyl, "CN", on="2019-05-01").state != "not_controlled"


# On 2025-07-21 the July 2025 restructuring replaced the three lists: each item moves to its new catalogue.
@pytest.mark.parametrize(("smiles", "before", "after"), [
    (ACETYLFENTANYL, NPS_LIST, "cn-non-medical"),
    (FENTANYL, "cn-narcotic", "cn-medical-narcotic"),
])
def test_the_2025_restructuring_moves_each_item_to_its_new_catalogue(smiles, before, after):
    assert {m.list_id for m in status(smiles, "CN", on="2025-07-20").matches} == {before}
    for day in ("2025-07-21", "2025-07-22"):
        answer = status(smiles, "CN", on=day)
        assert answer.state == "controlled" and after in {m.list_id for m in answer.matches}
        assert before not in {m.list_id for m in answer.matches}


def test_the_fentanyl_class_moves_to_the_non_medical_catalogue_and_defers_to_the_medical_one():
    benzylfentanyl = "CCC(=O)N(c1ccccc1)C1CCN(Cc2ccccc2)CC1"
    assert [(m.list_id, m.basis) for m in status(benzylfentanyl, "CN", on="2025-07-20").matches] == [
        (NPS_LIST, "class")]
    assert [(m.list_id, m.basis) for m in status(benzylfentanyl, "CN", on="2025-07-21").matches] == [
        ("cn-non-medical", "class")]
    # 2025 text: fentanyl-related substances in the narcotic drugs catalogue are controlled under it
    assert [m.basis for m in status(FENTANYL, "CN", on="2025-07-21").matches] == ["listed"]


def test_diff_over_the_restructuring_pairs_each_move_and_keeps_real_entries_and_exits_apart():
    result = diff("CN", "2025-07-20", "2025-07-21")
    moves = {(c.entry_id, c.list_before, c.list_id, c.category_after) for c in result.moved}
    assert ("acetylfentanyl", NPS_LIST, "cn-non-medical", None) in moves
    assert ("fentanyl", "cn-narcotic", "cn-medical-narcotic", None) in moves
    assert ("etizolam", NPS_LIST, "cn-medical-psychotropic", "II") in moves
    assert ("cn-fentanyl-related", NPS_LIST, "cn-non-medical", None) in moves
    # suvorexant is in neither 2025 catalogue; carisoprodol is new in the medical psychotropic one
    assert "suvorexant" in {c.entry_id for c in result.left}
    assert "carisoprodol" in {c.entry_id for c in result.entered}
    assert not result.coverage_notes


def test_cli_diff_prints_each_move_with_its_old_and_new_list(capsys):
    assert main(["diff", "-j", "CN", "2025-07-20", "2025-07-21"]) == 0
    out = capsys.readouterr().out
    assert "cn-nps-supplementary -> cn-medical-psychotropic: 依替唑仑 / Etizolam (category - -> II)" in out


def test_cli_jurisdictions_shows_when_a_replaced_list_ended(capsys):
    assert main(["jurisdictions", "--json"]) == 0
    (cn,) = [j for j in json.loads(capsys.readouterr().out)["jurisdictions"] if j["code"] == "CN"]
    lists = {lst["id"]: lst for lst in cn["lists"]}
    assert lists[NPS_LIST]["ended"] == "2025-07-21" and lists[NPS_LIST]["started"] == "2015-10-01"
    assert lists["cn-non-medical"]["started"] == "2025-07-21" and lists["cn-non-medical"]["ended"] is None


def test_history_shows_each_period():
    periods = history(ACETYLFENTANYL, "CN").periods
    assert [(p.list_id, p.basis, str(p.effective_from), str(p.effective_until)) for p in periods] == [
        (NPS_LIST, "listed", "2015-10-01", "2025-07-21"),
        ("cn-non-medical", "listed", "2025-07-21", "None"),
        ("cn-non-medical", "class", "2025-07-21", "None"),  # the 2025 text defers only to the medical catalogue
    ]


def test_is_controlled_matches_status():
    assert is_controlled(CARFENTANIL, "CN", on="2017-03-01") and not is_controlled(CARFENTANIL, "CN", on="2017-02-28")


def test_history_includes_class_periods_but_not_where_a_listing_takes_precedence():
    benzylfentanyl = "CCC(=O)N(c1ccccc1)C1CCN(Cc2ccccc2)CC1"
    periods = history(benzylfentanyl, "CN").periods
    assert [(p.list_id, p.entry_id, p.basis, str(p.effective_from)) for p in periods] == [
        (NPS_LIST, "cn-fentanyl-related", "class", "2019-05-01"),
        ("cn-non-medical", "cn-fentanyl-related", "class", "2025-07-21")]
    # until 2025-07-21 the supplementary list's own listing took precedence over the class
    assert [(p.entry_id, str(p.effective_from)) for p in history(ACETYLFENTANYL, "CN").periods
            if str(p.effective_from) < "2025-07-21"] == [("acetylfentanyl", "2015-10-01")]
