"""The US and the UN: known answers from the Federal Register and CND/INCB texts, the day before, of and after.

The US and UN lists are not complete yet, so a non-match there is `out_of_coverage`; what these tests
check is that each listing starts on the day its instrument says, under the right list.
"""

import datetime as dt

import pytest

from scheduling import explain, status

ANPP = "C(Cc1ccccc1)N1CCC(Nc2ccccc2)CC1"
NORFENTANYL = "CCC(=O)N(c1ccccc1)C1CCNCC1"
BENZYLFENTANYL = "CCC(=O)N(c1ccccc1)C1CCN(Cc2ccccc2)CC1"
FOUR_AP = "C1CNCCC1Nc1ccccc1"
PIPERIDONE = "O=C1CCNCC1"
BOC_PIPERIDONE = "CC(C)(C)OC(=O)N1CCC(=O)CC1"
NPP = "O=C1CCN(CCc2ccccc2)CC1"


def _lists(smiles, code, day):
    return {m.list_id for m in status(smiles, code, on=day).matches}


@pytest.mark.parametrize(("smiles", "code", "day", "list_id"), [
    (ANPP, "US", "2010-08-30", "us-schedule-ii"),          # 75 FR 37295: immediate precursor, effective 2010-08-30
    (NORFENTANYL, "US", "2020-05-18", "us-schedule-ii"),   # 85 FR 21320, effective 2020-05-18
    (BENZYLFENTANYL, "US", "2020-05-15", "us-list-i"),     # 85 FR 20822, effective 2020-05-15
    (FOUR_AP, "US", "2020-05-15", "us-list-i"),            # 85 FR 20822
    (PIPERIDONE, "US", "2023-05-12", "us-list-i"),         # 88 FR 21902, effective 2023-05-12
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


def test_benzylfentanyl_is_a_class_member_in_china_but_not_in_the_us():
    cn = next(c for c in explain(BENZYLFENTANYL, "CN", on="2020-01-01").classes if c.id == "cn-fentanyl-related")
    us = next(c for c in explain(BENZYLFENTANYL, "US", on="2020-01-01").classes if c.id == "us-fentanyl-related")
    assert cn.verdict == "member" and [c.id for c in cn.clauses] == ["4"]
    assert us.verdict == "not_member" and "core is absent" in us.reason


def test_us_fentanyl_class_spans_the_temporary_order_and_the_statute():
    chloro_analogue = "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccc(Cl)cc2)CC1"  # 4-chlorophenethyl: a substituted monocycle, (A)
    for day in ("2018-02-06", "2020-01-01", "2025-07-16", "2026-01-01"):
        assert any(c.id == "us-fentanyl-related" and c.verdict == "member"
                   for c in explain(chloro_analogue, "US", on=day).classes), day
    assert not any(c.id == "us-fentanyl-related" for c in explain(chloro_analogue, "US", on="2018-02-05").classes)
