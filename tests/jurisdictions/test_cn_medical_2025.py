"""China, July 2025: the 2025 medical catalogues of NMPA/MPS/NHC Announcement No. 55 of 2025 replace the 2013
narcotic and psychotropic catalogues on 2025-07-21 (known answers the day before, on and after that day).

The SMILES are drawn here from the printed names (INNs), independently of the registry files.
"""

import datetime as dt

import pytest

from scheduling import default_registry, stats, status

R = "2025-07-21"
BEFORE, AFTER = "2025-07-20", "2025-07-22"

MORPHINE = "CN1CC[C@]23c4c5ccc(O)c4O[C@H]2[C@@H](O)C=C[C@H]3[C@H]1C5"  # 吗啡, narcotic item 18
PETHIDINE = "CCOC(=O)C1(c2ccccc2)CCN(C)CC1"  # 哌替啶, narcotic item 23: ethyl 1-methyl-4-phenylpiperidine-4-carboxylate
TRIAZOLAM = "Cc1nnc2n1-c1ccc(Cl)cc1C(c1ccccc1Cl)=NC2"  # 三唑仑, psychotropic category I item 15
DIAZEPAM = "CN1C(=O)CN=C(c2ccccc2)c2cc(Cl)ccc21"  # 地西泮, psychotropic category II item 24
MIDAZOLAM = "Cc1ncc2n1-c1ccc(Cl)cc1C(c1ccccc1F)=NC2"  # 咪达唑仑原料药, category I item 12 (category I since 2024)
# 依替唑仑: 4-(2-chlorophenyl)-2-ethyl-9-methyl-6H-thieno[3,2-f][1,2,4]triazolo[4,3-a][1,4]diazepine
ETIZOLAM = "CCc1cc2c(s1)-n1c(C)nnc1CN=C2c1ccccc1Cl"
CARISOPRODOL = "CCCC(C)(COC(N)=O)COC(=O)NC(C)C"  # 卡立普多, new category II item 12
SUVOREXANT = "Cc1ccc(-n2nccn2)c(C(=O)N2CCN(c3nc4cc(Cl)ccc4o3)CC[C@H]2C)c1"  # 苏沃雷生, dropped in 2025

# (compound, old list, new list, category before, category from R): none of the items that stay medical changes
# category in the 2025 catalogue.
STAY_MEDICAL = [
    (MORPHINE, "cn-narcotic", "cn-medical-narcotic", None, None),
    (PETHIDINE, "cn-narcotic", "cn-medical-narcotic", None, None),
    (TRIAZOLAM, "cn-psychotropic", "cn-medical-psychotropic", "I", "I"),
    (DIAZEPAM, "cn-psychotropic", "cn-medical-psychotropic", "II", "II"),
    (MIDAZOLAM, "cn-psychotropic", "cn-medical-psychotropic", "I", "I"),
    (ETIZOLAM, "cn-nps-supplementary", "cn-medical-psychotropic", None, "II"),
]


def _lists(answer):
    return {m.list_id: m for m in answer.matches}


@pytest.mark.parametrize(("smiles", "old", "new", "cat_before", "cat_after"), STAY_MEDICAL)
def test_items_move_to_the_2025_medical_catalogues_on_the_day(smiles, old, new, cat_before, cat_after):
    before = _lists(status(smiles, "CN", on=BEFORE))
    assert old in before and new not in before
    assert before[old].category == cat_before
    for day in (R, AFTER):
        answer = status(smiles, "CN", on=day)
        found = _lists(answer)
        assert answer.controlled and new in found and old not in found, answer
        assert found[new].category == cat_after


def test_the_2025_listing_cites_announcement_55():
    match = _lists(status(MORPHINE, "CN", on=R))["cn-medical-narcotic"]
    assert match.entry_name == "吗啡"
    assert {s.number for s in match.sources} == {"2025年第55号"}


def test_carisoprodol_is_newly_listed_in_category_ii():
    assert "cn-medical-psychotropic" not in _lists(status(CARISOPRODOL, "CN", on=BEFORE))
    for day in (R, AFTER):
        found = _lists(status(CARISOPRODOL, "CN", on=day))
        assert found["cn-medical-psychotropic"].category == "II"


def test_suvorexant_is_dropped_on_the_day():
    assert _lists(status(SUVOREXANT, "CN", on=BEFORE))["cn-psychotropic"].category == "II"
    for day in (R, AFTER):
        found = _lists(status(SUVOREXANT, "CN", on=day))
        assert not {"cn-psychotropic", "cn-medical-psychotropic", "cn-medical-narcotic"} & set(found)


def _in_force(list_id, day, category=None):
    on = dt.date.fromisoformat(day)
    (control_list,) = [lst for lst in default_registry().lists_of("CN") if lst.id == list_id]
    return sum(1 for e in control_list.entries for p in e.listings
               if p.in_force(on) and (category is None or p.category == category))


def test_counts_on_the_day_match_the_printed_catalogues():
    assert _in_force("cn-medical-narcotic", R) == 32  # 药用类麻醉药品目录（2025年版）: items 1-32
    assert _in_force("cn-medical-psychotropic", R, "I") == 18  # 药用类精神药品目录（2025年版） 第一类: 1-18
    assert _in_force("cn-medical-psychotropic", R, "II") == 78  # 第二类: 1-78
    assert _in_force("cn-medical-psychotropic", R) == 96


def test_the_old_catalogues_end_on_the_day():
    counts = {lst.id: lst.entries for lst in stats("CN", R).lists}
    assert counts.get("cn-narcotic", 0) == 0 and counts.get("cn-psychotropic", 0) == 0
    before = {lst.id: lst.entries for lst in stats("CN", BEFORE).lists}
    assert before["cn-narcotic"] == 123  # 121 (2013) + oliceridine + tegileridine
    assert before.get("cn-medical-narcotic", 0) == 0 and before.get("cn-medical-psychotropic", 0) == 0
    for lst in default_registry().lists_of("CN"):
        if lst.id in ("cn-narcotic", "cn-psychotropic"):
            assert lst.ended == dt.date(2025, 7, 21) and lst.coverage.until is None
            assert set(lst.ended_by) == {"nmpa-2025-55", "mps-2025-non-medical"}
