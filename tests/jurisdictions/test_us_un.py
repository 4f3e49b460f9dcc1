"""The US and the UN: known answers from the Federal Register and CND/INCB texts, the day before, of and after.

The US and UN lists are not complete yet, so a non-match there is `out_of_coverage`; what these tests
check is that each listing starts on the day its instrument says, under the right list.
"""

import datetime as dt
import json
import re

import pytest

from scheduling import explain, status
from scheduling.cli import main

ANPP = "C(Cc1ccccc1)N1CCC(Nc2ccccc2)CC1"
NORFENTANYL = "CCC(=O)N(c1ccccc1)C1CCNCC1"
BENZYLFENTANYL = "CCC(=O)N(c1ccccc1)C1CCN(Cc2ccccc2)CC1"
FOUR_AP = "C1CNCCC1Nc1ccccc1"
PIPERIDONE = "O=C1CCNCC1"
BOC_PIPERIDONE = "CC(C)(C)OC(=O)N1CCC(=O)CC1"
NPP = "O=C1CCN(CCc2ccccc2)CC1"
ISOTONITAZENE = "CCN(CC)CCn1c(Cc2ccc(OC(C)C)cc2)nc2cc(ccc12)[N+](=O)[O-]"  # 4-isopropoxybenzyl, 5-nitro
MT_45 = "C1CCC(CC1)N1CCN(CC1)C(Cc1ccccc1)c1ccccc1"  # 1-cyclohexyl-4-(1,2-diphenylethyl)piperazine
APAAN = "CC(=O)C(C#N)c1ccccc1"  # alpha-phenylacetoacetonitrile
MAPA = "CC(=O)C(C(=O)OC)c1ccccc1"  # methyl alpha-phenylacetoacetate
ACETONE = "CC(=O)C"
CARISOPRODOL = "CCCC(C)(COC(N)=O)COC(=O)NC(C)C"
LORCASERIN = "C[C@H]1CNCCc2ccc(Cl)cc21"  # (1R)-8-chloro-1-methyl-2,3,4,5-tetrahydro-1H-3-benzazepine
EZOGABINE = "CCOC(=O)Nc1ccc(NCc2ccc(F)cc2)cc1N"
BOLDIONE = "C[C@]12C=CC(=O)C=C1CC[C@@H]1[C@@H]2CC[C@]2(C)C(=O)CC[C@@H]12"  # androsta-1,4-diene-3,17-dione
PREGABALIN = "CC(C)C[C@H](CN)CC(=O)O"
# 2alpha,17alpha-dimethyl-5alpha-androstan-17beta-ol-3-one
METHASTERONE = "C[C@@H]1C[C@@]2(C)[C@@H](CC[C@@H]3[C@@H]2CC[C@@]2(C)[C@H]3CC[C@]2(C)O)CC1=O"
# 5alpha-androstan-3,6,17-trione
ANDROSTANETRIONE = "C[C@]12CCC(=O)C[C@@H]1C(=O)C[C@@H]1[C@@H]2CC[C@]2(C)C(=O)CC[C@@H]12"
TESTOSTERONE = "C[C@]12CC[C@H]3[C@@H](CCC4=CC(=O)CC[C@@]43C)[C@@H]1CC[C@@H]2O"
# 17beta-hydroxy-androstano[3,2-c]isoxazole (the structure PubChem CID 102285892 gives for that name)
ANDROSTANO_ISOXAZOLE = "C[C@]12Cc3conc3C[C@@H]1CC[C@@H]1[C@@H]2CC[C@]2(C)[C@@H](O)CC[C@@H]12"


def _lists(smiles, code, day):
    return {m.list_id for m in status(smiles, code, on=day).matches}


@pytest.mark.parametrize(("smiles", "code", "day", "list_id"), [
    (ANPP, "US", "2010-08-30", "us-schedule-ii"),          # 75 FR 37295: immediate precursor, effective 2010-08-30
    (NORFENTANYL, "US", "2020-05-18", "us-schedule-ii"),   # 85 FR 21320, effective 2020-05-18
    (BENZYLFENTANYL, "US", "2020-05-15", "us-list-i"),     # 85 FR 20822, effective 2020-05-15
    (FOUR_AP, "US", "2020-05-15", "us-list-i"),            # 85 FR 20822
    (PIPERIDONE, "US", "2023-05-12", "us-list-i"),         # 88 FR 21902, effective 2023-05-12
    (APAAN, "US", "2017-08-14", "us-list-i"),              # 82 FR 32457, effective 2017-08-14
    (MAPA, "US", "2021-12-20", "us-list-i"),               # 86 FR 64366, effective 2021-12-20
    (MT_45, "US", "2018-01-12", "us-schedule-i"),          # 82 FR 58557, effective 2018-01-12
    (ISOTONITAZENE, "US", "2020-08-20", "us-schedule-i"),  # 85 FR 51342, temporary placement from 2020-08-20
    (BOLDIONE, "US", "2010-01-04", "us-schedule-iii"),     # 74 FR 63603: an anabolic steroid from 2010-01-04
    (METHASTERONE, "US", "2012-08-29", "us-schedule-iii"),  # 77 FR 44456: an anabolic steroid from 2012-08-29
    (ANDROSTANETRIONE, "US", "2014-12-18", "us-schedule-iii"),  # Public Law 113-260, 21 U.S.C. 802(41)(A)(l)
    (ANDROSTANO_ISOXAZOLE, "US", "2014-12-18", "us-schedule-iii"),  # the same Act, clause (lxxi)
    (EZOGABINE, "US", "2011-12-15", "us-schedule-v"),      # 76 FR 77895, effective 2011-12-15
    (CARISOPRODOL, "US", "2012-01-11", "us-schedule-iv"),  # 76 FR 77330, effective 2012-01-11
    (LORCASERIN, "US", "2013-06-07", "us-schedule-iv"),    # 78 FR 26701, effective 2013-06-07
    (ANPP, "UN", "2017-10-18", "un-1988-table-i"),         # CND 60/12, in force 180 days after notification
    (NPP, "UN", "2017-10-18", "un-1988-table-i"),          # CND 60/13
    (PIPERIDONE, "UN", "2024-12-03", "un-1988-table-i"),   # CND 67/6, fully effective 2024-12-03 (INCB)
    (BOC_PIPERIDONE, "UN", "2024-12-03", "un-1988-table-i"),
])
def test_listing_starts_on_its_day(smiles, code, day, list_id):
    before = (dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat()
    after = (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()
    assert list_id not in _lists(smiles, code, before)
    assert list_id in _lists(smiles, code, day) and list_id in _lists(smiles, code, after)


def test_schedule_v_answers_from_2010_because_its_amendment_list_is_read():
    # 21 CFR 1308.15's citation list shows no amendment between 2009 (lacosamide) and 2011 (ezogabine), so
    # pregabalin (Schedule V since 2005) is in force on 2010-01-01; the list is not encoded before that day.
    on_start = status(PREGABALIN, "US", on="2010-01-01")
    assert on_start.controlled and [m.list_id for m in on_start.matches] == ["us-schedule-v"]
    assert on_start.matches[0].started_earlier
    assert "us-schedule-v" not in _lists(PREGABALIN, "US", "2009-12-31")


def test_anabolic_steroids_of_the_2007_definition_answer_from_2010():
    # 21 CFR 1300.01's citation list shows no amendment between 72 FR 67852 (2007) and 74 FR 63609 (in force
    # 2010-01-04), so testosterone, named in its definition of anabolic steroid, is in Schedule III on 2010-01-01
    # although 1308.13(f) names it only from 2023-08-01; the registry does not go back before 2010-01-01.
    for day in ("2010-01-01", "2016-01-01", "2023-07-31", "2023-08-01"):
        answer = status(TESTOSTERONE, "US", on=day)
        assert answer.controlled and "us-schedule-iii" in {m.list_id for m in answer.matches}, day


def test_benzylfentanyl_is_a_class_member_in_china_but_not_in_the_us():
    cn = next(c for c in explain(BENZYLFENTANYL, "CN", on="2020-01-01").classes if c.id == "cn-fentanyl-related")
    us = next(c for c in explain(BENZYLFENTANYL, "US", on="2020-01-01").classes if c.id == "us-fentanyl-related")
    assert cn.verdict == "member" and [c.id for c in cn.clauses] == ["4"]
    assert us.verdict == "not_member" and "core is absent" in us.reason


def test_us_fentanyl_class_spans_the_temporary_order_and_the_statute():
    chloro_analogue = "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccc(Cl)cc2)CC1"  # 4-chlorophenethyl: a substituted monocycle, (A)
    # the eCFR's Effective Date Note 1 dates each statutory extension, the FY2022 ones included (2021-10-22 to
    # 2022-03-15: Public Laws 117-43, 117-70, 117-86, 117-95), so the class applies without a break
    for day in ("2018-02-06", "2020-01-01", "2021-10-21", "2021-10-22", "2022-01-28", "2022-03-14", "2022-03-15",
                "2025-07-16", "2026-01-01"):
        assert any(c.id == "us-fentanyl-related" and c.verdict == "member"
                   for c in explain(chloro_analogue, "US", on=day).classes), day
    assert not any(c.id == "us-fentanyl-related" for c in explain(chloro_analogue, "US", on="2018-02-05").classes)


def test_isotonitazene_stays_in_schedule_i_from_temporary_order_to_permanent_rule():
    # 85 FR 51342 (temporary, from 2020-08-20) then 86 FR 60761 (permanent, effective 2021-12-06)
    for day in ("2021-12-05", "2021-12-06", "2026-01-01"):
        assert "us-schedule-i" in _lists(ISOTONITAZENE, "US", day), day


def test_acetone_is_a_list_ii_chemical_and_not_a_list_i_one():
    # 21 CFR 1310.02(b): acetone is a List II chemical
    lists = _lists(ACETONE, "US", "2022-01-01")
    assert "us-list-ii" in lists and "us-list-i" not in lists


def test_out_of_coverage_names_each_partial_list_once_and_points_to_its_note(capsys):
    answer = status("CCO", "US", on="2026-01-01")  # ethanol: on no US list, and the US lists are partial
    assert answer.state == "out_of_coverage"
    named = re.findall(r"us-[a-z-]+[a-z]", answer.reason)
    assert sorted(named) == sorted(set(named)) and {"us-schedule-i", "us-schedule-v", "us-list-ii"} <= set(named)
    assert "coverage note" in answer.reason and len(answer.reason) < 400
    assert main(["jurisdictions", "--json"]) == 0
    us = next(j for j in json.loads(capsys.readouterr().out)["jurisdictions"] if j["code"] == "US")
    assert all(lst["coverage_note"] for lst in us["lists"] if not lst["complete"])


@pytest.mark.parametrize(("entry_id", "paragraph"), [
    ("n-pyrrolidino-protonitazene", "(b)(80)"),  # final order FR Doc 2026-00362; 2026-04-22 eCFR (b)(80), code 9763
    ("isotonitazene", "(b)(54)"),  # 2026-04-22 eCFR (b)(54), code 9614
    ("5f-edmb-pinaca", "(d)(89)"),  # 2026-04-22 eCFR (d)(89), code 7036
])
def test_temporary_listing_made_permanent_takes_the_permanent_paragraphs_scope(entry_id, paragraph):
    from scheduling.registry import default_registry

    schedule_i = default_registry().lists["us-schedule-i"]
    entry = next(e for e in schedule_i.entries if e.id == entry_id)
    temporary, permanent = entry.listings[0], entry.listings[-1]
    assert entry.scope.text.startswith("(h) Temporary listing")
    assert temporary.scope is None and temporary.effective_until == permanent.effective_from
    number = permanent.item_number
    assert number.startswith(paragraph) or f"; {paragraph} in the 2026-04-22 text" in number
    assert permanent.scope.text.startswith(paragraph[:3])


@pytest.mark.parametrize(("smiles", "list_id"), [
    ("CC(=O)OC(C)=O", "un-1988-table-i"),   # acetic anhydride
    ("C=CCc1ccc2c(c1)OCO2", "un-1988-table-i"),  # safrole
    ("Cc1ccccc1", "un-1988-table-ii"),      # toluene
])
def test_red_list_substances_are_controlled_from_its_date_and_undecided_before(smiles, list_id):
    # Reported as listed before 2010, dated only by the INCB Red List current on 2026-04-24.
    before = status(smiles, "UN", on="2026-04-23")
    on = status(smiles, "UN", on="2026-04-24")
    assert before.state == "out_of_coverage" and list_id in before.reason
    assert on.controlled and {m.list_id for m in on.matches} == {list_id}
    assert on.matches[0].started_earlier
